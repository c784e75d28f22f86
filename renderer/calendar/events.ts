import type { EventInput } from '@fullcalendar/core';
import type { AvailabilityWindow, CalendarEvent } from '../../shared/domain';

export interface ViewFilter {
  hiddenCalendars: ReadonlySet<string>;
  showCancelled: boolean;
}

/** A calendar is identified by account and id: two accounts may share a calendar id. */
export const calendarKeyOf = (e: { accountId: string; calendarId: string }) =>
  `${e.accountId}|${e.calendarId}`;

/** The same key for a calendar in the sidebar list (CalendarInfo names its id `id`). */
export const infoKeyOf = (c: { accountId: string; id: string }) => `${c.accountId}|${c.id}`;

export function isVisible(event: CalendarEvent, filter: ViewFilter): boolean {
  if (filter.hiddenCalendars.has(calendarKeyOf(event))) return false;
  if (event.status === 'cancelled' && !filter.showCancelled) return false;
  return true;
}

/** Blockings and reservations: time that is taken but is not a patient. */
export function isBlock(event: CalendarEvent): boolean {
  return event.kind !== 'doctena-booking' && event.kind !== 'docfav-appointment';
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
    extra.conflict ? 'fd-conflict' : '',
    extra.mirror ? 'fd-mirror' : '',
  ].filter(Boolean);
}

export function toEventInput(
  event: CalendarEvent,
  colour: string,
  extra: { conflict?: boolean; mirror?: boolean } = {},
): EventInput {
  return {
    id: event.id,
    start: event.start,
    end: event.end,
    title: event.patient?.name || event.title,
    classNames: eventClasses(event, extra),
    backgroundColor: isBlock(event) ? undefined : colour,
    borderColor: colour,
    editable: false,
    extendedProps: { event },
  };
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
