import { describe, expect, it } from 'vitest';
import { CalendarEvent, CalendarInfo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { parseJsonLenient } from '../json';
import {
  createFakeClock,
  createFakeFetch,
  createMemoryLogger,
  type Step,
} from '../../testing/fakes';
import { unreadableIn } from '../wire';
import { createDoctenaClient } from './client';
import { discoverDoctena } from './discover';
import * as fx from './fixtures';
import {
  mapDoctenaBlocking,
  mapDoctenaBlockings,
  mapDoctenaBooking,
  mapDoctenaBookings,
  mapDoctenaCalendar,
  mapDoctenaStatus,
} from './map';
import {
  DoctenaBlocking,
  DoctenaBlockings,
  DoctenaBooking,
  DoctenaBookings,
  DoctenaCalendar,
  DoctenaCalendars,
  DoctenaErrorBody,
  DoctenaTimeblock,
  DoctenaTimeblocks,
} from './schemas';

const json = (text: string): unknown => JSON.parse(text);
const NOW = Date.parse('2014-03-10T08:00:00Z'); // Monday 09:00 in Berlin
// Ids as the spec prints them (ObjectIds): the client sends nothing else.
const CAL1 = '4f02608e18cb71000100004b';
const B1 = '4f02608e18cb71000141cb11';
const ctx = { accountId: 'acc1', calendarId: CAL1, now: NOW };

function booking(overrides: Record<string, unknown> = {}) {
  return DoctenaBooking.parse({ ...(json(fx.bookingJson) as object), ...overrides });
}

describe('spec examples parse', () => {
  it.each([
    ['calendars', fx.calendarsJson, DoctenaCalendars],
    ['calendar', fx.calendarJson, DoctenaCalendar],
    ['timeblocks', fx.timeblocksJson, DoctenaTimeblocks],
    ['timeblock', fx.timeblockJson, DoctenaTimeblock],
    ['bookings', fx.bookingsJson, DoctenaBookings],
    ['booking', fx.bookingJson, DoctenaBooking],
    ['updated booking', fx.updatedBookingJson, DoctenaBooking],
    ['blockings', fx.blockingsJson, DoctenaBlockings],
    ['created blocking', fx.createdBlockingJson, DoctenaBlocking],
    ['updated blocking', fx.updatedBlockingJson, DoctenaBlocking],
    ['missing updated', fx.bookingsMissingUpdatedJson, DoctenaErrorBody],
    ['not found', fx.bookingNotFoundJson, DoctenaErrorBody],
  ] as const)('%s', (_name, text, schema) => {
    expect(schema.safeParse(json(text)).success).toBe(true);
  });

  it('reads the bookings list as printed, trailing commas included', () => {
    expect(() => JSON.parse(fx.bookingsJsonAsPrinted)).toThrow();
    const parsed = parseJsonLenient(fx.bookingsJsonAsPrinted);
    expect(parsed.ok && DoctenaBookings.parse(parsed.value)).toHaveLength(2);
  });

  it('keeps unknown fields and tolerates missing optional ones', () => {
    const b = DoctenaBooking.parse({
      _id: 'x',
      starts: '2014-03-10T11:15:00+01:00',
      ends: '2014-03-10T12:15:00+01:00',
      brand_new_field: 1,
    });
    expect(b).toMatchObject({ _id: 'x', status: null, no_show: false, contact: null });
    expect((b as Record<string, unknown>).brand_new_field).toBe(1);
  });

  it('refuses a booking without usable times', () => {
    expect(DoctenaBooking.safeParse({ _id: 'x', starts: 'soon', ends: 'later' }).success).toBe(
      false,
    );
    expect(
      DoctenaBooking.safeParse({
        _id: 'x',
        starts: '2014-03-10T11:15:00',
        ends: '2014-03-10T12:15:00',
      }).success,
    ).toBe(false);
  });
});

describe('bookings map', () => {
  it('maps the spec list: no_show "true" wins over HANDLED and CONFIRMED', () => {
    const events = mapDoctenaBookings(DoctenaBookings.parse(json(fx.bookingsJson)), ctx);
    expect(events).toHaveLength(2);
    for (const e of events) expect(CalendarEvent.safeParse(e).success).toBe(true);
    expect(events[0]).toEqual({
      id: 'doctena:acc1:doctena-booking:5319db7acb2fa546f1000026',
      vendorId: '5319db7acb2fa546f1000026',
      kind: 'doctena-booking',
      source: 'doctena',
      accountId: 'acc1',
      calendarId: CAL1,
      start: '2014-03-10T10:15:00Z',
      end: '2014-03-10T11:15:00Z',
      title: 'Julian Hoffmann (doxter)',
      status: 'no-show',
      vendorStatus: 'HANDLED',
      noShow: true,
      patient: {
        name: 'Julian Hoffmann',
        phone: '015771982521',
        email: 'julian.hoffmann@gmail.com',
        insurance: 'GKV',
        clientId: null,
      },
      reason: 'Kontrolltermin',
      serviceId: null,
      note: null,
      recurrence: null,
      timezone: null,
      updatedAt: '2014-03-10T09:45:43Z',
      actions: [],
    });
    expect(events[1]).toMatchObject({ status: 'no-show', vendorStatus: 'CONFIRMED' });
  });

  it('maps the single booking (UNVERIFIED) and the PUT answer without no_show', () => {
    const unverified = mapDoctenaBooking(booking({ no_show: 'false' }), ctx);
    expect(unverified).toMatchObject({ status: 'waiting', vendorStatus: 'UNVERIFIED' });
    const updated = mapDoctenaBooking(DoctenaBooking.parse(json(fx.updatedBookingJson)), ctx);
    expect(updated).toMatchObject({ status: 'confirmed', noShow: false, reason: 'Kontrolltermin' });
    expect(updated?.patient?.insurance).toBeNull();
  });

  it.each([
    ['WAITING', 'waiting'],
    ['HANDLED', 'waiting'],
    ['UNVERIFIED', 'waiting'],
    ['CONFIRMED', 'confirmed'],
    ['RESCHEDULED', 'rescheduled'],
    ['CANCELLED', 'cancelled'],
    ['CANCELED', 'cancelled'],
    ['EXPIRED', 'expired'],
    ['confirmed', 'confirmed'],
    ['ON_HOLD', 'unknown'],
    [null, 'unknown'],
  ] as const)('status %s → %s, vendor word kept', (vendorStatus, status) => {
    const e = mapDoctenaBooking(booking({ status: vendorStatus, no_show: 'false' }), ctx);
    expect(e?.status).toBe(status);
    expect(e?.vendorStatus).toBe(vendorStatus);
  });

  it.each([
    ['true', true],
    ['false', false],
    [true, true],
    [false, false],
    ['TRUE', true],
    ['1', true],
    [undefined, false],
    [null, false],
  ] as const)('no_show %s reads as %s', (value, expected) => {
    const b = booking({ no_show: value, status: 'CANCELLED' });
    expect(b.no_show).toBe(expected);
    expect(mapDoctenaBooking(b, ctx)?.status).toBe(expected ? 'no-show' : 'cancelled');
  });

  it('uses problem when there is no reason, and a fallback title', () => {
    const e = mapDoctenaBooking(booking({ reason: '', title: null }), ctx);
    expect(e?.reason).toBe('Vertigo / Drehschwindel');
    expect(e?.title).toBe('Julian Hoffmann');
  });

  it('has no patient when the booking has no contact', () => {
    const e = mapDoctenaBooking(booking({ contact: null, insurance: null }), ctx);
    expect(e?.patient).toBeNull();
  });

  describe('actions', () => {
    // NOW is 09:00 Berlin on Monday 2014-03-10.
    const at = (starts: string, status: string, noShow = 'false') =>
      mapDoctenaBooking(
        booking({ starts, ends: '2014-03-20T12:00:00+01:00', status, no_show: noShow }),
        ctx,
      )?.actions;

    it('offers confirm, cancel and move for a future waiting booking', () => {
      expect(at('2014-03-11T10:00:00+01:00', 'WAITING')).toEqual(['confirm', 'cancel', 'move']);
      expect(at('2014-03-11T10:00:00+01:00', 'HANDLED')).toEqual(['confirm', 'cancel', 'move']);
      expect(at('2014-03-11T10:00:00+01:00', 'RESCHEDULED')).toEqual(['confirm', 'cancel', 'move']);
    });

    it('does not offer confirm on a confirmed booking', () => {
      expect(at('2014-03-11T10:00:00+01:00', 'CONFIRMED')).toEqual(['cancel', 'move']);
    });

    it('offers no-show once the start has passed, and still confirm/cancel today', () => {
      expect(at('2014-03-10T08:30:00+01:00', 'CONFIRMED')).toEqual(['cancel', 'no-show']);
      expect(at('2014-03-10T08:30:00+01:00', 'WAITING')).toEqual(['confirm', 'cancel', 'no-show']);
    });

    it('offers only no-show for past bookings, cancelled or expired included', () => {
      expect(at('2014-03-09T10:00:00+01:00', 'CONFIRMED')).toEqual(['no-show']);
      expect(at('2014-03-09T10:00:00+01:00', 'CANCELLED')).toEqual(['no-show']);
      expect(at('2014-03-09T10:00:00+01:00', 'EXPIRED')).toEqual(['no-show']);
    });

    it('offers nothing on cancelled future, no-show, or unknown bookings', () => {
      expect(at('2014-03-11T10:00:00+01:00', 'CANCELLED')).toEqual([]);
      expect(at('2014-03-11T10:00:00+01:00', 'EXPIRED')).toEqual([]);
      expect(at('2014-03-09T10:00:00+01:00', 'CANCELLED', 'true')).toEqual([]);
      expect(at('2014-03-11T10:00:00+01:00', 'SOMETHING_NEW')).toEqual([]);
      expect(at('2014-03-09T10:00:00+01:00', 'SOMETHING_NEW')).toEqual([]);
    });

    it('judges "today" in Berlin, not UTC', () => {
      // 00:30 Berlin on the 10th is still the 9th in UTC.
      const late = { ...ctx, now: Date.parse('2014-03-09T23:30:00Z') };
      const e = mapDoctenaBooking(
        booking({ starts: '2014-03-10T00:10:00+01:00', status: 'WAITING', no_show: 'false' }),
        late,
      );
      expect(e?.actions).toEqual(['confirm', 'cancel', 'no-show']);
    });
  });
});

describe('blockings map', () => {
  it('maps the spec list: one-off and recurring', () => {
    const events = mapDoctenaBlockings(DoctenaBlockings.parse(json(fx.blockingsJson)), {
      ...ctx,
      now: Date.parse('2014-03-01T00:00:00Z'),
    });
    for (const e of events) expect(CalendarEvent.safeParse(e).success).toBe(true);
    expect(events[0]).toMatchObject({
      kind: 'doctena-blocking',
      start: '2014-03-10T10:15:00Z',
      recurrence: null,
      actions: ['move', 'delete'],
      patient: null,
    });
    expect(events[1]).toMatchObject({
      recurrence: 'FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=MO,TU,WE,TH,FR',
      actions: ['delete'],
    });
  });

  it('strips an RRULE: prefix and does not move past blockings', () => {
    const b = DoctenaBlocking.parse({
      ...(json(fx.createdBlockingJson) as object),
      recurrence: 'RRULE:FREQ=WEEKLY;UNTIL=20150101T000000Z',
    });
    expect(mapDoctenaBlocking(b, ctx)?.recurrence).toBe('FREQ=WEEKLY;UNTIL=20150101T000000Z');
    const past = DoctenaBlocking.parse(json(fx.updatedBlockingJson));
    const e = mapDoctenaBlocking(
      { ...past, recurrence: '' },
      { ...ctx, now: Date.parse('2015-01-01') },
    );
    expect(e?.actions).toEqual(['delete']);
  });
});

describe('calendars', () => {
  it('maps and discovers the calendars the login sees', async () => {
    const list = DoctenaCalendars.parse(json(fx.calendarsJson));
    const info = mapDoctenaCalendar(list[0] as DoctenaCalendar, 'acc1');
    expect(CalendarInfo.parse(info)).toEqual({
      id: '4f02608e18cb71000100004b',
      source: 'doctena',
      accountId: 'acc1',
      name: 'Standardkalender PKV',
      owner: 'Dr. Max Mustermann',
      timezone: null,
      clinicId: null,
      locationId: null,
    });
    const found = await discoverDoctena({ listCalendars: async () => [...list, ...list] }, 'acc1');
    expect(found.map((c) => c.name)).toEqual(['Standardkalender GKV', 'Standardkalender PKV']);
  });

  it('keeps a status word it does not know as unknown', () => {
    expect(mapDoctenaStatus('PAUSED', false)).toBe('unknown');
  });
});

describe('client', () => {
  function client(steps: Step[]) {
    const fake = createFakeFetch(steps);
    const c = createDoctenaClient({
      baseUrl: 'https://www.doxter.de/api/v2/',
      login: 'login@example.com',
      password: 'pä:ss',
      fetch: fake.fetch,
      logger: createMemoryLogger(),
      http: { clock: createFakeClock(), random: () => 0 },
    });
    return { c, fake };
  }

  it('authenticates with HTTP Basic', async () => {
    const { c, fake } = client([{ status: 200, raw: fx.calendarsJson }]);
    await c.listCalendars();
    const expected = Buffer.from('login@example.com:pä:ss', 'utf8').toString('base64');
    expect(fake.calls[0]?.headers.authorization).toBe(`Basic ${expected}`);
    expect(fake.calls[0]?.url).toBe('https://www.doxter.de/api/v2/calendars');
  });

  it('sends query parameters the API expects', async () => {
    const { c, fake } = client([{ status: 200, body: [] }]);
    await c.listBookings({
      calendarId: CAL1,
      updated: '2014-03-08T10:54:14+01:00',
      status: ['CONFIRMED', 'CANCELED'],
    });
    await c.listTimeblocks({ calendarId: CAL1, showDeleted: true });
    await c.listBlockings({ calendarId: CAL1, updated: '2014-03-08T10:54:14+01:00' });
    const urls = fake.calls.map((call) => decodeURIComponent(new URL(call.url).search));
    expect(urls).toEqual([
      '?updated=2014-03-08T10:54:14+01:00&status=CONFIRMED,CANCELED',
      '?show_deleted=true',
      '?updated=2014-03-08T10:54:14+01:00',
    ]);
  });

  it('updates a booking with form fields, CANCELED spelling and no_show', async () => {
    const { c, fake } = client([{ status: 200, raw: fx.updatedBookingJson }]);
    const updated = await c.updateBooking(CAL1, B1, {
      status: 'CANCELED',
      noShow: true,
      sendNotifications: false,
    });
    expect(updated.status).toBe('CONFIRMED');
    expect(fake.calls[0]?.method).toBe('PUT');
    expect(fake.calls[0]?.url).toMatch(new RegExp(`/calendars/${CAL1}/bookings/${B1}$`));
    expect(fake.calls[0]?.body).toBe('status=CANCELED&no_show=true&send_notifications=false');
  });

  it('refuses an empty update before sending anything', async () => {
    const { c, fake } = client([{ status: 200, raw: fx.updatedBookingJson }]);
    await expect(c.updateBooking(CAL1, B1, {})).rejects.toMatchObject({ code: 'validation' });
    await expect(c.updateBlocking(CAL1, B1, {})).rejects.toMatchObject({ code: 'validation' });
    expect(fake.calls).toHaveLength(0);
  });

  it('creates, moves and deletes blockings', async () => {
    const { c, fake } = client([
      { status: 200, raw: fx.createdBlockingJson },
      { status: 200, raw: fx.updatedBlockingJson },
      { status: 200, raw: fx.deletedBlockingJson },
    ]);
    const created = await c.createBlocking(CAL1, {
      title: 'BlockingTitle',
      starts: '2014-03-11T13:18:33+01:00',
      ends: '2014-03-11T15:19:22+01:00',
    });
    expect(created._id).toBe('531ee370bb3357eb20000001');
    await c.updateBlocking(CAL1, created._id, { starts: '2014-04-07T11:00:00+01:00' });
    await c.deleteBlocking(CAL1, created._id);
    expect(fake.calls.map((call) => call.method)).toEqual(['POST', 'PUT', 'DELETE']);
    expect(fake.calls[0]?.body).toBe(
      'title=BlockingTitle&starts=2014-03-11T13%3A18%3A33%2B01%3A00&ends=2014-03-11T15%3A19%3A22%2B01%3A00',
    );
  });

  it('explains a refused login and a missing booking', async () => {
    const { c } = client([
      { status: 401, body: { error: 'Unauthorized' } },
      { status: 404, raw: fx.bookingNotFoundJson },
    ]);
    const auth = await c.listCalendars().catch((e: unknown) => e);
    expect(auth).toBeInstanceOf(AppError);
    expect(auth).toMatchObject({ code: 'auth', details: { vendor: 'doctena', status: 401 } });
    const missing = await c.getBooking(CAL1, B1).catch((e: unknown) => e);
    expect(missing).toMatchObject({
      code: 'not-found',
      details: { status: 404, path: '/calendars/:calendarId/bookings/:id', notFound: 'booking' },
    });
  });

  it('reports a missing updated parameter as a validation error', async () => {
    const { c } = client([{ status: 400, raw: fx.bookingsMissingUpdatedJson }]);
    await expect(c.listBookings({ calendarId: CAL1, updated: '' })).rejects.toMatchObject({
      code: 'validation',
    });
  });
});

describe('unreadable records and ids in paths', () => {
  function client(steps: Step[]) {
    const fake = createFakeFetch(steps);
    const logger = createMemoryLogger();
    const c = createDoctenaClient({
      baseUrl: 'https://www.doxter.de/api/v2/',
      login: 'login@example.com',
      password: 'secret',
      fetch: fake.fetch,
      logger,
      http: { clock: createFakeClock(), random: () => 0 },
    });
    return { c, fake, logger };
  }
  const blockings = json(fx.blockingsJson) as Record<string, unknown>[];
  const yearZero = {
    _id: '5319db7acb2fa546f1000099',
    title: 'Frau Erika Musterfrau',
    recurrence: 'FREQ=WEEKLY',
    starts: '0000-01-01T00:00:00+01:00',
    ends: '0000-01-01T01:00:00+01:00',
  };

  it('keeps the readable blockings when one starts in year 0000, and logs only its id', async () => {
    const { c, logger } = client([{ status: 200, body: [blockings[0], yearZero, blockings[1]] }]);
    const list = await c.listBlockings({ calendarId: CAL1, updated: '1970-01-01T00:00:00Z' });
    expect(list.map((b) => b._id)).toEqual([
      '5319db7acb2fa546f1000026',
      '5319db7acb2fa546f1000027',
    ]);
    expect(unreadableIn(list)).toMatchObject([
      { list: 'doctena.blockings', index: 1, id: '5319db7acb2fa546f1000099' },
    ]);
    const warned = logger.lines.filter((l) => l.level === 'warn');
    expect(warned).toHaveLength(1);
    expect(warned[0]?.fields).toMatchObject({
      id: '5319db7acb2fa546f1000099',
      list: 'doctena.blockings',
    });
    expect(JSON.stringify(logger.lines)).not.toMatch(/Musterfrau|0000-01-01/);
  });

  it('reads bookings, timeblocks and calendars item by item too', async () => {
    const bookings = json(fx.bookingsJson) as Record<string, unknown>[];
    const { c } = client([
      { status: 200, body: [...bookings, { ...bookings[0], _id: 42 }] },
      { status: 200, body: [{ begins_at: '09:00', weekdays: 'weekdays' }, 'junk'] },
      { status: 200, body: [...(json(fx.calendarsJson) as object[]), { _id: '../x' }] },
    ]);
    const readBookings = await c.listBookings({
      calendarId: CAL1,
      updated: '2014-01-01T00:00:00Z',
    });
    expect(readBookings).toHaveLength(bookings.length);
    expect(unreadableIn(readBookings)).toHaveLength(1);
    const timeblocks = await c.listTimeblocks({ calendarId: CAL1 });
    expect([timeblocks.length, unreadableIn(timeblocks).length]).toEqual([1, 1]);
    // A calendar whose id could not go into a path is left out, not synced into a failure.
    const calendars = await discoverDoctena(c, 'acc1');
    expect(calendars.map((cal) => cal.id).sort()).toEqual([CAL1, '4f02608e18cb71000100004c']);
    expect(unreadableIn(calendars)).toHaveLength(1);
  });

  it.each(['..', '.', '', 'a/b', '4f02608e18cb71000100004b/..', 'x\u0000', 'a'.repeat(500)])(
    'sends nothing for the id %j',
    async (bad) => {
      const { c, fake } = client([{ status: 200, body: [] }]);
      const attempts = [
        c.listBlockings({ calendarId: bad, updated: '1970-01-01T00:00:00Z' }),
        c.deleteBlocking(CAL1, bad),
        c.createBlocking(bad, { starts: '2026-11-24T09:00:00Z', ends: '2026-11-24T10:00:00Z' }),
        c.updateBooking(bad, B1, { status: 'CONFIRMED' }),
      ];
      for (const attempt of attempts) {
        await expect(attempt).rejects.toMatchObject({
          code: 'invalid-input',
          details: { vendor: 'doctena', reason: 'bad-id' },
        });
      }
      expect(fake.calls).toHaveLength(0);
    },
  );
});
