import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CalendarEvent, CalendarInfo } from '../../../shared/domain';
import {
  DEMO_CALENDARS,
  DOCTENA_DEMO_PASSWORD,
  type DoctenaSimulator,
} from '../../../simulators/doctena/index';
import { createMemoryLogger, failure, startHarness, type Harness } from '../../testing/harness';
import { discoverDoctena } from './discover';
import { mapDoctenaBlockings, mapDoctenaBooking, mapDoctenaBookings } from './map';
import type { DoctenaBooking } from './schemas';
import { translator } from '../../../shared/i18n/translate';
import { errorText } from '../../../renderer/components/accounts/errorText';
import { actionErrorText } from '../../../renderer/components/actions/actionErrorText';

/** The Doctena client over real HTTP against the simulator: every endpoint, error and fault. */

const NOW = new Date('2026-03-04T10:00:00Z'); // Wednesday 11:00 in Berlin
const EPOCH = '2000-01-01T00:00:00Z';
const GENERAL = DEMO_CALENDARS.general._id;
let h: Harness;
let sim: DoctenaSimulator;

beforeEach(async () => {
  h = await startHarness({ now: NOW });
  sim = h.doctena;
});
afterEach(async () => {
  await h.close();
});

/** Over real HTTP: a 1.5 s timeout, and three quick retries (see the harness). */
function client(password = DOCTENA_DEMO_PASSWORD, logger = createMemoryLogger()) {
  return h.doctenaClient({ password, logger });
}

/** Requests the simulator saw while `work` ran. */
async function counted<T>(work: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = sim.requestCount();
  const result = await work();
  return { result, requests: sim.requestCount() - before };
}

async function bookings(): Promise<DoctenaBooking[]> {
  return client().listBookings({ calendarId: GENERAL, updated: EPOCH });
}

async function pick(test: (b: DoctenaBooking) => boolean): Promise<DoctenaBooking> {
  const found = (await bookings()).find(test);
  if (!found) throw new Error('seed has no such booking');
  return found;
}

const future = (b: DoctenaBooking) => Date.parse(b.starts) > NOW.getTime() + 86_400_000;
const past = (b: DoctenaBooking) => Date.parse(b.ends) < NOW.getTime() - 86_400_000;

describe('calendars', () => {
  it('lists, gets and discovers the calendars of the login', async () => {
    const c = client();
    const list = await c.listCalendars();
    expect(list.map((cal) => cal._id).sort()).toEqual(
      [DEMO_CALENDARS.general._id, DEMO_CALENDARS.paediatrics._id].sort(),
    );
    expect(await c.getCalendar(GENERAL)).toMatchObject({ profile_name: 'Dr. Anna Schmidt' });
    const infos = await discoverDoctena(c, 'acc1');
    expect(infos).toHaveLength(2);
    for (const info of infos) expect(CalendarInfo.parse(info).source).toBe('doctena');
  });

  it('404s an unknown calendar', async () => {
    const err = await failure(client().getCalendar('0000000000000000deadbeef'));
    expect(err.code).toBe('not-found');
    expect(err.details).toMatchObject({ status: 404, notFound: 'calendar' });
  });
});

describe('timeblocks', () => {
  it('lists (with and without deleted) and gets timeblocks', async () => {
    const c = client();
    const active = await c.listTimeblocks({ calendarId: GENERAL });
    expect(active.length).toBeGreaterThan(0);
    const all = await c.listTimeblocks({ calendarId: GENERAL, showDeleted: true });
    expect(all.length).toBeGreaterThanOrEqual(active.length);
    const since = await c.listTimeblocks({ calendarId: GENERAL, updated: '2100-01-01T00:00:00Z' });
    expect(since).toEqual([]);
    const first = active[0];
    if (!first?._id) throw new Error('seed timeblock has no id');
    expect(await c.getTimeblock(GENERAL, first._id)).toMatchObject({ _id: first._id });
    expect((await failure(c.getTimeblock(GENERAL, '0000000000000000deadbeef'))).code).toBe(
      'not-found',
    );
  });
});

describe('bookings', () => {
  it('lists every booking and maps each into the domain', async () => {
    const list = await bookings();
    expect(list.length).toBeGreaterThan(5);
    const events = mapDoctenaBookings(list, { accountId: 'acc1', calendarId: GENERAL, now: NOW });
    expect(events).toHaveLength(list.length);
    for (const e of events) expect(CalendarEvent.safeParse(e).success).toBe(true);
    expect(new Set(events.map((e) => e.status)).size).toBeGreaterThan(2);
  });

  it('filters by status, either cancel spelling', async () => {
    const c = client();
    const cancelled = await c.listBookings({
      calendarId: GENERAL,
      updated: EPOCH,
      status: 'CANCELED',
    });
    expect(cancelled.every((b) => b.status === 'CANCELLED')).toBe(true);
  });

  it('reports a missing updated parameter as a validation error', async () => {
    const err = await failure(client().listBookings({ calendarId: GENERAL, updated: '' }));
    expect(err).toMatchObject({ code: 'validation', details: { status: 400 } });
  });

  it('gets one booking, and 404s an unknown one', async () => {
    const b = await pick(() => true);
    expect((await client().getBooking(GENERAL, b._id))._id).toBe(b._id);
    const err = await failure(client().getBooking(GENERAL, '4f02608e18cb71000100003c'));
    expect(err).toMatchObject({ code: 'not-found', details: { notFound: 'booking' } });
  });

  it('confirms a waiting booking', async () => {
    const b = await pick((x) => future(x) && x.status === 'WAITING');
    const ctx = { accountId: 'acc1', calendarId: GENERAL, now: NOW };
    expect(mapDoctenaBooking(b, ctx)?.actions).toContain('confirm');
    const updated = await client().updateBooking(GENERAL, b._id, { status: 'CONFIRMED' });
    expect(mapDoctenaBooking(updated, ctx)).toMatchObject({ status: 'confirmed' });
  });

  it('cancels with the CANCELED spelling and reads back CANCELLED', async () => {
    const b = await pick((x) => future(x) && x.status === 'CONFIRMED');
    const updated = await client().updateBooking(GENERAL, b._id, {
      status: 'CANCELED',
      sendNotifications: true,
    });
    expect(updated.status).toBe('CANCELLED');
    expect(sim.store.notifications.at(-1)).toMatchObject({
      booking_id: b._id,
      kind: 'cancellation',
    });
  });

  it('moves a booking, which makes it RESCHEDULED', async () => {
    const b = await pick((x) => future(x) && x.status === 'CONFIRMED');
    const starts = new Date(Date.parse(b.starts) + 3_600_000).toISOString();
    const ends = new Date(Date.parse(b.ends) + 3_600_000).toISOString();
    const updated = await client().updateBooking(GENERAL, b._id, { starts, ends, title: 'Moved' });
    expect(updated).toMatchObject({ status: 'RESCHEDULED', title: 'Moved' });
    expect(Date.parse(updated.starts)).toBe(Date.parse(starts));
  });

  it('marks a past booking as no-show (cancelling it), and refuses it for a future one', async () => {
    const c = client();
    const done = await pick((x) => past(x) && x.status === 'CONFIRMED' && !x.no_show);
    const ctx = { accountId: 'acc1', calendarId: GENERAL, now: NOW };
    expect(mapDoctenaBooking(done, ctx)?.actions).toContain('no-show');
    const updated = await c.updateBooking(GENERAL, done._id, { status: 'CANCELED', noShow: true });
    expect(mapDoctenaBooking(updated, ctx)).toMatchObject({ status: 'no-show', noShow: true });

    const upcoming = await pick((x) => future(x) && x.status === 'CONFIRMED');
    const err = await failure(
      c.updateBooking(GENERAL, upcoming._id, { status: 'CANCELED', noShow: true }),
    );
    expect(err).toMatchObject({ code: 'validation', details: { outcome: 'not-applied' } });
    expect(err.reason).toBe('no-show-too-early');
  });

  it('404s an update of an unknown booking', async () => {
    const err = await failure(
      client().updateBooking(GENERAL, '0000000000000000deadbeef', { status: 'CONFIRMED' }),
    );
    expect(err).toMatchObject({ code: 'not-found', details: { outcome: 'not-applied' } });
  });
});

describe('blockings', () => {
  it('lists, creates, moves and deletes blockings', async () => {
    const c = client();
    const before = await c.listBlockings({ calendarId: GENERAL, updated: EPOCH });
    const ctx = { accountId: 'acc1', calendarId: GENERAL, now: NOW };
    for (const e of mapDoctenaBlockings(before, ctx)) {
      expect(CalendarEvent.safeParse(e).success).toBe(true);
    }
    expect(before.some((b) => b.recurrence)).toBe(true);

    const created = await c.createBlocking(GENERAL, {
      title: 'Gerätewartung',
      starts: '2026-03-06T13:00:00+01:00',
      ends: '2026-03-06T14:00:00+01:00',
    });
    expect(mapDoctenaBlockings([created], ctx)[0]?.actions).toEqual(['move', 'delete']);
    const moved = await c.updateBlocking(GENERAL, created._id, {
      starts: '2026-03-06T15:00:00+01:00',
      ends: '2026-03-06T16:00:00+01:00',
    });
    expect(Date.parse(moved.starts)).toBe(Date.parse('2026-03-06T14:00:00Z'));

    const recurring = await c.createBlocking(GENERAL, {
      title: 'Mittagspause',
      starts: '2026-03-09T12:30:00+01:00',
      ends: '2026-03-09T13:30:00+01:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T000000Z',
    });
    expect(mapDoctenaBlockings([recurring], ctx)[0]).toMatchObject({
      recurrence: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T000000Z',
      actions: ['delete'],
    });

    await c.deleteBlocking(GENERAL, created._id);
    const after = await c.listBlockings({ calendarId: GENERAL, updated: EPOCH });
    expect(after.map((b) => b._id)).not.toContain(created._id);
    expect((await failure(c.deleteBlocking(GENERAL, created._id))).code).toBe('not-found');
  });

  it('reports invalid blocking times as a validation error', async () => {
    const err = await failure(
      client().createBlocking(GENERAL, {
        starts: '2026-03-06T15:00:00+01:00',
        ends: '2026-03-06T14:00:00+01:00',
      }),
    );
    expect(err).toMatchObject({ code: 'validation', details: { status: 400 } });
  });
});

describe('authentication', () => {
  it('stops at once on a wrong password, and logs no secret', async () => {
    const logger = createMemoryLogger();
    const { result: err, requests } = await counted(() =>
      failure(client('wrong', logger).listCalendars()),
    );
    expect(requests).toBe(1);
    expect(err).toMatchObject({ code: 'auth', details: { status: 401 } });
    expect(JSON.stringify(logger.lines)).not.toMatch(/wrong|Basic|demo@/);
  });
});

describe('faults', () => {
  const listPath = '/calendars/*/bookings';

  it.each(['500', '503', 'drop', 'malformed-json'] as const)(
    'retries a GET through a transient %s',
    async (kind) => {
      sim.faults.add({ method: 'GET', path: listPath, kind, times: 2 });
      const { result, requests } = await counted(() => bookings());
      expect(result.length).toBeGreaterThan(0);
      expect(requests).toBe(3);
    },
  );

  it('retries a GET through a 429, waiting as Retry-After says', async () => {
    sim.faults.add({ method: 'GET', path: listPath, kind: '429', times: 1, retryAfterSeconds: 1 });
    const started = Date.now();
    const { requests } = await counted(() => bookings());
    expect(requests).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries a GET that hangs, after the timeout', async () => {
    sim.faults.add({ method: 'GET', path: listPath, kind: 'hang', times: 1 });
    const { result, requests } = await counted(() => bookings());
    expect(result.length).toBeGreaterThan(0);
    expect(requests).toBe(2);
  });

  it('gives up after the retries and says what to do', async () => {
    sim.faults.add({ method: 'GET', path: '/calendars', kind: '500' });
    const { result: err, requests } = await counted(() => failure(client().listCalendars()));
    expect(requests).toBe(4);
    expect(err).toMatchObject({ code: 'server', details: { status: 500, attempts: 4 } });
    expect(errorText(err, translator('en'))).toMatch(/Try again in a few minutes/);
  });

  it('reports a GET that keeps hanging as a timeout', async () => {
    sim.faults.add({ method: 'GET', path: '/calendars', kind: 'hang' });
    const err = await failure(client().listCalendars());
    expect(err.code).toBe('timeout');
    expect(sim.requestCount()).toBe(4);
  });

  it('never retries a write that hangs: the outcome is unknown', async () => {
    const b = await pick((x) => future(x) && x.status === 'WAITING');
    sim.faults.add({ method: 'PUT', path: '/calendars/*/bookings/*', kind: 'hang' });
    const { result: err, requests } = await counted(() =>
      failure(client().updateBooking(GENERAL, b._id, { status: 'CONFIRMED' })),
    );
    expect(requests).toBe(1);
    expect(err).toMatchObject({
      code: 'timeout',
      details: { outcome: 'unknown', method: 'PUT', path: '/calendars/:calendarId/bookings/:id' },
    });
    expect(actionErrorText(err, translator('en'))).toMatch(
      /cannot tell yet whether the change was made/,
    );
  });

  it.each([
    ['drop', 'network'],
    ['500', 'server'],
    ['503', 'server'],
    ['malformed-json', 'invalid-response'],
  ] as const)('never retries a write on %s (%s, outcome unknown)', async (kind, code) => {
    sim.faults.add({ method: 'POST', path: '/calendars/*/blockings', kind });
    const { result: err, requests } = await counted(() =>
      failure(
        client().createBlocking(GENERAL, {
          starts: '2026-03-06T13:00:00+01:00',
          ends: '2026-03-06T14:00:00+01:00',
        }),
      ),
    );
    expect(requests).toBe(1);
    expect(err).toMatchObject({ code, details: { outcome: 'unknown' } });
  });

  it('retries a create the vendor refused with 429 once, and an idempotent delete as reads are', async () => {
    sim.faults.add({
      method: 'POST',
      path: '/calendars/*/blockings',
      kind: '429',
      retryAfterSeconds: 0,
    });
    const slot = {
      title: 'Wartung',
      starts: '2026-03-06T13:00:00+01:00',
      ends: '2026-03-06T14:00:00+01:00',
    };
    const { result: err, requests } = await counted(() =>
      failure(client().createBlocking(GENERAL, slot)),
    );
    expect(requests).toBe(2);
    expect(err).toMatchObject({ code: 'rate-limited', details: { outcome: 'not-applied' } });

    sim.faults.clear();
    const [blocking] = await client().listBlockings({ calendarId: GENERAL, updated: EPOCH });
    if (!blocking) throw new Error('seed has no blocking');
    sim.faults.add({
      method: 'DELETE',
      path: '/calendars/*/blockings/*',
      kind: '429',
      times: 2,
      retryAfterSeconds: 0,
    });
    const ok = await counted(() => client().deleteBlocking(GENERAL, blocking._id));
    expect(ok.requests).toBe(3);
  });
});
