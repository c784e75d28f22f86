/** What the runner needs of a journal entry: whose it is and when it is next due. */
export interface DueEntry {
  id: string;
  accountId: string;
  nextCheckAt: string;
}

export interface JournalRunnerOptions<E extends DueEntry> {
  list: () => E[];
  remove: (id: string) => void;
  now: () => Date;
  /** Takes one due entry a step further (its account is connected); may throw. */
  resume: (entry: E) => Promise<void>;
  /** A resume that threw: the entry stays and is tried again when next due. */
  failed: (entry: E, err: unknown) => void;
  /** Whether the entry's account is there to resume it with (after a restart it may not be yet). */
  ready: (entry: E) => boolean;
}

/**
 * Runs a write journal's due entries (the moves', the bookings'): one pass at a time, at start-up
 * (every entry: the desk that waited on it is gone), after every sync, and on a timer while any
 * is waiting. An entry the desk is working on right now is held and left to it.
 */
export class JournalRunner<E extends DueEntry> {
  private held = new Set<string>();
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(private readonly options: JournalRunnerOptions<E>) {}

  /** The desk works on this entry itself until `release`. */
  hold(id: string): void {
    this.held.add(id);
  }

  release(id: string): void {
    this.held.delete(id);
    this.schedule();
  }

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
    for (const entry of this.options.list()) {
      if (!accountIds.has(entry.accountId)) this.options.remove(entry.id);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async pass(all: boolean): Promise<void> {
    const now = this.options.now().getTime();
    for (const entry of this.options.list()) {
      if (this.held.has(entry.id) || (!all && Date.parse(entry.nextCheckAt) > now)) continue;
      if (!this.options.ready(entry)) continue;
      this.held.add(entry.id);
      try {
        await this.options.resume(entry);
      } catch (err) {
        // A pass must never reject: it runs from timers and syncs that nobody awaits.
        this.options.failed(entry, err);
      } finally {
        this.held.delete(entry.id);
      }
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const due = this.options
      .list()
      .filter((e) => !this.held.has(e.id))
      .map((e) => Date.parse(e.nextCheckAt));
    if (due.length === 0) return;
    const wait = Math.max(500, Math.min(...due) - this.options.now().getTime());
    this.timer = setTimeout(() => void this.run(), wait);
    this.timer.unref?.();
  }
}
