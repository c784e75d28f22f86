import type { LogFields, Logger } from '../log';
import type { Clock } from '../vendors/clock';

/**
 * Test doubles without a server: a clock whose sleeps return at once, a fetch that plays a script
 * (the HTTP layer's and the clients' unit tests), and a logger that keeps its lines. Nothing in
 * the app imports this.
 */

export interface FakeClock extends Clock {
  /** Every sleep asked for, in order: the retry delays. */
  sleeps: number[];
  timeoutsFired: number;
}

/** Sleeps advance `now` instantly; timers fire after a few real milliseconds, advancing `now`. */
export function createFakeClock(start = Date.parse('2026-03-06T08:00:00Z')): FakeClock {
  let now = start;
  const clock: FakeClock = {
    sleeps: [],
    timeoutsFired: 0,
    now: () => now,
    sleep: async (ms) => {
      clock.sleeps.push(ms);
      now += ms;
    },
    setTimer: (fn, ms) => {
      // A few real milliseconds: long enough for any scripted answer to win, short enough to keep
      // timeout tests fast.
      const handle = setTimeout(() => {
        now += ms;
        clock.timeoutsFired += 1;
        fn();
      }, 5);
      return () => clearTimeout(handle);
    },
  };
  return clock;
}

export type Step =
  | { status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  | 'hang'
  | 'network'
  | 'refused';

export interface RecordedCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface FakeFetch {
  fetch: typeof fetch;
  calls: RecordedCall[];
}

/** Plays `steps` in order; the last one repeats. */
export function createFakeFetch(steps: Step[]): FakeFetch {
  const calls: RecordedCall[] = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    calls.push({
      method: init?.method ?? 'GET',
      url: String(input),
      headers,
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === undefined) throw new Error('fake fetch: no script');
    if (step === 'hang') {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    }
    if (step === 'network')
      throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
    if (step === 'refused') {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    }
    const text = step.raw ?? (step.body === undefined ? '' : JSON.stringify(step.body));
    return new Response(step.status === 204 ? null : text, {
      status: step.status,
      headers: { 'Content-Type': 'application/json', ...step.headers },
    });
  }) as typeof fetch;
  return { fetch: fetchFn, calls };
}

export interface LogLine {
  level: string;
  message: string;
  fields: LogFields | undefined;
}

export function createMemoryLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: string) => (message: string, fields?: LogFields) => {
    lines.push({ level, message, fields });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
