/**
 * Fetches that stand between a desk and the simulators, to make the network misbehave on cue: an
 * answer that never arrives after the server acted, a desk that dies, a request held until the
 * test lets go, random delays, and several desks held at one point so that they race.
 */

const pathOf = (input: string | URL | Request) =>
  new URL(input instanceof Request ? input.url : String(input)).pathname;
const methodOf = (init: RequestInit | undefined) => (init?.method ?? 'GET').toUpperCase();

/** A request that is never answered; it fails only when its signal aborts (a client timeout). */
const never = (signal: AbortSignal | null | undefined, onHeld: () => void = () => undefined) =>
  new Promise<Response>((_, reject) => {
    onHeld();
    signal?.addEventListener('abort', () => reject(new Error('aborted')));
  });

export interface Tap {
  fetch: typeof fetch;
  /** The next `times` matching requests reach the server, then their answer never arrives. */
  holdAnswer(method: string, path: RegExp, times?: number): void;
  /** Forgets holds that were not used up. */
  clear(): void;
  /**
   * The desk dies: from now on no request leaves and no answer arrives, as when its process is
   * killed. Whatever it was doing stops where it stands.
   */
  cut(): void;
}

export function createTap(inner: typeof fetch = globalThis.fetch): Tap {
  const holds: { method: string; path: RegExp; times: number }[] = [];
  let dead = false;
  const tapped: typeof fetch = async (input, init) => {
    if (dead) return never(init?.signal);
    const response = await inner(input, init);
    if (dead) return never(init?.signal);
    const method = methodOf(init);
    const path = pathOf(input);
    const hold = holds.find((h) => h.times > 0 && h.method === method && h.path.test(path));
    if (!hold) return response;
    hold.times -= 1;
    await response.text();
    return never(init?.signal);
  };
  return {
    fetch: tapped,
    holdAnswer: (method, path, times = 1) => holds.push({ method, path, times }),
    clear: () => {
      holds.length = 0;
    },
    cut: () => {
      dead = true;
    },
  };
}

export interface Hold {
  fetch: typeof fetch;
  /** Resolves once the first matching request is held. */
  held: Promise<void>;
}

/**
 * A fetch that holds the first request matching `method` and `path` for good (until its signal
 * aborts): `lost-answer` lets it reach the server first (the write happened, its answer is
 * lost), `hang` never sends it.
 */
export function holdFirst(
  method: string,
  path: RegExp,
  mode: 'lost-answer' | 'hang',
  inner: typeof fetch = globalThis.fetch,
): Hold {
  let taken = false;
  let announce: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    announce = resolve;
  });
  const wrapped: typeof fetch = async (input, init) => {
    const matches = !taken && methodOf(init) === method && path.test(pathOf(input));
    if (!matches) return inner(input, init);
    taken = true;
    if (mode === 'hang') return never(init?.signal, announce);
    const response = await inner(input, init);
    await response.text();
    return never(init?.signal, announce);
  };
  return { fetch: wrapped, held };
}

/** A fetch that waits a random moment before sending and before answering. */
export function jitteryFetch(random: () => number, maxDelayMs: number): typeof fetch {
  const pause = () => new Promise((resolve) => setTimeout(resolve, random() * maxDelayMs));
  return async (input, init) => {
    await pause();
    const response = await globalThis.fetch(input, init);
    const body = await response.arrayBuffer();
    await pause();
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/**
 * Holds each PC's first read of Doctena blockings in a round until every PC has made its own, so
 * all of them plan on the same state and then write at once: the race happens in every round,
 * however the machine schedules the processes.
 */
export class ReadBarrier {
  private waiting: (() => void)[] = [];
  private parties = 0;
  private readonly arrived = new Set<string>();

  arm(parties: number): void {
    this.parties = parties;
    this.arrived.clear();
    this.waiting = [];
  }

  wrap(name: string, inner: typeof fetch): typeof fetch {
    return async (input, init) => {
      const read = methodOf(init) === 'GET';
      if (
        this.parties > 0 &&
        read &&
        /\/blockings$/.test(pathOf(input)) &&
        !this.arrived.has(name)
      ) {
        this.arrived.add(name);
        await new Promise<void>((resolve) => {
          this.waiting.push(resolve);
          if (this.arrived.size >= this.parties) {
            this.parties = 0;
            for (const release of this.waiting) release();
          }
        });
      }
      return inner(input, init);
    };
  }
}
