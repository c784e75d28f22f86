import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AvailabilityWindow, CalendarEvent, CalendarInfo } from '../../../shared/domain';
import {
  DOCFAV_API_DISABLED_API_KEY,
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  DOCFAV_EXPIRED_API_KEY,
  DOCFAV_IP_RESTRICTED_API_KEY,
  DOCFAV_LIMITED_SCOPES_API_KEY,
  DOCFAV_OTHER_CLINIC_API_KEY,
  DOCFAV_REVOKED_API_KEY,
  type DocfavSimulator,
} from '../../../simulators/docfav/index';
import { createMemoryLogger, failure, startHarness, type Harness } from '../../testing/harness';
import { discoverDocfav } from './discover';
import {
  mapDocfavAppointment,
  mapDocfavAvailability,
  mapDocfavOccupied,
  mapDocfavSchedules,
} from './map';
import { fetchDocfavAvailability } from './range';
import { translator } from '../../../shared/i18n/translate';
import { errorText } from '../../../renderer/components/accounts/errorText';

/** The Docfav client over real HTTP against the simulator: every endpoint, error and fault. */

const NOW = new Date('2026-03-04T10:00:00Z'); // Wednesday 11:00 in Madrid
const IDS = DOCFAV_DEMO_IDS;
const CLINIC = IDS.clinic;
const LOCATION = IDS.calendar;
const LUCIA = IDS.staffCalendars.lucia;
// Monday 2026-03-02 00:00 to Monday 2026-03-09 00:00 in Madrid (CET).
const WEEK = { startUtc: '2026-03-01T23:00:00Z', endUtc: '2026-03-08T23:00:00Z' };
const LOCAL_WEEK = { localStartDate: '2026-03-02', localEndDate: '2026-03-08' };
let h: Harness;
let sim: DocfavSimulator;

async function restart(options: { rateLimitPerHour?: number } = {}) {
  await h.close();
  h = await startHarness({ now: NOW, ...options });
  sim = h.docfav;
}

beforeEach(async () => {
  h = await startHarness({ now: NOW });
  sim = h.docfav;
});
afterEach(async () => {
  await h.close();
});

/** Over real HTTP: a 1.5 s timeout, and three quick retries (see the harness). */
function client(apiKey = DOCFAV_DEMO_API_KEY, logger = createMemoryLogger()) {
  return h.docfavClient({ apiKey, logger });
}

async function counted<T>(work: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = sim.requestCount();
  const result = await work();
  return { result, requests: sim.requestCount() - before };
}

const ctx = { accountId: 'acc1', now: NOW, timeZones: { [LUCIA]: 'Europe/Madrid' } };

describe('account and clinic directory', () => {
  it('reads me, profiles, clinics and one clinic', async () => {
    const c = client();
    expect((await c.me()).id).toBe(IDS.user);
    expect((await c.profiles()).map((p) => p.back_office_clinic_id)).toContain(CLINIC);
    expect((await c.clinics()).map((cl) => cl.id)).toContain(CLINIC);
    expect(await c.clinic(CLINIC)).toMatchObject({ id: CLINIC, name: 'Clínica Demo Salud' });
  });

  it('reads locations, staff, staff calendars (all pages) and services', async () => {
    const c = client();
    expect((await c.calendars(CLINIC)).map((l) => l.id)).toEqual([LOCATION]);
    expect((await c.staff(CLINIC)).length).toBe(3);
    const staffCalendars = await c.staffCalendars(CLINIC);
    expect(staffCalendars.map((sc) => sc.id).sort()).toEqual(
      Object.values(IDS.staffCalendars).sort(),
    );
    expect(staffCalendars.every((sc) => sc.timezone === 'Europe/Madrid')).toBe(true);
    const filtered = await c.staffCalendars(CLINIC, { staffId: IDS.staff.lucia });
    expect(filtered.map((sc) => sc.id)).toEqual([LUCIA]);
    expect((await c.services(CLINIC)).length).toBeGreaterThan(0);
  });

  it('discovers one calendar per practitioner, with its zone', async () => {
    const found = await discoverDocfav(client(), 'acc1');
    expect(found.calendars).toHaveLength(3);
    for (const cal of found.calendars) expect(CalendarInfo.safeParse(cal).success).toBe(true);
    expect(found.calendars.find((cal) => cal.id === LUCIA)).toMatchObject({
      owner: 'Dra. Lucía Fernández',
      timezone: 'Europe/Madrid',
      clinicId: CLINIC,
      locationId: LOCATION,
    });
    expect(found.timeZones[LUCIA]).toBe('Europe/Madrid');
  });

  it('404s an unknown clinic', async () => {
    const err = await failure(client().clinic('00000000-0000-4000-8000-000000000000'));
    expect(err).toMatchObject({ code: 'not-found', details: { vendorCode: 'NOT_FOUND' } });
  });
});

describe('clients', () => {
  it('lists, reads and searches clients', async () => {
    const c = client();
    const page = await c.listClients(CLINIC, { limit: 5, orderBy: 'name.asc' });
    expect(page.clients).toHaveLength(5);
    expect(page.meta?.total).toBeGreaterThan(5);
    const first = page.clients[0];
    if (!first) throw new Error('no clients');
    expect((await c.getClient(CLINIC, first.id)).id).toBe(first.id);
    const surname = first.lastname?.split(' ')[0] ?? '';
    const matches = await c.autocompleteClients(CLINIC, { keyword: surname, limit: 5 });
    expect(matches.map((m) => m.id)).toContain(first.id);
  });

  it('creates a client, and refuses the same email twice', async () => {
    const c = client();
    const input = { name: 'Ana', surname: 'Prueba', email: 'ana.prueba@example.org' };
    expect((await c.createClient(CLINIC, input)).fullname).toBe('Ana Prueba');
    const err = await failure(c.createClient(CLINIC, input));
    expect(err).toMatchObject({
      code: 'conflict',
      details: { vendorCode: 'CLIENT_EMAIL_EXISTS', outcome: 'not-applied' },
    });
    expect(err.reason).toBe('patient-email-exists');
    expect(JSON.stringify(err.toPayload())).not.toMatch(/ana\.prueba/);
  });
});

describe('agenda views', () => {
  it('maps schedules into working windows', async () => {
    const list = await client().schedules(CLINIC, LOCATION, {
      startDate: '2026-03-02',
      endDate: '2026-03-08',
    });
    const windows = mapDocfavSchedules(list, ctx);
    for (const w of windows) expect(AvailabilityWindow.safeParse(w).success).toBe(true);
    // Weekday hours are 09:00–14:00 and 16:00–20:00 in Madrid (CET in March).
    expect(windows).toContainEqual({
      source: 'docfav',
      accountId: 'acc1',
      calendarId: LUCIA,
      kind: 'working',
      start: '2026-03-02T08:00:00Z',
      end: '2026-03-02T13:00:00Z',
    });
  });

  it('maps occupied into windows', async () => {
    const list = await client().occupied(CLINIC, LOCATION, {
      startDate: '2026-03-02',
      endDate: '2026-03-08',
      staffCalendarId: LUCIA,
    });
    expect(list.map((s) => s.staff_calendar_id)).toEqual([LUCIA]);
    const windows = mapDocfavOccupied(list, ctx);
    expect(windows.some((w) => w.kind === 'working')).toBe(true);
    for (const w of windows) expect(AvailabilityWindow.safeParse(w).success).toBe(true);
  });

  it('checks a slot and lists available slots', async () => {
    const c = client();
    const slots = await c.availableSlots(CLINIC, LOCATION, {
      startDate: '2026-03-09',
      endDate: '2026-03-09',
      staffCalendarId: LUCIA,
      slotDuration: 30,
    });
    const free = slots[0]?.available_slots[0]?.slots.find((s) => s.available);
    if (!free) throw new Error('no free slot');
    const check = await c.checkAvailability(CLINIC, LOCATION, {
      from: free.from,
      to: free.to,
      staffCalendarId: LUCIA,
    });
    expect(check).toMatchObject({ available: true, conflicts: [] });
    const sunday = await c.checkAvailability(CLINIC, LOCATION, {
      from: '2026-03-08T10:00:00Z',
      to: '2026-03-08T10:30:00Z',
      staffCalendarId: LUCIA,
    });
    expect(sunday.available).toBe(false);
    expect(sunday.conflicts.map((x) => x.type)).toContain('outside_working_hours');
  });

  it('reports a bad date as a validation error naming the field', async () => {
    const err = await failure(client().schedules(CLINIC, LOCATION, { startDate: '2026-13-45' }));
    expect(err).toMatchObject({
      code: 'validation',
      details: { vendorCode: 'VALIDATION_ERROR', field: 'start_date', status: 400 },
    });
  });
});

describe('availability (the week feed)', () => {
  it('maps every kind of event of the week', async () => {
    const data = await client().availability({ clinicId: CLINIC, ...WEEK, ...LOCAL_WEEK });
    const events = mapDocfavAvailability(data, ctx);
    for (const e of events) expect(CalendarEvent.safeParse(e).success).toBe(true);
    const kinds = new Set(events.map((e) => e.kind));
    expect(kinds).toEqual(
      new Set([
        'docfav-appointment',
        'docfav-time-reservation',
        'docfav-group-reservation',
        'docfav-recurring-event',
      ]),
    );
    const staffCalendars = new Set<string>(Object.values(IDS.staffCalendars));
    for (const e of events) expect(staffCalendars.has(e.calendarId)).toBe(true);
    const recurring = events.find((e) => e.kind === 'docfav-recurring-event');
    expect(recurring).toMatchObject({ timezone: 'Europe/Madrid', actions: [] });
    expect(recurring?.start.endsWith('Z')).toBe(true);
  });

  it('has no recurring events without local dates', async () => {
    const data = await client().availability({ clinicId: CLINIC, ...WEEK });
    expect(data.recurring_events).toEqual([]);
    expect(data.appointments.length).toBeGreaterThan(0);
  });

  it('refuses more than 7 days without sending anything', async () => {
    const { result: err, requests } = await counted(() =>
      failure(
        client().availability({
          clinicId: CLINIC,
          startUtc: '2026-03-01T23:00:00Z',
          endUtc: '2026-03-09T23:00:00Z',
        }),
      ),
    );
    expect(requests).toBe(0);
    expect(err.code).toBe('validation');
  });

  it('fetches a longer range in chunks', async () => {
    const { result, requests } = await counted(() =>
      fetchDocfavAvailability(client(), {
        clinicId: CLINIC,
        start: '2026-02-22T23:00:00Z',
        end: '2026-03-08T23:00:00Z',
        timeZone: 'Europe/Madrid',
      }),
    );
    expect(requests).toBe(2);
    const ids = result.appointments.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(result.recurring_events.length).toBeGreaterThan(0);
  });
});

describe('appointments', () => {
  async function freeSlot() {
    const slots = await client().availableSlots(CLINIC, LOCATION, {
      startDate: '2026-03-10',
      endDate: '2026-03-10',
      staffCalendarId: LUCIA,
      slotDuration: 30,
    });
    const free = slots[0]?.available_slots[0]?.slots.find((s) => s.available);
    if (!free) throw new Error('no free slot');
    return free;
  }

  it('books, confirms, cancels, marks no-show and deletes', async () => {
    const c = client();
    const [patient] = (await c.listClients(CLINIC, { limit: 1 })).clients;
    const slot = await freeSlot();
    const booking = {
      client: patient?.id,
      timezone: 'Europe/Madrid',
      appointments: [
        {
          service: IDS.services.consulta,
          staffCalendar: LUCIA,
          from: slot.from,
          to: slot.to,
          note: 'Primera visita',
        },
      ],
      behaviour: 'pending' as const,
      sendReminder: false,
    };
    const [created] = await c.createAppointments(CLINIC, booking);
    if (!created) throw new Error('nothing created');
    expect(created.status).toBe('pending');

    // Read it back through the week feed and check what the desk may do with it.
    const data = await c.availability({
      clinicId: CLINIC,
      startUtc: '2026-03-09T23:00:00Z',
      endUtc: '2026-03-10T23:00:00Z',
    });
    const wire = data.appointments.find((a) => a.id === created.id);
    if (!wire) throw new Error('not in the feed');
    expect(mapDocfavAppointment(wire, ctx)).toMatchObject({
      calendarId: LUCIA,
      status: 'waiting',
      actions: ['confirm', 'cancel', 'move'],
    });

    const overlap = await failure(c.createAppointments(CLINIC, booking));
    expect(overlap).toMatchObject({
      code: 'conflict',
      details: { vendorCode: 'APPOINTMENT_OVERLAP', conflicts: 1, outcome: 'not-applied' },
    });

    for (const behaviour of ['confirmed', 'cancelled', 'no_show', 'unconfirmed'] as const) {
      expect((await c.setBehaviour(CLINIC, created.id, { behaviour })).behaviour).toBe(behaviour);
    }
    await c.deleteAppointment(CLINIC, created.id);
    const gone = await failure(c.deleteAppointment(CLINIC, created.id));
    expect(gone).toMatchObject({ code: 'not-found', details: { vendorCode: 'NOT_FOUND' } });
  });

  it('reports an invalid booking as a validation error', async () => {
    const err = await failure(
      client().createAppointments(CLINIC, {
        appointments: [
          {
            service: IDS.services.consulta,
            staffCalendar: 'not-a-uuid',
            from: '2026-03-10T09:00:00Z',
            to: '2026-03-10T09:30:00Z',
          },
        ],
      }),
    );
    expect(err).toMatchObject({ code: 'validation', details: { vendorCode: 'VALIDATION_ERROR' } });
  });
});

describe('error codes', () => {
  it.each([
    ['df_pk_nonsense', 'INVALID_API_KEY', 'auth', /did not recognise/],
    [DOCFAV_REVOKED_API_KEY, 'API_KEY_REVOKED', 'auth', /revoked/],
    [DOCFAV_EXPIRED_API_KEY, 'API_KEY_EXPIRED', 'auth', /expired/],
    [DOCFAV_IP_RESTRICTED_API_KEY, 'IP_NOT_ALLOWED', 'permission', /IP address/],
    [DOCFAV_API_DISABLED_API_KEY, 'API_DISABLED', 'unavailable', /switched off API access/],
  ])('%s → %s, not retried', async (key, vendorCode, code, message) => {
    const { result: err, requests } = await counted(() => failure(client(key).me()));
    expect(requests).toBe(1);
    expect(err).toMatchObject({ code, details: { vendorCode } });
    // Worded by the renderer from the code alone: the main process sends no sentence.
    expect(errorText(err, translator('en'))).toMatch(message);
  });

  it('names the missing scopes', async () => {
    const { result: err, requests } = await counted(() =>
      failure(client(DOCFAV_LIMITED_SCOPES_API_KEY).staff(CLINIC)),
    );
    expect(requests).toBe(1);
    expect(err).toMatchObject({
      code: 'permission',
      details: { vendorCode: 'INSUFFICIENT_SCOPES', missingScopes: ['staff:read'] },
    });
    expect(errorText(err, translator('en'))).toMatch(/staff:read/);
  });

  it('refuses a clinic the user does not manage', async () => {
    const err = await failure(client(DOCFAV_OTHER_CLINIC_API_KEY).clinic(CLINIC));
    expect(err).toMatchObject({
      code: 'permission',
      details: { vendorCode: 'CLINIC_MANAGER_ACCESS_DENIED', status: 403 },
    });
  });

  it('reports an exhausted hourly budget without waiting an hour', async () => {
    await restart({ rateLimitPerHour: 3 });
    const c = client();
    await c.me();
    await c.me();
    await c.me();
    expect(c.budget.snapshot()).toMatchObject({ limit: 3, remaining: 0 });
    const { result: err, requests } = await counted(() => failure(c.me()));
    expect(requests).toBe(1);
    expect(err).toMatchObject({
      code: 'rate-limited',
      details: { vendorCode: 'RATE_LIMIT_EXCEEDED' },
    });
    expect(err.details?.retryAfterMs).toBeGreaterThan(2_000);
    expect(c.budget.suggestedPollIntervalMs(3)).toBeGreaterThan(2_000);
  });

  it('reports a lasting INTERNAL_ERROR after retrying', async () => {
    sim.faults.add({ method: 'GET', path: '/me', kind: '500' });
    const { result: err, requests } = await counted(() => failure(client().me()));
    expect(requests).toBe(4);
    expect(err).toMatchObject({ code: 'server', details: { vendorCode: 'INTERNAL_ERROR' } });
  });
});

describe('rate budget', () => {
  it('tracks the X-RateLimit headers and paces polling', async () => {
    const c = client();
    await c.me();
    await c.clinics();
    const snapshot = c.budget.snapshot();
    expect(snapshot).toMatchObject({ limit: 1000, remaining: 998 });
    expect(snapshot.resetAt).toBeGreaterThan(Date.now() - 3_600_000 * 24 * 365);
    expect(c.budget.suggestedPollIntervalMs(4, { floorMs: 1_000 })).toBeGreaterThanOrEqual(1_000);
  });
});

describe('faults', () => {
  const path = '/backofficeclinics/*/availability';
  const week = () => client().availability({ clinicId: CLINIC, ...WEEK, ...LOCAL_WEEK });

  it.each(['500', 'drop', 'malformed-json'] as const)(
    'retries a GET through a transient %s',
    async (kind) => {
      sim.faults.add({ method: 'GET', path, kind, times: 2 });
      const { result, requests } = await counted(week);
      expect(result.appointments.length).toBeGreaterThan(0);
      expect(requests).toBe(3);
    },
  );

  it('retries a GET through a 429 with Retry-After', async () => {
    sim.faults.add({ method: 'GET', path, kind: '429', times: 1, retryAfterSeconds: 0 });
    const { requests } = await counted(week);
    expect(requests).toBe(2);
  });

  it('retries a GET that hangs, after the timeout', async () => {
    sim.faults.add({ method: 'GET', path, kind: 'hang', times: 1 });
    const { result, requests } = await counted(week);
    expect(result.appointments.length).toBeGreaterThan(0);
    expect(requests).toBe(2);
  });

  it('stops at once on a 503, which Docfav only sends as API_DISABLED', async () => {
    sim.faults.add({ method: 'GET', path, kind: '503', times: 1 });
    const { result: err, requests } = await counted(() => failure(week()));
    expect(requests).toBe(1);
    expect(err).toMatchObject({ code: 'unavailable', details: { vendorCode: 'API_DISABLED' } });
  });

  it('never repeats a create that hangs: the outcome is unknown', async () => {
    sim.faults.add({ method: 'POST', path: '/backofficeclinics/*/clients', kind: 'hang' });
    const { result: err, requests } = await counted(() =>
      failure(client().createClient(CLINIC, { name: 'Luis', surname: 'Colgado' })),
    );
    expect(requests).toBe(1);
    expect(err).toMatchObject({
      code: 'timeout',
      details: { outcome: 'unknown', method: 'POST', path: '/backofficeclinics/:clinicId/clients' },
    });
  });

  it.each([
    ['drop', 'network'],
    ['500', 'server'],
    ['malformed-json', 'invalid-response'],
  ] as const)('never repeats a create on %s (%s, outcome unknown)', async (kind, code) => {
    sim.faults.add({ method: 'POST', path: '/backofficeclinics/*/clients', kind });
    const { result: err, requests } = await counted(() =>
      failure(client().createClient(CLINIC, { name: 'Luis', surname: 'Fallo' })),
    );
    expect(requests).toBe(1);
    expect(err).toMatchObject({ code, details: { outcome: 'unknown' } });
  });

  it('repeats idempotent writes (a status, a delete) through transient failures, honouring Retry-After', async () => {
    const data = await client().availability({ clinicId: CLINIC, ...WEEK });
    const [first, second] = data.appointments;
    if (!first || !second) throw new Error('no appointments');
    sim.faults.add({
      method: 'PUT',
      path: '/backofficeclinics/*/appointments/*/behaviour',
      kind: '500',
      times: 2,
    });
    const status = await counted(() =>
      client().setBehaviour(CLINIC, first.id, { behaviour: 'confirmed' }),
    );
    expect(status.requests).toBe(3);
    expect(sim.store.appointments.get(first.id)?.behaviour).toBe('confirmed');

    sim.faults.add({
      method: 'DELETE',
      path: '/backofficeclinics/*/appointments/*',
      kind: '429',
      times: 1,
      retryAfterSeconds: 1,
    });
    const started = Date.now();
    const deleted = await counted(() => client().deleteAppointment(CLINIC, second.id));
    expect(deleted.requests).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(sim.store.appointments.has(second.id)).toBe(false);
  });

  it('gives up on an idempotent write at once when Retry-After is longer than it may wait', async () => {
    const data = await client().availability({ clinicId: CLINIC, ...WEEK });
    const id = data.appointments[0]?.id ?? '';
    sim.faults.add({
      method: 'DELETE',
      path: '/backofficeclinics/*/appointments/*',
      kind: '429',
      retryAfterSeconds: 3600,
    });
    const { result: err, requests } = await counted(() =>
      failure(client().deleteAppointment(CLINIC, id)),
    );
    expect(requests).toBe(1);
    expect(err).toMatchObject({ code: 'rate-limited', details: { retryAfterMs: 3_600_000 } });
  });

  it('retries a write refused with 429 once', async () => {
    sim.faults.add({
      method: 'POST',
      path: '/backofficeclinics/*/clients',
      kind: '429',
      times: 1,
      retryAfterSeconds: 0,
    });
    const { result, requests } = await counted(() =>
      client().createClient(CLINIC, { name: 'Luis', surname: 'Reintento' }),
    );
    expect(requests).toBe(2);
    expect(result.fullname).toBe('Luis Reintento');
  });

  it('never logs the API key, the search keyword or patient names', async () => {
    const logger = createMemoryLogger();
    const c = client(DOCFAV_DEMO_API_KEY, logger);
    await c.autocompleteClients(CLINIC, { keyword: 'garcia' });
    await c.availability({ clinicId: CLINIC, ...WEEK });
    const text = JSON.stringify(logger.lines);
    expect(text).not.toMatch(/df_pk|garcia|client_name/i);
    expect(logger.lines[0]?.fields).toMatchObject({
      path: '/backofficeclinics/:clinicId/clients/autocomplete',
      status: 200,
    });
  });
});
