import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../shared/contract';
import type { SettingsPatch } from '../../shared/settings';
import { client } from './client';
import { keys } from './keys';

type Stored = ChannelOutput<'settings:get'>;

export function useSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: () => client['settings:get']({}) });
}

export interface SettingsSave {
  patch: SettingsPatch;
  /**
   * Shown at once and put back if the main process refuses (a toggle). Otherwise (a form) the
   * screen shows what the main process accepted, and its refusal, only after the answer.
   */
  optimistic?: boolean;
}

/**
 * The one write of the settings. Its answer is the stored settings, which replace the cached
 * ones. A change of the guard's pairs also changes which double bookings the calendar shows and
 * which pairs are still worth suggesting; the main process pushes nothing for it, so those are
 * refetched here.
 */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch }: SettingsSave) => client['settings:update']({ patch }),
    onMutate: async ({ patch, optimistic }) => {
      if (!optimistic) return { previous: undefined };
      await queryClient.cancelQueries({ queryKey: keys.settings });
      const previous = queryClient.getQueryData<Stored>(keys.settings);
      if (previous) queryClient.setQueryData<Stored>(keys.settings, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _save, context) => {
      if (context?.previous) queryClient.setQueryData(keys.settings, context.previous);
    },
    onSuccess: (settings, { patch }) => {
      queryClient.setQueryData(keys.settings, settings);
      if (patch.guard) {
        void queryClient.invalidateQueries({ queryKey: keys.guard.suggestions });
        void queryClient.invalidateQueries({ queryKey: keys.calendar.all });
      }
    },
  });
}
