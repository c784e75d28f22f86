import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_CALENDARS,
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
  type Booking,
  type DoctenaSimulator,
} from './index';

// Wednesday 25 November 2026, 10:00 in Berlin (+01:00).
const T0 = new Date('2026-11-25T09:00:00Z');
const GENERAL = DEMO_CALENDARS.general._id;
const PAEDIATRICS = DEMO_CALENDARS.paediatrics._id;
const EPOCH = '2000-01-01T00:00:00Z';
const MINUTE = 60_000;

let clock: Date;
let sim: DoctenaSimulator;

beforeEach(async () => {
  clock = new Date(T0);
  sim = await startDoctenaSimulator({ now: () => clock });
});
afterEach(async () => {
  await sim.close();
});

const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

const basic = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
const DEMO_AUTH = basic(DOCTENA_DEMO_LOGIN, DOCTENA_DEMO_PASSWORD);

interface CallOptions {
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded, verbatim, like the spec's curl examples. */
  form?: string;
  auth?: string | null;
  signal?: AbortSignal;
}

async function call(method: string, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  const auth = options.auth === undefined ? DEMO_AUTH : options.auth;
  if (auth) headers.authorization = auth;
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = options.form;
  }
  const res = await fetch(`${sim.baseUrl}${path}`, {
    method,
    headers,
    body,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: text ? JSON.parse(text) : undefined,
  };
}

const get = (path: string, options?: CallOptions) => call('GET', path, options);
type WireBooking = Record<string, unknown> & { _id: string; status: string; starts: string };
type WireBlocking = {
  _id: string;
  title: string;
  starts: string;
  ends: string;
  recurrence: string;
};

function storeBookings(filter: (b: Booking) => boolean): Booking[] {
  return [...sim.store.bookings.values()].filter(filter);
}
const pastBooking = (status: string) =>
  storeBookings((b) => b.status === status && b.starts < clock && b.no_show === 'false')[0];
const futureBooking = (status: string) =>
  storeBookings((b) => b.status === status && b.starts > clock)[0];
const bookingPath = (b: Booking) => `/calendars/${b.calendar_id}/bookings/${b._id}`;

describe('authentication', () => {
  it('rejects missing and wrong credentials with 401 and a Basic challenge', async () => {
    for (const auth of [
      null,
      basic(DOCTENA_DEMO_LOGIN, 'wrong'),
      basic('hacker@example.com', 'x'),
    ]) {
      const res = await get('/calendars', { auth });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Basic realm="Doctena"');
      expect(res.body).toEqual({ error: 'Unauthorized' });
    }
    const res = await get(`/calendars/${GENERAL}/bookings?updated=${EPOCH}`, { auth: 'Bearer x' });
    expect(res.status).toBe(401);
  });

  it('answers HEAD like curl -I in the spec', async () => {
    expect((await call('HEAD', '/calendars', { auth: null })).status).toBe(401);
    expect((await call('HEAD', '/calendars/doesnotexist')).status).toBe(404);
    expect((await call('HEAD', '/calendars')).status).toBe(200);
  });
});

describe('calendars', () => {
  it('lists the calendars of the login', async () => {
    const res = await get('/calendars');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.body).toEqual([DEMO_CALENDARS.general, DEMO_CALENDARS.paediatrics]);
  });

  it('returns one calendar, and 404 when missing or not visible', async () => {
    expect((await get(`/calendars/${GENERAL}`)).body).toEqual(DEMO_CALENDARS.general);
    const missing = await get('/calendars/doesnotexist');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Calendar not found' });

    const other = sim.store.addCalendar({
      name: 'Standardkalender',
      profile_name: 'Dr. Max Mustermann',
    });
    sim.store.addLogin('other@example.com', 'pw', [other._id, PAEDIATRICS]);
    expect((await get(`/calendars/${other._id}`)).status).toBe(404);
    expect((await get(`/calendars/${other._id}/bookings?updated=${EPOCH}`)).status).toBe(404);
    // One login, calendars of several accounts.
    const mine = await get('/calendars', { auth: basic('other@example.com', 'pw') });
    expect((mine.body as { _id: string }[]).map((c) => c._id).sort()).toEqual(
      [other._id, PAEDIATRICS].sort(),
    );
  });
});

describe('timeblocks', () => {
  it('hides DELETED timeblocks unless show_deleted is true or 1', async () => {
    const plain = (await get(`/calendars/${PAEDIATRICS}/timeblocks`)).body as { status: string }[];
    expect(plain.map((t) => t.status)).not.toContain('DELETED');
    for (const flag of ['true', '1']) {
      const all = (await get(`/calendars/${PAEDIATRICS}/timeblocks?show_deleted=${flag}`)).body as {
        status: string;
      }[];
      expect(all.length).toBe(plain.length + 1);
      expect(all.map((t) => t.status)).toContain('DELETED');
    }
    const off = (await get(`/calendars/${PAEDIATRICS}/timeblocks?show_deleted=false`)).body;
    expect(off).toEqual(plain);
  });

  it('returns every spec field, and one timeblock by id', async () => {
    const list = (await get(`/calendars/${GENERAL}/timeblocks`)).body as Record<string, unknown>[];
    const first = list[0] ?? {};
    expect(Object.keys(first).sort()).toEqual(
      [
        '_id',
        'activated',
        'beat',
        'begins_at',
        'calendar_id',
        'ends_at',
        'every_n_weeks',
        'hide_booked_times',
        'margin_to_first_timeslots',
        'range_limit_for_timeslots',
        'recurrence',
        'status',
        'updated_at',
        'valid_forever',
        'valid_from',
        'valid_until',
        'weekdays',
      ].sort(),
    );
    expect(first.beat).toBe(900);
    expect(first.valid_from).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    const one = await get(`/calendars/${GENERAL}/timeblocks/${String(first._id)}`);
    expect(one.body).toEqual(first);
    const missing = await get(`/calendars/${GENERAL}/timeblocks/000000000000000000000000`);
    expect(missing.status).toBe(404);
    // A timeblock of another calendar is not found under this one.
    expect((await get(`/calendars/${PAEDIATRICS}/timeblocks/${String(first._id)}`)).status).toBe(
      404,
    );
  });

  it('filters by updated (at or after)', async () => {
    advance(5 * MINUTE);
    const since = clock.toISOString();
    const target = [...sim.store.timeblocks.values()].find((t) => t.calendar_id === GENERAL);
    sim.store.updateTimeblock(target?._id ?? '', { ends_at: '12:00' });
    const changed = (await get(`/calendars/${GENERAL}/timeblocks?updated=${since}`)).body;
    expect(changed).toEqual([expect.objectContaining({ _id: target?._id, ends_at: '12:00' })]);
    expect((await get(`/calendars/${GENERAL}/timeblocks?updated=banana`)).status).toBe(400);
  });
});

describe('GET bookings', () => {
  it('requires updated, with the exact error body', async () => {
    const res = await get(`/calendars/${GENERAL}/bookings`);
    expect(res.status).toBe(400);
    expect(res.text.replace(/\s/g, '')).toBe('{"error":"updatedismissing"}');
    expect(res.body).toEqual({ error: 'updated is missing' });
    const bad = await get(`/calendars/${GENERAL}/bookings?updated=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'updated is not a valid iso8601 time' });
  });

  it('returns all bookings updated since, cancelled ones included', async () => {
    const res = await get(`/calendars/${GENERAL}/bookings?updated=${EPOCH}`);
    const list = res.body as WireBooking[];
    expect(list.length).toBe(storeBookings((b) => b.calendar_id === GENERAL).length);
    expect(list.map((b) => b.status)).toContain('CANCELLED');
    for (const b of list) {
      expect(b.starts).toMatch(/^2026-1[12]-\d\dT\d\d:\d\d:00\+01:00$/);
      expect(['true', 'false']).toContain(b.no_show);
    }
  });

  it('accepts the spec-style unencoded + offset in updated', async () => {
    const res = await get(`/calendars/${GENERAL}/bookings?updated=2000-01-01T10:54:14+01:00`);
    expect(res.status).toBe(200);
  });

  it('filters by status, comma-separated, either cancel spelling', async () => {
    const cancelled = (
      await get(`/calendars/${GENERAL}/bookings?updated=${EPOCH}&status=CANCELLED`)
    ).body as WireBooking[];
    const canceled = (await get(`/calendars/${GENERAL}/bookings?updated=${EPOCH}&status=CANCELED`))
      .body as WireBooking[];
    expect(cancelled.length).toBeGreaterThan(0);
    expect(canceled).toEqual(cancelled);
    expect(new Set(cancelled.map((b) => b.status))).toEqual(new Set(['CANCELLED']));

    const two = (
      await get(`/calendars/${GENERAL}/bookings?updated=${EPOCH}&status=CONFIRMED,WAITING`)
    ).body as WireBooking[];
    expect(two.length).toBe(
      storeBookings(
        (b) => b.calendar_id === GENERAL && (b.status === 'CONFIRMED' || b.status === 'WAITING'),
      ).length,
    );
    const bad = await get(`/calendars/${GENERAL}/bookings?updated=${EPOCH}&status=NOPE`);
    expect(bad.status).toBe(400);
  });

  it('returns one booking, 404 with the spec body otherwise', async () => {
    const b = storeBookings((x) => x.calendar_id === GENERAL)[0] as Booking;
    const one = await get(bookingPath(b));
    expect(one.body).toMatchObject({ _id: b._id, contact: { first_name: b.contact.first_name } });
    const missing = await get(`/calendars/${GENERAL}/bookings/4f02608e18cb71000100003c`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Booking not found' });
    expect((await get(`/calendars/${PAEDIATRICS}/bookings/${b._id}`)).status).toBe(404);
  });
});

describe('PUT booking', () => {
  const put = (b: Booking, options: CallOptions) => call('PUT', bookingPath(b), options);

  it('needs at least one parameter', async () => {
    const b = futureBooking('CONFIRMED') as Booking;
    expect((await put(b, {})).status).toBe(400);
    expect((await put(b, { json: {} })).status).toBe(400);
    expect((await put(b, { json: { unknown: 1 } })).status).toBe(400);
    expect((await put(b, { json: [] })).status).toBe(400);
    const missing = await call('PUT', `/calendars/${GENERAL}/bookings/000000000000000000000000`, {
      json: { title: 'x' },
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'Booking not found' });
  });

  it('rejects ends not after starts, also against the stored value', async () => {
    const b = futureBooking('CONFIRMED') as Booking;
    const starts = b.starts.toISOString();
    expect((await put(b, { json: { starts, ends: starts } })).body).toEqual({
      error: 'ends must be after starts',
    });
    const before = new Date(b.starts.getTime() - MINUTE).toISOString();
    expect((await put(b, { json: { ends: before } })).status).toBe(400);
    const after = new Date(b.ends.getTime() + MINUTE).toISOString();
    expect((await put(b, { json: { starts: after } })).status).toBe(400);
    expect((await put(b, { json: { starts: 'tomorrow' } })).status).toBe(400);
  });

  it('title only keeps the status and bumps updated_at', async () => {
    const b = futureBooking('CONFIRMED') as Booking;
    advance(MINUTE);
    const res = await put(b, { form: 'title=Neuer%20Titel' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Neuer Titel', status: 'CONFIRMED' });
    expect(new Date((res.body as { updated_at: string }).updated_at)).toEqual(clock);
  });

  it('moving starts reschedules, unless the same request cancels', async () => {
    const [a, b, c] = storeBookings((x) => x.status === 'CONFIRMED' && x.starts > clock);
    if (!a || !b || !c) throw new Error('seed lacks future confirmed bookings');
    const moved = (x: Booking) => ({
      starts: new Date(x.starts.getTime() + 7 * 86_400_000).toISOString(),
      ends: new Date(x.ends.getTime() + 7 * 86_400_000).toISOString(),
    });
    expect((await put(a, { json: moved(a) })).body).toMatchObject({ status: 'RESCHEDULED' });
    expect((await put(b, { json: { ...moved(b), status: 'CONFIRMED' } })).body).toMatchObject({
      status: 'RESCHEDULED',
    });
    expect((await put(c, { json: { ...moved(c), status: 'CANCELED' } })).body).toMatchObject({
      status: 'CANCELLED',
    });
    // The same start again is no move.
    const d = futureBooking('WAITING') as Booking;
    const same = await put(d, { json: { starts: d.starts.toISOString() } });
    expect(same.body).toMatchObject({ status: 'WAITING' });
  });

  it('stores an explicit CANCELED (form body, spec curl style) as CANCELLED', async () => {
    const b = futureBooking('WAITING') as Booking;
    const res = await put(b, { form: `status=CANCELED&title=Storniert` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'CANCELLED', title: 'Storniert' });
    expect((await get(bookingPath(b))).body).toMatchObject({ status: 'CANCELLED' });
    const spelled = futureBooking('CONFIRMED') as Booking;
    expect((await put(spelled, { json: { status: 'CANCELLED' } })).body).toMatchObject({
      status: 'CANCELLED',
    });
    // Unencoded '+' arrives as a space, exactly as with curl --data.
    const curlStyle = await put(futureBooking('CONFIRMED') as Booking, {
      form: 'starts=2026-12-01T08:00:00+01:00&ends=2026-12-01T09:00:00+01:00&status=CONFIRMED',
    });
    expect(curlStyle.status).toBe(200);
    expect(curlStyle.body).toMatchObject({ status: 'RESCHEDULED' });
    expect((curlStyle.body as WireBooking).starts).toBe('2026-12-01T08:00:00+01:00');
  });

  it('takes parameters from the query string too, as the Rails app behind the API does', async () => {
    const b = futureBooking('WAITING') as Booking;
    const res = await call('PUT', `${bookingPath(b)}?status=CONFIRMED`);
    expect(res.body).toMatchObject({ status: 'CONFIRMED' });
  });

  it('accepts only CONFIRMED, RESCHEDULED and CANCELED as status', async () => {
    const b = futureBooking('WAITING') as Booking;
    for (const status of ['WAITING', 'HANDLED', 'nonsense', '']) {
      expect((await put(b, { json: { status } })).status).toBe(400);
    }
    expect((await put(b, { json: { status: 'confirmed' } })).body).toMatchObject({
      status: 'CONFIRMED',
    });
    expect((await put(b, { form: 'status=RESCHEDULED' })).body).toMatchObject({
      status: 'RESCHEDULED',
    });
  });

  it('refuses no_show=true before the appointment time', async () => {
    const b = futureBooking('CONFIRMED') as Booking;
    const res = await put(b, { json: { status: 'CANCELED', no_show: true } });
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toMatch(/passed/);
    expect(sim.store.bookings.get(b._id)?.status).toBe('CONFIRMED');
  });

  it('refuses no_show=true on a past booking that is not (being) cancelled', async () => {
    const b = pastBooking('CONFIRMED') as Booking;
    for (const body of [{ no_show: true }, { no_show: 'true', status: 'CONFIRMED' }]) {
      const res = await put(b, { json: body });
      expect(res.status).toBe(400);
      expect((res.body as { error: string }).error).toMatch(/CANCELED/);
    }
  });

  it('sets no_show on a past booking cancelled now or before, as a string', async () => {
    const b = pastBooking('CONFIRMED') as Booking;
    const res = await put(b, { form: 'status=CANCELED&no_show=true' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'CANCELLED', no_show: 'true' });

    const cancelled = pastBooking('CANCELLED') as Booking;
    const again = await put(cancelled, { json: { no_show: true } });
    expect(again.body).toMatchObject({ status: 'CANCELLED', no_show: 'true' });
    const undo = await put(cancelled, { json: { no_show: 'false' } });
    expect(undo.body).toMatchObject({ no_show: 'false' });
    expect((await put(cancelled, { json: { no_show: 'maybe' } })).status).toBe(400);
  });

  it('records notifications instead of sending them', async () => {
    const b = futureBooking('WAITING') as Booking;
    await put(b, { json: { status: 'CONFIRMED', send_notifications: true } });
    await put(b, { form: 'status=CANCELED&send_notifications=false' });
    advance(MINUTE);
    const before = sim.store.bookings.get(b._id)?.updated_at;
    const resend = await put(b, { form: 'send_notifications=true' });
    expect(resend.status).toBe(200);
    // Re-sending changes nothing about the booking itself.
    expect(sim.store.bookings.get(b._id)?.updated_at).toEqual(before);
    expect(sim.store.notifications.map((n) => [n.booking_id, n.kind])).toEqual([
      [b._id, 'confirmation'],
      [b._id, 'cancellation'],
    ]);
  });

  it('makes an incremental fetch return only the changed bookings', async () => {
    advance(10 * MINUTE);
    const since = encodeURIComponent(new Date(clock).toISOString());
    expect((await get(`/calendars/${GENERAL}/bookings?updated=${since}`)).body).toEqual([]);
    const b = storeBookings(
      (x) => x.calendar_id === GENERAL && x.status === 'WAITING',
    )[0] as Booking;
    await put(b, { json: { status: 'CONFIRMED' } });
    const changed = (await get(`/calendars/${GENERAL}/bookings?updated=${since}`))
      .body as WireBooking[];
    expect(changed.map((x) => x._id)).toEqual([b._id]);
    expect(changed[0]?.updated_at).toBe('2026-11-25T10:10:00+01:00');
    // A patient booking on Doctena shows up the same way.
    const fresh = sim.store.addBooking({
      calendar_id: GENERAL,
      starts: new Date('2026-11-30T08:00:00Z'),
      ends: new Date('2026-11-30T08:15:00Z'),
      contact: {
        email: 'neu@example.org',
        first_name: 'Neu Patient',
        phone_number: '+49 30 55500000',
      },
    });
    const both = (await get(`/calendars/${GENERAL}/bookings?updated=${since}`))
      .body as WireBooking[];
    expect(both.map((x) => x._id).sort()).toEqual([b._id, fresh._id].sort());
  });
});

describe('blockings', () => {
  const base = `/calendars/${GENERAL}/blockings`;
  const create = (options: CallOptions) => call('POST', base, options);

  it('requires updated when listing', async () => {
    const res = await get(base);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'updated is missing' });
    const list = (await get(`${base}/?updated=${EPOCH}`)).body as WireBlocking[];
    expect(list.map((b) => b.title).sort()).toEqual(['Fortbildung', 'Teambesprechung']);
  });

  it('creates, updates and deletes a one-off blocking', async () => {
    advance(MINUTE);
    const since = encodeURIComponent(clock.toISOString());
    // The spec's curl example: form body with unencoded '+'.
    const created = await create({
      form: 'starts=2026-11-26T13:18:33+01:00&ends=2026-11-26T15:19:22+01:00&title=BlockingTitle',
    });
    expect(created.status).toBe(200);
    const blocking = created.body as WireBlocking & { created_at: string; updated_at: string };
    expect(blocking).toMatchObject({
      title: 'BlockingTitle',
      starts: '2026-11-26T13:18:33+01:00',
      ends: '2026-11-26T15:19:22+01:00',
      recurrence: '',
      created_at: '2026-11-25T10:01:00+01:00',
      updated_at: '2026-11-25T10:01:00+01:00',
    });
    expect(blocking._id).toMatch(/^[0-9a-f]{24}$/);
    const listed = (await get(`${base}?updated=${since}`)).body as WireBlocking[];
    expect(listed.map((b) => b._id)).toEqual([blocking._id]);

    advance(MINUTE);
    const path = `${base}/${blocking._id}`;
    expect((await call('PUT', path, {})).status).toBe(400);
    const moved = await call('PUT', path, {
      json: { starts: '2026-11-27T11:00:00+01:00', ends: '2026-11-27T12:00:00+01:00' },
    });
    expect(moved.body).toMatchObject({
      _id: blocking._id,
      title: 'BlockingTitle',
      starts: '2026-11-27T11:00:00+01:00',
      ends: '2026-11-27T12:00:00+01:00',
      updated_at: '2026-11-25T10:02:00+01:00',
      created_at: '2026-11-25T10:01:00+01:00',
    });
    expect((await call('PUT', path, { json: { title: 'Urlaub' } })).body).toMatchObject({
      title: 'Urlaub',
      starts: '2026-11-27T11:00:00+01:00',
    });
    expect((await call('PUT', path, { json: { ends: '2026-11-27T10:00:00+01:00' } })).status).toBe(
      400,
    );

    const deleted = await call('DELETE', path);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({});
    expect((await call('DELETE', path)).body).toEqual({ error: 'Blocking not found' });
    expect((await call('PUT', path, { json: { title: 'x' } })).status).toBe(404);
    const after = (await get(`${base}?updated=${EPOCH}`)).body as WireBlocking[];
    expect(after.map((b) => b._id)).not.toContain(blocking._id);
  });

  it('validates times on create', async () => {
    const cases: Record<string, unknown>[] = [
      { ends: '2026-11-26T15:00:00+01:00' },
      { starts: '2026-11-26T15:00:00+01:00' },
      { starts: 'soon', ends: '2026-11-26T15:00:00+01:00' },
      { starts: '2026-11-26T15:00:00+01:00', ends: '2026-11-26T15:00:00+01:00' },
      { starts: '2026-11-26T15:00:00+01:00', ends: '2026-11-26T14:00:00+01:00' },
      { starts: '2026-02-30T15:00:00+01:00', ends: '2026-03-01T14:00:00+01:00' },
    ];
    for (const json of cases) {
      const res = await create({ json: { title: 'x', ...json } });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(typeof (res.body as { error: unknown }).error).toBe('string');
    }
  });

  it('ends an infinite recurrence 99 years after its start, at the time of ends', async () => {
    const res = await create({
      json: {
        title: 'Teambesprechung',
        starts: '2026-11-25T12:30:00+01:00',
        ends: '2026-11-25T13:30:00+01:00',
        recurrence: 'FREQ=WEEKLY;BYDAY=WE',
      },
    });
    expect(res.body).toMatchObject({
      starts: '2026-11-25T12:30:00+01:00',
      ends: '2125-11-25T13:30:00+01:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    });
  });

  it('ends a recurrence with UNTIL on the UNTIL date, accepting an RRULE: prefix', async () => {
    const res = await create({
      form: new URLSearchParams({
        title: 'Sprechstunde entfällt',
        starts: '2026-11-24T13:15:00+01:00',
        ends: '2026-11-24T18:25:00+01:00',
        recurrence: 'RRULE:FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=MO,TU;UNTIL=20270601T000000Z',
      }).toString(),
    });
    expect(res.status).toBe(200);
    // Summer time on the UNTIL date: same wall-clock time, other offset.
    expect(res.body).toMatchObject({
      starts: '2026-11-24T13:15:00+01:00',
      ends: '2027-06-01T18:25:00+02:00',
      recurrence: 'FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=MO,TU;UNTIL=20270601T000000Z',
    });

    // Adding a recurrence by PUT applies the same rule; dropping it restores a one-off end.
    const id = (res.body as WireBlocking)._id;
    const infinite = await call('PUT', `${base}/${id}`, { json: { recurrence: 'FREQ=DAILY' } });
    expect(infinite.body).toMatchObject({ ends: '2125-11-24T18:25:00+01:00' });
    const once = await call('PUT', `${base}/${id}`, { json: { recurrence: '' } });
    expect(once.body).toMatchObject({ ends: '2026-11-24T18:25:00+01:00', recurrence: '' });
  });

  it('rejects recurrences without FREQ or with an UNTIL before the start', async () => {
    const times = { starts: '2026-11-25T12:30:00+01:00', ends: '2026-11-25T13:30:00+01:00' };
    for (const recurrence of [
      'BYDAY=WE',
      'FREQ=FORTNIGHTLY',
      'garbage',
      'FREQ=WEEKLY;UNTIL=20261301',
    ]) {
      expect((await create({ json: { ...times, recurrence } })).status, recurrence).toBe(400);
    }
    const early = await create({
      json: { ...times, recurrence: 'FREQ=WEEKLY;UNTIL=20261101T000000Z' },
    });
    expect(early.status).toBe(400);
  });

  it('404s blockings of calendars the login cannot see', async () => {
    const other = sim.store.addCalendar({ name: 'Fremd', profile_name: 'Dr. Fremd' });
    const res = await call('POST', `/calendars/${other._id}/blockings`, {
      json: { starts: '2026-11-26T13:00:00+01:00', ends: '2026-11-26T14:00:00+01:00' },
    });
    expect(res.status).toBe(404);
  });
});

describe('seed', () => {
  it('is a realistic demo practice around the current week', async () => {
    const bookings = [
      ...((await get(`/calendars/${GENERAL}/bookings?updated=${EPOCH}`)).body as WireBooking[]),
      ...((await get(`/calendars/${PAEDIATRICS}/bookings?updated=${EPOCH}`)).body as WireBooking[]),
    ];
    expect(bookings.length).toBe(75);
    const general = storeBookings((b) => b.calendar_id === GENERAL).length;
    expect(general).toBeGreaterThan(20);
    expect(75 - general).toBeGreaterThan(20);

    const statuses = new Set(bookings.map((b) => b.status));
    for (const s of [
      'WAITING',
      'HANDLED',
      'EXPIRED',
      'CANCELLED',
      'CONFIRMED',
      'RESCHEDULED',
      'UNVERIFIED',
    ]) {
      expect(statuses, s).toContain(s);
    }
    const noShows = storeBookings((b) => b.no_show === 'true');
    expect(noShows.length).toBeGreaterThanOrEqual(2);
    for (const b of noShows) {
      expect(b.status).toBe('CANCELLED');
      expect(b.starts.getTime()).toBeLessThan(clock.getTime());
    }
    for (const b of sim.store.bookings.values()) {
      expect(b.created_at.getTime()).toBeLessThanOrEqual(b.updated_at.getTime());
      expect(b.updated_at.getTime()).toBeLessThanOrEqual(clock.getTime());
      expect(b.contact.email).toMatch(/@example\.(org|com)$/);
      expect(b.contact.phone_number).toMatch(/^\+49 30 5550\d{4}$/);
      expect(['GKV', 'PKV']).toContain(b.insurance);
      expect(b._id).toMatch(/^[0-9a-f]{24}$/);
    }
    expect(bookings.map((b) => b.reason)).toEqual(
      expect.arrayContaining(['Impfung', 'Kontrolltermin']),
    );
  });

  it('keeps bookings in opening hours over three weeks, without overlaps', () => {
    checkSeedShape(sim, '2026-11-16', '2026-12-04');
  });

  it('handles a week with a DST change and stays deterministic', async () => {
    // Monday 30 March 2026: summer time began the day before; the previous week is winter time.
    const at = new Date('2026-03-30T07:00:00Z');
    const a = await startDoctenaSimulator({ now: at });
    const b = await startDoctenaSimulator({ now: at });
    try {
      checkSeedShape(a, '2026-03-23', '2026-04-10');
      const wire = [GENERAL, PAEDIATRICS].flatMap((id) => a.store.listBookings(id));
      const res = await fetch(`${a.baseUrl}/calendars/${GENERAL}/bookings?updated=${EPOCH}`, {
        headers: { authorization: DEMO_AUTH },
      });
      const sent = (await res.json()) as WireBooking[];
      for (const w of sent) {
        const b = wire.find((x) => x._id === w._id) as Booking;
        expect(w.starts.slice(-6)).toBe(berlinOffset(b.starts));
        expect(w.starts.slice(0, 16).replace('T', ' ')).toBe(berlin(b.starts));
      }
      expect(new Set(sent.map((w) => w.starts.slice(-6)))).toEqual(new Set(['+01:00', '+02:00']));
      const dump = (s: DoctenaSimulator) =>
        JSON.stringify([[...s.store.bookings.values()], [...s.store.blockings.values()]]);
      expect(dump(a)).toBe(dump(b));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('has opening-hour timeblocks and the demo blockings', async () => {
    const all = [GENERAL, PAEDIATRICS].flatMap((id) =>
      sim.store.listTimeblocks(id, { showDeleted: true }),
    );
    expect(all.some((t) => t.every_n_weeks === 2)).toBe(true);
    expect(all.some((t) => t.status === 'INACTIVE' && !t.activated)).toBe(true);
    expect(all.some((t) => t.status === 'DELETED')).toBe(true);
    expect(all.every((t) => t.beat === 900)).toBe(true);
    const blockings = (await get(`/calendars/${GENERAL}/blockings?updated=${EPOCH}`))
      .body as WireBlocking[];
    const meeting = blockings.find((b) => b.title === 'Teambesprechung');
    expect(meeting?.recurrence).toBe('FREQ=WEEKLY;BYDAY=WE');
    expect(meeting?.ends).toMatch(/^2125-.*T13:30:00\+01:00$/);
    expect(blockings.find((b) => b.title === 'Fortbildung')?.recurrence).toBe('');
  });

  it('comes back on /__sim/reset', async () => {
    const b = futureBooking('WAITING') as Booking;
    await call('PUT', bookingPath(b), { json: { status: 'CANCELED' } });
    const reset = await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(sim.store.bookings.get(b._id)?.status).toBe('WAITING');
    expect(sim.store.bookings.size).toBe(75);
  });

  it('can start empty', async () => {
    const empty = await startDoctenaSimulator({ seed: false });
    try {
      expect(empty.store.bookings.size).toBe(0);
      const res = await fetch(`${empty.baseUrl}/calendars`, {
        headers: { authorization: DEMO_AUTH },
      });
      expect(res.status).toBe(401);
    } finally {
      await empty.close();
    }
  });
});

/** Asserts the seed's shape from Berlin wall-clock readings made with Intl, not with time.ts. */
function checkSeedShape(s: DoctenaSimulator, firstDay: string, lastDay: string): void {
  const booked = [...s.store.bookings.values()];
  expect(booked.length).toBe(75);
  for (const calendarId of [GENERAL, PAEDIATRICS]) {
    const mine = booked
      .filter((b) => b.calendar_id === calendarId)
      .sort((x, y) => x.starts.getTime() - y.starts.getTime());
    mine.forEach((b, i) => {
      const next = mine[i + 1];
      if (next) expect(b.ends.getTime(), b._id).toBeLessThanOrEqual(next.starts.getTime());
    });
  }
  // No booking sits in a blocking; recurring ones are weekly, at their wall-clock times.
  for (const blocking of s.store.blockings.values()) {
    const [blockDay = '', blockFrom = ''] = berlin(blocking.starts).split(' ');
    const [, blockTo = ''] = berlin(blocking.ends).split(' ');
    const blockWeekday = new Date(`${blockDay}T12:00:00Z`).getUTCDay();
    for (const b of booked.filter((x) => x.calendar_id === blocking.calendar_id)) {
      const [day = '', from = ''] = berlin(b.starts).split(' ');
      const [, to = ''] = berlin(b.ends).split(' ');
      const sameDay =
        blocking.recurrence === ''
          ? day === blockDay
          : new Date(`${day}T12:00:00Z`).getUTCDay() === blockWeekday;
      expect(sameDay && from < blockTo && to > blockFrom, `${blocking.title} ${day}`).toBe(false);
    }
  }
  for (const b of booked) {
    const [day = '', from = ''] = berlin(b.starts).split(' ');
    const [, to = ''] = berlin(b.ends).split(' ');
    expect(day >= firstDay && day <= lastDay, day).toBe(true);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    expect(weekday >= 1 && weekday <= 5, day).toBe(true);
    const inMorning = from >= '09:00' && to <= '12:30';
    const inAfternoon = from >= '14:00' && to <= '18:00';
    expect(inMorning || inAfternoon, `${from}-${to}`).toBe(true);
  }
}

const berlinFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'short',
  timeStyle: 'short',
});
/** `2026-11-24 09:15` */
const berlin = (d: Date) => berlinFormat.format(d);

/** `+01:00` or `+02:00`, read from Intl's offset name. */
function berlinOffset(d: Date): string {
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    timeZoneName: 'shortOffset',
  })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name === 'GMT+2' ? '+02:00' : name === 'GMT+1' ? '+01:00' : String(name);
}

describe('fault injection', () => {
  const path = '/calendars';

  it('serves 429 with Retry-After, then recovers', async () => {
    sim.faults.add({ method: 'GET', path, kind: '429', times: 1, retryAfterSeconds: 7 });
    const limited = await get(path);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body).toEqual({ error: expect.any(String) });
    expect((await get(path)).status).toBe(200);
  });

  it('serves 500 and 503 with an error body', async () => {
    sim.faults.add({ method: 'GET', path: '/calendars/*/bookings', kind: '500', times: 1 });
    sim.faults.add({ method: '*', path: '/calendars/**', kind: '503', times: 1 });
    const failed = await get(`/calendars/${GENERAL}/bookings?updated=${EPOCH}`);
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ error: expect.any(String) });
    const unavailable = await get(`/calendars/${GENERAL}`);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBeNull();
    expect((await get(`/calendars/${GENERAL}`)).status).toBe(200);
  });

  it('serves malformed JSON', async () => {
    sim.faults.add({ method: 'GET', path, kind: 'malformed-json', times: 1 });
    const res = await fetch(`${sim.baseUrl}${path}`, { headers: { authorization: DEMO_AUTH } });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it('drops the connection', async () => {
    sim.faults.add({ method: 'GET', path, kind: 'drop', times: 1 });
    await expect(get(path)).rejects.toThrow();
    expect((await get(path)).status).toBe(200);
  });

  it('hangs until the client gives up', async () => {
    sim.faults.add({ method: 'GET', path, kind: 'hang', times: 1 });
    const started = Date.now();
    await expect(get(path, { signal: AbortSignal.timeout(300) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect((await get(path)).status).toBe(200);
  });

  it('takes rules from the constructor and the control route, and counts them', async () => {
    const own = await startDoctenaSimulator({
      now: T0,
      faults: [{ method: 'GET', path, kind: '503', times: 1 }],
    });
    try {
      const first = await fetch(`${own.baseUrl}${path}`, { headers: { authorization: DEMO_AUTH } });
      expect(first.status).toBe(503);
      await fetch(`${own.url}/__sim/faults`, {
        method: 'POST',
        body: JSON.stringify({
          method: 'PUT',
          path: '/calendars/*/bookings/*',
          kind: '500',
          times: 1,
        }),
      });
      const b = [...own.store.bookings.values()][0] as Booking;
      const put = await fetch(`${own.baseUrl}${bookingPath(b)}`, {
        method: 'PUT',
        headers: { authorization: DEMO_AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'x' }),
      });
      expect(put.status).toBe(500);
      const stats = (await (await fetch(`${own.url}/__sim/stats`)).json()) as {
        faults: Record<string, number>;
      };
      expect(stats.faults).toMatchObject({ '503': 1, '500': 1 });
      expect(own.requestCount()).toBe(2);
      // The simulated clock drives the Date header.
      expect(first.headers.get('date')).toBe(T0.toUTCString());
    } finally {
      await own.close();
    }
  });
});
