import {
  eventId,
  type CalendarEvent,
  type CalendarInfo,
  type EventStatus,
  type Patient,
} from '../../../shared/domain';
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
import type { DoctenaBlocking, DoctenaBooking, DoctenaCalendar } from './schemas';

/** Doctena wire records → the domain model. Pure: time comes in as `now`. */

/** Doctena sends wall times with an offset and no zone name; its practices are German. */
export const DOCTENA_TIME_ZONE = 'Europe/Berlin';

export interface DoctenaMapContext {
  accountId: string;
  calendarId: string;
  now: Date | number;
  /** The zone whose calendar day counts as "today"; default Europe/Berlin. */
  timeZone?: string;
}

const STATUS: Record<string, EventStatus> = {
  WAITING: 'waiting',
  // Opened by the practice but not acted on: still waiting, from the desk's point of view.
  HANDLED: 'waiting',
  // Not documented; appears in the spec's single-booking example. Still needs the practice.
  UNVERIFIED: 'waiting',
  CONFIRMED: 'confirmed',
  RESCHEDULED: 'rescheduled',
  CANCELLED: 'cancelled',
  CANCELED: 'cancelled',
  EXPIRED: 'expired',
};

// A Map answers a word from JSON far faster than an object, and only ever finds the words above:
// an object would also answer "toString" or "constructor" with what every object inherits.
const EXACT_STATUS = new Map(Object.entries(STATUS));

export function mapDoctenaStatus(vendorStatus: string | null, noShow: boolean): EventStatus {
  if (noShow) return 'no-show';
  if (vendorStatus === null) return 'unknown';
  // Spelled as documented nearly always; only the odd one is worth a trimmed, upper-case copy.
  return (
    EXACT_STATUS.get(vendorStatus) ??
    EXACT_STATUS.get(vendorStatus.trim().toUpperCase()) ??
    'unknown'
  );
}

export function mapDoctenaCalendar(calendar: DoctenaCalendar, accountId: string): CalendarInfo {
  return {
    id: calendar._id,
    source: 'doctena',
    accountId,
    name: calendar.name ?? calendar._id,
    owner: calendar.profile_name ?? '',
    timezone: null,
    clinicId: null,
    locationId: null,
  };
}

function bookingActions(status: EventStatus, startText: string, now: number, zone: string) {
  const start = instantMs(startText);
  const live = isLive(status);
  const started = hasStarted(start, now);
  const upcoming = live && isTodayOrLater(start, now, zone);
  return actionList({
    confirm: upcoming && status !== 'confirmed',
    cancel: upcoming,
    // Doctena accepts no_show only once the start has passed (and cancels the booking with it).
    'no-show': status !== 'no-show' && status !== 'unknown' && started,
    move: live && !started,
  });
}

function patientOf(booking: DoctenaBooking): Patient | null {
  const contact = booking.contact;
  const name = contact?.first_name?.trim() || null;
  if (!name && !contact?.email && !contact?.phone_number && !booking.insurance) return null;
  return {
    name: name ?? '',
    phone: contact?.phone_number || null,
    email: contact?.email || null,
    insurance: booking.insurance || null,
    clientId: null,
  };
}

/** Undefined when the record has no usable times (already refused by the schema in practice). */
export function mapDoctenaBooking(
  booking: DoctenaBooking,
  context: DoctenaMapContext,
): CalendarEvent | undefined {
  return bookingEvent(booking, context, bookingIdPrefix(context));
}

/**
 * `eventId(…, vendorId)` is this prefix plus the vendor id: a list's events share one prefix, so
 * each id is one new string instead of a chain of four (a large sync keeps every one alive).
 */
const bookingIdPrefix = (context: DoctenaMapContext) =>
  eventId('doctena', context.accountId, 'doctena-booking', '');

function bookingEvent(
  booking: DoctenaBooking,
  context: DoctenaMapContext,
  idPrefix: string,
): CalendarEvent | undefined {
  const start = toInstant(booking.starts);
  const end = toInstant(booking.ends);
  if (!start || !end) return undefined;
  const now = nowMs(context.now);
  const status = mapDoctenaStatus(booking.status, booking.no_show);
  const patient = patientOf(booking);
  return {
    id: idPrefix + booking._id,
    vendorId: booking._id,
    kind: 'doctena-booking',
    source: 'doctena',
    accountId: context.accountId,
    calendarId: context.calendarId,
    start,
    end,
    title: booking.title || patient?.name || 'Booking',
    status,
    vendorStatus: booking.status,
    noShow: booking.no_show,
    patient,
    reason: booking.reason || booking.problem || null,
    serviceId: null,
    note: null,
    recurrence: null,
    timezone: null,
    updatedAt: toInstant(booking.updated_at),
    actions: bookingActions(status, start, now, context.timeZone ?? DOCTENA_TIME_ZONE),
  };
}

/** The RRULE of a recurring blocking, without an `RRULE:` prefix; null for a one-off. */
export function blockingRecurrence(blocking: DoctenaBlocking): string | null {
  const rule = blocking.recurrence?.trim().replace(/^RRULE:/i, '') ?? '';
  return rule === '' ? null : rule;
}

export function mapDoctenaBlocking(
  blocking: DoctenaBlocking,
  context: DoctenaMapContext,
): CalendarEvent | undefined {
  const start = toInstant(blocking.starts);
  const end = toInstant(blocking.ends);
  if (!start || !end) return undefined;
  const recurrence = blockingRecurrence(blocking);
  const actions = actionList({
    // Moving one occurrence of a series would move them all; the desk edits series in Doctena.
    move: recurrence === null && !hasStarted(start, nowMs(context.now)),
    delete: true,
  });
  return {
    id: eventId('doctena', context.accountId, 'doctena-blocking', blocking._id),
    vendorId: blocking._id,
    kind: 'doctena-blocking',
    source: 'doctena',
    accountId: context.accountId,
    calendarId: context.calendarId,
    start,
    end,
    title: blocking.title || 'Blocked',
    // A blocking has no status of its own: it is simply in force.
    status: 'confirmed',
    vendorStatus: null,
    noShow: false,
    patient: null,
    reason: null,
    serviceId: null,
    note: null,
    recurrence,
    timezone: null,
    updatedAt: toInstant(blocking.updated_at),
    actions,
  };
}

/** Maps a list, dropping records without usable times. */
export function mapDoctenaBookings(list: DoctenaBooking[], context: DoctenaMapContext) {
  const idPrefix = bookingIdPrefix(context);
  return mapInto([], list, (b) => bookingEvent(b, context, idPrefix));
}

export function mapDoctenaBlockings(list: DoctenaBlocking[], context: DoctenaMapContext) {
  return mapInto([], list, (b) => mapDoctenaBlocking(b, context));
}
