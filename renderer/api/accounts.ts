import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../shared/contract';
import { client } from './client';
import { keys } from './keys';

export function useAccounts() {
  return useQuery({ queryKey: keys.accounts, queryFn: () => client['accounts:list']({}) });
}

/**
 * Connecting, disconnecting and the demo switch change which accounts the main process syncs, so
 * everything derived from them (the account list, the calendar, demoWhenEmpty in the settings)
 * is refetched afterwards.
 */
function useAccountsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.accounts }),
      queryClient.invalidateQueries({ queryKey: keys.settings }),
      queryClient.invalidateQueries({ queryKey: keys.calendar.all }),
      queryClient.invalidateQueries({ queryKey: keys.search.all }),
    ]);
}

/** Tests the login first; only a working one is stored. */
export function useConnectDoctena() {
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (input: ChannelInput<'accounts:connectDoctena'>) =>
      client['accounts:connectDoctena'](input),
    onSuccess: changed,
  });
}

/** Tests a key and lists the clinics it can see; stores nothing. */
export function useDiscoverDocfav() {
  return useMutation({
    mutationFn: (input: ChannelInput<'accounts:discoverDocfav'>) =>
      client['accounts:discoverDocfav'](input),
  });
}

export function useConnectDocfav() {
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (input: ChannelInput<'accounts:connectDocfav'>) =>
      client['accounts:connectDocfav'](input),
    onSuccess: changed,
  });
}

export function useDisconnect() {
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (accountId: string) => client['accounts:disconnect']({ accountId }),
    onSuccess: changed,
  });
}

export function useSetTimezone() {
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (input: ChannelInput<'accounts:setTimezone'>) =>
      client['accounts:setTimezone'](input),
    onSuccess: changed,
  });
}

export function useSetDemo() {
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (enabled: boolean) => client['demo:set']({ enabled }),
    onSuccess: changed,
  });
}
