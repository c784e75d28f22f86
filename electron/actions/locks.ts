import { AppError } from '../../shared/errors';

/**
 * One write per event at a time. A second click while the first is still on its way would race it
 * (and on Docfav, where a move is several requests, could leave two bookings), so it is refused.
 */
export function createWriteLocks() {
  const pending = new Set<string>();
  return {
    async run<T>(key: string, work: () => Promise<T>): Promise<T> {
      if (pending.has(key)) {
        throw new AppError('conflict', { reason: 'write-pending' });
      }
      pending.add(key);
      try {
        return await work();
      } finally {
        pending.delete(key);
      }
    },
  };
}

export type WriteLocks = ReturnType<typeof createWriteLocks>;

/** A move of this appointment is still being settled by the write journal. */
export function movePending(): AppError {
  return new AppError('conflict', { reason: 'move-pending' });
}
