import { randomBytes } from 'node:crypto';
import type { BulkCancelProgress } from '../../../shared/contract';
import type { CalendarEvent } from '../../../shared/domain';
import { AppError, toAppError, type ErrorPayload } from '../../../shared/errors';
import type { Logger } from '../../log';
import { JournalRunner } from '../journal-runner';
import type { BulkEntry, BulkJournal } from './entry';

export interface BulkCancelOptions {
  journal: BulkJournal;
  /** One appointment's cancel through the ordinary status action (its lock, rules, read-back). */
  cancel: (eventId: string, notifyPatient: boolean) => Promise<unknown>;
  findEvent: (eventId: string) => CalendarEvent | undefined;
  logger: Logger;
  now: () => Date;
}

/** After a restart the calendar fills in over a few syncs: an id not there yet is looked for again. */
const WAIT_MS = 10_000;
const MAX_WAITS = 6;
const KEEP_FINISHED = 20;

const formatInstant = (ms: number) => new Date(ms).toISOString();

/**
 * Cancels many appointments (the bookings inside a vacation) as one journaled action. The
 * journal entry is written before the first cancel and advanced after each one, so a desk that
 * crashes half-way finishes the rest at its next start. Each cancel is an idempotent status
 * change: an appointment found cancelled already (the crash came after the platform's answer)
 * counts as done, never as a second request.
 */
export class BulkCancels {
  private readonly runner: JournalRunner<BulkEntry>;
  /** Why items failed, for the dialog; in memory only, like everything the renderer shows. */
  private readonly errors = new Map<string, Map<string, ErrorPayload>>();
  /** Finished bulks, kept so the dialog can read the last result. */
  private readonly finished = new Map<string, BulkEntry>();
  private readonly working = new Map<string, Promise<void>>();

  constructor(private readonly options: BulkCancelOptions) {
    this.runner = new JournalRunner<BulkEntry>({
      list: () => options.journal.list(),
      remove: (id) => options.journal.remove(id),
      now: options.now,
      resume: (entry) => this.process(entry),
      failed: (entry, err) =>
        options.logger.warn('bulk cancel not resumed', { code: toAppError(err).code }),
      ready: () => true,
    });
  }

  start(input: { eventIds: readonly string[]; notifyPatient: boolean }): BulkCancelProgress {
    const at = formatInstant(this.options.now().getTime());
    const entry: BulkEntry = {
      v: 1,
      kind: 'bulk-cancel',
      id: randomBytes(8).toString('hex'),
      accountId: '*',
      notifyPatient: input.notifyPatient,
      items: [...new Set(input.eventIds)].map((eventId) => ({ eventId, state: 'todo' })),
      waits: 0,
      markedAt: at,
      nextCheckAt: at,
    };
    this.options.journal.put(entry);
    this.runner.hold(entry.id);
    const work = this.process(entry)
      .catch((err: unknown) =>
        this.options.logger.warn('bulk cancel stopped', { code: toAppError(err).code }),
      )
      .finally(() => {
        this.working.delete(entry.id);
        this.runner.release(entry.id);
      });
    this.working.set(entry.id, work);
    return this.view(entry);
  }

  /** Resolves when this desk's pass over a bulk it started ends (for callers that wait). */
  settled(id: string): Promise<void> {
    return this.working.get(id) ?? Promise.resolve();
  }

  progress(id: string): BulkCancelProgress | null {
    const entry = this.finished.get(id) ?? this.options.journal.list().find((e) => e.id === id);
    return entry ? this.view(entry) : null;
  }

  /** Resumes what the journal holds (at start-up: `all`). */
  run(options: { all?: boolean } = {}): Promise<void> {
    return this.runner.run(options);
  }

  stop(): void {
    this.runner.stop();
  }

  private async process(start: BulkEntry): Promise<void> {
    let entry = start;
    let missing = false;
    for (const [index, item] of entry.items.entries()) {
      if (item.state !== 'todo') continue;
      const event = this.options.findEvent(item.eventId);
      if (!event) {
        missing = true;
        continue;
      }
      let state: 'cancelled' | 'failed' = 'cancelled';
      if (event.status !== 'cancelled') {
        try {
          await this.options.cancel(item.eventId, entry.notifyPatient);
        } catch (err) {
          state = 'failed';
          this.fail(entry.id, item.eventId, toAppError(err).toPayload());
        }
      }
      entry = {
        ...entry,
        items: entry.items.map((it, i) => (i === index ? { ...it, state } : it)),
      };
      this.options.journal.put(entry);
    }
    if (missing) entry = this.waitOrGiveUp(entry);
    if (entry.items.every((it) => it.state !== 'todo')) this.finish(entry);
    else this.options.journal.put(entry);
  }

  /** An appointment the calendar does not hold: not loaded yet after a restart, or gone. */
  private waitOrGiveUp(entry: BulkEntry): BulkEntry {
    if (entry.waits < MAX_WAITS) {
      const next = formatInstant(this.options.now().getTime() + WAIT_MS);
      return { ...entry, waits: entry.waits + 1, nextCheckAt: next };
    }
    // As `notInCalendar` words it (not imported: locate.ts depends on the services' types).
    const gone = new AppError('not-found', { reason: 'entry-gone' }).toPayload();
    const items = entry.items.map((it) => {
      if (it.state !== 'todo') return it;
      this.fail(entry.id, it.eventId, gone);
      return { ...it, state: 'failed' as const };
    });
    return { ...entry, items };
  }

  private finish(entry: BulkEntry): void {
    this.finished.set(entry.id, entry);
    // The dialog reads a result once; a handful is plenty to keep.
    for (const old of this.finished.keys()) {
      if (this.finished.size <= KEEP_FINISHED) break;
      this.finished.delete(old);
      this.errors.delete(old);
    }
    this.options.journal.remove(entry.id);
    const failed = entry.items.filter((it) => it.state === 'failed').length;
    this.options.logger.info('bulk cancel done', { items: entry.items.length, failed });
  }

  private fail(id: string, eventId: string, error: ErrorPayload): void {
    const map = this.errors.get(id) ?? new Map<string, ErrorPayload>();
    map.set(eventId, error);
    this.errors.set(id, map);
  }

  private view(entry: BulkEntry): BulkCancelProgress {
    const errors = this.errors.get(entry.id);
    return {
      id: entry.id,
      done: entry.items.every((it) => it.state !== 'todo'),
      items: entry.items.map((it) => ({ ...it, error: errors?.get(it.eventId) ?? null })),
    };
  }
}
