import type { AppError } from '../../../shared/errors';
import { toAppError } from '../../../shared/errors';
import type { Logger } from '../../log';
import type { DocfavClient } from '../../vendors/docfav/client';
import type { DocfavAppointment } from '../../vendors/docfav/schemas';
import type { Journal, MoveEntry } from '../journal';
import { isGone } from '../outcome';

/** Failures that say "not now" rather than "no": the cancel is tried again, never undone. */
const RETRY_LATER = new Set(['rate-limited', 'network', 'timeout', 'server', 'invalid-response']);
import { continues, lastMarker, moveKey, pickSurvivor } from '../../vendors/docfav/move-marker';
import { findMarked, isLiveAppointment, liveness, readAroundMove, readDays } from './readback';

/**
 * The steps of a Docfav move after its intent is in the journal: find the new booking, cancel the
 * old appointment, agree with other desks on which booking stays, or take the new booking back.
 * The desk that started the move and a desk resuming it after a crash run the same steps, and each
 * step is recorded before the next one starts.
 */

export interface SagaDeps {
  client: DocfavClient;
  journal: Journal;
  logger: Logger;
  now: () => number;
  /**
   * How long a booking whose create got no answer may still show up. Docfav can save a booking
   * after our timeout; only after this long, and several reads, is "it was not made" concluded.
   */
  settleMs: number;
  /** How long a finished move keeps checking that no other desk moved the same appointment. */
  verifyMs: number;
}

export type Settled =
  /** Still in the journal; resumed later (a read or a write failed on the way). */
  | { kind: 'open'; entry: MoveEntry; failure?: AppError }
  /** This desk's booking is the one that stays; the old appointment is cancelled. */
  | { kind: 'moved'; newId: string }
  /** Another desk moved the same appointment at the same moment; its booking stays, ours is gone. */
  | { kind: 'moved-elsewhere'; survivor: DocfavAppointment }
  /** Nothing changed: the old appointment is still booked, and no new booking remains. */
  | { kind: 'not-moved'; failure?: AppError }
  /** Both are booked for now; the journal keeps removing the new booking until it works. */
  | { kind: 'duplicated'; failure: AppError }
  /** The old appointment is cancelled and the new booking was removed by someone else. */
  | { kind: 'lost' };

// Read-backs after a lost answer: soon at first, then less often; the last pause repeats.
const LOOKUP_PAUSES_MS = [2_000, 5_000, 10_000, 20_000, 40_000, 60_000];
// Checks after a finished move read several weeks of the patient's bookings: fewer of them.
const VERIFY_PAUSES_MS = [10_000, 30_000, 60_000];
const MIN_LOOKUPS = 3;

function pause(lookups: number, step: MoveEntry['step']): number {
  const pauses = step === 'verifying' ? VERIFY_PAUSES_MS : LOOKUP_PAUSES_MS;
  return pauses[Math.min(lookups, pauses.length - 1)] ?? 60_000;
}

function save(deps: SagaDeps, entry: MoveEntry, patch: Partial<MoveEntry>): MoveEntry {
  const next: MoveEntry = { ...entry, ...patch };
  if (patch.step && patch.step !== entry.step) {
    // Ids only: enough to follow a move across desks in the logs, nothing about the patient.
    deps.logger.info('move step', {
      move: entry.id,
      step: patch.step,
      old: entry.oldId,
      new: next.newId ?? undefined,
    });
  }
  if (patch.step && patch.step !== entry.step) next.updatedAt = new Date(deps.now()).toISOString();
  deps.journal.put(next);
  return next;
}

function later(deps: SagaDeps, entry: MoveEntry, lookups = entry.lookups): MoveEntry {
  return save(deps, entry, {
    lookups,
    nextCheckAt: new Date(deps.now() + pause(lookups, entry.step)).toISOString(),
  });
}

/** Runs whatever step the entry is at, as far as it goes. */
export async function advance(deps: SagaDeps, entry: MoveEntry): Promise<Settled> {
  switch (entry.step) {
    case 'booking':
      return lookForBooking(deps, entry);
    case 'booked':
      return cancelOld(deps, entry);
    case 'compensating':
      return removeNew(deps, entry, undefined);
    case 'verifying':
      return converge(deps, entry);
  }
}

/**
 * The create got no answer (or the desk crashed around it): look for the marker. Finding it is
 * proof; not finding it is proof only after `settleMs` and several reads, since Docfav may save
 * late.
 */
export async function lookForBooking(deps: SagaDeps, entry: MoveEntry): Promise<Settled> {
  let found: string | undefined;
  try {
    found = await readBooking(deps, entry);
  } catch (err) {
    return { kind: 'open', entry: later(deps, entry), failure: toAppError(err) };
  }
  if (found) return booked(deps, entry, found);
  const lookups = entry.lookups + 1;
  const waited = deps.now() - Date.parse(entry.markedAt);
  if (lookups >= MIN_LOOKUPS && waited >= deps.settleMs) {
    deps.journal.remove(entry.id);
    deps.logger.info('move settled: no booking was made', { move: entry.id });
    return { kind: 'not-moved' };
  }
  return { kind: 'open', entry: later(deps, entry, lookups) };
}

/** The new booking exists: record it, then go on to cancel the old appointment. */
export function booked(deps: SagaDeps, entry: MoveEntry, newId: string): Promise<Settled> {
  return cancelOld(deps, save(deps, entry, { step: 'booked', newId, lookups: 0 }));
}

async function cancelOld(deps: SagaDeps, entry: MoveEntry): Promise<Settled> {
  try {
    // Setting the same status twice is harmless; the HTTP layer repeats it through hiccups.
    await deps.client.setBehaviour(entry.clinicId, entry.oldId, { behaviour: 'cancelled' });
  } catch (err) {
    if (!isGone(err)) {
      const failure = toAppError(err);
      if (failure.details?.outcome === 'unknown' || RETRY_LATER.has(failure.code)) {
        // It may still land (a late answer), and repeating it is harmless: try again later. A
        // read now could show it still booked and make us undo a move that is about to happen.
        return { kind: 'open', entry: later(deps, entry, entry.lookups + 1), failure };
      }
      let state: 'live' | 'not-live';
      try {
        state = await liveness(deps.client, entry, entry.oldId, {
          start: entry.oldStart,
          end: entry.oldEnd,
        });
      } catch {
        // Nobody can tell whether it was cancelled: try again later, patient twice booked meanwhile.
        return { kind: 'open', entry: later(deps, entry), failure };
      }
      if (state === 'live')
        return removeNew(deps, save(deps, entry, { step: 'compensating' }), failure);
    }
  }
  return converge(deps, save(deps, entry, { step: 'verifying', lookups: 0 }));
}

/** Takes the new booking back after the old one could not be cancelled. */
async function removeNew(
  deps: SagaDeps,
  entry: MoveEntry,
  failure: AppError | undefined,
): Promise<Settled> {
  if (entry.newId) {
    try {
      await deps.client.deleteAppointment(entry.clinicId, entry.newId);
    } catch (err) {
      if (!isGone(err)) {
        const error = toAppError(err);
        deps.logger.warn('compensating delete failed; will retry', {
          account: entry.accountId,
          code: error.code,
        });
        later(deps, entry, entry.lookups + 1);
        return { kind: 'duplicated', failure: failure ?? error };
      }
    }
  }
  deps.logger.info('move undone', { move: entry.id, deleted: entry.newId ?? undefined });
  deps.journal.remove(entry.id);
  return failure ? { kind: 'not-moved', failure } : { kind: 'not-moved' };
}

/**
 * The old appointment is cancelled. Other desks may have moved it at the same moment, each with a
 * booking of its own: every live booking marked as replacing the same original is compared, the
 * survivor is picked by the same rule on every desk, and a desk whose booking lost deletes it.
 */
async function converge(deps: SagaDeps, entry: MoveEntry): Promise<Settled> {
  const newId = entry.newId ?? '';
  let list: DocfavAppointment[];
  try {
    list = await readAroundMove(deps.client, entry, deps.now());
  } catch {
    // Ours is booked and the old one cancelled: moved, as far as anyone knows; look again later.
    later(deps, entry, entry.lookups + 1);
    return { kind: 'moved', newId };
  }
  const live = list.filter(isLiveAppointment);
  const survivor = pickSurvivor(live, entry.rootId);
  if (!live.some((a) => a.id === newId)) {
    // Ours is no longer booked: moved on, or cancelled, since. Nothing of ours to keep or undo.
    deps.logger.info('move closed: its booking was moved on or cancelled since', {
      move: entry.id,
      new: newId,
      survivor: survivor?.id,
    });
    deps.journal.remove(entry.id);
    return survivor ? { kind: 'moved', newId: survivor.id } : { kind: 'lost' };
  }
  const ownPath = [...entry.lineage, moveKey(Date.parse(entry.markedAt), entry.id)];
  const survivorPath = survivor ? (lastMarker(survivor.note)?.path ?? []) : [];
  if (survivor && continues(survivorPath, ownPath)) {
    // Ours was moved on by someone since; that move cancels ours (or takes its booking back).
    deps.logger.info('move closed: its booking was moved on', { move: entry.id, new: newId });
    deps.journal.remove(entry.id);
    return { kind: 'moved', newId };
  }
  if (survivor && survivor.id !== newId) {
    try {
      await deps.client.deleteAppointment(entry.clinicId, newId);
    } catch (err) {
      if (!isGone(err)) {
        later(deps, entry);
        return { kind: 'open', entry, failure: toAppError(err) };
      }
    }
    deps.journal.remove(entry.id);
    deps.logger.info('move superseded by another desk', {
      move: entry.id,
      deleted: newId,
      survivor: survivor.id,
    });
    return { kind: 'moved-elsewhere', survivor };
  }
  if (deps.now() - Date.parse(entry.updatedAt) >= deps.verifyMs) deps.journal.remove(entry.id);
  else later(deps, entry, entry.lookups + 1);
  return { kind: 'moved', newId };
}

/**
 * The booking Docfav made for this move, if any: it can only be on the day(s) the create asked
 * for, so only those are read (the wider read of `converge` is for other desks' bookings).
 */
async function readBooking(deps: SagaDeps, entry: MoveEntry): Promise<string | undefined> {
  const list = await readDays(deps.client, entry.clinicId, entry.timeZone, entry);
  return findMarked(list, entry.id)?.id;
}

/** The same, straight after an unanswered create: a failed read proves nothing either way. */
export function findNow(deps: SagaDeps, entry: MoveEntry): Promise<string | undefined> {
  return readBooking(deps, entry).catch(() => undefined);
}
