import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../shared/contract';
import { client } from './client';
import { keys } from './keys';

/**
 * A bulk cancel (the bookings inside a vacation): started once, then its progress is read every
 * half second until every appointment has its result. The main process's journal carries it on
 * through a crash; the calendar is refetched when it is done.
 */
export function useBulkCancel() {
  return useMutation({
    mutationFn: (input: ChannelInput<'bulk:cancel'>) => client['bulk:cancel'](input),
  });
}

export function useBulkCancelProgress(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: keys.bulkCancel(id ?? ''),
    enabled: id !== null,
    queryFn: async () => {
      const progress = await client['bulk:progress']({ id: id ?? '' });
      if (progress?.done) void queryClient.invalidateQueries({ queryKey: keys.calendar.all });
      return progress;
    },
    refetchInterval: (query) => (query.state.data?.done === true ? false : 500),
  });
}
