import path from 'node:path';
import { z } from 'zod';
import { BulkCancelId } from '../../../shared/contract';
import { fileJournalOf, memoryJournalOf, type EntryJournal } from '../journal';

/**
 * A bulk cancel in the write journal: the appointments' ids and how far each got, nothing else
 * (no names: the ids are enough to finish the work after a crash).
 */
export const BulkEntry = z.object({
  v: z.literal(1),
  kind: z.literal('bulk-cancel'),
  id: BulkCancelId,
  /** A bulk spans accounts; the journal's per-account bookkeeping does not apply to it. */
  accountId: z.literal('*'),
  notifyPatient: z.boolean(),
  items: z
    .array(
      z.object({
        eventId: z.string().min(1).max(300),
        state: z.enum(['todo', 'cancelled', 'failed']),
      }),
    )
    .min(1)
    .max(500),
  /** Passes that found an item's appointment not (yet) in the calendar after a restart. */
  waits: z.number().int().nonnegative(),
  markedAt: z.string().min(1).max(40),
  nextCheckAt: z.string().min(1).max(40),
});
export type BulkEntry = z.infer<typeof BulkEntry>;
export type BulkJournal = EntryJournal<BulkEntry>;

/** Beside the moves' and bookings' entries, in a folder of its own. */
export function createBulkJournal(journalDir?: string, onUnreadable?: (file: string) => void) {
  return journalDir
    ? fileJournalOf(BulkEntry, path.join(journalDir, 'bulk-cancel'), onUnreadable)
    : memoryJournalOf(BulkEntry);
}
