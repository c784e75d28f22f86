import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CalendarData, Range } from '../../shared/contract';
import { client, subscribe } from './client';
import { keys } from './keys';

export const calendarKey = keys.calendar.range;

/** Pushes seen so far: an answer asked for before the latest one may predate what it announced. */
let pushes = 0;
/** Extra asks for one fetch when pushes keep arriving during it; the next push catches up anyway. */
const MAX_REASKS = 2;

/** The merged calendar for the visible range; kept on screen while the next range loads. */
export function useCalendarRange(range: Range | null) {
  const queryClient = useQueryClient();
  useEffect(() => {
    // The main process says when anything changed, and when a platform has gone silent (the
    // calendar answers without it after a grace period); refetch what is on screen then. The
    // data on screen stays while refetching, and the refetch never waits for the silent one again.
    const refetch = calendarPushHandler(queryClient);
    const stops = [subscribe('sync:finished', refetch), subscribe('sync:slow', refetch)];
    return () => stops.forEach((stop) => stop());
  }, [queryClient]);
  return useQuery({
    queryKey: range ? calendarKey(range) : keys.calendar.none,
    queryFn: ({ signal }): Promise<CalendarData> =>
      range ? fetchRange(range, signal) : Promise.reject(new Error('no range')),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
}

/** What a push does: note it, and refetch the calendar on screen (its cached data stays). */
export function calendarPushHandler(queryClient: QueryClient): () => void {
  return () => {
    pushes += 1;
    void queryClient.invalidateQueries({ queryKey: keys.calendar.all });
  };
}

/**
 * Asks again when a push came while asking: during the first load TanStack Query joins an
 * invalidation to the fetch in flight, whose answer may have been taken just before the platform
 * that pushed had answered (its events would then wait for the next push).
 */
export async function fetchRange(range: Range, signal?: AbortSignal): Promise<CalendarData> {
  for (let ask = 0; ; ask++) {
    const seen = pushes;
    const data = await client['calendar:range'](range);
    if (pushes === seen || ask >= MAX_REASKS || signal?.aborted) return data;
  }
}

export function useRefresh(range: Range | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      range ? client['sync:refresh'](range) : Promise.reject(new Error('no range')),
    onSuccess: (data: CalendarData) => {
      if (range) queryClient.setQueryData(calendarKey(range), data);
    },
  });
}
