import type { CalendarData, GuardStatus } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { AppError, toAppError, type ErrorPayload } from '../../shared/errors';
import type { GuardMapping, Settings } from '../../shared/settings';
import { formatInstant } from '../../shared/time';
import type { AccountRuntime } from '../accounts/sources';
import type { Notify } from '../core/notify';
import type { Emit } from '../core/services';
import type { Logger } from '../log';
import type { ReloadTarget } from '../sync/source';
import { findConflicts, mirrorIds, type FoundConflict } from './conflicts';
import { DocfavBusyReader, type DocfavRuntime } from './docfav-busy';
import { applyPlan, readMirrors } from './doctena-mirrors';
import { mergeIntervals, type Interval } from './intervals';
import { conflictNotice } from './notice';
import { isEmptyPlan, planReconcile } from './reconcile';
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
  /** How long a Docfav week the guard read itself is used again (default 10 minutes). */
  docfavCacheMs?: number;
  /** Writes to Doctena in flight at once. */
  writeConcurrency?: number;
}

/** Reads of the Doctena calendar per run; writes happen between them. */
const MAX_PASSES = 6;
const WEEK_MS = 7 * 86_400_000;
/** Conflicts already announced, remembered up to this many. */
const SEEN_LIMIT = 5_000;
const MAX_ERRORS = 10;

interface Target {
  doctena: GuardMapping['doctena'];
  sources: GuardMapping['docfav'][];
}

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
 * duplicates, so whichever reads last leaves exactly one mirror per busy interval.
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
  };
  private current: Promise<GuardStatus> | null = null;
  private queued: Promise<GuardStatus> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private runs = 0;
  private readonly announced = new Set<string>();
  /**
   * Doctena calendars whose last pairing was switched off or removed on this PC: their mirrors
   * would otherwise block the Doctena calendar for good. Cleared once, by the next run.
   */
  private readonly unpaired = new Map<string, GuardMapping['doctena']>();

  constructor(private readonly options: GuardOptions) {
    this.now = options.now ?? (() => new Date());
    this.docfav = new DocfavBusyReader({
      now: this.now,
      cacheMs: options.docfavCacheMs ?? 10 * 60_000,
      freshMs: () => options.settings().pollIntervalSeconds * 1000,
    });
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
   * Settings changed. A Doctena calendar left without an enabled pairing has its mirrors removed
   * by a run now (one clean-up, not a standing rule: another PC that still pairs it will mirror
   * again, as its own settings ask).
   */
  pairingsChanged(before: readonly GuardMapping[], after: readonly GuardMapping[]): void {
    const paired = new Set(after.filter((m) => m.enabled).map((m) => calendarKey(m.doctena)));
    for (const m of before) {
      const key = calendarKey(m.doctena);
      if (m.enabled && !paired.has(key)) this.unpaired.set(key, m.doctena);
    }
    for (const key of paired) this.unpaired.delete(key);
    if (this.unpaired.size > 0 && !this.stopped) void this.run();
  }

  /** After every sync: a run a moment later, if there is anything to do. */
  syncFinished(payload: unknown): void {
    const ok = typeof payload === 'object' && payload !== null && 'ok' in payload;
    if (!ok || payload.ok !== true || this.stopped || !this.hasWork()) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.options.debounceMs ?? 2_000);
    this.timer.unref?.();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
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

  /** A pairing is on, or a calendar that lost its pairing still has mirrors to remove. */
  private hasWork(): boolean {
    return this.unpaired.size > 0 || this.options.settings().guard.mappings.some((m) => m.enabled);
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
    const started = this.now().getTime();
    const window: Interval = { start: started, end: started + guard.weeksAhead * WEEK_MS };
    const run = ++this.runs;
    const tally: Tally = { created: 0, updated: 0, deleted: 0, errors: [] };
    this.docfav.prune();
    // A calendar no longer paired is reconciled against nothing: every mirror of it goes.
    const work: { target: Target; cleanUp?: string }[] = [
      ...targets(guard.mappings).map((target) => ({ target })),
      ...[...this.unpaired].map(([key, doctena]) => ({
        target: { doctena, sources: [] },
        cleanUp: key,
      })),
    ];
    for (const { target, cleanUp } of work) {
      // Its account was disconnected: nothing left here can reach those mirrors.
      if (cleanUp && !this.options.accounts().has(target.doctena.accountId)) {
        this.unpaired.delete(cleanUp);
        continue;
      }
      try {
        await this.reconcile(target, window, guard.mirrorReservations, run, tally);
        if (cleanUp) this.unpaired.delete(cleanUp);
      } catch (err) {
        const error = toAppError(err);
        tally.errors.push(error.toPayload());
        this.options.logger.warn('guard: calendar not reconciled', {
          account: target.doctena.accountId,
          code: error.code,
        });
      }
    }
    this.last = {
      lastRunAt: formatInstant(this.now()),
      created: tally.created,
      updated: tally.updated,
      deleted: tally.deleted,
      errors: distinct(tally.errors).slice(0, MAX_ERRORS),
    };
    const changed = tally.created + tally.updated + tally.deleted + tally.errors.length > 0;
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
    target: Target,
    window: Interval,
    mirrorReservations: boolean,
    run: number,
    tally: Tally,
  ): Promise<void> {
    const doctena = this.doctenaRuntime(target.doctena.accountId);
    const busy: Interval[] = [];
    // Read every paired Docfav calendar first: on any failure nothing is written, because a
    // partial picture would delete mirrors of times that are still taken.
    for (const source of target.sources) {
      const docfav = this.docfavRuntime(source.accountId);
      busy.push(
        ...(await this.docfav.busy(docfav, source.calendarId, window, mirrorReservations, run)),
      );
    }
    const desired = mergeIntervals(busy);
    const { calendarId } = target.doctena;
    const touched: string[] = [];
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      const plan = planReconcile(desired, await readMirrors(doctena.client, calendarId), window);
      if (isEmptyPlan(plan)) break;
      if (pass === MAX_PASSES) {
        // Another PC is still writing; the next run picks up whatever is left.
        this.options.logger.info('guard: calendar not settled yet', { calendarId });
        break;
      }
      const outcome = await applyPlan(
        doctena.client,
        calendarId,
        plan,
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
    if (touched.length > 0) await this.refreshCalendar(target.doctena, touched, window);
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
      this.options.notify(conflictNotice(settings.language ?? 'en', start, calendarName));
    }
  }
}

type DoctenaRuntime = Extract<AccountRuntime, { vendor: 'doctena' }>;

function notConnected(vendor: AccountRuntime['vendor'], accountId: string): AppError {
  return new AppError(
    'not-found',
    'A calendar paired by the double-booking guard belongs to an account that is not connected. Check the pairings in Settings.',
    { vendor, accountId },
  );
}

function calendarKey(calendar: GuardMapping['doctena']): string {
  return `${calendar.accountId}\n${calendar.calendarId}`;
}

/** Enabled pairings grouped by Doctena calendar: two practitioners may share one. */
function targets(mappings: readonly GuardMapping[]): Target[] {
  const byCalendar = new Map<string, Target>();
  for (const m of mappings) {
    if (!m.enabled) continue;
    const key = calendarKey(m.doctena);
    const target = byCalendar.get(key) ?? { doctena: m.doctena, sources: [] };
    const dup = target.sources.some(
      (s) => s.accountId === m.docfav.accountId && s.calendarId === m.docfav.calendarId,
    );
    if (!dup) target.sources.push(m.docfav);
    byCalendar.set(key, target);
  }
  return [...byCalendar.values()];
}

function distinct(errors: ErrorPayload[]): ErrorPayload[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.code}\n${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
