import type { Settings } from '../../shared/settings';
import { buildRuntimes, type AccountRuntime, type SourceContext } from '../accounts/sources';
import { createBookJournal, type BookJournal } from '../actions/docfav-book/entry';
import { BookRecovery, withBookings } from '../actions/docfav-book/recovery';
import { MoveRecovery } from '../actions/docfav-move/recovery';
import { createActions, type Actions } from '../actions/index';
import { createMemoryJournal, type Journal } from '../actions/journal';
import { Guard, type GuardOptions } from '../guard/guard';
import type { Logger } from '../log';
import { SyncEngine, type SyncEngineOptions } from '../sync/engine';
import type { Clock } from '../vendors/clock';
import { createDocfavClient } from '../vendors/docfav/client';
import { createDoctenaClient } from '../vendors/doctena/client';
import type { RetryPolicy } from '../vendors/retry';
import { createMemoryLogger } from './fakes';
import { createTap, type Tap } from './fetches';
import { guardSettings } from './guard';
import type { AccountId, Platforms } from './platforms';

/**
 * What runs against the platforms, each piece built the way the app builds it: the accounts'
 * clients and sources, a desk (sync engine, actions, move recovery), a PC running the guard, a
 * bare sync engine, and a vendor client alone. The harness (harness.ts) calls these.
 */

export type MemoryLogger = ReturnType<typeof createMemoryLogger>;
type Emitted = { event: string; payload: unknown }[];

/** Short timeouts and quick retries, so that failure paths run in milliseconds. */
const DESK_RETRY = { retries: 2, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 };
const PC_RETRY = { retries: 1, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_000 };
const CLIENT_RETRY = { retries: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 };

export interface RuntimeOptions {
  fetch?: typeof fetch;
  logger?: Logger;
  /** Client timeouts and retries; the app's defaults when absent. */
  client?: SourceContext['client'];
  /** Only these of the two accounts (default both). */
  accounts?: readonly AccountId[];
}

/** The accounts' clients and sync sources, by account id. */
export function runtimesOn(
  p: Platforms,
  now: () => Date,
  options: RuntimeOptions & { logger: Logger },
): Map<string, AccountRuntime> {
  const ids = options.accounts ?? ['dt', 'df'];
  const built = buildRuntimes(
    ids.map((id) => p.accounts[id]),
    {
      fetch: options.fetch ?? globalThis.fetch,
      logger: options.logger,
      now,
      secretFor: p.secretFor,
      ...(options.client ? { client: options.client } : {}),
    },
  );
  return new Map(built.runtimes.map((r) => [r.account.id, r]));
}

export interface DeskOptions {
  /** Each client request's timeout (default 5 s; no test waits for it unless it holds a request). */
  timeoutMs?: number;
  /** A journal to share with another desk (a desk restarted after a crash). */
  journal?: Journal;
  /** The same for new bookings' journal. */
  bookJournal?: BookJournal;
  moveTiming?: { settleMs?: number; verifyMs?: number };
}

/** One reception desk: its clients behind a tap, sync engine, move recovery and actions. */
export interface Desk {
  engine: SyncEngine;
  actions: Actions;
  moves: MoveRecovery;
  journal: Journal;
  /** New Docfav bookings whose answer was lost (`booking:settled` goes to `emitted`). */
  bookings: BookRecovery;
  bookJournal: BookJournal;
  runtimes: Map<string, AccountRuntime>;
  logger: MemoryLogger;
  tap: Tap;
  /** Every push event, `move:settled` included. */
  emitted: Emitted;
}

export function buildDesk(p: Platforms, now: () => Date, options: DeskOptions = {}): Desk {
  const logger = createMemoryLogger();
  const tap = createTap();
  const runtimes = runtimesOn(p, now, {
    fetch: tap.fetch,
    logger,
    client: { timeoutMs: options.timeoutMs ?? 5_000, http: { retry: DESK_RETRY } },
  });
  const emitted: Emitted = [];
  const engine: SyncEngine = new SyncEngine({
    emit: (event, payload) => emitted.push({ event, payload }),
    logger,
    now,
    pollIntervalMs: () => 60_000,
    annotate: () => ({
      conflicts: [],
      mirrorIds: [],
      ...withBookings(moves.calendarView(), bookings),
    }),
  });
  engine.setSources([...runtimes.values()].map((r) => r.source));
  const journal = options.journal ?? createMemoryJournal();
  const moves: MoveRecovery = new MoveRecovery({
    journal,
    accounts: () => runtimes,
    sync: engine,
    emit: (payload) => emitted.push({ event: 'move:settled', payload }),
    logger,
    now,
    ...options.moveTiming,
  });
  const bookJournal = options.bookJournal ?? createBookJournal();
  const bookings: BookRecovery = new BookRecovery({
    journal: bookJournal,
    accounts: () => runtimes,
    sync: engine,
    emit: (payload) => emitted.push({ event: 'booking:settled', payload }),
    logger,
    now,
    ...(options.moveTiming?.settleMs === undefined
      ? {}
      : { settleMs: options.moveTiming.settleMs }),
  });
  const actions = createActions({ sync: engine, accounts: () => runtimes, logger, now, moves });
  return {
    engine,
    actions,
    moves,
    journal,
    bookings,
    bookJournal,
    runtimes,
    logger,
    tap,
    emitted,
  };
}

export interface PcOptions {
  settings?: Settings;
  fetch?: typeof fetch;
  /** Long by default: no guard test waits for a client timeout (see `timeoutSwitch`). */
  timeoutMs?: number;
  /** The HTTP layer's clock, e.g. a `timeoutSwitch`. */
  clock?: Clock;
  /** Repeats of a failed read or idempotent write in the HTTP layer (default 1). */
  retries?: number;
  guard?: Partial<GuardOptions>;
}

/** A PC running the double-booking guard, with its own clients, caches and logger. */
export interface Pc {
  guard: Guard;
  runtimes: Map<string, AccountRuntime>;
  logger: MemoryLogger;
  emitted: Emitted;
  settings(): Settings;
  /** Changes this PC's guard settings, as settings:update would. */
  setGuard(guard: Partial<Settings['guard']>): void;
}

export function buildPc(p: Platforms, now: () => Date, options: PcOptions = {}): Pc {
  const logger = createMemoryLogger();
  const runtimes = runtimesOn(p, now, {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    logger,
    client: {
      timeoutMs: options.timeoutMs ?? 10_000,
      http: {
        retry: { ...PC_RETRY, retries: options.retries ?? PC_RETRY.retries },
        ...(options.clock ? { clock: options.clock } : {}),
      },
    },
  });
  let settings = options.settings ?? guardSettings();
  const emitted: Emitted = [];
  const guard = new Guard({
    settings: () => settings,
    accounts: () => runtimes,
    emit: (event, payload) => emitted.push({ event, payload }),
    logger,
    now,
    docfavCacheMs: 0,
    debounceMs: 10,
    ...options.guard,
  });
  return {
    guard,
    runtimes,
    logger,
    emitted,
    settings: () => settings,
    setGuard: (patch) => {
      settings = { ...settings, guard: { ...settings.guard, ...patch } };
    },
  };
}

export interface EngineOptions
  extends RuntimeOptions, Partial<Omit<SyncEngineOptions, 'now' | 'pollIntervalMs' | 'logger'>> {
  /** Sources to use instead of new ones, e.g. a PC's. */
  runtimes?: ReadonlyMap<string, AccountRuntime>;
}

/** A sync engine alone, polling every minute, on new sources unless given some. */
export function buildEngine(
  p: Platforms,
  now: () => Date,
  options: EngineOptions & { logger: Logger },
): SyncEngine {
  const { fetch, logger, client, accounts, runtimes, ...engineOptions } = options;
  const sources =
    runtimes ??
    runtimesOn(p, now, {
      logger,
      ...(fetch ? { fetch } : {}),
      ...(client ? { client } : {}),
      ...(accounts ? { accounts } : {}),
    });
  const engine = new SyncEngine({
    emit: () => undefined,
    ...engineOptions,
    logger,
    now,
    pollIntervalMs: () => 60_000,
  });
  engine.setSources([...sources.values()].map((r) => r.source));
  return engine;
}

export interface ClientOptions {
  logger?: Logger;
  fetch?: typeof fetch;
  /** Default 1.5 s: a hang fault ends there. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
}

function clientSeams(options: ClientOptions & { logger: Logger }) {
  return {
    fetch: options.fetch ?? globalThis.fetch,
    logger: options.logger,
    timeoutMs: options.timeoutMs ?? 1_500,
    http: { retry: { ...CLIENT_RETRY, ...options.retry } },
  };
}

export function doctenaClientOn(
  p: Platforms,
  options: ClientOptions & { logger: Logger; password: string },
) {
  return createDoctenaClient({
    baseUrl: p.doctena.baseUrl,
    login: p.accounts.dt.login,
    password: options.password,
    ...clientSeams(options),
  });
}

export function docfavClientOn(
  p: Platforms,
  options: ClientOptions & { logger: Logger; apiKey: string },
) {
  return createDocfavClient({
    baseUrl: p.docfav.baseUrl,
    apiKey: options.apiKey,
    ...clientSeams(options),
  });
}
