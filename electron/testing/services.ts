import { vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { silentLogger } from '../log';
import { createServices, type Runtime, type ServicesOptions } from '../core/services';
import { createMemorySecretStore, createMemorySettingsStore } from '../core/stores';
import type { Platforms } from './platforms';

/**
 * The whole app as `createServices` wires it (dispatcher, sync engine, guard, moves), on memory
 * stores: either against the platforms or with no network at all.
 */

const APP = { name: 'Frontdesk', version: '0.0.0', platform: 'linux' } as const;

export interface TestRuntime extends Runtime {
  /** Every push event the app sent, after validation. */
  pushed: { event: string; payload: unknown }[];
}

export interface ServicesSetup extends Partial<Omit<ServicesOptions, 'settings' | 'secrets'>> {
  /**
   * The platforms' two accounts with their secrets (default), or none: the app then starts its
   * demo practice (unless `demoWhenEmpty` is false), on simulators of its own.
   */
  accounts?: boolean;
  /** Settings over the defaults; `accounts` above decides the accounts. */
  settings?: Partial<Settings>;
}

export function servicesOn(p: Platforms, now: () => Date, setup: ServicesSetup = {}): TestRuntime {
  const { accounts = true, settings = {}, push, ...rest } = setup;
  const secrets = createMemorySecretStore();
  if (accounts) {
    for (const id of ['dt', 'df']) secrets.set(id, p.secretFor(id) ?? '');
  }
  const pushed: TestRuntime['pushed'] = [];
  const runtime = createServices({
    app: APP,
    logger: silentLogger,
    fetch: globalThis.fetch,
    now,
    demoWhenEmpty: !accounts,
    ...rest,
    settings: createMemorySettingsStore({
      ...DEFAULT_SETTINGS,
      ...settings,
      accounts: accounts ? [p.accounts.dt, p.accounts.df] : (settings.accounts ?? []),
    }),
    secrets,
    push: (event, payload) => {
      pushed.push({ event, payload });
      push?.(event, payload);
    },
  });
  return { ...runtime, pushed };
}

/** Services on memory stores with a fetch that records (and refuses) every vendor call. */
export function createTestServices(settings?: unknown) {
  const fetch = vi.fn<typeof globalThis.fetch>(() =>
    Promise.reject(new Error('no network in tests')),
  );
  const pushed: { event: string; payload: unknown }[] = [];
  const applied: unknown[] = [];
  const created = createServices({
    app: { name: 'Frontdesk', version: '1.2.3', platform: 'linux' },
    settings: createMemorySettingsStore(settings),
    secrets: createMemorySecretStore(),
    logger: silentLogger,
    fetch,
    push: (event, payload) => pushed.push({ event, payload }),
    applySettings: (s) => applied.push(s),
    demoWhenEmpty: false,
  });
  return { ...created, fetch, pushed, applied };
}
