import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CalendarData, GuardStatus } from '../../shared/contract';
import type { CalendarInfo } from '../../shared/domain';
import { client, subscribe } from './client';
import { keys } from './keys';

const guardKeys = keys.guard;

/**
 * Stores a new status and, when it is from a run not seen yet, refetches the calendar: that run
 * may have written mirrors. Both the push and the run's own answer come here, in either order;
 * only the first of the two refetches.
 */
function applyStatus(queryClient: QueryClient, status: GuardStatus): void {
  const known = queryClient.getQueryData<GuardStatus>(guardKeys.status);
  queryClient.setQueryData(guardKeys.status, status);
  if (status.lastRunAt !== null && status.lastRunAt !== known?.lastRunAt) {
    void queryClient.invalidateQueries({ queryKey: keys.calendar.all });
  }
}

/** The last reconciliation, kept current by the guard:finished push. */
export function useGuardStatus() {
  const queryClient = useQueryClient();
  useEffect(
    () => subscribe('guard:finished', (status) => applyStatus(queryClient, status)),
    [queryClient],
  );
  return useQuery({ queryKey: guardKeys.status, queryFn: () => client['guard:status']({}) });
}

/** Pairs whose names match; the user still has to pick each one. */
export function useGuardSuggestions() {
  return useQuery({
    queryKey: guardKeys.suggestions,
    queryFn: () => client['guard:suggestions']({}),
  });
}

/**
 * Every calendar of the connected accounts. The calendar on screen already has them, so that is
 * used when loaded; otherwise this week is asked for (the list is the same for any range).
 */
export function useGuardCalendars() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: guardKeys.calendars,
    queryFn: async (): Promise<CalendarInfo[]> => {
      const cached = queryClient
        .getQueriesData<CalendarData>({ queryKey: keys.calendar.all })
        .map(([, data]) => data)
        .find((data) => data && data.calendars.length > 0);
      if (cached) return cached.calendars;
      return (await client['calendar:range'](thisWeek())).calendars;
    },
  });
}

/** Reconciles now, so the user sees what a saved pairing does without waiting for a sync. */
export function useRunGuard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client['guard:run']({}),
    onSuccess: (status) => applyStatus(queryClient, status),
  });
}

function thisWeek() {
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  const end = new Date(start);
  end.setDate(start.getDate() + 7);
  return { from: start.toISOString(), to: end.toISOString() };
}
