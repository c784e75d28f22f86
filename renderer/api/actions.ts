import { keys } from './keys';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { CalendarData, Conflict, StatusAction } from '../../shared/contract';
import type { CalendarEvent, EventStatus } from '../../shared/domain';
import { client } from './client';

const OPTIMISTIC_STATUS: Record<StatusAction, EventStatus> = {
  confirm: 'confirmed',
  cancel: 'cancelled',
  'no-show': 'no-show',
  unconfirm: 'waiting',
};

/** Applies `change` to the event with `id` in every cached calendar range. */
function patchCached(
  queryClient: QueryClient,
  change: (events: CalendarEvent[]) => CalendarEvent[],
): void {
  for (const [key, data] of queryClient.getQueriesData<CalendarData>({
    queryKey: keys.calendar.all,
  })) {
    if (data) queryClient.setQueryData<CalendarData>(key, { ...data, events: change(data.events) });
  }
}

const replace = (id: string, next: CalendarEvent | null) => (events: CalendarEvent[]) =>
  next === null
    ? events.filter((e) => e.id !== id)
    : events.some((e) => e.id === id)
      ? events.map((e) => (e.id === id ? next : e))
      : [...events, next];

export type MoveOutcome =
  | { status: 'moved'; event: CalendarEvent }
  | { status: 'conflict'; conflicts: Conflict[] }
  | { status: 'pending' }
  | { status: 'moved-elsewhere'; start: string }
  | { status: 'failed'; error: unknown };

/**
 * Runs the front-desk actions optimistically: the calendar changes at once, the event is marked
 * pending (and cannot be moved again) until the platform answers, and a refusal puts it back.
 */
export function useActionRunner() {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const mark = useCallback((id: string, on: boolean) => {
    setPending((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const settle = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: keys.calendar.all }),
    [queryClient],
  );

  const setStatus = useCallback(
    async (event: CalendarEvent, action: StatusAction, notifyPatient: boolean) => {
      mark(event.id, true);
      patchCached(queryClient, replace(event.id, { ...event, status: OPTIMISTIC_STATUS[action] }));
      try {
        const result = await client['event:setStatus']({
          eventId: event.id,
          action,
          notifyPatient,
        });
        patchCached(queryClient, replace(event.id, result.event));
        return result;
      } catch (err) {
        patchCached(queryClient, replace(event.id, event));
        throw err;
      } finally {
        mark(event.id, false);
        settle();
      }
    },
    [mark, queryClient, settle],
  );

  /** Shows the event at its new place at once; `commit` then asks the platform. */
  const preview = useCallback(
    (event: CalendarEvent, start: string, end: string) => {
      mark(event.id, true);
      patchCached(queryClient, replace(event.id, { ...event, start, end }));
    },
    [mark, queryClient],
  );

  const revert = useCallback(
    (event: CalendarEvent) => {
      patchCached(queryClient, replace(event.id, event));
      mark(event.id, false);
    },
    [mark, queryClient],
  );

  const commitMove = useCallback(
    async (
      event: CalendarEvent,
      target: { start: string; end: string },
      options: { notifyPatient: boolean; force: boolean },
    ): Promise<MoveOutcome> => {
      try {
        const result = await client['event:move']({ eventId: event.id, ...target, ...options });
        if (result.status === 'conflict') return result;
        if (result.status === 'pending' || result.status === 'moved-elsewhere') {
          // Not at the dragged-to time (yet): show what the platform has; the main process marks
          // an unsettled move pending until its journal knows how it ended.
          revert(event);
          settle();
          return result.status === 'pending'
            ? result
            : { status: result.status, start: result.start };
        }
        // A Docfav move books a new appointment: the old one leaves the calendar.
        patchCached(queryClient, (events) =>
          replace(result.event.id, result.event)(replace(event.id, null)(events)),
        );
        mark(event.id, false);
        settle();
        return result;
      } catch (err) {
        revert(event);
        settle();
        return { status: 'failed', error: err };
      }
    },
    [mark, queryClient, revert, settle],
  );

  return { pending, setStatus, preview, revert, commitMove, settle };
}

export type ActionRunner = ReturnType<typeof useActionRunner>;
