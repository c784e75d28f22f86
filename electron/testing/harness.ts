import type { AccountRuntime } from '../accounts/sources';
import type { SyncEngine } from '../sync/engine';
import {
  buildDesk,
  buildEngine,
  buildPc,
  docfavClientOn,
  doctenaClientOn,
  runtimesOn,
  type ClientOptions,
  type Desk,
  type DeskOptions,
  type EngineOptions,
  type Pc,
  type PcOptions,
  type RuntimeOptions,
} from './builders';
import { createClock, startPlatforms, type PlatformOptions, type Platforms } from './platforms';
import { servicesOn, type ServicesSetup, type TestRuntime } from './services';

/**
 * The one way an integration test (`*.int.test.ts`) sets itself up. `startHarness()` starts both
 * simulators over real HTTP on one clock, with two accounts on them, and a desk ready to act
 * (sync engine, actions, move recovery) behind a tap on its fetch and with a memory logger.
 * Anything else a test needs (a PC running the guard, a sync engine of its own, the whole app
 * through `createServices`, a vendor client alone) is built from it on the same clock and stopped
 * by the one `await h.close()`. `harness.test.ts` checks that no integration test goes around it.
 */

export interface HarnessOptions extends PlatformOptions, DeskOptions {
  /**
   * Another harness's simulators: two harnesses on the same platforms are two desks. This one's
   * clock starts at the other's time and then moves on its own; closing it leaves the simulators.
   */
  sharedWith?: Harness;
}

export interface Harness extends Desk, Omit<Platforms, 'clock' | 'close'> {
  /** The desk's clock; on the harness that started the simulators, theirs too. */
  now: () => Date;
  setNow(date: Date): void;
  /** Another set of the accounts' clients and sources (default: the real fetch, this logger). */
  accountRuntimes(options?: RuntimeOptions): Map<string, AccountRuntime>;
  /** A sync engine of its own (default: new sources, this logger, pushes dropped). */
  syncEngine(options?: EngineOptions): SyncEngine;
  /** A PC running the double-booking guard, with its own clients and logger. */
  pc(options?: PcOptions): Pc;
  /** The whole app on memory stores; started by the test, stopped by `close`. */
  services(options?: ServicesSetup): TestRuntime;
  /** A Doctena client alone, for the `dt` login (default: the demo password, 1.5 s timeout). */
  doctenaClient(
    options?: ClientOptions & { password?: string },
  ): ReturnType<typeof doctenaClientOn>;
  /** A Docfav client alone (default: the demo key, 1.5 s timeout). */
  docfavClient(options?: ClientOptions & { apiKey?: string }): ReturnType<typeof docfavClientOn>;
  /** The simulators and accounts under this harness, for `sharedWith`. */
  platforms(): Platforms;
  /** Stops everything built here, then closes the simulators if this harness started them. */
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const shared = options.sharedWith;
  const platforms: Platforms = shared ? shared.platforms() : await startPlatforms(options);
  const clock = shared ? createClock(shared.now()) : platforms.clock;
  const { now } = clock;
  const desk = buildDesk(platforms, now, options);
  const stops: (() => unknown)[] = [
    () => desk.engine.stop(),
    () => desk.moves.stop(),
    () => desk.bookings.stop(),
  ];
  const track = <T>(built: T, stop: (built: T) => unknown): T => {
    stops.push(() => stop(built));
    return built;
  };
  const { doctena, docfav, accounts, secretFor, requests } = platforms;
  const defaultSecret = (id: string) => secretFor(id) ?? '';

  const harness: Harness = {
    ...desk,
    doctena,
    docfav,
    accounts,
    secretFor,
    requests,
    now,
    setNow: clock.setNow,
    platforms: () => platforms,
    accountRuntimes: (o = {}) => runtimesOn(platforms, now, { logger: desk.logger, ...o }),
    syncEngine: (o = {}) =>
      track(buildEngine(platforms, now, { logger: desk.logger, ...o }), (e) => e.stop()),
    pc: (o = {}) => track(buildPc(platforms, now, o), (pc) => pc.guard.stop()),
    services: (o = {}) => track(servicesOn(platforms, now, o), (runtime) => runtime.stop()),
    doctenaClient: (o = {}) =>
      doctenaClientOn(platforms, { logger: desk.logger, password: defaultSecret('dt'), ...o }),
    docfavClient: (o = {}) =>
      docfavClientOn(platforms, { logger: desk.logger, apiKey: defaultSecret('df'), ...o }),
    close: async () => {
      // Newest first: the app and its guards stop before the engines they read from. One that
      // fails to stop still lets the others stop and the simulators close.
      const failures: unknown[] = [];
      for (const stop of stops.splice(0).reverse()) {
        await Promise.resolve()
          .then(stop)
          .catch((e: unknown) => failures.push(e));
      }
      if (!shared) await platforms.close();
      if (failures.length > 0) throw failures[0];
    },
  };
  return harness;
}

export type {
  ClientOptions,
  Desk,
  DeskOptions,
  EngineOptions,
  MemoryLogger,
  Pc,
  PcOptions,
  RuntimeOptions,
} from './builders';
export * from './fakes';
export * from './fetches';
export * from './guard';
// Not `startPlatforms`: a test starts the simulators through `startHarness` only.
export {
  GENERAL,
  IDS,
  LUCIA,
  LUCIA_DOCTENA,
  NOW,
  PAEDIATRICS,
  WEEK,
  WEEK_MS,
  type AccountId,
  type PlatformOptions,
  type Platforms,
  type TestClock,
} from './platforms';
export * from './records';
export { createTestServices, type ServicesSetup, type TestRuntime } from './services';
export * from './timing';
