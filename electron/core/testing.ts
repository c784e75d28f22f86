import { vi } from 'vitest';
import { silentLogger } from '../log';
import { createServices } from './services';
import { createMemorySecretStore, createMemorySettingsStore } from './stores';

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
