import type { AccountStatus, AccountWarning } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import type { MessageKey } from '../../shared/i18n/keys';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * Why an account's sync failed, from its code only: the main process's message is English and may
 * name things the desk cannot act on, so it is never shown here.
 */
const ERROR_KEYS: Partial<Record<ErrorCode, MessageKey>> = {
  auth: 'error.auth',
  permission: 'error.permission',
  'rate-limited': 'error.rateLimited',
  network: 'error.offline',
  timeout: 'error.offline',
  server: 'error.server',
  unavailable: 'error.server',
  'not-found': 'error.notFound',
  'invalid-response': 'error.unreadable',
  validation: 'error.refused',
  'invalid-input': 'error.refused',
  conflict: 'error.refused',
};

const WARNING_KEYS: Record<AccountWarning, MessageKey> = {
  'working-hours-unavailable': 'account.warning.working-hours-unavailable',
};

export function accountErrorText(code: ErrorCode, vendor: string, t: Translate): string {
  return t(ERROR_KEYS[code] ?? 'error.other', { vendor });
}

/** What an account that synced could not show: records left out, extras missing. */
export function accountNotes(account: AccountStatus, vendor: string, t: Translate): string[] {
  const notes: string[] = [];
  const count = account.unreadable ?? 0;
  if (count > 0) notes.push(t('account.unreadable', { vendor, count }));
  for (const warning of account.warnings ?? []) notes.push(t(WARNING_KEYS[warning], { vendor }));
  return notes;
}
