import {
  eventId,
  type AvailabilityWindow,
  type CalendarEvent,
  type EventKind,
  type EventStatus,
} from '../../../shared/domain';
import {
  formatInstant,
  hasOffset,
  localDateTimeToInstant,
  parseLocalDate,
  parseLocalDateTime,
  parseLocalTime,
  localToInstant,
  startOfLocalDay,
  addDays,
  isValidTimeZone,
} from '../../../shared/time';
import {
  actionList,
  hasStarted,
  instantMs,
  isLive,
  isTodayOrLater,
  mapInto,
  nowMs,
  toInstant,
} from '../event-rules';
import { MARKER_PREFIX, withoutMarkers } from './move-marker';
import type {
  DocfavAppointment,
  DocfavAvailability,
  DocfavGroupReservation,
  DocfavOccupiedStaff,
  DocfavRecurringEvent,
  DocfavStaffSchedule,
  DocfavTimeReservation,
} from './schemas';

/** Docfav wire records → the domain model. Pure: time comes in as `now`. */

/** Docfav's own default zone (the create-appointment endpoint's default). */
export const DOCFAV_DEFAULT_TIME_ZONE = 'Europe/Madrid';

export interface DocfavMapContext {
  accountId: string;
  now: Date | number;
  /** IANA zone per staff calendar id, from discovery. */
  timeZones?: Record<string, string | null | undefined>;
  /** When a staff calendar's zone is unknown; default Europe/Madrid. */
  defaultTimeZone?: string;
}

const STATUS: Record<string, EventStatus> = {
  confirmed: 'confirmed',
  pending: 'waiting',
  unconfirmed: 'waiting',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  no_show: 'no-show',
  'no-show': 'no-show',
};

// The words as documented, looked up as sent first: nearly every appointment spells its status
// so, and trimming and lower-casing every one was a tenth of mapping a week. A Map, so that it
// only ever finds the words above (an object would answer "toString" with a function).
const EXACT_STATUS = new Map(Object.entries(STATUS));

export function mapDocfavStatus(vendorStatus: string | null): EventStatus {
  if (vendorStatus === null) return 'unknown';
  return (
    EXACT_STATUS.get(vendorStatus) ??
    EXACT_STATUS.get(vendorStatus.trim().toLowerCase()) ??
    'unknown'
  );
}

function zoneFor(context: DocfavMapContext, staffCalendarId: string | null): string {
  const zone = staffCalendarId ? context.timeZones?.[staffCalendarId] : undefined;
  if (zone && isValidTimeZone(zone)) return zone;
  return context.defaultTimeZone ?? DOCFAV_DEFAULT_TIME_ZONE;
}

function appointmentActions(status: EventStatus, startText: string, now: number, zone: string) {
  if (!isLive(status)) return actionList({});
  const start = instantMs(startText);
  const upcoming = isTodayOrLater(start, now, zone);
  const started = hasStarted(start, now);
  return actionList({
    confirm: upcoming && status !== 'confirmed',
    cancel: upcoming,
    'no-show': started,
    // Docfav has no move: a move is a new booking plus deleting the old one, future only.
    move: !started,
  });
}

// `eventId(…, vendorId)` is this prefix plus the vendor id. A sync maps thousands of records of
// one kind for one account in a row, so the last prefix is kept: each id is then one new string
// instead of a chain of four, and a large sync keeps every one of them alive.
let lastPrefix = { kind: '', accountId: '', prefix: '' };
function idOf(kind: EventKind, accountId: string, vendorId: string): string {
  if (lastPrefix.kind !== kind || lastPrefix.accountId !== accountId) {
    lastPrefix = { kind, accountId, prefix: eventId('docfav', accountId, kind, '') };
  }
  return lastPrefix.prefix + vendorId;
}

function baseEvent(
  kind: EventKind,
  vendorId: string,
  context: DocfavMapContext,
  fields: Pick<CalendarEvent, 'calendarId' | 'start' | 'end' | 'title'> & Partial<CalendarEvent>,
): CalendarEvent {
  // Every field written out, in the order Doctena's mapper writes them, rather than spreading
  // defaults: a large sync makes one object per event instead of two, all of one shape.
  return {
    id: idOf(kind, context.accountId, vendorId),
    vendorId,
    kind,
    source: 'docfav',
    accountId: context.accountId,
    calendarId: fields.calendarId,
    start: fields.start,
    end: fields.end,
    title: fields.title,
    status: fields.status ?? 'confirmed',
    vendorStatus: fields.vendorStatus ?? null,
    noShow: fields.noShow ?? false,
    patient: fields.patient ?? null,
    reason: fields.reason ?? null,
    serviceId: fields.serviceId ?? null,
    note: fields.note ?? null,
    recurrence: fields.recurrence ?? null,
    timezone: fields.timezone ?? null,
    updatedAt: fields.updatedAt ?? null,
    actions: fields.actions ?? [],
  };
}

export function mapDocfavAppointment(
  a: DocfavAppointment,
  context: DocfavMapContext,
): CalendarEvent | undefined {
  const start = toInstant(a.booked_from);
  const end = toInstant(a.booked_to);
  // Docfav's "calendar_id" on an appointment is the STAFF calendar id.
  const calendarId = a.calendar_id;
  if (!start || !end || !calendarId) return undefined;
  const status = mapDocfavStatus(a.status);
  const hasPatient = a.client_id !== null || a.client_name !== null;
  // Written out rather than through baseEvent (same fields, same order): appointments are most of
  // a week, and the object of fields handed to baseEvent was one more allocation per event.
  return {
    id: idOf('docfav-appointment', context.accountId, a.id),
    vendorId: a.id,
    kind: 'docfav-appointment',
    source: 'docfav',
    accountId: context.accountId,
    calendarId,
    start,
    end,
    title: a.client_name || a.service_name || 'Appointment',
    status,
    vendorStatus: a.status,
    noShow: status === 'no-show',
    patient: hasPatient
      ? {
          name: a.client_name ?? '',
          phone: null,
          email: null,
          insurance: null,
          clientId: a.client_id,
        }
      : null,
    reason: a.service_name,
    serviceId: a.service_id,
    // The move marker is Frontdesk's plumbing, not something the desk needs to read.
    note: a.note?.includes(MARKER_PREFIX) ? withoutMarkers(a.note) || null : a.note,
    recurrence: null,
    timezone: null,
    updatedAt: null,
    actions: appointmentActions(status, start, nowMs(context.now), zoneFor(context, calendarId)),
  };
}

export function mapDocfavTimeReservation(
  r: DocfavTimeReservation,
  context: DocfavMapContext,
): CalendarEvent | undefined {
  const start = toInstant(r.booked_from);
  const end = toInstant(r.booked_to);
  const calendarId = r.back_office_staff_calendar_id;
  if (!start || !end || !calendarId) return undefined;
  return baseEvent('docfav-time-reservation', r.id, context, {
    calendarId,
    start,
    end,
    title: r.name || 'Reserved',
    note: r.note,
  });
}

export function mapDocfavGroupReservation(
  g: DocfavGroupReservation,
  context: DocfavMapContext,
): CalendarEvent | undefined {
  const start = toInstant(g.booked_from);
  const end = toInstant(g.booked_to);
  const calendarId = g.back_office_staff_calendar_id ?? g.calendar_id;
  if (!start || !end || !calendarId) return undefined;
  return baseEvent('docfav-group-reservation', g.id, context, {
    calendarId,
    start,
    end,
    title: g.name || g.service_name || 'Group session',
    reason: g.service_name,
    serviceId: g.service_id,
    note: g.note,
  });
}

/** A local `2026-03-06T08:00:00` in `zone` as an instant; exact instants pass through. */
function localInstant(text: string, zone: string): string | null {
  if (hasOffset(text)) return toInstant(text);
  const local = parseLocalDateTime(text);
  return local ? formatInstant(localToInstant(local, zone)) : null;
}

export function mapDocfavRecurringEvent(
  r: DocfavRecurringEvent,
  context: DocfavMapContext,
): CalendarEvent | undefined {
  const calendarId = r.back_office_staff_calendar_id;
  if (!calendarId) return undefined;
  const zone =
    r.timezone && isValidTimeZone(r.timezone) ? r.timezone : zoneFor(context, calendarId);
  const start = localInstant(r.booked_from, zone);
  const end = localInstant(r.booked_to, zone);
  if (!start || !end) return undefined;
  const event = baseEvent('docfav-recurring-event', r.id, context, {
    calendarId,
    start,
    end,
    title: r.name || 'Recurring event',
    recurrence: r.original_id,
    timezone: zone,
  });
  // Occurrences of one series may share an id; the start keeps each one unique.
  return {
    ...event,
    id: eventId('docfav', context.accountId, 'docfav-recurring-event', `${r.id}@${start}`),
  };
}

export function mapDocfavAvailability(
  data: DocfavAvailability,
  context: DocfavMapContext,
): CalendarEvent[] {
  const out: CalendarEvent[] = [];
  mapInto(out, data.appointments, (a) => mapDocfavAppointment(a, context));
  mapInto(out, data.time_reservations, (r) => mapDocfavTimeReservation(r, context));
  mapInto(out, data.group_reservations, (g) => mapDocfavGroupReservation(g, context));
  return mapInto(out, data.recurring_events, (r) => mapDocfavRecurringEvent(r, context));
}

// Background availability.

type WindowKind = AvailabilityWindow['kind'];

function kindOf(type: string | null): WindowKind | undefined {
  const t = (type ?? '').toUpperCase();
  if (t.includes('WORKING')) return 'working';
  if (t.includes('DAY_OFF') || t.includes('HOLIDAY')) return 'day-off';
  if (t.includes('TIME_OFF') || t.includes('BREAK')) return 'time-off';
  return undefined;
}

/** A local date plus `HH:MM` (or an exact instant) in `zone`. */
function at(date: string, time: string, zone: string): string | null {
  if (hasOffset(time)) return toInstant(time);
  const d = parseLocalDate(date);
  const t = parseLocalTime(time);
  return d && t ? formatInstant(localDateTimeToInstant(d, t, zone)) : null;
}

function wholeDay(date: string, zone: string) {
  const d = parseLocalDate(date);
  if (!d) return null;
  return {
    start: formatInstant(startOfLocalDay(d, zone)),
    end: formatInstant(startOfLocalDay(addDays(d, 1), zone)),
  };
}

function windowOf(
  context: DocfavMapContext,
  calendarId: string,
  kind: WindowKind,
  range: { start: string | null; end: string | null } | null,
): AvailabilityWindow[] {
  if (!range?.start || !range.end || Date.parse(range.end) <= Date.parse(range.start)) return [];
  return [
    {
      source: 'docfav',
      accountId: context.accountId,
      calendarId,
      kind,
      start: range.start,
      end: range.end,
    },
  ];
}

/** Working hours, day offs and time offs from the schedules endpoint. */
export function mapDocfavSchedules(
  list: DocfavStaffSchedule[],
  context: DocfavMapContext,
): AvailabilityWindow[] {
  return list.flatMap((staff) => {
    const id = staff.staff_calendar_id;
    const zone = zoneFor(context, id);
    return staff.schedules.flatMap((day) => {
      const dayKind = kindOf(day.type);
      if (dayKind === 'day-off' && day.hours.length === 0) {
        return windowOf(context, id, 'day-off', wholeDay(day.date, zone));
      }
      return day.hours.flatMap((h) => {
        const kind = kindOf(h.type) ?? 'working';
        return windowOf(context, id, kind, {
          start: at(day.date, h.start, zone),
          end: at(day.date, h.end, zone),
        });
      });
    });
  });
}

/** Working hours, day offs and time offs from the occupied endpoint. */
export function mapDocfavOccupied(
  list: DocfavOccupiedStaff[],
  context: DocfavMapContext,
): AvailabilityWindow[] {
  return list.flatMap((staff) => {
    const id = staff.staff_calendar_id;
    const zone = zoneFor(context, id);
    return [
      ...staff.working_hours.flatMap((w) =>
        windowOf(context, id, kindOf(w.type) ?? 'working', {
          start: at(w.date, w.from, zone),
          end: at(w.date, w.to, zone),
        }),
      ),
      ...staff.day_offs.flatMap((d) => windowOf(context, id, 'day-off', wholeDay(d.date, zone))),
      ...staff.time_offs.flatMap((t) =>
        windowOf(context, id, 'time-off', {
          start: localInstant(t.from, zone),
          end: localInstant(t.to, zone),
        }),
      ),
    ];
  });
}
