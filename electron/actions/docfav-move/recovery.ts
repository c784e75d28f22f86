import type { EventPayload } from '../../../shared/contract';
import { eventId } from '../../../shared/domain';
import type { AccountRuntime, DocfavRuntime } from '../../accounts/sources';
import type { Logger } from '../../log';
import type { SyncEngine } from '../../sync/engine';
import { newMoveId, type Journal, type MoveEntry } from '../journal';
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
  private held = new Set<string>();
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: MoveRecoveryOptions) {}

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
    this.held.add(entry.id);
    this.options.journal.put(entry);
    return entry;
  }

  release(id: string): void {
    this.held.delete(id);
    this.schedule();
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
    if (this.stopped) return Promise.resolve();
    this.running ??= this.pass(options.all === true).finally(() => {
      this.running = null;
      this.schedule();
    });
    return this.running;
  }

  /** Forgets the entries of accounts that are no longer configured (disconnected). */
  forgetAccountsExcept(accountIds: ReadonlySet<string>): void {
    for (const entry of this.options.journal.list()) {
      if (!accountIds.has(entry.accountId)) this.options.journal.remove(entry.id);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async pass(all: boolean): Promise<void> {
    const now = this.options.now().getTime();
    for (const entry of this.options.journal.list()) {
      if (this.held.has(entry.id) || (!all && Date.parse(entry.nextCheckAt) > now)) continue;
      const runtime = this.options.accounts().get(entry.accountId);
      // The account may be back after a restart or reconnect; its entry waits until then.
      if (runtime?.vendor !== 'docfav') continue;
      this.held.add(entry.id);
      try {
        const settled = await advance(this.depsFor(runtime), entry);
        await this.announce(entry, settled);
      } catch (err) {
        this.options.logger.warn('resuming a move failed', {
          account: entry.accountId,
          step: entry.step,
          error: err instanceof Error ? err.name : 'unknown',
        });
      } finally {
        this.held.delete(entry.id);
      }
    }
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

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const due = this.options.journal
      .list()
      .filter((e) => !this.held.has(e.id))
      .map((e) => Date.parse(e.nextCheckAt));
    if (due.length === 0) return;
    const wait = Math.max(500, Math.min(...due) - this.options.now().getTime());
    this.timer = setTimeout(() => void this.run(), wait);
    this.timer.unref?.();
  }
}
