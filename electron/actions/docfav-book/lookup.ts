import { toAppError, type AppError } from '../../../shared/errors';
import type { Logger } from '../../log';
import type { DocfavClient } from '../../vendors/docfav/client';
import { findMarked, readDays } from '../docfav-move/readback';
import type { BookEntry, BookJournal } from './entry';

/**
 * Finding a booking whose create got no answer, by the marker in its note. Finding it is proof it
 * was made; not finding it is proof it was not only after `settleMs` and several reads, since
 * Docfav may save after our timeout. Only then may the desk book that time again.
 */

export interface LookupDeps {
  client: Pick<DocfavClient, 'availability'>;
  journal: BookJournal;
  logger: Logger;
  now: () => number;
  settleMs: number;
}

export type Looked =
  | { kind: 'booked'; newId: string }
  | { kind: 'not-booked' }
  /** Still in the journal: not found yet, or Docfav could not be read. */
  | { kind: 'open'; failure?: AppError };

// The same pace as a move's look-ups: soon at first, then less often; the last pause repeats.
const LOOKUP_PAUSES_MS = [2_000, 5_000, 10_000, 20_000, 40_000, 60_000];
const MIN_LOOKUPS = 3;

/** The booking Docfav made for this entry, if any: it can only be on the day(s) it asked for. */
export async function findBooking(
  client: LookupDeps['client'],
  entry: BookEntry,
): Promise<string | undefined> {
  const list = await readDays(client, entry.clinicId, entry.timeZone, entry);
  return findMarked(list, entry.id)?.id;
}

/** One look, recorded in the journal: closes the entry when it has an answer. */
export async function lookFor(deps: LookupDeps, entry: BookEntry): Promise<Looked> {
  const lookups = entry.lookups + 1;
  const later = (count: number) =>
    deps.journal.put({
      ...entry,
      lookups: count,
      nextCheckAt: new Date(deps.now() + pause(count)).toISOString(),
    });
  let found: string | undefined;
  try {
    found = await findBooking(deps.client, entry);
  } catch (err) {
    // A failed read proves nothing either way.
    later(entry.lookups);
    return { kind: 'open', failure: toAppError(err) };
  }
  if (found) {
    deps.journal.remove(entry.id);
    deps.logger.info('booking found by its marker', { booking: entry.id, id: found });
    return { kind: 'booked', newId: found };
  }
  if (lookups >= MIN_LOOKUPS && deps.now() - Date.parse(entry.markedAt) >= deps.settleMs) {
    deps.journal.remove(entry.id);
    deps.logger.info('booking settled: none was made', { booking: entry.id });
    return { kind: 'not-booked' };
  }
  later(lookups);
  return { kind: 'open' };
}

function pause(lookups: number): number {
  return LOOKUP_PAUSES_MS[Math.min(lookups, LOOKUP_PAUSES_MS.length - 1)] ?? 60_000;
}
