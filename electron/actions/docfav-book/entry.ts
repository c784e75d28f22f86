import path from 'node:path';
import { z } from 'zod';
import { fileJournalOf, memoryJournalOf, type EntryJournal } from '../journal';

/**
 * A new Docfav booking in the write journal, from just before its create is sent until Docfav's
 * answer, or a read-back that finds its marker, says how it ended. Ids and times only, like a move's
 * entry: the patient is a client id, the note never goes in.
 */

const Id = z.string().min(1).max(128);
const Time = z.string().min(1).max(40);

export const BookEntry = z.object({
  v: z.literal(1),
  kind: z.literal('docfav-book'),
  /** Also the id in the booking's marker. */
  id: z.string().regex(/^[a-z0-9]{8,32}$/),
  accountId: Id,
  clinicId: Id,
  locationId: Id,
  timeZone: z.string().min(1).max(64),
  staffCalendarId: Id,
  serviceId: Id,
  clientId: Id,
  start: Time,
  end: Time,
  markedAt: Time,
  /** Read-backs that looked for the marker and found nothing, and when to look next. */
  lookups: z.number().int().nonnegative(),
  nextCheckAt: Time,
});
export type BookEntry = z.infer<typeof BookEntry>;

export type BookJournal = EntryJournal<BookEntry>;

/**
 * Beside the moves' journal, in a folder of its own inside it: each journal reads every file of its
 * folder at start and sets aside what it cannot read, so the two kinds must not share one.
 */
export function createBookJournal(journalDir?: string, onUnreadable?: (file: string) => void) {
  return journalDir
    ? fileJournalOf(BookEntry, path.join(journalDir, 'bookings'), onUnreadable)
    : memoryJournalOf(BookEntry);
}
