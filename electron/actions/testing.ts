import { eventId } from '../../shared/domain';
import type { DocfavAccount, DoctenaAccount } from '../../shared/settings';
import {
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  startDocfavSimulator,
  type AppointmentStatus,
  type DocfavSimulator,
} from '../../simulators/docfav';
import {
  DEMO_CALENDARS,
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
  type BookingStatus,
  type DoctenaSimulator,
} from '../../simulators/doctena';
import { buildRuntimes, type AccountRuntime } from '../accounts/sources';
import type { Logger } from '../log';
import { SyncEngine } from '../sync/engine';
import type { TimeRange } from '../sync/source';
import { createMemoryLogger } from '../vendors/testing';
import { MoveRecovery } from './docfav-move/recovery';
import { createActions, type Actions } from './index';
import { createMemoryJournal, type Journal } from './journal';

/**
 * The actions against both simulators over real HTTP, with one shared clock, for the integration
 * tests. The clients get a short timeout and quick retries so failure paths run in milliseconds,
 * and a tap on fetch that can hold a response back after the server has acted on the request (a
 * write that "timed out" but happened).
 */

export const NOW = new Date('2026-11-24T09:00:00Z'); // Tuesday, 10:00 in Berlin and Madrid
export const WEEK: TimeRange = {
  from: new Date('2026-11-23T00:00:00+01:00'),
  to: new Date('2026-11-30T00:00:00+01:00'),
};
export const GENERAL = DEMO_CALENDARS.general._id;
export const PAEDIATRICS = DEMO_CALENDARS.paediatrics._id;
export const IDS = DOCFAV_DEMO_IDS;
export const LUCIA = IDS.staffCalendars.lucia;

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

function createTap(): Tap {
  const holds: { method: string; path: RegExp; times: number }[] = [];
  let dead = false;
  const never = (signal: AbortSignal | null | undefined) =>
    new Promise<Response>((_, reject) => {
      signal?.addEventListener('abort', () => reject(new Error('aborted')));
    });
  const tapped: typeof fetch = async (input, init) => {
    if (dead) return never(init?.signal);
    const response = await globalThis.fetch(input, init);
    if (dead) return never(init?.signal);
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = new URL(input instanceof Request ? input.url : String(input));
    const hold = holds.find((h) => h.times > 0 && h.method === method && h.path.test(url.pathname));
    if (!hold) return response;
    hold.times -= 1;
    await response.text();
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
    });
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

export interface Harness {
  doctena: DoctenaSimulator;
  docfav: DocfavSimulator;
  engine: SyncEngine;
  actions: Actions;
  moves: MoveRecovery;
  journal: Journal;
  runtimes: Map<string, AccountRuntime>;
  logger: ReturnType<typeof createMemoryLogger>;
  tap: Tap;
  emitted: { event: string; payload: unknown }[];
  now: () => Date;
  setNow(date: Date): void;
  /** Requests both simulators have answered so far. */
  requests(): number;
  close(): Promise<void>;
}

const FAST_RETRY = { retries: 2, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 };

export async function startHarness(
  options: {
    timeoutMs?: number;
    rateLimitPerHour?: number;
    /** A journal to share with a second harness (a desk restarted after a crash). */
    journal?: Journal;
    moveTiming?: { settleMs?: number; verifyMs?: number };
    /** Another desk's simulators: two harnesses on the same platforms are two desks. */
    sharedWith?: Harness;
  } = {},
): Promise<Harness> {
  let clock = options.sharedWith?.now() ?? NOW;
  const now = () => clock;
  const [doctena, docfav] = options.sharedWith
    ? [options.sharedWith.doctena, options.sharedWith.docfav]
    : await Promise.all([
        startDoctenaSimulator({ now }),
        startDocfavSimulator({
          now,
          ...(options.rateLimitPerHour ? { rateLimitPerHour: options.rateLimitPerHour } : {}),
        }),
      ]);
  const ownsSimulators = !options.sharedWith;
  const logger = createMemoryLogger();
  const log: Logger = logger;
  const tap = createTap();
  const timeoutMs = options.timeoutMs ?? 5_000;

  const dt: DoctenaAccount = {
    id: 'dt',
    vendor: 'doctena',
    label: 'Doctena',
    baseUrl: doctena.baseUrl,
    login: DOCTENA_DEMO_LOGIN,
    timezone: 'Europe/Berlin',
  };
  const df: DocfavAccount = {
    id: 'df',
    vendor: 'docfav',
    label: 'Docfav',
    baseUrl: docfav.baseUrl,
    clinicIds: [],
  };
  const secrets = new Map([
    ['dt', DOCTENA_DEMO_PASSWORD],
    ['df', DOCFAV_DEMO_API_KEY],
  ]);
  const built = buildRuntimes([dt, df], {
    fetch: tap.fetch,
    logger: log,
    now: now,
    secretFor: (id) => secrets.get(id),
    client: { timeoutMs: timeoutMs, http: { retry: FAST_RETRY } },
  });
  const runtimes = new Map<string, AccountRuntime>(built.runtimes.map((r) => [r.account.id, r]));
  const emitted: Harness['emitted'] = [];
  const engine: SyncEngine = new SyncEngine({
    emit: (event, payload) => emitted.push({ event, payload }),
    logger: log,
    now,
    pollIntervalMs: () => 60_000,
    annotate: () => ({
      conflicts: [],
      mirrorIds: [],
      ...moves.calendarView(),
    }),
  });
  engine.setSources([...runtimes.values()].map((r) => r.source));
  const journal = options.journal ?? createMemoryJournal();
  const moves: MoveRecovery = new MoveRecovery({
    journal,
    accounts: () => runtimes,
    sync: engine,
    emit: (payload) => emitted.push({ event: 'move:settled', payload }),
    logger: log,
    now,
    ...options.moveTiming,
  });
  const actions = createActions({
    sync: engine,
    accounts: () => runtimes,
    logger: log,
    now,
    moves,
  });

  return {
    doctena,
    docfav,
    engine,
    actions,
    moves,
    journal,
    runtimes,
    logger,
    tap,
    emitted,
    now,
    setNow: (date) => {
      clock = date;
    },
    requests: () => doctena.requestCount() + docfav.requestCount(),
    close: async () => {
      engine.stop();
      moves.stop();
      if (ownsSimulators) await Promise.all([doctena.close(), docfav.close()]);
    },
  };
}

/** Rejects with the AppError-like value a promise fails with; fails the test if it succeeds. */
export async function failure(promise: Promise<unknown>): Promise<{
  code: string;
  message: string;
  details?: Record<string, unknown>;
}> {
  const err: unknown = await promise.then(
    () => new Error('expected a failure, got success'),
    (e: unknown) => e,
  );
  if (err instanceof Error && 'code' in err) {
    return err as Error & { code: string; details?: Record<string, unknown> };
  }
  throw err instanceof Error ? err : new Error(String(err));
}

const MINUTE = 60_000;

export function doctenaBookingId(vendorId: string): string {
  return eventId('doctena', 'dt', 'doctena-booking', vendorId);
}
export function doctenaBlockingId(vendorId: string): string {
  return eventId('doctena', 'dt', 'doctena-blocking', vendorId);
}
export function docfavAppointmentId(vendorId: string): string {
  return eventId('docfav', 'df', 'docfav-appointment', vendorId);
}

/** A Doctena booking of a fictional patient, made a day before `NOW`. */
export function addDoctenaBooking(
  h: Harness,
  start: string,
  options: { minutes?: number; status?: BookingStatus; calendarId?: string } = {},
) {
  const starts = new Date(start);
  return h.doctena.store.addBooking({
    calendar_id: options.calendarId ?? GENERAL,
    starts,
    ends: new Date(starts.getTime() + (options.minutes ?? 30) * MINUTE),
    contact: {
      first_name: 'Erika Musterfrau',
      email: 'erika.musterfrau@example.org',
      phone_number: '+49 30 5550199',
    },
    reason: 'Impfung',
    status: options.status ?? 'WAITING',
    created_at: new Date(NOW.getTime() - 86_400_000),
  });
}

/** Lucía's agenda emptied, so her week holds only what a test puts there. */
export function clearLucia(h: Harness): void {
  for (const [id, a] of h.docfav.store.appointments) {
    if (a.staffCalendarId === LUCIA) h.docfav.store.appointments.delete(id);
  }
}

export function demoClientId(h: Harness): string {
  const client = [...h.docfav.store.clients.values()][0];
  if (!client) throw new Error('the Docfav demo has no clients');
  return client.id;
}

/** A Docfav appointment on Lucía's calendar for the first demo patient. */
export function addDocfavAppointment(
  h: Harness,
  start: string,
  options: { minutes?: number; behaviour?: AppointmentStatus; note?: string | null } = {},
) {
  const from = new Date(start);
  return h.docfav.store.createAppointment({
    clinicId: IDS.clinic,
    clientId: demoClientId(h),
    serviceId: IDS.services.consulta,
    staffCalendarId: LUCIA,
    from,
    to: new Date(from.getTime() + (options.minutes ?? 30) * MINUTE),
    behaviour: options.behaviour ?? 'confirmed',
    sale_status: 'pending',
    note: options.note === undefined ? 'Primera visita' : options.note,
    price: 5000,
    source: 'backoffice',
    sendReminder: false,
  });
}

/** Live Docfav appointments of the demo patient on Lucía's calendar. */
export function liveAppointmentsOfPatient(h: Harness) {
  const client = demoClientId(h);
  return [...h.docfav.store.appointments.values()].filter(
    (a) => a.staffCalendarId === LUCIA && a.clientId === client && a.behaviour !== 'cancelled',
  );
}
