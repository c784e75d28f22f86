import type { FaultInjector } from '../kit/faults';
import { startSimServer, type SimServer } from '../kit/server';
import { DOCFAV_BASE_PATH, createDocfavRouter, decorateDocfav, renderDocfavFault } from './routes';
import { seedDocfav } from './seed';
import { DocfavStore } from './store';

export { DocfavStore, DEFAULT_RATE_LIMIT_PER_HOUR } from './store';
export type { DocfavStoreOptions, RateLimitState } from './store';
export * from './seed';
export { DOCFAV_BASE_PATH, createDocfavRouter } from './routes';
export * from './types';

export interface DocfavSimulatorOptions {
  /** The simulator's clock. A Date pins it; a function lets tests move time. */
  now?: Date | (() => Date);
  /** 0 (default) picks a free port. */
  port?: number;
  /** Load the demo practice (default true); false starts empty for hand-built fixtures. */
  seed?: boolean;
  faults?: FaultInjector;
  /** Hourly budget of the demo key and of keys added later without one (default 1000). */
  rateLimitPerHour?: number;
}

export interface DocfavSimulator {
  url: string;
  /** e.g. http://127.0.0.1:1234/api-connector/v1 */
  baseUrl: string;
  store: DocfavStore;
  faults: FaultInjector;
  close(): Promise<void>;
  requestCount(): number;
  observe: SimServer['observe'];
}

export async function startDocfavSimulator(
  options: DocfavSimulatorOptions = {},
): Promise<DocfavSimulator> {
  const { now } = options;
  const clock = now instanceof Date ? () => new Date(now.getTime()) : now;
  const store = new DocfavStore({
    ...(clock ? { now: clock } : {}),
    ...(options.rateLimitPerHour === undefined
      ? {}
      : { rateLimitPerHour: options.rateLimitPerHour }),
  });
  const load = () => {
    store.clear();
    if (options.seed ?? true) seedDocfav(store);
  };
  load();

  const server = await startSimServer({
    name: 'docfav',
    router: createDocfavRouter(store),
    basePath: DOCFAV_BASE_PATH,
    renderFault: (status, retryAfter) => renderDocfavFault(store, status, retryAfter),
    decorate: (req, res) => decorateDocfav(store, req, res),
    reset: load,
    ...(options.faults ? { faults: options.faults } : {}),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return { ...server, store };
}
