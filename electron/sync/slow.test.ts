import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarData, EventName } from '../../shared/contract';
import { eventId, type CalendarEvent, type Source } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { silentLogger } from '../log';
import { SyncEngine } from './engine';
import { overlaps, type SyncOutcome, type SyncSource, type TimeRange } from './source';

// One platform that never answers must not hold back the other: the engine waits for each account
// only a grace period, then says which one is not answering. Sources here answer when the test
// says so (deferred promises), and fake timers stand for the waiting: no sleeps.

const GRACE = 1_000;
const SLOW_AFTER = 4_000;
const week: TimeRange = {
  from: new Date('2026-11-23T00:00:00Z'),
  to: new Date('2026-11-30T00:00:00Z'),
};

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function booking(source: Source, accountId: string, n: number): CalendarEvent {
  return {
    id: eventId(source, accountId, `${source}-booking` as CalendarEvent['kind'], `v${n}`),
    vendorId: `v${n}`,
    kind: source === 'doctena' ? 'doctena-booking' : 'docfav-appointment',
    source,
    accountId,
    calendarId: 'cal',
    start: '2026-11-24T09:00:00Z',
    end: '2026-11-24T09:30:00Z',
    title: 'Appointment',
    status: 'confirmed',
    vendorStatus: null,
    noShow: false,
    patient: null,
    reason: null,
    serviceId: null,
    note: null,
    recurrence: null,
    timezone: null,
    updatedAt: null,
    actions: [],
  };
}

/** A source whose every sync waits for the test to settle it, or answers at once when `quick`. */
class ManualSource implements SyncSource {
  readonly label: string;
  readonly pending: Deferred<SyncOutcome>[] = [];
  quick = false;
  syncs = 0;
  reloads = 0;
  private events: CalendarEvent[] = [];

  constructor(
    readonly accountId: string,
    readonly vendor: Source,
  ) {
    this.label = vendor === 'doctena' ? 'Doctena' : 'Docfav';
  }

  calendars() {
    return [];
  }
  isFresh() {
    return false;
  }
  sync(): Promise<SyncOutcome> {
    this.syncs += 1;
    if (this.quick) return this.land();
    const next = deferred<SyncOutcome>();
    this.pending.push(next);
    return next.promise.then((outcome) => {
      this.events = [booking(this.vendor, this.accountId, 1)];
      return outcome;
    });
  }
  async reload(): Promise<number> {
    this.reloads += 1;
    await this.sync();
    return 1;
  }
  eventsIn(range: TimeRange) {
    return this.events.filter((e) => overlaps(e.start, e.end, range));
  }
  availabilityIn() {
    return [];
  }
  minPollIntervalMs() {
    return undefined;
  }

  /** Answers the oldest sync still waiting. */
  answer(): void {
    this.pending.shift()?.resolve({ changed: 1, newBookings: [] });
  }
  fail(error: AppError): void {
    this.pending.shift()?.reject(error);
  }
  private land(): Promise<SyncOutcome> {
    this.events = [booking(this.vendor, this.accountId, 1)];
    return Promise.resolve({ changed: 1, newBookings: [] });
  }
}

let doctena: ManualSource;
let docfav: ManualSource;
let engine: SyncEngine;
let emitted: { event: EventName; payload: unknown }[];

const pushes = (event: EventName, accountId: string) =>
  emitted.filter(
    (e) =>
      e.event === event &&
      (e.payload as { accountId: string } | undefined)?.accountId === accountId,
  ).length;
const status = (data: CalendarData, id: string) => data.accounts.find((a) => a.id === id);
/** Settles a promise that should already be done after the given fake time, or fails the test. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await vi.advanceTimersByTimeAsync(ms);
  expect(settled, `settled within ${ms} ms`).toBe(true);
  return promise;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  doctena = new ManualSource('dt', 'doctena');
  doctena.quick = true;
  docfav = new ManualSource('df', 'docfav');
  emitted = [];
  engine = new SyncEngine({
    emit: (event, payload) => emitted.push({ event, payload }),
    logger: silentLogger,
    now: () => new Date('2026-11-24T08:00:00Z'),
    pollIntervalMs: () => 60_000,
    graceMs: GRACE,
    slowAfterMs: SLOW_AFTER,
  });
  engine.setSources([doctena, docfav]);
});

afterEach(() => {
  engine.stop();
  vi.useRealTimers();
});

describe('a platform that does not answer', () => {
  it('does not hold back the other platform’s week past the grace period', async () => {
    const asked = engine.range(week);
    const data = await within(GRACE, asked);
    expect(data.events.map((e) => e.source)).toEqual(['doctena']);
    expect(status(data, 'dt')?.state).toBe('ok');
    // Still waited for, but not yet called silent: a platform may take a second or two.
    expect(status(data, 'df')?.state).toBe('syncing');
    expect(status(data, 'df')?.slow).toBeUndefined();
  });

  it('says which platform is not answering, and that its appointments are missing', async () => {
    await within(GRACE, engine.range(week));
    expect(pushes('sync:slow', 'df')).toBe(0);
    await vi.advanceTimersByTimeAsync(SLOW_AFTER - GRACE);
    expect(pushes('sync:slow', 'df')).toBe(1);
    expect(pushes('sync:slow', 'dt')).toBe(0);
    const data = await within(0, engine.range(week));
    expect(status(data, 'df')?.slow).toBe('missing');
    expect(status(data, 'dt')?.slow).toBeUndefined();
  });

  it('neither waits again nor asks again while the platform stays silent', async () => {
    await within(GRACE, engine.range(week));
    // A refetch (each account's push triggers one) answers at once, without a second request.
    await within(0, engine.range(week));
    await within(0, engine.refresh(week));
    expect(docfav.syncs).toBe(1);
  });

  it('brings the late platform’s events with sync:finished, and drops the alarm', async () => {
    await within(GRACE, engine.range(week));
    await vi.advanceTimersByTimeAsync(SLOW_AFTER);
    expect(pushes('sync:finished', 'df')).toBe(0);
    docfav.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(pushes('sync:finished', 'df')).toBe(1);
    const data = engine.snapshot(week);
    expect(new Set(data.events.map((e) => e.source))).toEqual(new Set(['doctena', 'docfav']));
    expect(status(data, 'df')).toMatchObject({ state: 'ok' });
    expect(status(data, 'df')?.slow).toBeUndefined();
  });

  it('says "stale" when older data of the silent platform is on screen', async () => {
    docfav.quick = true;
    await within(0, engine.range(week));
    docfav.quick = false;
    await within(GRACE, engine.refresh(week));
    await vi.advanceTimersByTimeAsync(SLOW_AFTER);
    const data = engine.snapshot(week);
    expect(status(data, 'df')?.slow).toBe('stale');
    expect(data.events.some((e) => e.source === 'docfav')).toBe(true);
  });

  it('keeps the alarm through a timeout, and leaves other failures to the account’s error', async () => {
    await within(GRACE, engine.range(week));
    await vi.advanceTimersByTimeAsync(SLOW_AFTER);
    docfav.fail(new AppError('timeout'));
    await vi.advanceTimersByTimeAsync(0);
    let data = engine.snapshot(week);
    expect(status(data, 'df')).toMatchObject({ state: 'error', slow: 'missing' });

    const again = engine.refresh(week);
    await vi.advanceTimersByTimeAsync(0);
    docfav.fail(new AppError('auth'));
    await within(0, again);
    data = engine.snapshot(week);
    expect(status(data, 'df')?.state).toBe('error');
    expect(status(data, 'df')?.slow).toBeUndefined();
  });

  it('still waits for the whole re-read after a write, however long it takes', async () => {
    const reloaded = engine.reload('df', {
      calendarId: 'cal',
      kind: 'docfav-appointment',
      vendorIds: ['v1'],
      ranges: [week],
    });
    let done = false;
    void reloaded.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(SLOW_AFTER * 2);
    expect(done).toBe(false);
    // Meanwhile the calendar is not held back by it.
    const data = await within(GRACE, engine.range(week));
    expect(data.events.map((e) => e.source)).toEqual(['doctena']);
    docfav.answer();
    await reloaded;
    expect(docfav.reloads).toBe(1);
  });

  it('waits for every account when no grace period is set (tools and tests)', async () => {
    engine = new SyncEngine({
      emit: () => {},
      logger: silentLogger,
      pollIntervalMs: () => 60_000,
    });
    engine.setSources([doctena, docfav]);
    let done = false;
    const asked = engine.range(week).then((data) => {
      done = true;
      return data;
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(done).toBe(false);
    docfav.answer();
    expect((await asked).events).toHaveLength(2);
  });

  it('keeps polling the other platform, and never stacks polls on the silent one', async () => {
    await within(GRACE, engine.range(week));
    engine.start();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(doctena.syncs).toBeGreaterThanOrEqual(5);
    expect(docfav.syncs).toBe(1);
    docfav.answer();
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(docfav.syncs).toBeGreaterThan(1);
  });
});
