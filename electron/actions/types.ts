import type { Services } from '../core/types';

/** What the actions need from the main process: the cache, the accounts, a log and a clock. */
export type ActionServices = Pick<Services, 'sync' | 'accounts' | 'logger' | 'now' | 'moves'>;

export type { DocfavRuntime, DoctenaRuntime } from '../accounts/sources';
