import {
  keepPreviousData,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { StatusAction, ToConfirmList } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import type { ActionRunner } from './actions';
import { client, subscribe } from './client';
import { keys } from './keys';

/** This week and the three after it. */
export const TO_CONFIRM_WEEKS = 4;

/** Midnight today on this desk; a new day makes a new query. */
export function startOfToday(now = new Date()): string {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  return midnight.toISOString();
}

/**
 * Bookings and appointments waiting for the practice, from today on, whatever week the calendar
 * shows. Refetched on every `sync:finished`, which also follows every write.
 */
export function useToConfirm() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      subscribe(
        'sync:finished',
        () => void queryClient.invalidateQueries({ queryKey: keys.toConfirm.all }),
      ),
    [queryClient],
  );
  const from = startOfToday();
  return useQuery({
    queryKey: keys.toConfirm.from(from),
    queryFn: () => client['calendar:toConfirm']({ from, weeks: TO_CONFIRM_WEEKS }),
    placeholderData: keepPreviousData,
  });
}

/**
 * A status change from the list, through the calendar's action runner (optimistic in the
 * calendar, pending while it runs, reverted on failure); the answer then updates the list: an
 * event no longer waiting leaves it, one set back to waiting (an undo) comes back.
 */
export function useToConfirmAction(runner: ActionRunner) {
  const queryClient = useQueryClient();
  const { setStatus } = runner;
  return useCallback(
    async (event: CalendarEvent, action: StatusAction, notifyPatient: boolean) => {
      const result = await setStatus(event, action, notifyPatient);
      patchToConfirm(queryClient, event.id, result.event);
      return result;
    },
    [queryClient, setStatus],
  );
}

export function patchToConfirm(
  queryClient: QueryClient,
  id: string,
  next: CalendarEvent | null,
): void {
  for (const [key, data] of queryClient.getQueriesData<ToConfirmList>({
    queryKey: keys.toConfirm.all,
  })) {
    if (!data) continue;
    const others = data.events.filter((e) => e.id !== id);
    const inside =
      next?.status === 'waiting' &&
      Date.parse(next.end) > Date.parse(data.from) &&
      Date.parse(next.start) < Date.parse(data.to);
    const events = inside
      ? [...others, next].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
      : others;
    queryClient.setQueryData<ToConfirmList>(key, {
      ...data,
      events,
      expiringIds: data.expiringIds.filter((e) => e !== id || inside),
    });
  }
}
