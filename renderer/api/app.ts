import { useQuery } from '@tanstack/react-query';
import { client } from './client';
import { keys } from './keys';

/** Name, version, platform abilities and start-up notices; they do not change while running. */
export function useAppInfo() {
  return useQuery({ queryKey: keys.appInfo, queryFn: () => client['app:info']({}) });
}
