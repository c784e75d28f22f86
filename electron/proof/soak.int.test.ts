import { afterAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { DOCFAV_DEMO_API_KEY } from '../../simulators/docfav';
import type { FaultKind } from '../../simulators/kit/faults';
import { eventId } from '../../shared/domain';
import {
  docfavAppointmentId,
  doctenaBookingId,
  GENERAL,
  NOW,
  PAEDIATRICS,
  startHarness,
  type Harness,
} from '../testing/harness';
import type { TimeRange } from '../sync/source';

/**
 * A soak of each vendor with faults injected at random: reads (sync refreshes of random weeks)
 * and writes (status changes; Doctena blocked time; Docfav moves) one after another, as a busy
 * front desk would, with the simulated clock moving on 20 s per operation so that the Docfav
 * hourly budget is spent at a realistic pace. Every write is checked against the platform as soon
 * as it returns, and at the end, with the faults gone, one more sync must leave the app believing
 * exactly what the platform holds.
 *
 * FRONTDESK_SOAK_OPS sets the operations per vendor (default 120); a vendor's run also stops at
 * FRONTDESK_SOAK_SECONDS (default 50) of wall time, whichever comes first; FRONTDESK_SOAK_SEED
 * picks another (still reproducible) run.
 */

const OPS = Number(process.env.FRONTDESK_SOAK_OPS ?? 120);
const WALL_LIMIT_MS = Number(process.env.FRONTDESK_SOAK_SECONDS ?? 50) * 1000;
const SEED = Number(process.env.FRONTDESK_SOAK_SEED ?? 424242);
const STEP_MS = 20_000;
/** The Docfav default, which the API documentation calls the standard plan. */
const DOCFAV_LIMIT_PER_HOUR = 1000;
/** Per attempt; the `hang` fault holds an answer forever, so this is what ends it. */
const CLIENT_TIMEOUT_MS = 1_000;

const DAY = 86_400_000;
const WEEK_START = Date.parse('2026-11-23T00:00:00+01:00');
const weekAt = (offset: number): TimeRange => ({
  from: new Date(WEEK_START + offset * 7 * DAY),
  to: new Date(WEEK_START + (offset + 1) * 7 * DAY),
});
/** Everything the soak reads or writes lies in these weeks; they are compared at the end. */
const SOAKED = [-1, 0, 1, 2].map(weekAt);
const ALL: TimeRange = { from: SOAKED[0]!.from, to: SOAKED[SOAKED.length - 1]!.to };

type Vendor = 'doctena' | 'docfav';

const FAULTS: Record<Vendor, FaultKind[]> = {
  doctena: ['429', '500', '503', 'hang', 'drop', 'malformed-json'],
  // Docfav's 503 is its API_DISABLED envelope.
  docfav: ['429', '500', '503', 'hang', 'drop', 'malformed-json'],
};

/** Small, seeded and good enough: the same run every time. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('nothing to pick from');
      return items[Math.floor(next() * items.length)]!;
    },
    chance: (p: number) => next() < p,
  };
}

interface Figures {
  vendor: Vendor;
  operations: number;
  reads: number;
  writes: number;
  requests: number;
  faults: number;
  faultsByKind: Partial<Record<FaultKind, number>>;
  retries: number;
  userVisibleErrors: number;
  failedSyncs: number;
  /** A write whose answer contradicts what the platform then holds. */
  unreported: number;
  duplicates: number;
  lost: number;
  /** Double bookings the caller was told about, asking them to cancel one. */
  reportedDuplicates: number;
  /** Writes made on a record the calendar showed out of date (after a failed sync). */
  actedOnStale: number;
  /** Moves that booked again an appointment Docfav had already cancelled. */
  resurrected: number;
  /** Writes that succeeded but whose result the calendar did not show right after. */
  staleAfterSuccess: number;
  /** Of those, deleted blocked time still shown: the known bug in deleteBlocking (findings). */
  ghostBlockings: number;
  /**
   * Of those, new blocked time not shown until the next sync: createdEvents() in
   * electron/actions/blocking-create.ts returns Doctena's answer to the POST when the re-read
   * fails, but does not put it into the cache the calendar is drawn from.
   */
  unshownBlockings: number;
  mismatches: number;
  /** The clean sync at the end did not go through: the comparison means nothing then. */
  finalSyncFailed: boolean;
  /** 429s the simulator served because the hourly budget was spent (not injected ones). */
  budget429s: number;
  peakHourlyUse: number;
  wallMs: number;
}

const results: Figures[] = [];

type Column = [string, (f: Figures) => string | number];

function table(cols: Column[]): string[] {
  const widths = cols.map(([name, get]) =>
    Math.max(name.length, ...results.map((f) => String(get(f)).length)),
  );
  const row = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [
    row(cols.map(([name]) => name)),
    ...results.map((f) => row(cols.map(([, get]) => String(get(f))))),
  ];
}

afterAll(() => {
  if (results.length === 0) return;
  console.log(
    [
      `fault-injection soak (seed ${SEED}, ${STEP_MS / 1000} s simulated per operation, Docfav limit ${DOCFAV_LIMIT_PER_HOUR}/hour)`,
      ...table([
        ['vendor', (f) => f.vendor],
        ['ops', (f) => f.operations],
        ['reads', (f) => f.reads],
        ['writes', (f) => f.writes],
        ['requests', (f) => f.requests],
        ['faults', (f) => f.faults],
        ['retries', (f) => f.retries],
        ['user-visible errors', (f) => f.userVisibleErrors],
        ['(failed syncs)', (f) => f.failedSyncs],
        ['mismatches', (f) => f.mismatches],
        ['budget 429s', (f) => f.budget429s],
        ['peak budget/hour', (f) => f.peakHourlyUse],
        ['seconds', (f) => (f.wallMs / 1000).toFixed(1)],
      ]),
      'write integrity:',
      ...table([
        ['vendor', (f) => f.vendor],
        ['unreported', (f) => f.unreported],
        ['duplicated', (f) => f.duplicates],
        ['lost', (f) => f.lost],
        ['reported duplicates', (f) => f.reportedDuplicates],
        ['stale after ok', (f) => f.staleAfterSuccess],
        ['(deleted, shown)', (f) => f.ghostBlockings],
        ['(created, unshown)', (f) => f.unshownBlockings],
        ['acted on stale', (f) => f.actedOnStale],
        ['re-booked cancelled', (f) => f.resurrected],
      ]),
      ...results.map(
        (f) =>
          `${f.vendor} faults served: ${Object.entries(f.faultsByKind)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')}`,
      ),
    ].join('\n'),
  );
});

describe.each<Vendor>(['doctena', 'docfav'])('%s under injected faults', (vendor) => {
  it(
    'keeps every write reported, never duplicates one, and ends in step with the platform',
    async () => {
      const figures = await soak(vendor);
      results.push(figures);
      expect(figures.operations).toBeGreaterThan(20);
      expect(figures.faults).toBeGreaterThan(0);
      expect(figures.unreported, 'a write answered differently from what it did').toBe(0);
      expect(figures.duplicates, 'a write was applied twice').toBe(0);
      expect(figures.lost, 'a move lost the patient’s appointment').toBe(0);
      // Two known gaps when the re-read after a blocking write fails (see findings.int.test.ts and
      // Figures); any other write whose success the calendar does not show is new.
      expect(
        figures.staleAfterSuccess - figures.ghostBlockings - figures.unshownBlockings,
        'a write succeeded, but the calendar still shows the old state',
      ).toBe(0);
      expect(figures.finalSyncFailed, 'the clean sync at the end failed').toBe(false);
      expect(figures.mismatches, 'the app and the platform disagree after a clean sync').toBe(0);
      expect(figures.budget429s, 'retries spent the hourly budget').toBe(0);
    },
    WALL_LIMIT_MS + 30_000,
  );
});

async function soak(vendor: Vendor): Promise<Figures> {
  const h = await startHarness({
    timeoutMs: CLIENT_TIMEOUT_MS,
    rateLimitPerHour: DOCFAV_LIMIT_PER_HOUR,
  });
  try {
    return await run(h, vendor);
  } finally {
    await h.close();
  }
}

async function run(h: Harness, vendor: Vendor): Promise<Figures> {
  const random = prng(SEED + (vendor === 'docfav' ? 1 : 0));
  const sim = vendor === 'doctena' ? h.doctena : h.docfav;
  const accountId = vendor === 'doctena' ? 'dt' : 'df';
  // Only the vendor under test is synced, so every request and fault is that vendor's.
  h.engine.setSources([h.runtimes.get(accountId)!.source]);
  const f: Figures = {
    vendor,
    operations: 0,
    reads: 0,
    writes: 0,
    requests: 0,
    faults: 0,
    faultsByKind: {},
    retries: 0,
    userVisibleErrors: 0,
    failedSyncs: 0,
    unreported: 0,
    duplicates: 0,
    lost: 0,
    reportedDuplicates: 0,
    actedOnStale: 0,
    resurrected: 0,
    staleAfterSuccess: 0,
    ghostBlockings: 0,
    unshownBlockings: 0,
    mismatches: 0,
    finalSyncFailed: false,
    budget429s: 0,
    peakHourlyUse: 0,
    wallMs: 0,
  };
  const notes: string[] = [];
  const started = Date.now();
  let clock = NOW.getTime();
  const requestsBefore = sim.requestCount();
  const logStart = h.logger.lines.length;
  let lastDrift = 0;

  for (const range of SOAKED) await h.engine.refresh(range);

  for (let n = 0; n < OPS && Date.now() - started < WALL_LIMIT_MS; n++) {
    clock += STEP_MS;
    h.setNow(new Date(clock));
    sim.faults.clear();
    if (random.chance(0.6)) {
      for (let i = random.int(1, 2); i > 0; i--) {
        const kind = random.pick(FAULTS[vendor]);
        sim.faults.add({
          method: random.pick(['GET', 'GET', 'POST', 'PUT', 'DELETE', '*']),
          path: '/**',
          kind,
          times: random.int(1, 2),
          retryAfterSeconds: random.int(0, 1),
        });
      }
    }

    const injected = sim.faults.list();
    const kind = random.pick(
      vendor === 'doctena'
        ? (['read', 'read', 'status', 'status', 'block', 'unblock'] as const)
        : (['read', 'read', 'status', 'status', 'move', 'move'] as const),
    );
    f.operations += 1;
    if (kind === 'read') {
      f.reads += 1;
      const data = await h.engine.refresh(random.pick(SOAKED));
      if (data.accounts.some((a) => a.state === 'error')) {
        f.failedSyncs += 1;
        f.userVisibleErrors += 1;
      }
    } else {
      f.writes += 1;
      const outcome = await write(h, vendor, kind, random, n);
      if (outcome.visibleError) f.userVisibleErrors += 1;
      f.unreported += outcome.unreported;
      f.duplicates += outcome.duplicates;
      f.lost += outcome.lost;
      f.reportedDuplicates += outcome.reportedDuplicates ?? 0;
      if (outcome.resurrected !== undefined) f.actedOnStale += 1;
      f.resurrected += outcome.resurrected ?? 0;
      if (outcome.stale) {
        f.staleAfterSuccess += 1;
        outcome.note ??= 'succeeded, but the calendar does not show it';
      }
      if (outcome.stale && kind === 'unblock') f.ghostBlockings += 1;
      if (outcome.stale && kind === 'block') f.unshownBlockings += 1;
      if (outcome.note) {
        notes.push(`#${n} ${kind}: ${outcome.note}; faults ${JSON.stringify(injected)}`);
      }
    }
    sim.faults.clear();
    f.peakHourlyUse = Math.max(f.peakHourlyUse, hourlyUse(h, vendor));
    if (process.env.FRONTDESK_SOAK_TRACE) {
      // Where does the calendar first drift from the platform? (Slow: for hunting, not for CI.)
      const drift = vendor === 'doctena' ? compareDoctena(h) : compareDocfav(h);
      if (drift.length !== lastDrift) {
        notes.push(
          `#${n} ${kind}: drift ${lastDrift}→${drift.length} ${drift.slice(0, 3).join('; ')}`,
        );
        lastDrift = drift.length;
      }
    }
  }

  // Faults gone: one clean sync of everything soaked, then the app must believe what is there.
  sim.faults.clear();
  h.tap.clear();
  clock += STEP_MS;
  h.setNow(new Date(clock));
  for (const range of SOAKED) {
    const data = await h.engine.refresh(range);
    if (data.accounts.some((a) => a.state !== 'ok')) f.finalSyncFailed = true;
  }
  const mismatches = vendor === 'doctena' ? compareDoctena(h) : compareDocfav(h);
  f.mismatches = mismatches.length;
  f.duplicates += vendor === 'doctena' ? duplicateBlockings(h) : 0;
  f.peakHourlyUse = Math.max(f.peakHourlyUse, hourlyUse(h, vendor));

  f.requests = sim.requestCount() - requestsBefore;
  f.faultsByKind = Object.fromEntries(Object.entries(sim.faults.served).filter(([, v]) => v > 0));
  f.faults = Object.values(sim.faults.served).reduce((a, b) => a + b, 0);
  const lines = h.logger.lines
    .slice(logStart)
    .filter((l) => l.message === 'vendor request' && l.fields?.vendor === vendor);
  f.retries = lines.filter((l) => Number(l.fields?.attempt) > 1).length;
  const seen429 = lines.filter((l) => l.fields?.status === 429).length;
  f.budget429s = Math.max(0, seen429 - sim.faults.served['429']);
  f.wallMs = Date.now() - started;

  if (mismatches.length + notes.length > 0) {
    console.warn(`${vendor} soak findings:\n${[...notes, ...mismatches].join('\n')}`);
  }
  return f;
}

/** Requests spent from the demo key's current hourly window. */
function hourlyUse(h: Harness, vendor: Vendor): number {
  if (vendor !== 'docfav') return 0;
  const key = h.docfav.store.apiKeys.get(DOCFAV_DEMO_API_KEY);
  if (!key) return 0;
  const state = h.docfav.store.rateLimitState(key);
  return state.limit - state.remaining;
}

interface WriteOutcome {
  visibleError: boolean;
  /** It succeeded, but the cache (what the calendar shows) does not have its result. */
  stale?: boolean;
  /** Docfav: a double booking the caller was told about (`outcome: 'duplicated'`). */
  reportedDuplicates?: number;
  /** Docfav: appointments booked again by moving one that had been cancelled meanwhile. */
  resurrected?: number;
  unreported: number;
  duplicates: number;
  lost: number;
  note?: string;
}

type Random = ReturnType<typeof prng>;

/** What the caller was told: a value, or the error it can show. */
async function settle<T>(
  work: Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: AppError }> {
  try {
    return { ok: true, value: await work };
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return { ok: false, error: err };
  }
}

/** After a failure: may the platform hold the change, must it, or must it not? */
function allowed(error: AppError): 'applied' | 'not-applied' | 'either' {
  const outcome = error.details?.outcome;
  if (outcome === 'applied') return 'applied';
  if (outcome === 'unknown') return 'either';
  return 'not-applied';
}

function futureLive(h: Harness, vendor: Vendor, kind: string, action: string): CalendarEvent[] {
  const now = h.now().getTime();
  return h.engine
    .snapshot(ALL)
    .events.filter(
      (e) =>
        e.source === vendor &&
        e.kind === kind &&
        e.actions.includes(action as CalendarEvent['actions'][number]) &&
        Date.parse(e.start) > now,
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A quarter hour on a weekday in the coming ten days, inside both practices' opening hours. */
function futureSlot(h: Harness, random: Random, minutes: number) {
  for (;;) {
    const day = new Date(h.now().getTime() + random.int(1, 10) * DAY);
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const startMs =
      Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 8) +
      random.int(0, 32) * 15 * 60_000;
    return {
      start: new Date(startMs).toISOString(),
      end: new Date(startMs + minutes * 60_000).toISOString(),
    };
  }
}

async function write(
  h: Harness,
  vendor: Vendor,
  kind: 'status' | 'block' | 'unblock' | 'move',
  random: Random,
  n: number,
): Promise<WriteOutcome> {
  switch (kind) {
    case 'status':
      return vendor === 'doctena' ? doctenaStatus(h, random) : docfavStatus(h, random);
    case 'block':
      return block(h, random, n);
    case 'unblock':
      return unblock(h, random);
    case 'move':
      return move(h, random);
  }
}

const clean = (): WriteOutcome => ({ visibleError: false, unreported: 0, duplicates: 0, lost: 0 });

async function doctenaStatus(h: Harness, random: Random): Promise<WriteOutcome> {
  const action = random.pick(['confirm', 'cancel'] as const);
  const candidates = futureLive(h, 'doctena', 'doctena-booking', action);
  if (candidates.length === 0) return clean();
  const event = random.pick(candidates);
  const before = h.doctena.store.bookings.get(event.vendorId)?.status;
  const told = await settle(
    h.actions.setStatus({ eventId: event.id, action, notifyPatient: random.chance(0.5) }),
  );
  h.doctena.faults.clear();
  const after = h.doctena.store.bookings.get(event.vendorId)?.status;
  const wanted = action === 'confirm' ? 'CONFIRMED' : 'CANCELLED';
  // Already in that state (the calendar was behind) counts as done: that is what was asked.
  const applied = after === wanted;
  const out = judge(
    told,
    applied,
    after === before,
    `booking ${event.vendorId} ${before}→${after}`,
  );
  out.stale = told.ok && h.engine.findEvent(event.id)?.vendorStatus !== after;
  return out;
}

async function docfavStatus(h: Harness, random: Random): Promise<WriteOutcome> {
  const action = random.pick(['confirm', 'cancel'] as const);
  const candidates = futureLive(h, 'docfav', 'docfav-appointment', action);
  if (candidates.length === 0) return clean();
  const event = random.pick(candidates);
  const before = h.docfav.store.appointments.get(event.vendorId)?.behaviour;
  const told = await settle(
    h.actions.setStatus({ eventId: event.id, action, notifyPatient: random.chance(0.5) }),
  );
  h.docfav.faults.clear();
  const after = h.docfav.store.appointments.get(event.vendorId)?.behaviour;
  const wanted = action === 'confirm' ? 'confirmed' : 'cancelled';
  // Already in that state (the calendar was behind) counts as done: that is what was asked.
  const applied = after === wanted;
  const out = judge(
    told,
    applied,
    after === before,
    `appointment ${event.vendorId} ${before}→${after}`,
  );
  const shown = h.engine.findEvent(event.id);
  out.stale =
    told.ok &&
    (after === 'cancelled' ? shown?.status === 'confirmed' : shown?.vendorStatus !== after);
  return out;
}

/**
 * Holds the answer the caller got against what the platform now has. Success must mean done; a
 * failure must mean not done, unless it said the outcome is unknown (or that it was applied).
 */
function judge(
  told: { ok: true } | { ok: false; error: AppError },
  applied: boolean,
  unchanged: boolean,
  what: string,
): WriteOutcome {
  const out: WriteOutcome = { visibleError: !told.ok, unreported: 0, duplicates: 0, lost: 0 };
  const expected = told.ok ? 'applied' : allowed(told.error);
  const wrong = (expected === 'applied' && !applied) || (expected === 'not-applied' && !unchanged);
  if (wrong || (process.env.FRONTDESK_SOAK_TRACE && !told.ok)) {
    out.unreported = wrong ? 1 : 0;
    out.note = `${wrong ? 'WRONG ANSWER: ' : ''}${what}; caller was told ${told.ok ? 'ok' : `${told.error.code} ${JSON.stringify(told.error.details)}: ${told.error.message}`}`;
  }
  return out;
}

async function block(h: Harness, random: Random, n: number): Promise<WriteOutcome> {
  const title = `Soak ${n}`;
  const calendarId = random.pick([GENERAL, PAEDIATRICS]);
  const range = futureSlot(h, random, random.pick([30, 60, 120]));
  const told = await settle(
    h.actions.createBlockings({
      title,
      calendars: [{ accountId: 'dt', calendarId }],
      ranges: [range],
      recurrence: null,
    }),
  );
  h.doctena.faults.clear();
  const stored = [...h.doctena.store.blockings.values()].filter((b) => b.title === title);
  const out = clean();
  if (stored.length > 1) {
    out.duplicates = stored.length - 1;
    out.note = `${stored.length} blockings titled "${title}"`;
  }
  if (!told.ok) {
    out.visibleError = true;
    if (allowed(told.error) === 'not-applied' && stored.length > 0) out.unreported = 1;
    return out;
  }
  const failure = told.value.failed[0];
  if (failure) {
    out.visibleError = true;
    const expected = allowed(AppError.fromPayload(failure.error));
    if (
      (expected === 'not-applied' && stored.length > 0) ||
      (expected === 'applied' && stored.length === 0)
    ) {
      out.unreported = 1;
      out.note = `blocking "${title}" failed as ${failure.error.code} (${String(failure.error.details?.outcome)}) but ${stored.length} stored`;
    }
  } else if (told.value.created.length !== 1 || stored.length !== 1) {
    out.unreported = 1;
    out.note = `blocking "${title}" reported created ${told.value.created.length}, stored ${stored.length}`;
  } else {
    out.stale = !h.engine.findEvent(told.value.created[0]!.id);
  }
  return out;
}

async function unblock(h: Harness, random: Random): Promise<WriteOutcome> {
  // Only the soak's own blocked time: the demo's recurring series stay as seeded.
  const candidates = h.engine
    .snapshot(ALL)
    .events.filter((e) => e.kind === 'doctena-blocking' && e.title.startsWith('Soak '))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (candidates.length === 0) return clean();
  const event = random.pick(candidates);
  const existed = h.doctena.store.blockings.has(event.vendorId);
  const told = await settle(h.actions.deleteBlocking({ eventId: event.id }));
  h.doctena.faults.clear();
  const gone = !h.doctena.store.blockings.has(event.vendorId);
  const out = judge(told.ok ? { ok: true } : told, gone, !gone, `blocking ${event.vendorId}`);
  if (!existed) out.note = `blocking ${event.vendorId} was shown, but Doctena no longer had it`;
  out.stale = told.ok && h.engine.findEvent(event.id) !== undefined;
  if (out.stale) out.note = `blocking ${event.vendorId} deleted, still shown`;
  return out;
}

async function move(h: Harness, random: Random): Promise<WriteOutcome> {
  const candidates = futureLive(h, 'docfav', 'docfav-appointment', 'move').filter(
    (e) => e.patient?.clientId,
  );
  const out = clean();
  if (candidates.length === 0) return out;
  const event = random.pick(candidates);
  const minutes = (Date.parse(event.end) - Date.parse(event.start)) / 60_000;
  const target = futureSlot(h, random, minutes);
  const store = h.docfav.store.appointments;
  const before = store.get(event.vendorId);
  const wasLive = before !== undefined && before.behaviour !== 'cancelled';
  const idsBefore = new Set(store.keys());
  const told = await settle(
    h.actions.move({
      eventId: event.id,
      start: target.start,
      end: target.end,
      notifyPatient: false,
      force: random.chance(0.25),
    }),
  );
  h.docfav.faults.clear();
  const after = store.get(event.vendorId);
  const oldLive = after !== undefined && after.behaviour !== 'cancelled';
  const booked = [...store.values()].filter(
    (a) => !idsBefore.has(a.id) && a.behaviour !== 'cancelled',
  );
  // How many more live appointments the patient has than before: a move must leave it at 0.
  const delta = booked.length - (wasLive && !oldLive ? 1 : 0);
  const what = `move ${event.vendorId} (was ${before?.behaviour ?? 'gone'}, now ${after?.behaviour ?? 'gone'}, ${booked.length} booked)`;
  const outcome = told.ok ? undefined : told.error.details?.outcome;
  if (!wasLive) {
    // The calendar showed it live, Docfav had it cancelled: the move must not book it again.
    out.resurrected = booked.length;
    out.note = `${what}: acted on a stale calendar`;
  } else if (delta > 0) {
    if (outcome === 'duplicated') out.reportedDuplicates = delta;
    else out.duplicates = delta;
    out.note = `${what}: patient booked twice`;
  } else if (delta < 0) {
    if (outcome !== 'lost') out.lost = -delta;
    out.note = `${what}: patient no longer booked`;
  }
  const moved =
    wasLive &&
    !oldLive &&
    booked.length === 1 &&
    booked[0]!.from.getTime() === Date.parse(target.start);
  const unchanged = oldLive === wasLive && booked.length === 0 && after?.from === before?.from;
  if (told.ok && told.value.status === 'conflict') {
    if (!unchanged) out.unreported = 1;
    out.visibleError = false;
  } else if (outcome === 'duplicated' || outcome === 'lost') {
    out.visibleError = true;
  } else {
    if (told.ok && told.value.status === 'moved') {
      const shownOld = h.engine.findEvent(event.id);
      out.stale =
        !h.engine.findEvent(told.value.event.id) ||
        (shownOld !== undefined && shownOld.status !== 'cancelled');
    }
    const judged = judge(told.ok ? { ok: true } : told, moved, unchanged, what);
    out.visibleError = judged.visibleError;
    out.unreported = judged.unreported;
    out.note ??= judged.note;
  }
  return out;
}

/** Every booking and blocking in the soaked weeks, compared field by field with Doctena's. */
function compareDoctena(h: Harness): string[] {
  const problems: string[] = [];
  const cached = h.engine.snapshot(ALL).events;
  const inRange = (from: Date, to: Date) =>
    to.getTime() > ALL.from.getTime() && from.getTime() < ALL.to.getTime();
  const bookings = [...h.doctena.store.bookings.values()].filter((b) => inRange(b.starts, b.ends));
  for (const b of bookings) {
    const e = h.engine.findEvent(doctenaBookingId(b._id));
    if (!e) problems.push(`booking ${b._id} missing from the app`);
    else if (
      e.vendorStatus !== b.status ||
      e.noShow !== (b.no_show === 'true') ||
      Date.parse(e.start) !== b.starts.getTime() ||
      Date.parse(e.end) !== b.ends.getTime()
    ) {
      problems.push(
        `booking ${b._id}: app ${e.vendorStatus} ${e.start}–${e.end}, Doctena ${b.status} ${b.starts.toISOString()}–${b.ends.toISOString()}`,
      );
    }
  }
  for (const e of cached.filter((x) => x.kind === 'doctena-booking')) {
    if (!h.doctena.store.bookings.has(e.vendorId))
      problems.push(`booking ${e.vendorId} is a ghost`);
  }
  const blockings = [...h.doctena.store.blockings.values()].filter(
    (b) => b.recurrence === '' && inRange(b.starts, b.ends),
  );
  for (const b of blockings) {
    const e = h.engine.findEvent(eventId('doctena', 'dt', 'doctena-blocking', b._id));
    if (!e) problems.push(`blocking ${b._id} "${b.title}" missing from the app`);
    else if (
      e.title !== b.title ||
      Date.parse(e.start) !== b.starts.getTime() ||
      Date.parse(e.end) !== b.ends.getTime()
    ) {
      problems.push(
        `blocking ${b._id}: app ${e.title} ${e.start}, Doctena ${b.title} ${b.starts.toISOString()}`,
      );
    }
  }
  for (const e of cached.filter((x) => x.kind === 'doctena-blocking')) {
    if (!h.doctena.store.blockings.has(e.vendorId)) {
      problems.push(
        `blocking ${e.vendorId} "${e.title}" is a ghost: deleted in Doctena, shown in the app`,
      );
    }
  }
  return problems;
}

function duplicateBlockings(h: Harness): number {
  const seen = new Map<string, number>();
  for (const b of h.doctena.store.blockings.values()) {
    const key = `${b.calendar_id}|${b.title}|${b.starts.toISOString()}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen.values()].reduce((n, count) => n + count - 1, 0);
}

/** Every appointment in the soaked weeks, compared with Docfav's (which lists only live ones). */
function compareDocfav(h: Harness): string[] {
  const problems: string[] = [];
  const cached = h.engine.snapshot(ALL).events.filter((e) => e.kind === 'docfav-appointment');
  const appointments = [...h.docfav.store.appointments.values()].filter(
    (a) => a.to.getTime() > ALL.from.getTime() && a.from.getTime() < ALL.to.getTime(),
  );
  for (const a of appointments) {
    const e = h.engine.findEvent(docfavAppointmentId(a.id));
    if (a.behaviour === 'cancelled') {
      if (e && e.status !== 'cancelled')
        problems.push(`appointment ${a.id} cancelled, app shows ${e.status}`);
      continue;
    }
    if (!e) problems.push(`appointment ${a.id} missing from the app`);
    else if (
      e.vendorStatus !== a.behaviour ||
      Date.parse(e.start) !== a.from.getTime() ||
      Date.parse(e.end) !== a.to.getTime()
    ) {
      problems.push(
        `appointment ${a.id}: app ${e.vendorStatus} ${e.start}, Docfav ${a.behaviour} ${a.from.toISOString()}`,
      );
    }
  }
  for (const e of cached) {
    if (!h.docfav.store.appointments.has(e.vendorId))
      problems.push(`appointment ${e.vendorId} is a ghost`);
  }
  return problems;
}
