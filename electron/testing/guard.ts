import { isoWeekInZone } from '../../shared/time';
import { DEFAULT_SETTINGS, type GuardMapping, type Settings } from '../../shared/settings';
import {
  DOCFAV_DEMO_IDS,
  DOCFAV_DEMO_TIMEZONE,
  type Appointment,
  type DocfavSimulator,
} from '../../simulators/docfav';
import type { Blocking, DoctenaSimulator } from '../../simulators/doctena';
import { mergeIntervals, overlaps, type Interval } from '../guard/intervals';
import { MIRROR_TITLES, type MirrorKind } from '../guard/marker';
import { LUCIA, LUCIA_DOCTENA, WEEK_MS } from './platforms';

/**
 * The double-booking guard's side of the platforms: Lucía paired on both, the mirrors it wrote,
 * and what it should have mirrored, worked out from the Docfav store without the guard's code.
 */

export const LUCIA_MAPPING: GuardMapping = {
  docfav: { accountId: 'df', calendarId: LUCIA },
  doctena: { accountId: 'dt', calendarId: LUCIA_DOCTENA },
  enabled: true,
};

export function guardSettings(guard: Partial<Settings['guard']> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    guard: { mappings: [LUCIA_MAPPING], weeksAhead: 2, mirrorReservations: false, ...guard },
  };
}

/** The guard's blockings of one kind on a Doctena calendar, in the simulator's store (a series
 * is never the guard's, whatever its title). */
export function mirrorsIn(
  sims: { doctena: DoctenaSimulator },
  calendarId = LUCIA_DOCTENA,
  kind: MirrorKind = 'appointment',
): Blocking[] {
  return [...sims.doctena.store.blockings.values()].filter(
    (b) => b.calendar_id === calendarId && b.title === MIRROR_TITLES[kind] && b.recurrence === '',
  );
}

export function asIntervals(blockings: readonly Blocking[]): Interval[] {
  return blockings
    .map((b) => ({ start: b.starts.getTime(), end: b.ends.getTime() }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const LIVE = (a: Appointment) => a.behaviour !== 'cancelled' && a.behaviour !== 'no_show';

/**
 * What the guard should have mirrored: live appointments of the staff calendar in the
 * clinic-weeks read, merged, keeping those that overlap [now, now + weeks).
 */
export function expectedBusy(
  sims: { docfav: DocfavSimulator; now: () => Date },
  weeks: number,
  calendarId = LUCIA,
): Interval[] {
  const now = sims.now().getTime();
  const window = { start: now, end: now + weeks * WEEK_MS };
  const read = {
    start: isoWeekInZone(window.start, DOCFAV_DEMO_TIMEZONE).start.getTime(),
    end: isoWeekInZone(window.end - 1, DOCFAV_DEMO_TIMEZONE).end.getTime(),
  };
  const appointments = [...sims.docfav.store.appointments.values()]
    .filter((a) => a.staffCalendarId === calendarId && LIVE(a))
    .map((a) => ({ start: a.from.getTime(), end: a.to.getTime() }))
    .filter((i) => overlaps(i, read));
  return mergeIntervals(appointments).filter((i) => overlaps(i, window));
}

/** A physiotherapy appointment on a Docfav staff calendar (Lucía's by default). */
export function addAppointment(
  sims: { docfav: DocfavSimulator },
  from: Date,
  minutes: number,
  calendarId = LUCIA,
): Appointment {
  const client = [...sims.docfav.store.clients.values()][0];
  return sims.docfav.store.createAppointment({
    clinicId: DOCFAV_DEMO_IDS.clinic,
    clientId: client?.id ?? null,
    serviceId: DOCFAV_DEMO_IDS.services.fisioterapia,
    staffCalendarId: calendarId,
    from,
    to: new Date(from.getTime() + minutes * 60_000),
    behaviour: 'confirmed',
    sale_status: 'pending',
    note: 'Dolor lumbar desde hace dos semanas',
    price: 4500,
    source: 'backoffice',
    sendReminder: false,
  });
}
