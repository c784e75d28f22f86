import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ChannelInput } from '../../shared/contract';
import { client } from './client';
import { usePush } from './push';

export type SlotSearchInput = ChannelInput<'slots:find'>;

/**
 * Kept beside its hook rather than in keys.ts while issue 15's parts land in parallel; nothing
 * else reads or invalidates it.
 */
export const slotKeys = {
  all: ['slots'] as const,
  search: (s: SlotSearchInput) =>
    [
      'slots',
      s.accountId,
      s.calendarId,
      s.durationMinutes ?? null,
      s.serviceId ?? null,
      s.from,
      s.weeks ?? null,
      s.maxResults ?? null,
    ] as const,
};

/**
 * A practitioner's next free slots (both platforms' when paired in the guard). A Docfav search
 * costs a request, so the answer is kept a while and asked again only when a sync changed
 * something, which is also when a slot may have been taken.
 */
export function useFreeSlots(search: SlotSearchInput | null) {
  const queryClient = useQueryClient();
  usePush('sync:finished', (p) => {
    if (p.changed > 0) void queryClient.invalidateQueries({ queryKey: slotKeys.all });
  });
  return useQuery({
    queryKey: search ? slotKeys.search(search) : [...slotKeys.all, 'none'],
    queryFn: () => (search ? client['slots:find'](search) : Promise.reject(new Error('no search'))),
    enabled: search !== null,
    staleTime: 60_000,
    // Asking for more of the same practitioner's slots keeps those shown until the rest arrive.
    placeholderData: (previous, previousQuery) =>
      search && previousQuery && samePractitioner(previousQuery.queryKey, slotKeys.search(search))
        ? previous
        : undefined,
  });
}

/** Same calendar, length and start: only how many slots were asked for differs. */
function samePractitioner(a: QueryKey, b: QueryKey): boolean {
  return a.length === b.length && a.every((part, i) => i === a.length - 1 || part === b[i]);
}
