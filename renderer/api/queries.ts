import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SettingsPatch } from '../../shared/settings';
import { client } from './client';
import { keys } from './keys';

export { keys } from './keys';

export function useAppInfo() {
  return useQuery({ queryKey: keys.appInfo, queryFn: () => client['app:info']({}) });
}

export function useSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: () => client['settings:get']({}) });
}

export function useAccounts() {
  return useQuery({ queryKey: keys.accounts, queryFn: () => client['accounts:list']({}) });
}

/**
 * Optimistic: the control changes in the same event handler (so the checkbox never flickers back)
 * and reverts if the main process refuses.
 */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  type Current = Awaited<ReturnType<(typeof client)['settings:get']>>;
  const mutation = useMutation({
    mutationFn: ({ patch }: { patch: SettingsPatch; previous: Current | undefined }) =>
      client['settings:update']({ patch }),
    onError: (_error, { previous }) => {
      if (previous) queryClient.setQueryData(keys.settings, previous);
    },
    onSuccess: (settings) => queryClient.setQueryData(keys.settings, settings),
  });
  const update = (patch: SettingsPatch) => {
    const previous = queryClient.getQueryData<Current>(keys.settings);
    if (previous) queryClient.setQueryData<Current>(keys.settings, { ...previous, ...patch });
    mutation.mutate({ patch, previous });
  };
  return { update, error: mutation.error };
}
