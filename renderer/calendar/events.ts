import type { EventInput } from '@fullcalendar/core';
import type { AvailabilityWindow, CalendarEvent } from '../../shared/domain';
import { eventColours } from './colors';

export interface ViewFilter {
  hiddenCalendars: ReadonlySet<string>;
  showCancelled: boolean;
}

/** A calendar is identified by account and id: two accounts may share a calendar id. */
export const calendarKeyOf = (e: { accountId: string; calendarId: string }) =>
  `${e.accountId}|${e.calendarId}`;

/** The same key for a calendar in the sidebar list (CalendarInfo names its id `id`). */
export const infoKeyOf = (c: { accountId: string; id: string }) => `${c.accountId}|${c.id}`;

export function overlapsRange(
  event: { start: string; end: string },
  range: { start: Date; end: Date },
) {
  return (
    Date.parse(event.end) > range.start.getTime() && Date.parse(event.start) < range.end.getTime()
  );
}

export function isVisible(event: CalendarEvent, filter: ViewFilter): boolean {
  if (filter.hiddenCalendars.has(calendarKeyOf(event))) return false;
  if (event.status === 'cancelled' && !filter.showCancelled) return false;
  return true;
}

/** Blockings and reservations: time that is taken but is not a patient. */
export function isBlock(event: Pick<CalendarEvent, 'kind'>): boolean {
  return event.kind !== 'doctena-booking' && event.kind !== 'docfav-appointment';
}

/** What to call an event in words: its status for appointments, its kind for blocked time. */
export function describeKey(event: Pick<CalendarEvent, 'kind' | 'status'>) {
  switch (event.kind) {
    case 'doctena-booking':
    case 'docfav-appointment':
      return `status.${event.status}` as const;
    case 'docfav-time-reservation':
    case 'docfav-group-reservation':
      return 'kind.reservation' as const;
    case 'docfav-recurring-event':
      return 'kind.recurring' as const;
    case 'doctena-blocking':
      return 'kind.block' as const;
  }
}

/** Class names that carry the status and kind styles (see styles.css). */
export function eventClasses(
  event: CalendarEvent,
  extra: { conflict?: boolean; mirror?: boolean } = {},
) {
  return [
    'fd-event',
    `fd-status-${event.status}`,
    `fd-kind-${event.kind}`,
    isBlock(event) ? 'fd-block' : 'fd-appointment',
    event.recurrence ? 'fd-recurring' : '',
    extra.conflict ? 'fd-conflict' : '',
    extra.mirror ? 'fd-mirror' : '',
  ].filter(Boolean);
}

export function toEventInput(
  event: CalendarEvent,
  colour: string,
  extra: { conflict?: boolean; mirror?: boolean } = {},
): EventInput {
  const layer = extra.mirror || isWholeDayBlock(event);
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    title: event.patient?.name || event.title,
    classNames: [...eventClasses(event, extra), ...(layer ? ['fd-layer'] : [])],
    ...eventColours(event, colour),
    editable: false,
    // Drawn behind the appointments rather than as a column beside them, which would halve
    // the width of every booking it overlaps.
    ...(layer ? { display: 'background' } : {}),
    extendedProps: { event, colour },
  };
}

/** Blocked time of a day or more (a vacation): a layer over the whole day, not a strip. */
export function isWholeDayBlock(event: Pick<CalendarEvent, 'kind' | 'start' | 'end'>): boolean {
  return isBlock(event) && Date.parse(event.end) - Date.parse(event.start) >= 86_400_000;
}

/** Working hours as white background over the grey grid; days and hours off hatched. */
export function toBackground(window: AvailabilityWindow, index: number): EventInput {
  return {
    id: `bg-${index}`,
    start: window.start,
    end: window.end,
    display: 'background',
    classNames: [`fd-availability-${window.kind}`],
  };
}

/**
 * Saturday and Sunday when nobody works and nothing is booked on them in the loaded data: hiding
 * them gives the five working days 40 % more width, which is what makes names readable in a
 * merged week. A practice that opens on Saturdays keeps its Saturday.
 */
export function idleWeekendDays(
  events: readonly Pick<CalendarEvent, 'start'>[],
  availability: readonly Pick<AvailabilityWindow, 'start' | 'kind'>[],
): number[] {
  const used = new Set<number>();
  for (const e of events) used.add(new Date(e.start).getDay());
  for (const w of availability) if (w.kind === 'working') used.add(new Date(w.start).getDay());
  return [6, 0].filter((day) => !used.has(day));
}

/**
 * Where the grid opens: the hour the earliest practitioner starts, so the first screen shows
 * appointments rather than empty early-morning rows. Undefined when nobody works in the range.
 */
export function firstWorkingHour(
  availability: readonly Pick<AvailabilityWindow, 'start' | 'kind'>[],
): string | undefined {
  const hours = availability
    .filter((w) => w.kind === 'working')
    .map((w) => new Date(w.start).getHours());
  if (hours.length === 0) return undefined;
  return `${String(Math.min(...hours)).padStart(2, '0')}:00:00`;
}
