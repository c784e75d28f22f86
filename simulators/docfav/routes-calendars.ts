import {
  allConflicts,
  bookingConflicts,
  dayOffOn,
  isLive,
  localDayBounds,
  overlaps,
  workingRanges,
} from './agenda';
import { isoZ, notFound, validationError } from './envelope';
import { isUuid, queryDate, queryDateTime, queryInt, queryUuid } from './params';
import type { Api, ClinicCtx } from './api';
import type { DocfavStore } from './store';
import {
  daysBetween,
  eachDate,
  localToUtc,
  minutesOf,
  timeOf,
  toLocal,
  weekdayName,
  type LocalDate,
} from './tz';
import type { StaffCalendar } from './types';

/** schedules, occupied, check-availability, available-slots: the per-location agenda views. */

// Not in the spec: a guard so a typo in a date cannot make the simulator expand years of days.
const MAX_RANGE_DAYS = 62;

/** The staff calendars of the path's location, optionally narrowed to one. */
function staffCalendarsOf(ctx: ClinicCtx, only?: string): StaffCalendar[] {
  const { store, clinic, req } = ctx;
  const calendarId = req.params.calendarId ?? '';
  const location = isUuid(calendarId) ? store.calendars.get(calendarId) : undefined;
  if (!location || location.clinicId !== clinic.id) throw notFound('Calendar');
  const list = store
    .staffCalendarsOfClinic(clinic.id)
    .filter((sc) => sc.calendarId === location.id && (only === undefined || sc.id === only));
  if (only !== undefined && list.length === 0) throw notFound('Staff calendar');
  return list;
}

function dateRange(ctx: ClinicCtx, endRequired: boolean): LocalDate[] {
  const start = queryDate(ctx.req.query, 'start_date', true);
  const end = endRequired
    ? queryDate(ctx.req.query, 'end_date', true)
    : (queryDate(ctx.req.query, 'end_date') ?? start);
  if (end < start) throw validationError('end_date', 'end_date must not be before start_date');
  if (daysBetween(start, end) > MAX_RANGE_DAYS) {
    throw validationError('end_date', `The date range must not exceed ${MAX_RANGE_DAYS} days`);
  }
  return eachDate(start, end);
}

function who(store: DocfavStore, sc: StaffCalendar) {
  return { staff_id: sc.staffId, staff_calendar_id: sc.id, name: store.staffName(sc.staffId) };
}

/** Time offs of one local date, clipped to it, as local HH:MM. */
function timeOffHours(store: DocfavStore, sc: StaffCalendar, date: LocalDate) {
  const day = localDayBounds(date, sc.timezone);
  return [...store.timeOffs.values()]
    .filter((t) => t.staffCalendarId === sc.id && overlaps(t.from, t.to, day.from, day.to))
    .map((t) => {
      const from = t.from < day.from ? '00:00' : toLocal(t.from, sc.timezone).time;
      const to = t.to > day.to ? '24:00' : toLocal(t.to, sc.timezone).time;
      return { start: from, end: to, type: 'TIME_OFF' };
    });
}

function schedules(ctx: ClinicCtx) {
  const dates = dateRange(ctx, false);
  return {
    data: staffCalendarsOf(ctx).map((sc) => ({
      ...who(ctx.store, sc),
      schedules: dates.map((date) => {
        const off = dayOffOn(ctx.store, sc.id, date);
        return {
          day: weekdayName(date),
          date,
          type: off ? 'DAY_OFF' : 'REGULAR_DAY',
          hours: off
            ? []
            : [
                ...workingRanges(ctx.store, sc, date).map((r) => ({ ...r, type: 'WORKING_DAY' })),
                ...timeOffHours(ctx.store, sc, date),
              ],
        };
      }),
    })),
  };
}

function occupied(ctx: ClinicCtx) {
  const { store } = ctx;
  const dates = dateRange(ctx, true);
  const only = queryUuid(ctx.req.query, 'staff_calendar_id');
  return {
    data: staffCalendarsOf(ctx, only).map((sc) => {
      const first = dates[0] ?? '';
      const last = dates[dates.length - 1] ?? first;
      const from = localDayBounds(first, sc.timezone).from;
      const to = localDayBounds(last, sc.timezone).to;
      const inRange = (e: { staffCalendarId: string; from: Date; to: Date }) =>
        e.staffCalendarId === sc.id && overlaps(e.from, e.to, from, to);
      const byStart = (a: { from: Date }, b: { from: Date }) => a.from.getTime() - b.from.getTime();
      return {
        ...who(store, sc),
        working_hours: dates.flatMap((date) =>
          workingRanges(store, sc, date).map((r) => ({
            date,
            from: r.start,
            to: r.end,
            type: 'WORKING_DAY',
          })),
        ),
        day_offs: dates.flatMap((date) => {
          const d = dayOffOn(store, sc.id, date);
          return d ? [{ id: d.id, date: d.date, reason: d.reason }] : [];
        }),
        time_offs: [...store.timeOffs.values()]
          .filter(inRange)
          .sort(byStart)
          .map((t) => ({ id: t.id, from: isoZ(t.from), to: isoZ(t.to), reason: t.reason })),
        appointments: [...store.appointments.values()]
          .filter((a) => isLive(a) && inRange(a))
          .sort(byStart)
          .map((a) => ({
            id: a.id,
            from: isoZ(a.from),
            to: isoZ(a.to),
            behaviour: a.behaviour,
            client_id: a.clientId,
            service_name: store.services.get(a.serviceId)?.name ?? null,
          })),
        time_reservations: [...store.timeReservations.values()]
          .filter(inRange)
          .sort(byStart)
          .map((r) => ({ id: r.id, from: isoZ(r.from), to: isoZ(r.to), reason: r.name })),
        group_reservations: [...store.groupReservations.values()]
          .filter(inRange)
          .sort(byStart)
          .map((g) => ({
            id: g.id,
            from: isoZ(g.from),
            to: isoZ(g.to),
            name: g.name,
            capacity: g.capacity,
            participants: g.participants,
          })),
      };
    }),
  };
}

function checkAvailability(ctx: ClinicCtx) {
  const from = queryDateTime(ctx.req.query, 'from');
  const to = queryDateTime(ctx.req.query, 'to');
  const scId = queryUuid(ctx.req.query, 'staff_calendar_id', true);
  if (to <= from) throw validationError('to', 'to must be after from');
  const [sc] = staffCalendarsOf(ctx, scId);
  const conflicts = sc ? allConflicts(ctx.store, sc, from, to) : [];
  return {
    data: {
      available: conflicts.length === 0,
      requested: { from: isoZ(from), to: isoZ(to), staff_calendar_id: scId },
      conflicts,
    },
  };
}

function blocked(store: DocfavStore, sc: StaffCalendar, from: Date, to: Date): boolean {
  if (bookingConflicts(store, sc.id, from, to).length > 0) return true;
  for (const g of store.groupReservations.values()) {
    if (g.staffCalendarId === sc.id && overlaps(from, to, g.from, g.to)) return true;
  }
  for (const t of store.timeOffs.values()) {
    if (t.staffCalendarId === sc.id && overlaps(from, to, t.from, t.to)) return true;
  }
  return false;
}

function availableSlots(ctx: ClinicCtx) {
  const { store, req } = ctx;
  const dates = dateRange(ctx, true);
  const only = queryUuid(req.query, 'staff_calendar_id');
  const slot = queryInt(req.query, 'slot_duration', { default: 15, min: 5, max: 480 });
  const service = queryInt(req.query, 'service_duration', { default: 0, min: 0, max: 720 });
  const need = Math.max(slot, service);
  return {
    data: staffCalendarsOf(ctx, only).map((sc) => ({
      ...who(store, sc),
      timezone: sc.timezone,
      slot_duration: slot,
      available_slots: dates.map((date) => {
        const off = dayOffOn(store, sc.id, date);
        const slots = workingRanges(store, sc, date).flatMap((range) => {
          const end = minutesOf(range.end);
          const out = [];
          for (let m = minutesOf(range.start); m + slot <= end; m += slot) {
            const from = localToUtc(date, timeOf(m), sc.timezone);
            const to = localToUtc(date, timeOf(m + slot), sc.timezone);
            // The service must fit in this working range, not just the slot.
            const available =
              m + need <= end &&
              !blocked(store, sc, from, localToUtc(date, timeOf(m + need), sc.timezone));
            out.push({ from: isoZ(from), to: isoZ(to), available, hour_type: 'WORKING_DAY' });
          }
          return out;
        });
        return { date, day: weekdayName(date), type: off ? 'DAY_OFF' : 'REGULAR_DAY', slots };
      }),
    })),
  };
}

export function registerCalendarRoutes(api: Api): void {
  const both = ['appointments:read', 'staff:read'] as const;
  api.clinicRoute('GET', '/calendars/:calendarId/schedules', ['staff:read'], schedules);
  api.clinicRoute('GET', '/calendars/:calendarId/occupied', both, occupied);
  api.clinicRoute('GET', '/calendars/:calendarId/check-availability', both, checkAvailability);
  api.clinicRoute('GET', '/calendars/:calendarId/available-slots', both, availableSlots);
}
