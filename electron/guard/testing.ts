import { isoWeekInZone } from '../../shared/time';
import {
  DEFAULT_SETTINGS,
  type DocfavAccount,
  type DoctenaAccount,
  type GuardMapping,
  type Settings,
} from '../../shared/settings';
import {
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  DOCFAV_DEMO_TIMEZONE,
  startDocfavSimulator,
  type Appointment,
  type DocfavSimulator,
} from '../../simulators/docfav';
import {
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
  type Blocking,
  type DoctenaSimulator,
} from '../../simulators/doctena';
import { buildRuntimes, type AccountRuntime } from '../accounts/sources';
import { systemClock, type Clock } from '../vendors/clock';
import { createMemoryLogger } from '../vendors/testing';
import { Guard, type GuardOptions } from './guard';
import { mergeIntervals, overlaps, type Interval } from './intervals';
import { MIRROR_TITLES, type MirrorKind } from './marker';

/**
 * The guard against both simulators over real HTTP, for the integration tests. Each "PC" has its
 * own clients, sources, logger and guard, like two reception desks sharing the same accounts.
 */

export const NOW = new Date('2026-11-24T09:00:00Z'); // Tuesday, 10:00 in Madrid and Berlin
export const LUCIA = DOCFAV_DEMO_IDS.staffCalendars.lucia;
/** A Doctena calendar of the same practitioner, added to the Doctena demo for these tests. */
export const LUCIA_DOCTENA = '5f3c1a2b4d6e8f0a1b2c3d0a';
export const WEEK_MS = 7 * 86_400_000;

export interface Simulators {
  doctena: DoctenaSimulator;
  docfav: DocfavSimulator;
  now: () => Date;
  setNow(date: Date): void;
  close(): Promise<void>;
}

export async function startSimulators(): Promise<Simulators> {
  let clock = NOW;
  const now = () => clock;
  const [doctena, docfav] = await Promise.all([
    startDoctenaSimulator({ now }),
    startDocfavSimulator({ now }),
  ]);
  doctena.store.addCalendar({
    _id: LUCIA_DOCTENA,
    name: 'Physiotherapie',
    profile_name: 'Dr. Lucia Fernandez',
  });
  doctena.store.grant(DOCTENA_DEMO_LOGIN, LUCIA_DOCTENA);
  return {
    doctena,
    docfav,
    now,
    setNow: (date) => {
      clock = date;
    },
    close: async () => {
      await Promise.all([doctena.close(), docfav.close()]);
    },
  };
}

export const LUCIA_MAPPING: GuardMapping = {
  docfav: { accountId: 'df', calendarId: LUCIA },
  doctena: { accountId: 'dt', calendarId: LUCIA_DOCTENA },
  enabled: true,
};

export function guardSettings(guard: Partial<Settings['guard']> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    guard: { mappings: [LUCIA_MAPPING], weeksAhead: 2, mirrorReservations: false, ...guard },
  };
}

export interface Pc {
  guard: Guard;
  runtimes: Map<string, AccountRuntime>;
  logger: ReturnType<typeof createMemoryLogger>;
  emitted: { event: string; payload: unknown }[];
  settings(): Settings;
  /** Changes this PC's guard settings, as settings:update would. */
  setGuard(guard: Partial<Settings['guard']>): void;
}

const FAST_RETRY = { retries: 1, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 1_000 };

export function createPc(
  sims: Simulators,
  options: {
    settings?: Settings;
    fetch?: typeof fetch;
    /** Long by default: no test here waits for a client timeout (see `timeoutSwitch`). */
    timeoutMs?: number;
    /** The HTTP layer's clock, e.g. a `timeoutSwitch`. */
    clock?: Clock;
    /** Repeats of a failed read or idempotent write in the HTTP layer (default 1). */
    retries?: number;
    guard?: Partial<GuardOptions>;
  } = {},
): Pc {
  const logger = createMemoryLogger();
  const dt: DoctenaAccount = {
    id: 'dt',
    vendor: 'doctena',
    label: 'Doctena',
    baseUrl: sims.doctena.baseUrl,
    login: DOCTENA_DEMO_LOGIN,
    timezone: 'Europe/Berlin',
  };
  const df: DocfavAccount = {
    id: 'df',
    vendor: 'docfav',
    label: 'Docfav',
    baseUrl: sims.docfav.baseUrl,
    clinicIds: [],
  };
  const secrets = new Map([
    ['dt', DOCTENA_DEMO_PASSWORD],
    ['df', DOCFAV_DEMO_API_KEY],
  ]);
  const built = buildRuntimes([dt, df], {
    fetch: options.fetch ?? globalThis.fetch,
    logger: logger,
    now: sims.now,
    secretFor: (id) => secrets.get(id),
    client: {
      timeoutMs: options.timeoutMs ?? 10_000,
      http: {
        retry: { ...FAST_RETRY, retries: options.retries ?? FAST_RETRY.retries },
        ...(options.clock ? { clock: options.clock } : {}),
      },
    },
  });
  const runtimes = new Map<string, AccountRuntime>(built.runtimes.map((r) => [r.account.id, r]));
  let settings = options.settings ?? guardSettings();
  const emitted: Pc['emitted'] = [];
  const guard = new Guard({
    settings: () => settings,
    accounts: () => runtimes,
    emit: (event, payload) => emitted.push({ event, payload }),
    logger,
    now: sims.now,
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

/** The guard's blockings of one kind on a Doctena calendar, in the simulator's store (a series
 * is never the guard's, whatever its title). */
export function mirrorsIn(
  sims: Pick<Simulators, 'doctena'>,
  calendarId = LUCIA_DOCTENA,
  kind: MirrorKind = 'appointment',
): Blocking[] {
  return [...sims.doctena.store.blockings.values()].filter(
    (b) => b.calendar_id === calendarId && b.title === MIRROR_TITLES[kind] && b.recurrence === '',
  );
}

export function asIntervals(blockings: readonly Blocking[]): Interval[] {
  return blockings
    .map((b) => ({ start: b.starts.getTime(), end: b.ends.getTime() }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const LIVE = (a: Appointment) => a.behaviour !== 'cancelled' && a.behaviour !== 'no_show';

/**
 * What the guard should have mirrored, worked out from the Docfav store independently of the
 * guard's own code: live appointments of the staff calendar in the clinic-weeks read, merged,
 * keeping those that overlap [now, now + weeks).
 */
export function expectedBusy(sims: Simulators, weeks: number, calendarId = LUCIA): Interval[] {
  const now = sims.now().getTime();
  const window = { start: now, end: now + weeks * WEEK_MS };
  const read = {
    start: isoWeekInZone(window.start, DOCFAV_DEMO_TIMEZONE).start.getTime(),
    end: isoWeekInZone(window.end - 1, DOCFAV_DEMO_TIMEZONE).end.getTime(),
  };
  const appointments = [...sims.docfav.store.appointments.values()]
    .filter((a) => a.staffCalendarId === calendarId && LIVE(a))
    .map((a) => ({ start: a.from.getTime(), end: a.to.getTime() }))
    .filter((i) => overlaps(i, read));
  return mergeIntervals(appointments).filter((i) => overlaps(i, window));
}

export function addAppointment(
  sims: Simulators,
  from: Date,
  minutes: number,
  calendarId = LUCIA,
): Appointment {
  const client = [...sims.docfav.store.clients.values()][0];
  return sims.docfav.store.createAppointment({
    clinicId: DOCFAV_DEMO_IDS.clinic,
    clientId: client?.id ?? null,
    serviceId: DOCFAV_DEMO_IDS.services.fisioterapia,
    staffCalendarId: calendarId,
    from,
    to: new Date(from.getTime() + minutes * 60_000),
    behaviour: 'confirmed',
    sale_status: 'pending',
    note: 'Dolor lumbar desde hace dos semanas',
    price: 4500,
    source: 'backoffice',
    sendReminder: false,
  });
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

/** Deterministic pseudo-random numbers in [0, 1), so a failing round can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A clock for the HTTP layer whose timeouts never fire by themselves: the test fires them when a
 * request it holds is the only one in flight, so a "hung" request times out at a known moment
 * however busy the machine is, and nothing else ever does.
 */
export interface TimeoutSwitch extends Clock {
  pending(): number;
  /** Fires every timeout pending now; returns how many. */
  fire(): number;
}

export function timeoutSwitch(): TimeoutSwitch {
  const pending = new Set<() => void>();
  return {
    now: systemClock.now,
    sleep: systemClock.sleep,
    setTimer: (fn) => {
      const entry = () => {
        pending.delete(entry);
        fn();
      };
      pending.add(entry);
      return () => pending.delete(entry);
    },
    pending: () => pending.size,
    fire: () => {
      const due = [...pending];
      for (const entry of due) entry();
      return due.length;
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
  const holdOn = (init: RequestInit | undefined) =>
    new Promise<Response>((_, reject) => {
      announce();
      init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
    });
  const wrapped: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const matches =
      !taken && (init?.method ?? 'GET').toUpperCase() === method && path.test(url.pathname);
    if (!matches) return inner(input, init);
    taken = true;
    if (mode === 'hang') return holdOn(init);
    const response = await inner(input, init);
    await response.text();
    return holdOn(init);
  };
  return { fetch: wrapped, held };
}

/** The guard's debounce timer, stepped by the test instead of by time. */
export interface ManualSchedule {
  schedule: NonNullable<GuardOptions['schedule']>;
  pending(): number;
  /** Runs what is due, as the timer would have. */
  fire(): void;
}

export function manualSchedule(): ManualSchedule {
  const due = new Set<() => void>();
  return {
    schedule: (run) => {
      const entry = () => {
        due.delete(entry);
        run();
      };
      due.add(entry);
      return () => due.delete(entry);
    },
    pending: () => due.size,
    fire: () => {
      for (const entry of [...due]) entry();
    },
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
      const url = new URL(input instanceof Request ? input.url : String(input));
      const read = (init?.method ?? 'GET').toUpperCase() === 'GET';
      if (
        this.parties > 0 &&
        read &&
        /\/blockings$/.test(url.pathname) &&
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
