import { FaultInjector, type FaultRule } from '../kit/faults';
import { startSimServer, type SimResponse, type SimServer } from '../kit/server';
import { createDoctenaRouter } from './routes';
import { seedDoctena } from './seed';
import { DoctenaStore } from './store';

export { DOCTENA_DEMO_LOGIN, DOCTENA_DEMO_PASSWORD, DEMO_CALENDARS, seedDoctena } from './seed';
export { DoctenaStore } from './store';
export type {
  Blocking,
  Booking,
  BookingStatus,
  Calendar,
  SentNotification,
  Timeblock,
} from './store';

export interface DoctenaSimulatorOptions {
  /** The simulator's clock: a function, or a fixed instant. Defaults to the real clock. */
  now?: Date | (() => Date);
  /** Defaults to a random free port. */
  port?: number;
  /** Load the demo practice (also on `/__sim/reset`). Default true. */
  seed?: boolean;
  faults?: FaultInjector | FaultRule[];
}

export interface DoctenaSimulator extends SimServer {
  store: DoctenaStore;
}

export function renderDoctenaFault(
  status: 429 | 500 | 503,
  retryAfterSeconds: number,
): SimResponse {
  const error =
    status === 429
      ? 'Too many requests'
      : status === 503
        ? 'Service unavailable'
        : 'Internal server error';
  return {
    status,
    body: { error },
    headers: status === 429 ? { 'Retry-After': String(retryAfterSeconds) } : {},
  };
}

export async function startDoctenaSimulator(
  options: DoctenaSimulatorOptions = {},
): Promise<DoctenaSimulator> {
  const { now } = options;
  const clock = typeof now === 'function' ? now : now ? () => new Date(now) : () => new Date();
  const store = new DoctenaStore({ now: clock });
  const seed = options.seed ?? true;
  const reset = () => {
    store.clear();
    if (seed) seedDoctena(store, { now: clock() });
  };
  reset();

  let faults: FaultInjector;
  if (options.faults instanceof FaultInjector) faults = options.faults;
  else {
    faults = new FaultInjector();
    for (const rule of options.faults ?? []) faults.add(rule);
  }

  const server = await startSimServer({
    name: 'doctena',
    router: createDoctenaRouter(store),
    basePath: '/api/v2',
    renderFault: renderDoctenaFault,
    // The Date header follows the simulated clock, so clients that sync by it stay consistent.
    decorate: (_req, res) => ({
      ...res,
      headers: { ...res.headers, Date: clock().toUTCString() },
    }),
    reset,
    faults,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return { ...server, store };
}
