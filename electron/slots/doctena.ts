import type { AvailabilityWindow, CalendarEvent } from '../../shared/domain';
import type { DoctenaRuntime } from '../accounts/sources';
import { occupies, span } from '../guard/busy';
import { blockingOccurrences } from '../sync/doctena-source';
import type { TimeRange } from '../sync/source';
import { expandTimeblocks } from '../sync/timeblocks';
import { mapDoctenaBlocking, mapDoctenaStatus } from '../vendors/doctena/map';
import { subtract, type Interval } from './intervals';

/** Doctena reports changes since a time, not appointments in a range: everything is read. */
const EPOCH = '1970-01-01T00:00:00Z';

export interface DoctenaFree {
  free: Interval[];
  requests: number;
}

/**
 * A Doctena calendar's free time: its opening hours (timeblocks) minus live bookings and every
 * blocking, the guard's "Docfav · busy" copies included. The sync engine already holds all of
 * them (Doctena's sync reads every booking whatever its date), so a search costs no request
 * while that copy is fresh; otherwise the three lists are read once, for this search only.
 */
export async function doctenaFree(
  runtime: DoctenaRuntime,
  calendarId: string,
  window: TimeRange,
  options: { freshMs: number; now: () => Date },
): Promise<DoctenaFree> {
  const { source } = runtime;
  const known = source.calendars().some((c) => c.id === calendarId);
  if (known && source.isFresh(window, options.freshMs)) {
    return {
      free: freeTime(source.availabilityIn(window), source.eventsIn(window), calendarId),
      requests: 0,
    };
  }
  const { client, account } = runtime;
  const [timeblocks, bookings, blockings] = await Promise.all([
    client.listTimeblocks({ calendarId }),
    client.listBookings({ calendarId, updated: EPOCH }),
    client.listBlockings({ calendarId, updated: EPOCH }),
  ]);
  const timeZone = account.timezone;
  const context = { accountId: account.id, calendarId, now: options.now(), timeZone };
  const hours = expandTimeblocks(timeblocks, { ...context, ...window });
  // Times and statuses only: the patient in a booking is never looked at here.
  const busy: Pick<CalendarEvent, 'kind' | 'calendarId' | 'status' | 'start' | 'end'>[] = [];
  for (const b of bookings) {
    busy.push({
      kind: 'doctena-booking',
      calendarId,
      status: mapDoctenaStatus(b.status, b.no_show),
      start: b.starts,
      end: b.ends,
    });
  }
  for (const b of blockings) {
    const series = mapDoctenaBlocking(b, context);
    if (series) busy.push(...blockingOccurrences(series, timeZone, window));
  }
  return { free: freeTime(hours, busy, calendarId), requests: 3 };
}

/** Working windows minus what occupies the calendar, from the domain model. */
export function freeTime(
  windows: readonly AvailabilityWindow[],
  events: readonly Pick<CalendarEvent, 'kind' | 'calendarId' | 'status' | 'start' | 'end'>[],
  calendarId: string,
): Interval[] {
  const working = windows
    .filter((w) => w.calendarId === calendarId && w.kind === 'working')
    .map(span);
  const busy = events
    .filter(
      (e) =>
        e.calendarId === calendarId &&
        (e.kind === 'doctena-blocking' || (e.kind === 'doctena-booking' && occupies(e.status))),
    )
    .map(span);
  return subtract(working, busy);
}
