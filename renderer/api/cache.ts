import type { QueryClient } from '@tanstack/react-query';
import type { CalendarData, Range } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { keys } from './keys';

/**
 * Puts what a write answered into every cached calendar range at once. The main process re-reads
 * after each write and then pushes `sync:finished`, whose refetch brings the rest (a series'
 * other occurrences, say): a write that answered with its records refetches nothing itself.
 */
export function patchCalendars(
  queryClient: QueryClient,
  change: (events: CalendarEvent[], range: Range | null) => CalendarEvent[],
): void {
  for (const [key, data] of queryClient.getQueriesData<CalendarData>({
    queryKey: keys.calendar.all,
  })) {
    if (!data) continue;
    const [, from, to] = key;
    const range = typeof from === 'string' && typeof to === 'string' ? { from, to } : null;
    queryClient.setQueryData<CalendarData>(key, { ...data, events: change(data.events, range) });
  }
}

/** Replaces the event with `id` (adding `next` if absent); null removes it. */
export const replaceEvent =
  (id: string, next: CalendarEvent | null) => (events: CalendarEvent[]) =>
    next === null
      ? events.filter((e) => e.id !== id)
      : events.some((e) => e.id === id)
        ? events.map((e) => (e.id === id ? next : e))
        : [...events, next];

/** Adds events to the ranges they fall in, replacing any with the same id. */
export const addEvents =
  (added: readonly CalendarEvent[]) => (events: CalendarEvent[], range: Range | null) => {
    const inside = added.filter(
      (e) =>
        !range ||
        (Date.parse(e.end) > Date.parse(range.from) && Date.parse(e.start) < Date.parse(range.to)),
    );
    const ids = new Set(inside.map((e) => e.id));
    return [...events.filter((e) => !ids.has(e.id)), ...inside];
  };
