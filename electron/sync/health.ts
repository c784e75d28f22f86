import type { AccountStatus, AccountWarning } from '../../shared/contract';
import type { UnreadableItem } from '../vendors/wire';

/**
 * What an account's sync could not fully do without failing: records it had to leave out, and
 * extras (working hours) it could not load. Shown next to the account; the account stays ok.
 */
export interface SourceHealth {
  unreadable: number;
  warnings: AccountWarning[];
}

/**
 * The status fields for a source's health, for the engine to spread into the account's status.
 * Nothing for sources that do not report it (benchmarks, test doubles).
 */
export function healthFields(source: {
  health?(): SourceHealth;
}): Pick<AccountStatus, 'unreadable' | 'warnings'> {
  const health = source.health?.();
  return health ? { unreadable: health.unreadable, warnings: health.warnings } : {};
}

/** One key per left-out record: an item on a chunk boundary arrives twice but counts once. */
export function unreadableKeys(items: UnreadableItem[]): Set<string> {
  return new Set(items.map((i) => `${i.list}|${i.id ?? `#${i.index}`}`));
}
