import type { AccountStatus, CalendarData } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { toAppError } from '../../shared/errors';
import { formatInstant } from '../../shared/time';
import type { Emit } from '../core/emit';
import type { Logger } from '../log';
import { healthFields } from './health';
import { overlaps, type ReloadTarget, type SyncSource, type TimeRange } from './source';

export interface NewBookingNotice {
  event: CalendarEvent;
  calendarName: string;
}

export interface SyncEngineOptions {
  emit: Emit;
  logger: Logger;
  now?: () => Date;
  /** The user's poll interval; the engine stretches it when a rate budget runs low. */
  pollIntervalMs: () => number;
  /** Called for each booking that appeared after the first sync (desktop notification). */
  onNewBooking?: (notice: NewBookingNotice) => void;
  /** True while the demo practice is shown. */
  demo?: boolean;
  /** The double-booking guard's view of the merged events (conflicts, its own mirrors). */
  annotate?: (
    events: CalendarEvent[],
  ) => Pick<CalendarData, 'conflicts' | 'mirrorIds'> &
    Partial<Pick<CalendarData, 'pendingIds' | 'openWrites'>>;
  /**
   * How long `range` and `refresh` wait for an account before answering without it, so that one
   * slow platform never holds back the others; its data follows with `sync:finished`. The app
   * sets `APP_GRACE_MS`; absent, they wait for every account (tools and tests that need it all).
   */
  graceMs?: number;
  /** After how long without an answer an account is reported as not answering (`sync:slow`). */
  slowAfterMs?: number;
}

/** What a person at the desk waits for the data of a platform, before seeing the others. */
export const APP_GRACE_MS = 1_000;
export const DEFAULT_SLOW_AFTER_MS = 4_000;

interface SourceState {
  source: SyncSource;
  status: AccountStatus;
  /** The sync or re-read in flight; it never rejects. */
  inflight: Promise<void> | null;
  /** Resolves when the work in flight settles or its grace period is over, whichever is first. */
  graceOver: Promise<void> | null;
  /**
   * The platform has kept a request waiting past `slowAfterMs`. Cleared when it answers, or fails
   * for another reason than silence (that failure is then the account's error).
   */
  slow: boolean;
  /** The latest ranges synced in full: while slow, older data is on screen for them. */
  covered: TimeRange[];
  /** After a 429 with a long Retry-After: no request to this account before then. */
  backoffUntil?: number;
  /**
   * When its last sync failed. The renderer refetches on every `sync:finished`, failures included;
   * without this, each refetch would ask a platform that refuses at once again, in a tight loop.
   */
  failedAt?: number;
}

const OFFLINE_CODES = new Set(['network', 'timeout']);
/** After a failed sync, how long a plain read of the calendar does not ask that platform again. */
const RETRY_FAILED_MS = 10_000;
const COVERED_KEPT = 8;

/**
 * Keeps every account's data fresh for the range on screen and merges it for the renderer.
 * Requests for data already fresh are not sent again, concurrent requests share one sync, and one
 * failing or silent account never hides or holds back the others.
 */
export class SyncEngine {
  private states = new Map<string, SourceState>();
  private watched: TimeRange | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly now: () => Date;
  private readonly graceMs: number | undefined;
  private readonly slowAfterMs: number;
  private demo: boolean;
  /**
   * Per account: records a write created whose read-back failed, as the write's own answer
   * described them. Shown until the account's next successful sync or re-read, which then has the
   * platform's word on them.
   */
  private written = new Map<string, Map<string, CalendarEvent>>();

  constructor(private readonly options: SyncEngineOptions) {
    this.now = options.now ?? (() => new Date());
    this.graceMs = options.graceMs;
    this.slowAfterMs = options.slowAfterMs ?? DEFAULT_SLOW_AFTER_MS;
    this.demo = options.demo ?? false;
  }

  /** Replaces the connected accounts; data of accounts that are gone is dropped from memory. */
  setSources(sources: SyncSource[], demo = false): void {
    this.demo = demo;
    const next = new Map<string, SourceState>();
    for (const source of sources) {
      const previous = this.states.get(source.accountId);
      // A reconnected account (new credentials or zone) comes with a new source: start afresh.
      next.set(
        source.accountId,
        previous?.source === source
          ? previous
          : {
              source,
              inflight: null,
              graceOver: null,
              slow: false,
              covered: [],
              status: {
                id: source.accountId,
                vendor: source.vendor,
                label: source.label,
                state: 'idle',
                error: null,
                lastSuccessAt: null,
              },
            },
      );
    }
    this.states = next;
    for (const accountId of this.written.keys()) {
      if (!next.has(accountId)) this.written.delete(accountId);
    }
  }

  /**
   * The merged data for a range, syncing first whatever is not fresh. Waits for each account at
   * most its grace period: a slower one shows as syncing (then as slow) and announces its data
   * with `sync:finished` when it arrives.
   */
  async range(range: TimeRange): Promise<CalendarData> {
    this.watched = range;
    await this.ensure(range, false);
    return this.snapshot(range);
  }

  /** Refresh now, fresh or not (the refresh button); waits like `range`. */
  async refresh(range: TimeRange): Promise<CalendarData> {
    this.watched = range;
    await this.ensure(range, true);
    return this.snapshot(range);
  }

  /**
   * Syncs a range beyond the one on screen (the to-confirm list looks weeks ahead) when its data is
   * older than `freshMs` (never fresher than the poll), sharing any sync in flight. The poll keeps
   * following the range on screen.
   */
  async prefetch(range: TimeRange, freshMs: number): Promise<void> {
    await this.ensure(range, false, Math.max(freshMs, this.options.pollIntervalMs()));
  }

  /**
   * Every account's appointments held in memory over `range`, however long (patient search and
   * the patient card): Doctena's whole synced history, Docfav's loaded weeks. Never asks a platform.
   */
  history(range: TimeRange): CalendarEvent[] {
    return [...this.states.values()].flatMap(
      ({ source }) => source.history?.(range) ?? source.eventsIn(range),
    );
  }

  snapshot(range: TimeRange): CalendarData {
    const states = [...this.states.values()];
    const events = states.flatMap((s) => this.withWritten(s.source, range));
    const successes = states.map((s) => s.status.lastSuccessAt).filter((t): t is string => !!t);
    const failing = states.filter((s) => s.status.state === 'error');
    return {
      events,
      availability: states.flatMap((s) => s.source.availabilityIn(range)),
      calendars: states.flatMap((s) => s.source.calendars()),
      accounts: states.map((s) => this.statusOf(s, range)),
      // The oldest of the accounts' last successes: everything shown is at least that fresh.
      lastSyncAt: successes.sort()[0] ?? null,
      offline:
        states.length > 0 &&
        failing.length === states.length &&
        failing.every((s) => OFFLINE_CODES.has(s.status.error?.code ?? '')),
      demo: this.demo,
      pendingIds: [],
      openWrites: 0,
      ...(this.options.annotate?.(events) ?? { conflicts: [], mirrorIds: [] }),
    };
  }

  private statusOf(state: SourceState, range: TimeRange): AccountStatus {
    const status = { ...state.status, ...healthFields(state.source) };
    if (!state.slow) return status;
    const shown =
      state.covered.some((c) => c.from <= range.from && c.to >= range.to) ||
      state.source.eventsIn(range).length > 0;
    return { ...status, slow: shown ? 'stale' : 'missing' };
  }

  /** The cached event with this id, from whichever account owns it; never asks a platform. */
  findEvent(id: string): CalendarEvent | undefined {
    for (const state of this.states.values()) {
      const event = state.source.event?.(id) ?? this.written.get(state.source.accountId)?.get(id);
      if (event) return event;
    }
    return undefined;
  }

  /** Drops a record its platform confirmed deleted, so the calendar never shows it again. */
  forget(accountId: string, eventId: string): void {
    this.states.get(accountId)?.source.forget?.(eventId);
    this.written.get(accountId)?.delete(eventId);
  }

  /**
   * Shows records a write created although reading them back failed, from the write's own answer,
   * so that they do not vanish from the calendar until the next sync brings them.
   */
  remember(accountId: string, events: CalendarEvent[]): void {
    if (!this.states.has(accountId) || events.length === 0) return;
    const written = this.written.get(accountId) ?? new Map<string, CalendarEvent>();
    for (const event of events) written.set(event.id, event);
    this.written.set(accountId, written);
  }

  private withWritten(source: SyncSource, range: TimeRange): CalendarEvent[] {
    const events = source.eventsIn(range);
    const written = this.written.get(source.accountId);
    if (!written?.size) return events;
    const known = new Set(events.map((e) => e.id));
    for (const event of written.values()) {
      if (!known.has(event.id) && overlaps(event.start, event.end, range)) events.push(event);
    }
    return events;
  }

  /**
   * After a write: re-reads what it touched into that account's cache, so the next `range` shows
   * the platform's real state. Failures are thrown to the caller (the write's outcome depends on
   * them) and leave the account's sync status alone.
   */
  async reload(accountId: string, target: ReloadTarget): Promise<void> {
    const state = this.states.get(accountId);
    if (!state) return;
    // A sync that began before the write could land after this re-read and put old data back.
    while (state.inflight) await state.inflight;
    const { source } = state;
    const work = source.reload
      ? source.reload(target)
      : source
          .sync(target.ranges[0] ?? this.watched ?? emptyRange(this.now()))
          .then((outcome) => outcome.changed);
    this.track(state, work);
    const changed = await work;
    state.slow = false;
    // That kind of record of that calendar has now been read from the platform.
    const written = this.written.get(accountId);
    if (written) {
      for (const [id, event] of written) {
        if (event.calendarId === target.calendarId && event.kind === target.kind)
          written.delete(id);
      }
    }
    this.options.emit('sync:finished', {
      accountId,
      at: formatInstant(this.now()),
      ok: true,
      changed,
    });
  }

  /** Polls the range on screen until stopped. */
  start(): void {
    this.stop();
    const tick = () => {
      this.timer = setTimeout(() => {
        const range = this.watched;
        // A silent account does not hold back the others' polls, nor is it asked twice at once.
        const done = range ? this.ensure(range, true) : Promise.resolve();
        void done.finally(tick);
      }, this.pollDelayMs());
      this.timer.unref?.();
    };
    tick();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The user's interval, stretched so polling alone never spends a vendor's rate budget. */
  pollDelayMs(): number {
    const now = this.now().getTime();
    const floors = [...this.states.values()].map((s) =>
      Math.max(s.source.minPollIntervalMs(1) ?? 0, (s.backoffUntil ?? 0) - now),
    );
    return Math.max(this.options.pollIntervalMs(), ...floors);
  }

  /** Syncs what `range` needs, waiting for each account only until its grace is over. */
  private async ensure(
    range: TimeRange,
    force: boolean,
    freshMs = this.options.pollIntervalMs(),
  ): Promise<void> {
    await Promise.all(
      [...this.states.values()].map(async (state) => {
        const wait = () => state.graceOver ?? Promise.resolve();
        // Someone is already syncing this account: share the result instead of asking twice.
        if (state.inflight) await wait();
        if (!force && state.source.isFresh(range, freshMs)) return;
        // Failed a moment ago: a pause, the next poll or the refresh button asks again, not the
        // refetch that the failure's own push caused.
        const sinceFailure = this.now().getTime() - (state.failedAt ?? -Infinity);
        if (!force && sinceFailure < Math.min(RETRY_FAILED_MS, this.options.pollIntervalMs())) {
          return;
        }
        if ((state.backoffUntil ?? 0) > this.now().getTime()) return;
        // Still in flight past its grace: asking again would only stack requests on a silent
        // platform, and what it brings is announced when it lands.
        if (!state.inflight) this.track(state, this.syncOne(state, range));
        await wait();
      }),
    );
  }

  /**
   * Makes `work` the account's work in flight, with its grace period and its "not answering"
   * alarm. Timers rather than clock readings, so fake timers drive them in tests.
   */
  private track(state: SourceState, work: Promise<unknown>): void {
    const timers: ReturnType<typeof setTimeout>[] = [];
    const shared: Promise<void> = work
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        for (const timer of timers) clearTimeout(timer);
        if (state.inflight !== shared) return;
        state.inflight = null;
        state.graceOver = null;
      });
    const { graceMs } = this;
    const grace =
      graceMs === undefined
        ? shared
        : new Promise<void>((resolve) => timers.push(setTimeout(resolve, graceMs)));
    timers.push(setTimeout(() => this.markSlow(state, shared), this.slowAfterMs));
    for (const timer of timers) timer.unref?.();
    state.inflight = shared;
    state.graceOver = Promise.race([shared, grace]);
  }

  private markSlow(state: SourceState, work: Promise<void>): void {
    const { accountId } = state.source;
    if (state.inflight !== work || this.states.get(accountId) !== state || state.slow) return;
    state.slow = true;
    this.options.logger.warn('account not answering', { account: accountId });
    this.options.emit('sync:slow', { accountId });
  }

  private async syncOne(state: SourceState, range: TimeRange): Promise<void> {
    const { source } = state;
    state.status = { ...state.status, state: 'syncing' };
    try {
      const outcome = await source.sync(range);
      this.written.delete(source.accountId);
      const at = formatInstant(this.now());
      state.slow = false;
      state.covered = [range, ...state.covered].slice(0, COVERED_KEPT);
      state.status = { ...state.status, state: 'ok', error: null, lastSuccessAt: at };
      delete state.failedAt;
      this.options.emit('sync:finished', {
        accountId: source.accountId,
        at,
        ok: true,
        changed: outcome.changed,
      });
      for (const event of outcome.newBookings) this.announce(source, event);
    } catch (err) {
      state.failedAt = this.now().getTime();
      const error = toAppError(err);
      state.status = { ...state.status, state: 'error', error: error.toPayload() };
      // A timeout keeps the "not answering" banner up; any other failure speaks for itself.
      if (!OFFLINE_CODES.has(error.code)) state.slow = false;
      const retryAfterMs = error.details?.retryAfterMs;
      if (error.code === 'rate-limited' && typeof retryAfterMs === 'number') {
        // Asking again before the platform said so only earns another 429.
        state.backoffUntil = this.now().getTime() + retryAfterMs;
      }
      this.options.logger.warn('sync failed', { account: source.accountId, code: error.code });
      this.options.emit('sync:finished', {
        accountId: source.accountId,
        at: formatInstant(this.now()),
        ok: false,
        changed: 0,
      });
    }
  }

  private announce(source: SyncSource, event: CalendarEvent): void {
    const calendarName =
      source.calendars().find((c) => c.id === event.calendarId)?.name ?? source.label;
    this.options.emit('booking:new', { eventId: event.id, calendarName, start: event.start });
    this.options.onNewBooking?.({ event, calendarName });
  }
}

function emptyRange(now: Date): TimeRange {
  return { from: now, to: new Date(now.getTime() + 1) };
}
