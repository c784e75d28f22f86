import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The write journal: one small file per multi-step write still in progress, so that a desk that
 * crashes, loses power or is closed mid-move finishes or undoes the move at its next start.
 *
 * Health data stays out of it: an entry holds ids, times and the step reached, never a name, a
 * phone number or a note. Each entry is written atomically (temporary file, fsync, rename, fsync
 * of the folder), so after a crash a reader sees either the old step or the new one, never half.
 */

export const MoveStep = z.enum([
  /** The intent is on disk; the booking may or may not have been sent or saved. */
  'booking',
  /** The new booking exists; the old appointment is still to be cancelled. */
  'booked',
  /** Cancelling failed for good: the new booking is to be deleted again. */
  'compensating',
  /** Done; kept a while to check that no other desk moved the same appointment meanwhile. */
  'verifying',
]);
export type MoveStep = z.infer<typeof MoveStep>;

const Id = z.string().min(1).max(128);
const Time = z.string().min(1).max(40);

export const MoveEntry = z.object({
  v: z.literal(1),
  kind: z.literal('docfav-move'),
  id: z.string().regex(/^[a-z0-9]{8,32}$/),
  accountId: Id,
  clinicId: Id,
  locationId: Id,
  timeZone: z.string().min(1).max(64),
  staffCalendarId: Id,
  serviceId: Id,
  clientId: Id.nullable(),
  /** The appointment being moved, and where it was. */
  oldId: Id,
  /**
   * The appointment the chain of moves started from: `oldId` itself, or what the marker of `oldId`
   * names when it was made by an earlier move. Desks compare bookings of the same root, so a
   * booking that lost a race and was moved on before its desk removed it is still compared.
   */
  rootId: Id,
  /** The keys of the moves from the root to `oldId` (see move-marker.ts); empty for the root. */
  lineage: z.array(z.string().max(60)).max(32),
  oldStart: Time,
  oldEnd: Time,
  /** Where it goes. */
  start: Time,
  end: Time,
  /** When the marker was made: the first key of the rule that picks one booking among desks. */
  markedAt: Time,
  step: MoveStep,
  newId: Id.nullable(),
  /** Read-backs that looked for the marker and found nothing, and when to look next. */
  lookups: z.number().int().nonnegative(),
  nextCheckAt: Time,
  /** When the step last changed. */
  updatedAt: Time,
});
export type MoveEntry = z.infer<typeof MoveEntry>;

/** What every kind of entry has: its id (its file's name), its account, and when it began. */
export interface JournalEntry {
  id: string;
  accountId: string;
  markedAt: string;
}

/** A journal of one kind of multi-step write (`Journal`: Docfav moves). */
export interface EntryJournal<E extends JournalEntry> {
  /** Every open entry, oldest first. */
  list(): E[];
  /** Creates or advances an entry; durable when this returns. */
  put(entry: E): void;
  /** Closes an entry. */
  remove(id: string): void;
  /** Drops every entry of an account (it was disconnected: its ids mean nothing any more). */
  removeAccount(accountId: string): void;
  /** Where entries live, for messages and tests; null in memory. */
  readonly dir: string | null;
}

export type Journal = EntryJournal<MoveEntry>;

export function newMoveId(): string {
  return randomBytes(8).toString('hex');
}

export function createMemoryJournal(): Journal {
  return memoryJournalOf(MoveEntry);
}

export function memoryJournalOf<E extends JournalEntry>(schema: z.ZodType<E>): EntryJournal<E> {
  const entries = new Map<string, E>();
  return {
    dir: null,
    list: () => sortByAge([...entries.values()]),
    put: (entry) => void entries.set(entry.id, schema.parse(entry)),
    remove: (id) => void entries.delete(id),
    removeAccount: (accountId) => {
      for (const [id, e] of entries) if (e.accountId === accountId) entries.delete(id);
    },
  };
}

/**
 * A journal in a folder. The folder is read once, when the desk starts (that is when a crash's
 * leftovers are found); after that this process is its only writer, so a copy in memory answers
 * `list` without touching the disk on every calendar refresh. An unreadable file (another
 * version's, or damaged) is reported through `onUnreadable` and moved aside, never fatal.
 */
export function createFileJournal(dir: string, onUnreadable?: (file: string) => void): Journal {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return fileJournalOf(MoveEntry, dir, onUnreadable);
}

/** The same for another kind of write; its folder is made when its first entry is written. */
export function fileJournalOf<E extends JournalEntry>(
  schema: z.ZodType<E>,
  dir: string,
  onUnreadable?: (file: string) => void,
): EntryJournal<E> {
  const fileOf = (id: string) => path.join(dir, `${id}.json`);
  const entries = new Map<string, E>();
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const file = path.join(dir, name);
    // A temporary file is a write that a crash interrupted before its rename: never valid.
    if (name.endsWith('.tmp')) {
      rmSync(file, { force: true });
      continue;
    }
    if (!name.endsWith('.json')) continue;
    const parsed = safeParse(schema, file);
    if (parsed) entries.set(parsed.id, parsed);
    else {
      onUnreadable?.(name);
      renameSync(file, `${file}.unreadable`);
    }
  }
  const remove = (id: string) => {
    entries.delete(id);
    rmSync(fileOf(id), { force: true });
  };
  return {
    dir,
    list: () => sortByAge([...entries.values()]),
    put: (entry) => {
      const checked = schema.parse(entry);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      writeAtomic(dir, fileOf(checked.id), JSON.stringify(checked));
      entries.set(checked.id, checked);
    },
    remove: (id) => {
      remove(id);
      syncDir(dir);
    },
    removeAccount: (accountId) => {
      for (const entry of [...entries.values()])
        if (entry.accountId === accountId) remove(entry.id);
      syncDir(dir);
    },
  };
}

function safeParse<E>(schema: z.ZodType<E>, file: string): E | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function writeAtomic(dir: string, file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  syncDir(dir);
}

/** Makes the rename itself durable; not every platform can open a folder, which is fine there. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function sortByAge<E extends JournalEntry>(entries: E[]): E[] {
  return entries.sort((a, b) => a.markedAt.localeCompare(b.markedAt) || a.id.localeCompare(b.id));
}
