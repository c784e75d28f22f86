import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CalendarData, Range } from '../../shared/contract';
import { client, subscribe } from './client';

export const calendarKey = (range: Range) => ['calendar', range.from, range.to] as const;

/** The merged calendar for the visible range; kept on screen while the next range loads. */
export function useCalendarRange(range: Range | null) {
  const queryClient = useQueryClient();
  useEffect(
    // The main process says when anything changed; refetch what is on screen then.
    () =>
      subscribe(
        'sync:finished',
        () => void queryClient.invalidateQueries({ queryKey: ['calendar'] }),
      ),
    [queryClient],
  );
  return useQuery({
    queryKey: range ? calendarKey(range) : ['calendar', 'none'],
    queryFn: () =>
      range ? client['calendar:range'](range) : Promise.reject(new Error('no range')),
    enabled: range !== null,
    placeholderData: keepPreviousData,
  });
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

export function useSearch(query: string, range: Range | null) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: ['search', trimmed, range?.from, range?.to],
    queryFn: () =>
      range ? client['events:search']({ query: trimmed, range }) : Promise.resolve([]),
    enabled: trimmed.length >= 2 && range !== null,
    staleTime: 5_000,
  });
}
