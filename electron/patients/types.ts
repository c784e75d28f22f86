import type { Services } from '../core/types';

/** What finding patients needs: the cache, the accounts' clients, a log and a clock. */
export type PatientServices = Pick<Services, 'sync' | 'accounts' | 'logger' | 'now'>;
