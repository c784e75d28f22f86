import type { DocfavStore } from './store';
import { DEMO_NOTES, prngUuid } from './seed-data';
import { DOCFAV_DEMO_IDS as IDS, DOCFAV_DEMO_TIMEZONE as TZ } from './seed-ids';
import { addDays, isoWeekday, localToUtc, minutesOf, timeOf, type LocalDate } from './tz';
import type {
  Appointment,
  AppointmentSource,
  AppointmentStatus,
  SaleStatus,
  Service,
  StaffCalendar,
} from './types';

/** The demo agenda: blocks first, then appointments placed around them. */

const APPOINTMENT_TARGET = 75;

interface Busy {
  from: number;
  to: number;
}

/** Breaks, a group class, the team meeting, a day off and a time off. */
export function seedBlocks(store: DocfavStore, rand: () => number, monday: LocalDate): void {
  const sc = IDS.staffCalendars;
  const at = (date: LocalDate, time: string) => localToUtc(date, time, TZ);
  const current = addDays(monday, 7);
  const next = addDays(monday, 14);
  const reservation = (scId: string, date: LocalDate, start: string, end: string, name: string) =>
    store.put(store.timeReservations, {
      id: prngUuid(rand),
      clinicId: IDS.clinic,
      staffCalendarId: scId,
      name,
      from: at(date, start),
      to: at(date, end),
      note: null,
    });
  for (let d = 0; d < 5; d++) {
    reservation(sc.carmen, addDays(current, d), '11:00', '11:15', 'Pausa café');
  }
  reservation(sc.lucia, addDays(current, 2), '12:00', '13:00', 'Formación interna');
  reservation(sc.javier, addDays(current, 1), '19:00', '20:00', 'Gestión administrativa');
  reservation(sc.carmen, addDays(monday, 3), '10:00', '10:30', 'Llamadas a pacientes');
  reservation(sc.lucia, addDays(next, 0), '13:30', '14:00', 'Pausa comida');

  store.put(store.groupReservations, {
    id: prngUuid(rand),
    clinicId: IDS.clinic,
    staffCalendarId: sc.carmen,
    serviceId: IDS.services.fisioterapia,
    name: 'Pilates terapéutico (grupo)',
    from: at(addDays(current, 3), '18:00'),
    to: at(addDays(current, 3), '19:00'),
    capacity: 6,
    participants: 4,
    note: null,
  });
  for (const scId of Object.values(sc)) {
    store.put(store.recurringSchedules, {
      id: prngUuid(rand),
      clinicId: IDS.clinic,
      staffCalendarId: scId,
      name: 'Reunión de equipo',
      weekdays: [1],
      startTime: '08:30',
      endTime: '09:00',
      timezone: null,
      validFrom: null,
      validUntil: null,
    });
  }
  store.put(store.dayOffs, {
    id: prngUuid(rand),
    staffCalendarId: sc.javier,
    date: addDays(current, 4),
    reason: 'Asuntos propios',
  });
  store.put(store.timeOffs, {
    id: prngUuid(rand),
    staffCalendarId: sc.carmen,
    from: at(addDays(next, 1), '16:00'),
    to: at(addDays(next, 1), '18:00'),
    reason: 'Formación externa',
  });
}

/** What each practitioner offers, so the demo agenda reads plausibly. */
const OFFERS: Record<string, string[]> = {
  [IDS.staffCalendars.lucia]: [
    IDS.services.fisioterapia,
    IDS.services.osteopatia,
    IDS.services.primeraVisita,
  ],
  [IDS.staffCalendars.javier]: [
    IDS.services.consulta,
    IDS.services.revision,
    IDS.services.primeraVisita,
  ],
  [IDS.staffCalendars.carmen]: [
    IDS.services.fisioterapia,
    IDS.services.revision,
    IDS.services.consulta,
  ],
};

function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function busyOf(store: DocfavStore): Map<string, Busy[]> {
  const busy = new Map<string, Busy[]>();
  const add = (scId: string, from: Date, to: Date) => {
    const list = busy.get(scId) ?? [];
    list.push({ from: from.getTime(), to: to.getTime() });
    busy.set(scId, list);
  };
  for (const e of [
    ...store.timeReservations.values(),
    ...store.groupReservations.values(),
    ...store.timeOffs.values(),
  ]) {
    add(e.staffCalendarId, e.from, e.to);
  }
  return busy;
}

/** Places appointments at random free 15-minute starts inside working hours, never overlapping. */
function placeAppointments(
  store: DocfavStore,
  rand: () => number,
  monday: LocalDate,
): { sc: StaffCalendar; service: Service; from: Date; to: Date }[] {
  const dates = [0, 7, 14].flatMap((w) => [0, 1, 2, 3, 4].map((d) => addDays(monday, w + d)));
  const calendars = store.staffCalendarsOfClinic(IDS.clinic);
  const busy = busyOf(store);
  const placed: { sc: StaffCalendar; service: Service; from: Date; to: Date }[] = [];
  for (let attempt = 0; attempt < 5000 && placed.length < APPOINTMENT_TARGET; attempt++) {
    const sc = pick(rand, calendars);
    const date = pick(rand, dates);
    if ([...store.dayOffs.values()].some((d) => d.staffCalendarId === sc.id && d.date === date)) {
      continue;
    }
    const range = pick(rand, store.workingHours.get(sc.id)?.[isoWeekday(date)] ?? []);
    const service = store.services.get(pick(rand, OFFERS[sc.id] ?? []));
    if (!service) continue;
    const starts = (minutesOf(range.end) - minutesOf(range.start) - service.duration) / 15;
    const start = minutesOf(range.start) + 15 * Math.floor(rand() * (Math.floor(starts) + 1));
    const from = localToUtc(date, timeOf(start), TZ);
    const to = localToUtc(date, timeOf(start + service.duration), TZ);
    const list = busy.get(sc.id) ?? [];
    if (list.some((b) => b.from < to.getTime() && from.getTime() < b.to)) continue;
    list.push({ from: from.getTime(), to: to.getTime() });
    busy.set(sc.id, list);
    placed.push({ sc, service, from, to });
  }
  return placed.sort((a, b) => a.from.getTime() - b.from.getTime());
}

function statusFor(rand: () => number, past: boolean): AppointmentStatus {
  const r = rand();
  if (past) return r < 0.05 ? 'cancelled' : 'confirmed';
  if (r < 0.07) return 'cancelled';
  if (r < 0.22) return 'pending';
  if (r < 0.34) return 'unconfirmed';
  return 'confirmed';
}

export function seedAppointments(
  store: DocfavStore,
  rand: () => number,
  monday: LocalDate,
  now: Date,
  clientIds: string[],
): void {
  const placed = placeAppointments(store, rand, monday);
  const created: Appointment[] = placed.map((p, i) => {
    const past = p.to.getTime() <= now.getTime();
    const behaviour = statusFor(rand, past);
    const paid = past && behaviour === 'confirmed' && rand() < 0.8;
    const r = rand();
    const source: AppointmentSource = r < 0.6 ? 'backoffice' : r < 0.9 ? 'marketplace' : 'widget';
    return store.createAppointment({
      id: prngUuid(rand),
      clinicId: IDS.clinic,
      // One walk-in booked without a client record.
      clientId: i === 10 ? null : pick(rand, clientIds),
      serviceId: p.service.id,
      staffCalendarId: p.sc.id,
      from: p.from,
      to: p.to,
      behaviour,
      sale_status: (paid ? 'paid' : 'pending') satisfies SaleStatus,
      note: rand() < 0.15 ? pick(rand, DEMO_NOTES) : null,
      price: p.service.price,
      source,
      sendReminder: true,
      createdAt: new Date(p.from.getTime() - (1 + Math.floor(rand() * 30)) * 86_400_000),
    });
  });
  // A past no-show, so the front desk view has one to show.
  const pastConfirmed = created.filter(
    (a) => a.to.getTime() <= now.getTime() && a.behaviour === 'confirmed',
  );
  if (pastConfirmed.length > 0) pick(rand, pastConfirmed).behaviour = 'no_show';
}
