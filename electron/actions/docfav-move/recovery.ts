import type { EventPayload } from '../../../shared/contract';
import { eventId } from '../../../shared/domain';
import type { AccountRuntime, DocfavRuntime } from '../../accounts/sources';
import type { Logger } from '../../log';
import type { SyncEngine } from '../../sync/engine';
import { newMoveId, type Journal, type MoveEntry } from '../journal';
import { JournalRunner, type DueEntry } from '../journal-runner';
import { advance, type SagaDeps, type Settled } from './saga';

export interface MoveRecoveryOptions {
  journal: Journal;
  accounts: () => ReadonlyMap<string, AccountRuntime>;
  sync: Pick<SyncEngine, 'reload'>;
  emit: (payload: EventPayload<'move:settled'>) => void;
  logger: Logger;
  now: () => Date;
  /** See SagaDeps; defaults fit Docfav's 15 s timeout with room for a very late answer. */
  settleMs?: number;
  verifyMs?: number;
}

export const DEFAULT_SETTLE_MS = 120_000;

/**
 * A runner for one of Docfav's write journals (moves, bookings): an entry is resumed with its
 * account's Docfav runtime, and waits while that account is not there (after a restart or a
 * reconnect). A failure is logged with `what`, the entry's account and the error's name only.
 */
export function docfavJournalRunner<E extends DueEntry>(options: {
  journal: { list: () => E[]; remove: (id: string) => void };
  accounts: () => ReadonlyMap<string, AccountRuntime>;
  logger: Logger;
  now: () => Date;
  what: string;
  resume: (runtime: DocfavRuntime, entry: E) => Promise<void>;
  /** Ids and steps only: what may go into a log line about this entry. */
  describe?: (entry: E) => Record<string, string>;
}): JournalRunner<E> {
  const docfavOf = (entry: E) => {
    const runtime = options.accounts().get(entry.accountId);
    return runtime?.vendor === 'docfav' ? runtime : undefined;
  };
  return new JournalRunner<E>({
    list: () => options.journal.list(),
    remove: (id) => options.journal.remove(id),
    now: options.now,
    ready: (entry) => docfavOf(entry) !== undefined,
    resume: async (entry) => {
      const runtime = docfavOf(entry);
      if (runtime) await options.resume(runtime, entry);
    },
    failed: (entry, err) =>
      options.logger.warn(options.what, {
        account: entry.accountId,
        ...options.describe?.(entry),
        error: err instanceof Error ? err.name : 'unknown',
      }),
  });
}
export const DEFAULT_VERIFY_MS = 120_000;

/** What a desk knows of a move before its first write. */
export type Intent = Omit<
  MoveEntry,
  'id' | 'v' | 'kind' | 'markedAt' | 'updatedAt' | 'nextCheckAt' | 'step' | 'lookups' | 'newId'
>;

/**
 * Finishes the moves the journal holds: at start-up, after every sync of their account, and on a
 * timer while any is waiting. An entry that the desk is working on right now is left to it.
 */
export class MoveRecovery {
  private readonly runner: JournalRunner<MoveEntry>;

  constructor(private readonly options: MoveRecoveryOptions) {
    this.runner = docfavJournalRunner<MoveEntry>({
      ...options,
      what: 'resuming a move failed',
      resume: async (runtime, entry) =>
        this.announce(entry, await advance(this.depsFor(runtime), entry)),
      describe: (entry) => ({ step: entry.step }),
    });
  }

  /** Records a move's intent before its first write; the caller holds it until `release`. */
  begin(intent: Intent): MoveEntry {
    const now = this.options.now();
    const entry: MoveEntry = {
      v: 1,
      kind: 'docfav-move',
      id: newMoveId(),
      ...intent,
      markedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      nextCheckAt: new Date(now.getTime() + 2_000).toISOString(),
      step: 'booking',
      lookups: 0,
      newId: null,
    };
    this.runner.hold(entry.id);
    this.options.journal.put(entry);
    return entry;
  }

  release(id: string): void {
    this.runner.release(id);
  }

  depsFor(runtime: DocfavRuntime): SagaDeps {
    return {
      client: runtime.client,
      journal: this.options.journal,
      logger: this.options.logger,
      now: () => this.options.now().getTime(),
      settleMs: this.options.settleMs ?? DEFAULT_SETTLE_MS,
      verifyMs: this.options.verifyMs ?? DEFAULT_VERIFY_MS,
    };
  }

  /** Moves not yet settled (a check after the move itself does not count). */
  open(): MoveEntry[] {
    return this.options.journal.list().filter((e) => e.step !== 'verifying');
  }

  /** Calendar ids of appointments whose move is not settled yet: drawn pending, not draggable. */
  pendingEventIds(): string[] {
    const ids: string[] = [];
    for (const e of this.open()) {
      ids.push(eventId('docfav', e.accountId, 'docfav-appointment', e.oldId));
      if (e.newId) ids.push(eventId('docfav', e.accountId, 'docfav-appointment', e.newId));
    }
    return ids;
  }

  /** What the calendar shows of the journal: unsettled events, and how many moves are open. */
  calendarView(): { pendingIds: string[]; openWrites: number } {
    return { pendingIds: this.pendingEventIds(), openWrites: this.open().length };
  }

  /** True while a move of this appointment is not settled: moving it again could duplicate it. */
  isBusy(accountId: string, vendorId: string): boolean {
    return this.open().some(
      (e) => e.accountId === accountId && (e.oldId === vendorId || e.newId === vendorId),
    );
  }

  /**
   * Runs every entry that is due; one pass at a time. At start-up every entry is due: the desk that
   * was waiting on it is gone, and meanwhile other desks see the appointment as movable.
   */
  run(options: { all?: boolean } = {}): Promise<void> {
    return this.runner.run(options);
  }

  forgetAccountsExcept(accountIds: ReadonlySet<string>): void {
    this.runner.forgetAccountsExcept(accountIds);
  }

  stop(): void {
    this.runner.stop();
  }

  /** Tells the desk how a move it could not finish at the time ended, and redraws both times. */
  private async announce(entry: MoveEntry, settled: Settled): Promise<void> {
    if (settled.kind === 'open') return;
    // A check after a finished move that found nothing wrong is not news.
    if (settled.kind === 'moved' && entry.step === 'verifying') return;
    const survivor = settled.kind === 'moved-elsewhere' ? settled.survivor : undefined;
    const at = settled.kind === 'moved' ? entry.start : survivor?.booked_from;
    const start = at ? new Date(at).toISOString() : null;
    const ranges = [entry.oldStart, entry.start, ...(start ? [start] : [])].map((t) => ({
      from: new Date(Date.parse(t) - 3_600_000),
      to: new Date(Date.parse(t) + 3_600_000),
    }));
    try {
      await this.options.sync.reload(entry.accountId, {
        calendarId: entry.staffCalendarId,
        kind: 'docfav-appointment',
        vendorIds: [entry.oldId, ...(entry.newId ? [entry.newId] : [])],
        ranges,
      });
    } catch {
      // The next sync brings it; the notice below is true either way.
    }
    this.options.emit({
      accountId: entry.accountId,
      outcome: settled.kind,
      start,
    });
  }
}
