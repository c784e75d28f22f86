import type { CalendarEvent } from '../../shared/domain';
import { PLATFORM_NAME } from './platform-mark';

export interface LabelTexts {
  status: (event: CalendarEvent) => string;
  calendar: (event: CalendarEvent) => string;
}

/**
 * An event's accessible name: exactly what it shows first (so speech users can say what they
 * see), then what it only shows by style: status, calendar and platform.
 */
export function eventLabel(shown: string, event: CalendarEvent, texts: LabelTexts): string {
  const text = shown.replace(/\s+/g, ' ').trim();
  const styled = [texts.status(event), texts.calendar(event), PLATFORM_NAME[event.source]]
    .filter(Boolean)
    .join(', ');
  return text ? `${text}, ${styled}` : styled;
}

/**
 * FullCalendar calls `eventDidMount` once per element, but redraws an element's content in place
 * when its event changes (a Confirm, a move): the name set at mount would go on saying "Waiting".
 * So each new content also renames its element, once FullCalendar has put it in (in the same
 * render, so a microtask later). textContent, not innerText: no layout per event.
 */
export function relabelWhenShown(body: HTMLElement, event: CalendarEvent, texts: LabelTexts) {
  queueMicrotask(() => {
    const el = body.closest<HTMLElement>('[data-event-id]');
    if (el?.dataset.eventId === event.id)
      el.setAttribute('aria-label', eventLabel(body.textContent ?? '', event, texts));
  });
}
