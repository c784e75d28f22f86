import type { EventPayload } from '../../../shared/contract';
import type { AccountRuntime } from '../../accounts/sources';
import type { Logger } from '../../log';
import type { SyncEngine } from '../../sync/engine';
import { DEFAULT_SETTLE_MS } from '../docfav-move/recovery';
import { newMoveId } from '../journal';
import type { BookEntry, BookJournal } from './entry';
import { lookFor, type Looked, type LookupDeps } from './lookup';

export interface BookRecoveryOptions {
  journal: BookJournal;
  accounts: () => ReadonlyMap<string, AccountRuntime>;
  sync: Pick<SyncEngine, 'reload'>;
  emit: (payload: EventPayload<'booking:settled'>) => void;
  logger: Logger;
  now: () => Date;
  /** How long an unanswered booking may still show up (a move's default). */
  settleMs?: number;
}

/** The moves' view of the journal for the calendar, with the unsettled bookings counted in. */
export function withBookings(
  moves: { pendingIds: string[]; openWrites: number },
  bookings: Pick<BookRecovery, 'open'>,
): { pendingIds: string[]; openWrites: number } {
  return { ...moves, openWrites: moves.openWrites + bookings.open().length };
}

/** What a desk knows of a booking before it sends it. */
export type BookIntent = Omit<
  BookEntry,
  'v' | 'kind' | 'id' | 'markedAt' | 'lookups' | 'nextCheckAt'
>;

/**
 * The sibling of the moves' recovery for new bookings: it finishes the bookings the journal holds
 * at start-up, after every sync of their account, and on a timer while any is waiting. An entry the
 * desk is working on right now is left to it.
 */
export class BookRecovery {
  private held = new Set<string>();
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: BookRecoveryOptions) {}

  /** Records a booking's intent before it is sent; the caller holds it until `release`. */
  begin(intent: BookIntent): BookEntry {
    const now = this.options.now();
    const entry: BookEntry = {
      v: 1,
      kind: 'docfav-book',
      id: newMoveId(),
      ...intent,
      markedAt: now.toISOString(),
      nextCheckAt: new Date(now.getTime() + 2_000).toISOString(),
      lookups: 0,
    };
    this.held.add(entry.id);
    this.options.journal.put(entry);
    return entry;
  }

  /** The booking's outcome is known (answered, found, or refused): nothing is left to finish. */
  close(id: string): void {
    this.options.journal.remove(id);
  }

  release(id: string): void {
    this.held.delete(id);
    this.schedule();
  }

  lookupDeps(runtime: Extract<AccountRuntime, { vendor: 'docfav' }>): LookupDeps {
    return {
      client: runtime.client,
      journal: this.options.journal,
      logger: this.options.logger,
      now: () => this.options.now().getTime(),
      settleMs: this.options.settleMs ?? DEFAULT_SETTLE_MS,
    };
  }

  open(): BookEntry[] {
    return this.options.journal.list();
  }

  /**
   * True while an unsettled booking overlaps this slot of this practitioner: booking it again
   * before the first is found (or known not to exist) could book the patient twice.
   */
  isBusy(accountId: string, staffCalendarId: string, slot: { start: string; end: string }) {
    const [from, to] = [Date.parse(slot.start), Date.parse(slot.end)];
    return this.open().some(
      (e) =>
        e.accountId === accountId &&
        e.staffCalendarId === staffCalendarId &&
        Date.parse(e.start) < to &&
        Date.parse(e.end) > from,
    );
  }

  /** Runs every entry that is due (at start-up: all of them); one pass at a time. */
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
    for (const entry of this.open()) {
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
    for (const entry of this.open()) {
      if (this.held.has(entry.id) || (!all && Date.parse(entry.nextCheckAt) > now)) continue;
      const runtime = this.options.accounts().get(entry.accountId);
      // The account may be back after a restart or reconnect; its entry waits until then.
      if (runtime?.vendor !== 'docfav') continue;
      this.held.add(entry.id);
      try {
        await this.announce(entry, await lookFor(this.lookupDeps(runtime), entry));
      } finally {
        this.held.delete(entry.id);
      }
    }
  }

  /** Tells the desk how a booking it could not finish at the time ended, and redraws its time. */
  private async announce(entry: BookEntry, looked: Looked): Promise<void> {
    if (looked.kind === 'open') return;
    try {
      await this.options.sync.reload(entry.accountId, {
        calendarId: entry.staffCalendarId,
        kind: 'docfav-appointment',
        vendorIds: looked.kind === 'booked' ? [looked.newId] : [],
        ranges: [{ from: new Date(entry.start), to: new Date(entry.end) }],
      });
    } catch {
      // The next sync brings it; the notice below is true either way.
    }
    this.options.emit({
      accountId: entry.accountId,
      outcome: looked.kind,
      start: new Date(entry.start).toISOString(),
    });
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const due = this.open()
      .filter((e) => !this.held.has(e.id))
      .map((e) => Date.parse(e.nextCheckAt));
    if (due.length === 0) return;
    const wait = Math.max(500, Math.min(...due) - this.options.now().getTime());
    this.timer = setTimeout(() => void this.run(), wait);
    this.timer.unref?.();
  }
}
