import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../shared/contract';
import { addEvents, patchCalendars, replaceEvent } from './cache';
import { client } from './client';

/**
 * Blocked time (Doctena). Each write answers with what it changed, and that goes into the cached
 * calendar; the refetch after it is the one the main process's push asks for (see cache.ts).
 */

export function useCreateBlocking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'blocking:create'>) => client['blocking:create'](input),
    onSuccess: (result) => patchCalendars(queryClient, addEvents(result.created)),
  });
}

export function useUpdateBlocking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'blocking:update'>) => client['blocking:update'](input),
    onSuccess: ({ event }) => {
      // A series answers with its first occurrence; the others follow with the push's refetch.
      if (event) {
        patchCalendars(queryClient, (events) =>
          events.some((e) => e.id === event.id) ? replaceEvent(event.id, event)(events) : events,
        );
      }
    },
  });
}

export function useDeleteBlocking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (eventId: string) => client['blocking:delete']({ eventId }),
    onSuccess: (_result, eventId) => patchCalendars(queryClient, replaceEvent(eventId, null)),
  });
}
