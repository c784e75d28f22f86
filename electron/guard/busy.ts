import type {
  AvailabilityWindow,
  CalendarEvent,
  EventKind,
  EventStatus,
} from '../../shared/domain';
import { mergeIntervals, toWholeSeconds, type Interval } from './intervals';
import type { MirrorKind } from './marker';

/** Statuses that free the time again; anything else, an unknown status included, counts as busy. */
const FREE: ReadonlySet<EventStatus> = new Set(['cancelled', 'no-show', 'expired']);

export function occupies(status: EventStatus): boolean {
  return !FREE.has(status);
}

/** Docfav items that are not patient appointments but still keep the practitioner busy. */
const RESERVATION_KINDS: ReadonlySet<EventKind> = new Set([
  'docfav-time-reservation',
  'docfav-group-reservation',
  'docfav-recurring-event',
]);

/** What the guard needs of an event: no patient, no title, no note. */
export type BusyEvent = Pick<
  CalendarEvent,
  'source' | 'kind' | 'calendarId' | 'status' | 'start' | 'end'
>;

export interface BusyInput {
  events: readonly BusyEvent[];
  windows: readonly AvailabilityWindow[];
  /** The Docfav staff calendar. */
  calendarId: string;
  mirrorReservations: boolean;
}

/** When the practitioner is busy on Docfav, per mirror kind, as disjoint intervals. */
export function busyIntervals(input: BusyInput): Record<MirrorKind, Interval[]> {
  const { calendarId, mirrorReservations } = input;
  const raw: Record<MirrorKind, Interval[]> = { appointment: [], reserved: [] };
  for (const event of input.events) {
    if (event.source !== 'docfav' || event.calendarId !== calendarId) continue;
    if (event.kind === 'docfav-appointment') {
      if (occupies(event.status)) raw.appointment.push(toWholeSeconds(span(event)));
    } else if (mirrorReservations && RESERVATION_KINDS.has(event.kind)) {
      raw.reserved.push(toWholeSeconds(span(event)));
    }
  }
  if (mirrorReservations) {
    for (const w of input.windows) {
      if (w.source !== 'docfav' || w.calendarId !== calendarId) continue;
      if (w.kind === 'day-off' || w.kind === 'time-off') raw.reserved.push(toWholeSeconds(span(w)));
    }
  }
  return { appointment: mergeIntervals(raw.appointment), reserved: mergeIntervals(raw.reserved) };
}

export function span(item: { start: string; end: string }): Interval {
  return { start: Date.parse(item.start), end: Date.parse(item.end) };
}
