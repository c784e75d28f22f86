import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Conflict, EventPayload, StatusAction } from '../../shared/contract';
import type { CalendarEvent, EventStatus } from '../../shared/domain';
import { patchCalendars, replaceEvent } from './cache';
import { client } from './client';
import { keys } from './keys';
import { usePush } from './push';

const OPTIMISTIC_STATUS: Record<StatusAction, EventStatus> = {
  confirm: 'confirmed',
  cancel: 'cancelled',
  'no-show': 'no-show',
  unconfirm: 'waiting',
};

export type MoveOutcome =
  | { status: 'moved'; event: CalendarEvent }
  | { status: 'conflict'; conflicts: Conflict[] }
  | { status: 'pending' }
  | { status: 'moved-elsewhere'; start: string }
  | { status: 'failed'; error: unknown };

/**
 * The front-desk actions on appointments, optimistic: the calendar changes at once, the event is
 * marked pending (and cannot be moved again) until the platform answers, and a refusal puts it
 * back. `setStatus` is the event:setStatus channel, `preview` + `commitMove` (or `revert`) the
 * event:move channel; they share the set of pending events, which the calendar draws.
 *
 * A write that answers with the event puts it in the cache and refetches nothing: the main process
 * re-reads after the write and pushes `sync:finished`, and that refetch is the only one. Only an
 * answer without the event (a failure, a move not settled yet) refetches here.
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
  const refetch = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: keys.calendar.all }),
    [queryClient],
  );

  const setStatus = useCallback(
    async (event: CalendarEvent, action: StatusAction, notifyPatient: boolean) => {
      mark(event.id, true);
      patchCalendars(
        queryClient,
        replaceEvent(event.id, { ...event, status: OPTIMISTIC_STATUS[action] }),
      );
      try {
        const result = await client['event:setStatus']({
          eventId: event.id,
          action,
          notifyPatient,
        });
        patchCalendars(queryClient, replaceEvent(event.id, result.event));
        return result;
      } catch (err) {
        patchCalendars(queryClient, replaceEvent(event.id, event));
        refetch();
        throw err;
      } finally {
        mark(event.id, false);
      }
    },
    [mark, queryClient, refetch],
  );

  /** Shows the event at its new place at once; `commitMove` then asks the platform. */
  const preview = useCallback(
    (event: CalendarEvent, start: string, end: string) => {
      mark(event.id, true);
      patchCalendars(queryClient, replaceEvent(event.id, { ...event, start, end }));
    },
    [mark, queryClient],
  );

  const revert = useCallback(
    (event: CalendarEvent) => {
      patchCalendars(queryClient, replaceEvent(event.id, event));
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
        const landed = result.status === 'pending' ? null : result.event;
        const outcome: MoveOutcome =
          result.status === 'moved-elsewhere'
            ? { status: 'moved-elsewhere', start: result.start }
            : result;
        if (!landed) {
          // Not settled yet, or moved elsewhere by another desk without a record to show: the
          // event goes back, and the refetch shows what the main process has (an unsettled move
          // is drawn pending until its journal knows how it ended).
          revert(event);
          refetch();
          return outcome;
        }
        // A Docfav move books a new appointment: the old one leaves the calendar.
        patchCalendars(queryClient, (events) =>
          replaceEvent(landed.id, landed)(replaceEvent(event.id, null)(events)),
        );
        mark(event.id, false);
        return outcome;
      } catch (err) {
        revert(event);
        refetch();
        return { status: 'failed', error: err };
      }
    },
    [mark, queryClient, revert, refetch],
  );

  return { pending, setStatus, preview, revert, commitMove };
}

export type ActionRunner = ReturnType<typeof useActionRunner>;

/**
 * A move this desk could not finish at the time (no answer, or a crash) has settled, as the main
 * process's write journal pushes: the calendar is refetched and `listener` told how it ended.
 */
export function useMoveSettled(listener: (settled: EventPayload<'move:settled'>) => void): void {
  const queryClient = useQueryClient();
  usePush('move:settled', (settled) => {
    void queryClient.invalidateQueries({ queryKey: keys.calendar.all });
    listener(settled);
  });
}
