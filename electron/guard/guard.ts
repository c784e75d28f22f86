import type { CalendarData, GuardStatus } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { AppError, toAppError, type ErrorPayload } from '../../shared/errors';
import type { GuardMapping, Settings } from '../../shared/settings';
import { formatInstant } from '../../shared/time';
import type { AccountRuntime } from '../accounts/sources';
import type { Notify } from '../core/notify';
import type { Emit } from '../core/emit';
import type { Logger } from '../log';
import type { ReloadTarget } from '../sync/source';
import { findConflicts, mirrorIds, type FoundConflict } from './conflicts';
import { decide, type Job } from './decide';
import { DocfavBusyReader, type DocfavRuntime } from './docfav-busy';
import { applyPlans, readMirrors } from './doctena-mirrors';
import type { Interval } from './intervals';
import { isEmptyPlan } from './reconcile';
import { MirrorScope } from './scope';
import { suggestMappings, type Suggestion } from './suggestions';

export interface GuardOptions {
  settings: () => Settings;
  accounts: () => ReadonlyMap<string, AccountRuntime>;
  emit: Emit;
  logger: Logger;
  now?: () => Date;
  notify?: Notify;
  /** Re-reads what the guard wrote into the sync engine, so the calendar shows it at once. */
  reload?: (accountId: string, target: ReloadTarget) => Promise<void>;
  /** Wait after a sync before reconciling, so the syncs of several accounts make one run. */
  debounceMs?: number;
  /**
   * How long a Docfav week the guard read itself is used again to see that nothing is to be
   * written (default 10 minutes). A write always rests on a week read afresh.
   */
  docfavCacheMs?: number;
  /** Writes to Doctena in flight at once. */
  writeConcurrency?: number;
  /** Calls `run` after `ms` and returns a cancel; a timer by default (tests step it by hand). */
  schedule?: (run: () => void, ms: number) => () => void;
}

/** Reads of the Doctena calendar per run; writes happen between them. */
const MAX_PASSES = 6;
const WEEK_MS = 7 * 86_400_000;
/** Conflicts already announced, remembered up to this many. */
const SEEN_LIMIT = 5_000;
const MAX_ERRORS = 10;

interface Tally {
  created: number;
  updated: number;
  deleted: number;
  errors: ErrorPayload[];
}

/**
 * The double-booking guard. Doctena cannot see Docfav, so every Docfav busy time of a paired
 * practitioner is mirrored into Doctena as a blocking with a neutral title; Docfav has no
 * blockings, so the other direction is only detected (conflicts in the calendar data).
 *
 * Several PCs may run it at once against the same calendars: each run reads Doctena again after
 * writing and plans anew until nothing is left to do, and every PC picks the same survivor among
 * duplicates, so whichever reads last leaves exactly one mirror per busy interval. A PC writes
 * only on Docfav weeks read after that Doctena read (see `decide`), and touches only the mirror
 * kinds its own options ask for, so PCs whose copies are of different ages, or whose options
 * differ, do not undo each other's mirrors.
 */
export class Guard {
  private readonly now: () => Date;
  private readonly docfav: DocfavBusyReader;
  private last: Omit<GuardStatus, 'running'> = {
    lastRunAt: null,
    created: 0,
    updated: 0,
    deleted: 0,
    errors: [],
    lastChange: null,
  };
  private current: Promise<GuardStatus> | null = null;
  private queued: Promise<GuardStatus> | null = null;
  private cancelTimer: (() => void) | null = null;
  private stopped = false;
  private readonly announced = new Set<string>();
  /** The mirror kinds and calendars this PC looks after, and what it is to take out once. */
  private readonly scope: MirrorScope;

  constructor(private readonly options: GuardOptions) {
    this.now = options.now ?? (() => new Date());
    this.docfav = new DocfavBusyReader({
      now: this.now,
      cacheMs: options.docfavCacheMs ?? 10 * 60_000,
      freshMs: () => options.settings().pollIntervalSeconds * 1000,
    });
    this.scope = new MirrorScope(options.settings().guard);
  }

  status(): GuardStatus {
    return { running: this.current !== null, ...this.last };
  }

  /**
   * Reconciles now. A run already going on is never doubled: the call waits for it and then runs
   * once more (calls meanwhile share that one), so what it returns reflects the latest data.
   */
  run(): Promise<GuardStatus> {
    if (this.queued) return this.queued;
    if (!this.current) return this.begin();
    const next = () => {
      this.queued = null;
      return this.begin();
    };
    this.queued = this.current.then(next, next);
    return this.queued;
  }

  /**
   * Settings changed. The mirrors of a Doctena calendar left without an enabled pairing, and of a
   * kind no longer mirrored, are removed by a run now (one clean-up, not a standing rule: another
   * PC that still mirrors them will mirror again, as its own settings ask).
   */
  pairingsChanged(before: readonly GuardMapping[], after: readonly GuardMapping[]): void {
    const { guard } = this.options.settings();
    this.scope.pairingsChanged(before, { ...guard, mappings: [...after] });
    if (this.scope.pending() && !this.stopped) void this.run();
  }

  /** After every sync: a run a moment later, if there is anything to do. */
  syncFinished(payload: unknown): void {
    const ok = typeof payload === 'object' && payload !== null && 'ok' in payload;
    if (!ok || payload.ok !== true || this.stopped || !this.hasWork()) return;
    this.cancelTimer?.();
    const schedule = this.options.schedule ?? unrefTimer;
    this.cancelTimer = schedule(() => {
      this.cancelTimer = null;
      void this.run();
    }, this.options.debounceMs ?? 2_000);
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  suggestions(): Suggestion[] {
    const calendars = [...this.options.accounts().values()].flatMap((r) => r.source.calendars());
    return suggestMappings(calendars, this.options.settings().guard.mappings);
  }

  /** The sync engine's `annotate`: conflicts and mirrors among the events on screen. */
  annotate(events: CalendarEvent[]): Pick<CalendarData, 'conflicts' | 'mirrorIds'> {
    const settings = this.options.settings();
    const found = findConflicts(events, settings.guard.mappings);
    for (const item of found) this.announce(item, settings);
    return { conflicts: found.map((f) => f.conflict), mirrorIds: mirrorIds(events) };
  }

  /** A pairing is on, or mirrors are still to be taken out. */
  private hasWork(): boolean {
    return this.scope.pending() || this.options.settings().guard.mappings.some((m) => m.enabled);
  }

  private begin(): Promise<GuardStatus> {
    const work: Promise<GuardStatus> = this.execute().finally(() => {
      if (this.current === work) this.current = null;
    });
    this.current = work;
    return work;
  }

  private async execute(): Promise<GuardStatus> {
    const { guard } = this.options.settings();
    this.scope.optionsSeen(guard);
    const started = this.now().getTime();
    const window: Interval = { start: started, end: started + guard.weeksAhead * WEEK_MS };
    const runSince = this.docfav.mark();
    const tally: Tally = { created: 0, updated: 0, deleted: 0, errors: [] };
    this.docfav.prune();
    for (const work of this.scope.work(guard)) {
      const { doctena, manage, clear } = work;
      // Its account was disconnected: nothing left here can reach those mirrors.
      if (manage.length === 0 && !this.options.accounts().has(doctena.accountId)) {
        this.scope.done(work.key);
        continue;
      }
      try {
        const sources = work.sources.map((s) => ({
          calendarId: s.calendarId,
          runtime: this.docfavRuntime(s.accountId),
        }));
        await this.reconcile({ doctena, sources, manage, clear }, window, runSince, tally);
        this.scope.done(work.key);
      } catch (err) {
        const error = toAppError(err);
        tally.errors.push(error.toPayload());
        this.options.logger.warn('guard: calendar not reconciled', {
          account: doctena.accountId,
          code: error.code,
        });
      }
    }
    const at = formatInstant(this.now());
    const wrote = tally.created + tally.updated + tally.deleted > 0;
    this.last = {
      lastRunAt: at,
      created: tally.created,
      updated: tally.updated,
      deleted: tally.deleted,
      errors: distinct(tally.errors).slice(0, MAX_ERRORS),
      lastChange: wrote
        ? { at, created: tally.created, updated: tally.updated, deleted: tally.deleted }
        : this.last.lastChange,
    };
    const changed = wrote || tally.errors.length > 0;
    // Most runs change nothing; those are only worth a line at debug level.
    this.options.logger[changed ? 'info' : 'debug']('guard run done', {
      created: tally.created,
      updated: tally.updated,
      deleted: tally.deleted,
      errors: tally.errors.length,
    });
    const status: GuardStatus = { running: false, ...this.last };
    this.options.emit('guard:finished', status);
    return status;
  }

  /** One Doctena calendar: everything its paired Docfav calendars are busy with, mirrored. */
  private async reconcile(
    job: Job,
    window: Interval,
    runSince: number,
    tally: Tally,
  ): Promise<void> {
    const doctena = this.doctenaRuntime(job.doctena.accountId);
    const { calendarId } = job.doctena;
    const touched: string[] = [];
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      const mirrors = await readMirrors(doctena.client, calendarId);
      // Every Docfav read that a write rests on begins after this mark, so after that read.
      const freshSince = this.docfav.mark();
      // Reads every paired Docfav calendar before writing: on any failure nothing is written,
      // because a partial picture would delete mirrors of times that are still taken.
      const plans = await decide({
        job,
        mirrors,
        window,
        reader: this.docfav,
        runSince,
        freshSince,
      });
      if (plans.every((p) => isEmptyPlan(p.plan))) break;
      if (pass === MAX_PASSES) {
        // Another PC is still writing; the next run picks up whatever is left.
        this.options.logger.info('guard: calendar not settled yet', { calendarId });
        break;
      }
      const outcome = await applyPlans(
        doctena.client,
        calendarId,
        plans,
        this.options.writeConcurrency ?? 4,
      );
      tally.created += outcome.created;
      tally.updated += outcome.updated;
      tally.deleted += outcome.deleted;
      touched.push(...outcome.touched);
      if (outcome.failures.length > 0) {
        // Not tried again now: the next run reads what actually happened.
        tally.errors.push(...outcome.failures.map((f) => f.toPayload()));
        this.options.logger.warn('guard: writes failed', {
          calendarId,
          failed: outcome.failures.length,
          code: outcome.failures[0]?.code,
        });
        break;
      }
    }
    if (touched.length > 0) await this.refreshCalendar(job.doctena, touched, window);
  }

  private async refreshCalendar(
    doctena: GuardMapping['doctena'],
    vendorIds: string[],
    window: Interval,
  ): Promise<void> {
    try {
      await this.options.reload?.(doctena.accountId, {
        calendarId: doctena.calendarId,
        kind: 'doctena-blocking',
        vendorIds,
        ranges: [{ from: new Date(window.start), to: new Date(window.end) }],
      });
    } catch (err) {
      // The next poll shows them; the writes themselves went through.
      this.options.logger.warn('guard: calendar not re-read', { code: toAppError(err).code });
    }
  }

  private doctenaRuntime(accountId: string): DoctenaRuntime {
    const runtime = this.options.accounts().get(accountId);
    if (runtime?.vendor === 'doctena') return runtime;
    throw notConnected('doctena', accountId);
  }

  private docfavRuntime(accountId: string): DocfavRuntime {
    const runtime = this.options.accounts().get(accountId);
    if (runtime?.vendor === 'docfav') return runtime;
    throw notConnected('docfav', accountId);
  }

  private announce(item: FoundConflict, settings: Settings): void {
    const key = `${item.conflict.doctenaEventId}\n${item.conflict.docfavEventId}`;
    // A double booking that is over needs nobody's attention.
    if (this.announced.has(key) || Date.parse(item.conflict.end) <= this.now().getTime()) return;
    if (this.announced.size >= SEEN_LIMIT) this.announced.clear();
    this.announced.add(key);
    const runtime = this.options.accounts().get(item.doctena.accountId);
    const calendarName =
      runtime?.source.calendars().find((c) => c.id === item.doctena.calendarId)?.name ??
      runtime?.source.label ??
      'Doctena';
    const { doctenaEventId, start } = item.conflict;
    this.options.emit('conflict:new', { doctenaEventId, start, calendarName });
    if (settings.desktopNotifications && this.options.notify) {
      this.options.notify({ kind: 'double-booking', start, calendarName });
    }
  }
}

type DoctenaRuntime = Extract<AccountRuntime, { vendor: 'doctena' }>;

function notConnected(vendor: AccountRuntime['vendor'], accountId: string): AppError {
  return new AppError('not-found', { vendor, accountId, reason: 'pair-account-missing' });
}

function unrefTimer(run: () => void, ms: number): () => void {
  const timer = setTimeout(run, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
}

function distinct(errors: ErrorPayload[]): ErrorPayload[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.code}\n${String(e.details?.reason)}\n${String(e.details?.vendor)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
