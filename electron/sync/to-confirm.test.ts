import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEvent } from '../../shared/domain';
import { formatInstant, isoWeekInZone } from '../../shared/time';
import { silentLogger } from '../log';
import { SyncEngine } from './engine';
import type { SyncOutcome, SyncSource, TimeRange } from './source';
import {
  awaitsConfirmation,
  createToConfirmReader,
  selectToConfirm,
  TO_CONFIRM_FRESH_MS,
  weekPieces,
  type ToConfirmEngine,
} from './to-confirm';

const NOW = new Date('2026-11-24T09:00:00Z'); // Tuesday, 10:00 in Berlin
const HOUR = 3_600_000;

function event(patch: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'doctena:dt:doctena-booking:1',
    vendorId: '1',
    kind: 'doctena-booking',
    source: 'doctena',
    accountId: 'dt',
    calendarId: 'c1',
    start: '2026-11-26T09:00:00Z',
    end: '2026-11-26T09:30:00Z',
    title: 'Erika Musterfrau',
    status: 'waiting',
    vendorStatus: 'WAITING',
    noShow: false,
    patient: null,
    reason: null,
    serviceId: null,
    note: null,
    recurrence: null,
    timezone: null,
    updatedAt: null,
    actions: ['confirm', 'cancel', 'move'],
    ...patch,
  };
}

const docfav = (patch: Partial<CalendarEvent> = {}) =>
  event({
    id: 'docfav:df:docfav-appointment:9',
    vendorId: '9',
    kind: 'docfav-appointment',
    source: 'docfav',
    accountId: 'df',
    vendorStatus: 'pending',
    ...patch,
  });

const at = (ms: number) => formatInstant(ms);

describe('what awaits confirmation', () => {
  it('takes waiting Doctena bookings and Docfav appointments the platform lets the desk confirm', () => {
    expect(awaitsConfirmation(event())).toBe(true);
    expect(awaitsConfirmation(docfav({ vendorStatus: 'unconfirmed' }))).toBe(true);
    expect(awaitsConfirmation(event({ status: 'confirmed', actions: ['cancel'] }))).toBe(false);
    expect(awaitsConfirmation(event({ status: 'expired', actions: [] }))).toBe(false);
    expect(awaitsConfirmation(docfav({ status: 'cancelled', actions: [] }))).toBe(false);
    // Waiting, but past its day: the platform no longer offers a confirm.
    expect(awaitsConfirmation(event({ actions: ['no-show'] }))).toBe(false);
    // Blocked time and reservations are never confirmed.
    expect(awaitsConfirmation(event({ kind: 'doctena-blocking' }))).toBe(false);
    expect(awaitsConfirmation(docfav({ kind: 'docfav-time-reservation' }))).toBe(false);
  });

  it('sorts by start, then id, and lists an event once', () => {
    const late = event({ id: 'late', start: '2026-12-03T08:00:00Z' });
    const earlyB = docfav({ id: 'b', start: '2026-11-25T08:00:00Z' });
    const earlyA = event({ id: 'a', start: '2026-11-25T08:00:00Z' });
    const confirmed = event({ id: 'x', status: 'confirmed', actions: ['cancel'] });
    const { events } = selectToConfirm([late, earlyB, confirmed, earlyA, late], NOW);
    expect(events.map((e) => e.id)).toEqual(['a', 'b', 'late']);
  });

  it('marks Doctena bookings starting within 24 hours as close to expiry, Docfav never', () => {
    const soon = event({ id: 'soon', start: at(NOW.getTime() + 23 * HOUR) });
    const started = event({ id: 'started', start: at(NOW.getTime() - HOUR) });
    const later = event({ id: 'later', start: at(NOW.getTime() + 25 * HOUR) });
    const docfavSoon = docfav({ id: 'df-soon', start: at(NOW.getTime() + HOUR) });
    const { expiringIds } = selectToConfirm([soon, started, later, docfavSoon], NOW);
    expect(expiringIds).toEqual(['started', 'soon']);
  });
});

describe('weeks ahead', () => {
  it('cuts the range at the Mondays of the zone', () => {
    const from = new Date('2026-11-23T23:00:00Z'); // Tuesday 00:00 in Berlin
    const pieces = weekPieces(from, 3, 'Europe/Berlin').map((p) => [
      formatInstant(p.from),
      formatInstant(p.to),
    ]);
    expect(pieces).toEqual([
      ['2026-11-23T23:00:00Z', '2026-11-29T23:00:00Z'],
      ['2026-11-29T23:00:00Z', '2026-12-06T23:00:00Z'],
      ['2026-12-06T23:00:00Z', '2026-12-13T23:00:00Z'],
    ]);
  });

  it('follows the clocks going back: that week is 169 hours long', () => {
    const monday = new Date('2026-10-18T22:00:00Z'); // Monday 00:00 in Berlin, summer time
    const [first, second] = weekPieces(monday, 2, 'Europe/Berlin');
    expect(formatInstant(first?.to ?? 0)).toBe('2026-10-25T23:00:00Z');
    expect(((first?.to.getTime() ?? 0) - monday.getTime()) / HOUR).toBe(169);
    expect(((second?.to.getTime() ?? 0) - (second?.from.getTime() ?? 0)) / HOUR).toBe(168);
  });
});

/** An engine whose prefetches the test releases one by one. */
function fakeEngine(events: CalendarEvent[]) {
  const prefetched: { range: TimeRange; freshMs: number }[] = [];
  const waiting: (() => void)[] = [];
  const engine: ToConfirmEngine = {
    prefetch: (range, freshMs) => {
      prefetched.push({ range, freshMs });
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    snapshot: (range) => ({
      calendars: [],
      events: events.filter(
        (e) => Date.parse(e.end) > range.from.getTime() && Date.parse(e.start) < range.to.getTime(),
      ),
    }),
  };
  const releaseAll = async () => {
    while (waiting.length > 0 || (await settled())) waiting.shift()?.();
  };
  // Lets pending continuations run; true when a new prefetch appeared meanwhile.
  const settled = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return waiting.length > 0;
  };
  return { engine, prefetched, waiting, releaseAll, settled };
}

describe('reading through the sync engine', () => {
  const zone = () => 'Europe/Berlin';

  it('reads today onward week by week, without bothering the poll, then the whole range', async () => {
    const thisWeek = event({
      id: 'this',
      start: '2026-11-27T09:00:00Z',
      end: '2026-11-27T09:30:00Z',
    });
    const inThree = docfav({
      id: 'three',
      start: '2026-12-15T09:00:00Z',
      end: '2026-12-15T10:00:00Z',
    });
    const tooFar = event({ id: 'far', start: '2026-12-22T09:00:00Z', end: '2026-12-22T09:30:00Z' });
    const yesterday = event({
      id: 'old',
      start: '2026-11-23T09:00:00Z',
      end: '2026-11-23T09:30:00Z',
    });
    const fake = fakeEngine([thisWeek, inThree, tooFar, yesterday]);
    const read = createToConfirmReader(fake.engine, { now: () => NOW, timeZone: zone });

    const answer = read({ weeks: 4 });
    await fake.releaseAll();
    const list = await answer;

    expect(list.from).toBe('2026-11-23T23:00:00Z'); // midnight today, Berlin
    expect(list.to).toBe('2026-12-20T23:00:00Z');
    expect(list.events.map((e) => e.id)).toEqual(['this', 'three']);
    expect(fake.prefetched).toHaveLength(4);
    expect(fake.prefetched.every((p) => p.freshMs === TO_CONFIRM_FRESH_MS)).toBe(true);
  });

  it('asks for the next week only after the previous one is in', async () => {
    const fake = fakeEngine([]);
    const read = createToConfirmReader(fake.engine, { now: () => NOW, timeZone: zone });
    const answer = read({ weeks: 3 });
    await fake.settled();
    expect(fake.prefetched).toHaveLength(1);
    fake.waiting.shift()?.();
    await fake.settled();
    expect(fake.prefetched).toHaveLength(2);
    await fake.releaseAll();
    await answer;
  });

  it('runs one read at a time, so a refetch during a read does not ask for the weeks again', async () => {
    const fake = fakeEngine([]);
    const read = createToConfirmReader(fake.engine, { now: () => NOW, timeZone: zone });
    const first = read({ weeks: 2 });
    const second = read({ weeks: 2, from: new Date('2026-11-30T00:00:00Z') });
    await fake.settled();
    expect(fake.prefetched).toHaveLength(1);
    await fake.releaseAll();
    await Promise.all([first, second]);
    expect(fake.prefetched.map((p) => formatInstant(p.range.from))).toEqual([
      '2026-11-23T23:00:00Z',
      '2026-11-29T23:00:00Z',
      '2026-11-30T00:00:00Z',
      '2026-12-06T23:00:00Z',
    ]);
  });

  it('keeps answering after a read failed', async () => {
    let fail = true;
    const engine: ToConfirmEngine = {
      prefetch: () => (fail ? Promise.reject(new Error('boom')) : Promise.resolve()),
      snapshot: () => ({ calendars: [], events: [event()] }),
    };
    const read = createToConfirmReader(engine, { now: () => NOW, timeZone: zone });
    await expect(read({})).rejects.toThrow('boom');
    fail = false;
    expect((await read({})).events).toHaveLength(1);
  });
});

/** A source that remembers which weeks it synced and when, as Docfav's does per clinic-week. */
class WeekSource implements SyncSource {
  readonly accountId = 'df';
  readonly vendor = 'docfav' as const;
  readonly label = 'Docfav';
  readonly synced: TimeRange[] = [];
  private fetchedAt = new Map<number, number>();
  constructor(private readonly now: () => number) {}
  private weeks(range: TimeRange): number[] {
    return weekPieces(range.from, 12, 'Europe/Berlin')
      .filter((w) => w.from < range.to)
      .map((w) => isoWeekInZone(w.from, 'Europe/Berlin').start.getTime());
  }
  calendars() {
    return [];
  }
  isFresh(range: TimeRange, freshMs: number) {
    return this.weeks(range).every(
      (w) => this.now() - (this.fetchedAt.get(w) ?? -Infinity) < freshMs,
    );
  }
  sync(range: TimeRange): Promise<SyncOutcome> {
    this.synced.push(range);
    for (const w of this.weeks(range)) this.fetchedAt.set(w, this.now());
    return Promise.resolve({ changed: 0, newBookings: [] });
  }
  eventsIn() {
    return [];
  }
  availabilityIn() {
    return [];
  }
  minPollIntervalMs() {
    return undefined;
  }
}

describe('the sync engine under the list', () => {
  const POLL = 60_000;
  const WEEK = { from: new Date('2026-11-22T23:00:00Z'), to: new Date('2026-11-29T23:00:00Z') };
  let clock = NOW.getTime();
  let source: WeekSource;
  let engine: SyncEngine;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clock = NOW.getTime();
    source = new WeekSource(() => clock);
    engine = new SyncEngine({
      emit: () => {},
      logger: silentLogger,
      now: () => new Date(clock),
      pollIntervalMs: () => POLL,
    });
    engine.setSources([source]);
  });
  afterEach(() => {
    engine.stop();
    vi.useRealTimers();
  });

  const read = () =>
    createToConfirmReader(engine, { now: () => new Date(clock), timeZone: () => 'Europe/Berlin' });
  const weekOf = (r: TimeRange) => formatInstant(isoWeekInZone(r.from, 'Europe/Berlin').start);

  it('reads the weeks ahead once each and leaves the poll on the week on screen', async () => {
    await engine.range(WEEK);
    await read()({ weeks: 3 });
    // The week on screen was fresh: only the two weeks after it were asked for.
    expect(source.synced.map(weekOf)).toEqual([
      '2026-11-22T23:00:00Z',
      '2026-11-29T23:00:00Z',
      '2026-12-06T23:00:00Z',
    ]);

    engine.start();
    clock += POLL;
    await vi.advanceTimersByTimeAsync(POLL);
    expect(source.synced.slice(3)).toEqual([WEEK]);
  });

  it('asks for the weeks ahead again only once they are older than a few minutes', async () => {
    await engine.range(WEEK);
    const list = read();
    await list({ weeks: 2 });
    const before = source.synced.length;
    clock += 2 * POLL;
    await engine.range(WEEK);
    await list({ weeks: 2 });
    // The poll's interval made the week on screen stale; the week ahead is still fresh.
    expect(source.synced.slice(before)).toEqual([WEEK]);
    clock += TO_CONFIRM_FRESH_MS;
    await list({ weeks: 2 });
    expect(source.synced.slice(before + 1).map(weekOf)).toEqual([
      '2026-11-22T23:00:00Z',
      '2026-11-29T23:00:00Z',
    ]);
  });
});
