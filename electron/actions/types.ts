import type { AccountRuntime } from '../accounts/sources';
import type { Services } from '../core/services';

/** What the actions need from the main process: the cache, the accounts, a log and a clock. */
export type ActionServices = Pick<Services, 'sync' | 'accounts' | 'logger' | 'now' | 'moves'>;

export type DoctenaRuntime = Extract<AccountRuntime, { vendor: 'doctena' }>;
export type DocfavRuntime = Extract<AccountRuntime, { vendor: 'docfav' }>;
