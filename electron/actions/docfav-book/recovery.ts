import type { EventPayload } from '../../../shared/contract';
import type { AccountRuntime } from '../../accounts/sources';
import type { Logger } from '../../log';
import type { SyncEngine } from '../../sync/engine';
import { DEFAULT_SETTLE_MS, docfavJournalRunner } from '../docfav-move/recovery';
import { newMoveId } from '../journal';
import type { JournalRunner } from '../journal-runner';
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
  private readonly runner: JournalRunner<BookEntry>;

  constructor(private readonly options: BookRecoveryOptions) {
    this.runner = docfavJournalRunner<BookEntry>({
      ...options,
      what: 'looking for a booking failed',
      resume: async (runtime, entry) =>
        this.announce(entry, await lookFor(this.lookupDeps(runtime), entry)),
    });
  }

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
    this.runner.hold(entry.id);
    this.options.journal.put(entry);
    return entry;
  }

  /** The booking's outcome is known (answered, found, or refused): nothing is left to finish. */
  close(id: string): void {
    this.options.journal.remove(id);
  }

  release(id: string): void {
    this.runner.release(id);
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
    return this.runner.run(options);
  }

  forgetAccountsExcept(accountIds: ReadonlySet<string>): void {
    this.runner.forgetAccountsExcept(accountIds);
  }

  stop(): void {
    this.runner.stop();
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
}
