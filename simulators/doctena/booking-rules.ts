import { readBoolean, readInstant, readString, type Parsed } from './params';
import {
  BOOKING_STATUSES,
  type Booking,
  type BookingPatch,
  type BookingStatus,
  type NotificationKind,
} from './store';

/** The rules of `PUT /calendars/{calendar_id}/bookings/{id}`, as pure functions of the request. */

const PUT_PARAMS = ['title', 'starts', 'ends', 'status', 'no_show', 'send_notifications'];

export interface BookingUpdatePlan {
  patch: BookingPatch;
  /** Set when `send_notifications` asked for one. */
  notification: NotificationKind | undefined;
}

/**
 * Requests say CANCELED (one L), responses say CANCELLED; both spellings are accepted and the
 * response spelling is stored.
 */
export function normalizeStatus(raw: string): BookingStatus | undefined {
  const s = raw.trim().toUpperCase();
  const word = s === 'CANCELED' ? 'CANCELLED' : s;
  return BOOKING_STATUSES.find((status) => status === word);
}

function readPutStatus(params: Record<string, unknown>): Parsed<BookingStatus | undefined> {
  const raw = readString(params, 'status');
  if (!raw.ok) return raw;
  if (raw.value === undefined) return { ok: true, value: undefined };
  const status = normalizeStatus(raw.value);
  if (status === 'CONFIRMED' || status === 'RESCHEDULED' || status === 'CANCELLED') {
    return { ok: true, value: status };
  }
  return { ok: false, error: 'status must be one of CONFIRMED, RESCHEDULED, CANCELED' };
}

export function planBookingUpdate(
  booking: Booking,
  params: Record<string, unknown>,
  now: Date,
): Parsed<BookingUpdatePlan> {
  if (!PUT_PARAMS.some((name) => params[name] !== undefined && params[name] !== null)) {
    return {
      ok: false,
      error: `at least one parameter must be provided: ${PUT_PARAMS.join(', ')}`,
    };
  }
  const title = readString(params, 'title');
  const starts = readInstant(params, 'starts');
  const ends = readInstant(params, 'ends');
  const status = readPutStatus(params);
  const noShow = readBoolean(params, 'no_show');
  const notify = readBoolean(params, 'send_notifications');
  if (!title.ok) return title;
  if (!starts.ok) return starts;
  if (!ends.ok) return ends;
  if (!status.ok) return status;
  if (!noShow.ok) return noShow;
  if (!notify.ok) return notify;

  const newStarts = starts.value ?? booking.starts;
  const newEnds = ends.value ?? booking.ends;
  if (newEnds.getTime() <= newStarts.getTime()) {
    return { ok: false, error: 'ends must be after starts' };
  }

  // Spec, notice 2: moving the start reschedules unless the same request cancels.
  const startsMoved = newStarts.getTime() !== booking.starts.getTime();
  let newStatus = status.value ?? booking.status;
  if (startsMoved && status.value !== 'CANCELLED') newStatus = 'RESCHEDULED';

  if (noShow.value === true) {
    if (newStarts.getTime() >= now.getTime()) {
      return { ok: false, error: 'no_show can only be set after the appointment time has passed' };
    }
    // Read strictly: the booking must end up cancelled, either already or by this request.
    if (newStatus !== 'CANCELLED') {
      return {
        ok: false,
        error: 'no_show can only be set when the booking is CANCELED or status=CANCELED is passed',
      };
    }
  }

  const patch: BookingPatch = {
    title: title.value,
    starts: starts.value,
    ends: ends.value,
    status: newStatus,
    no_show: noShow.value === undefined ? undefined : noShow.value ? 'true' : 'false',
  };
  return {
    ok: true,
    value: { patch, notification: notify.value ? kindFor(newStatus) : undefined },
  };
}

function kindFor(status: BookingStatus): NotificationKind {
  if (status === 'CANCELLED') return 'cancellation';
  if (status === 'RESCHEDULED') return 'rescheduling';
  return 'confirmation';
}

/** `status` filter of the bookings list: comma-separated and/or repeated, either cancel spelling. */
export function readStatusFilter(query: URLSearchParams): Parsed<Set<BookingStatus> | undefined> {
  const words = query
    .getAll('status')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (words.length === 0) return { ok: true, value: undefined };
  const statuses = new Set<BookingStatus>();
  for (const word of words) {
    const status = normalizeStatus(word);
    if (!status) {
      return { ok: false, error: `status is invalid: ${word}` };
    }
    statuses.add(status);
  }
  return { ok: true, value: statuses };
}
