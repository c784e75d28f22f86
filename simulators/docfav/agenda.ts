import { isoZ } from './envelope';
import type { DocfavStore } from './store';
import { addDays, isoWeekday, localToUtc, startOfLocalDay, toLocal, type LocalDate } from './tz';
import type { Appointment, DayOff, StaffCalendar, TimeRange } from './types';

/**
 * What occupies a staff calendar when: shared by occupied, check-availability, available-slots and
 * the overlap check on appointment creation, so they can never disagree.
 */

export type ConflictType =
  | 'appointment'
  | 'time_reservation'
  | 'group_reservation'
  | 'day_off'
  | 'time_off'
  | 'outside_working_hours';

export interface Conflict {
  type: ConflictType;
  id: string | null;
  from: string;
  to: string;
  reason?: string;
  behaviour?: string;
}

export function overlaps(aFrom: Date, aTo: Date, bFrom: Date, bTo: Date): boolean {
  return aFrom.getTime() < bTo.getTime() && bFrom.getTime() < aTo.getTime();
}

export function isLive(a: Appointment): boolean {
  return a.behaviour !== 'cancelled';
}

export function dayOffOn(store: DocfavStore, staffCalendarId: string, date: LocalDate) {
  for (const d of store.dayOffs.values()) {
    if (d.staffCalendarId === staffCalendarId && d.date === date) return d;
  }
  return undefined;
}

/** The weekly hours of that date; none on a day off. */
export function workingRanges(store: DocfavStore, sc: StaffCalendar, date: LocalDate): TimeRange[] {
  if (dayOffOn(store, sc.id, date)) return [];
  return store.workingHours.get(sc.id)?.[isoWeekday(date)] ?? [];
}

export function rangeToUtc(date: LocalDate, range: TimeRange, timeZone: string) {
  return {
    from: localToUtc(date, range.start, timeZone),
    to: localToUtc(date, range.end, timeZone),
  };
}

export function localDayBounds(date: LocalDate, timeZone: string) {
  return { from: startOfLocalDay(date, timeZone), to: startOfLocalDay(addDays(date, 1), timeZone) };
}

/** Live appointments and time reservations: what a new appointment may not overlap. */
export function bookingConflicts(
  store: DocfavStore,
  staffCalendarId: string,
  from: Date,
  to: Date,
): Conflict[] {
  const out: Conflict[] = [];
  for (const a of store.appointments.values()) {
    if (a.staffCalendarId !== staffCalendarId || !isLive(a)) continue;
    if (!overlaps(from, to, a.from, a.to)) continue;
    out.push({
      type: 'appointment',
      id: a.id,
      from: isoZ(a.from),
      to: isoZ(a.to),
      behaviour: a.behaviour,
    });
  }
  for (const r of store.timeReservations.values()) {
    if (r.staffCalendarId !== staffCalendarId || !overlaps(from, to, r.from, r.to)) continue;
    out.push({
      type: 'time_reservation',
      id: r.id,
      from: isoZ(r.from),
      to: isoZ(r.to),
      reason: r.name,
    });
  }
  return out;
}

function dayOffConflict(d: DayOff, timeZone: string): Conflict {
  const { from, to } = localDayBounds(d.date, timeZone);
  return { type: 'day_off', id: d.id, from: isoZ(from), to: isoZ(to), reason: d.reason };
}

/** Local dates an instant range touches in a zone. */
export function localDatesOf(from: Date, to: Date, timeZone: string): LocalDate[] {
  const first = toLocal(from, timeZone).date;
  const last = toLocal(new Date(Math.max(from.getTime(), to.getTime() - 1)), timeZone).date;
  const out: LocalDate[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d);
  return out;
}

/** True when the range sits inside one working range of the staff calendar. */
export function withinWorkingHours(
  store: DocfavStore,
  sc: StaffCalendar,
  from: Date,
  to: Date,
): boolean {
  return localDatesOf(from, to, sc.timezone).some((date) =>
    workingRanges(store, sc, date).some((range) => {
      const r = rangeToUtc(date, range, sc.timezone);
      return r.from.getTime() <= from.getTime() && to.getTime() <= r.to.getTime();
    }),
  );
}

/** Everything that makes the range unavailable on the staff calendar. */
export function allConflicts(
  store: DocfavStore,
  sc: StaffCalendar,
  from: Date,
  to: Date,
): Conflict[] {
  const out = bookingConflicts(store, sc.id, from, to);
  for (const g of store.groupReservations.values()) {
    if (g.staffCalendarId !== sc.id || !overlaps(from, to, g.from, g.to)) continue;
    out.push({
      type: 'group_reservation',
      id: g.id,
      from: isoZ(g.from),
      to: isoZ(g.to),
      reason: g.name,
    });
  }
  let dayOff = false;
  for (const date of localDatesOf(from, to, sc.timezone)) {
    const d = dayOffOn(store, sc.id, date);
    if (d) out.push(dayOffConflict(d, sc.timezone));
    dayOff ||= !!d;
  }
  for (const t of store.timeOffs.values()) {
    if (t.staffCalendarId !== sc.id || !overlaps(from, to, t.from, t.to)) continue;
    out.push({ type: 'time_off', id: t.id, from: isoZ(t.from), to: isoZ(t.to), reason: t.reason });
  }
  // A day off already says why; "outside working hours" on top of it would only be noise.
  if (!dayOff && !withinWorkingHours(store, sc, from, to)) {
    out.push({ type: 'outside_working_hours', id: null, from: isoZ(from), to: isoZ(to) });
  }
  return out;
}
