import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DOCFAV_API_DISABLED_API_KEY,
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS as IDS,
  DOCFAV_EXPIRED_API_KEY,
  DOCFAV_IP_RESTRICTED_API_KEY,
  DOCFAV_LIMITED_SCOPES_API_KEY,
  DOCFAV_OTHER_CLINIC_API_KEY,
  DOCFAV_REVOKED_API_KEY,
  startDocfavSimulator,
  type DocfavSimulator,
} from './index';
import { client, expectEnvelope, expectError } from './test-helpers';

/** Envelope, authentication, every error code of the spec, rate limits, faults, account routes. */

let sim: DocfavSimulator;
let nowMs = Date.parse('2026-03-25T10:20:00Z');
const call = client(() => sim.baseUrl);
const clinic = `/backofficeclinics/${IDS.clinic}`;

beforeAll(async () => {
  sim = await startDocfavSimulator({ now: () => new Date(nowMs) });
});
afterAll(() => sim.close());
beforeEach(async () => {
  nowMs = Date.parse('2026-03-25T10:20:00Z');
  await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
});

describe('envelope', () => {
  it('wraps success in data/errors/meta with the v1 version and the clock time', async () => {
    const res = await call<{ id: string }>('/me');
    expect(res.status).toBe(200);
    expectEnvelope(res.body);
    expect(res.body.errors).toEqual([]);
    expect(res.body.meta.timestamp).toBe('2026-03-25T10:20:00+00:00');
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  it('answers unknown routes with a NOT_FOUND envelope', async () => {
    expectError(await call('/nope/nothing'), 404, 'NOT_FOUND');
  });
});

describe('every error code of the spec', () => {
  it('401 INVALID_API_KEY when the key is missing or unknown, without rate-limit headers', async () => {
    const missing = await call('/me', { key: null });
    expect(expectError(missing, 401, 'INVALID_API_KEY').message).toMatch(/missing/i);
    expect(missing.headers.get('x-ratelimit-limit')).toBeNull();
    expectError(await call('/me', { key: 'df_pk_nobody' }), 401, 'INVALID_API_KEY');
  });

  it('401 API_KEY_REVOKED', async () => {
    expectError(await call('/me', { key: DOCFAV_REVOKED_API_KEY }), 401, 'API_KEY_REVOKED');
  });

  it('401 API_KEY_EXPIRED, also for an active key once its expiry passes', async () => {
    expectError(await call('/me', { key: DOCFAV_EXPIRED_API_KEY }), 401, 'API_KEY_EXPIRED');
    sim.store.addApiKey({
      key: 'df_pk_short_lived',
      userId: IDS.user,
      expiresAt: new Date(nowMs + 60_000),
    });
    expect((await call('/me', { key: 'df_pk_short_lived' })).status).toBe(200);
    nowMs += 61_000;
    expectError(await call('/me', { key: 'df_pk_short_lived' }), 401, 'API_KEY_EXPIRED');
  });

  it('403 INSUFFICIENT_SCOPES lists the missing scopes in the message and the error', async () => {
    const key = DOCFAV_LIMITED_SCOPES_API_KEY;
    expect((await call(`${clinic}/availability`, { key })).status).not.toBe(403);
    const occ = await call(`${clinic}/calendars/${IDS.calendar}/occupied`, { key });
    const err = expectError(occ, 403, 'INSUFFICIENT_SCOPES');
    expect(err.missing_scopes).toEqual(['staff:read']);
    expect(err.message).toContain('staff:read');
    const write = await call(`${clinic}/clients`, { key, body: { name: 'X' } });
    expect(expectError(write, 403, 'INSUFFICIENT_SCOPES').missing_scopes).toEqual([
      'clients:write',
    ]);
  });

  it('403 CLINIC_MANAGER_ACCESS_DENIED for a clinic the user does not manage', async () => {
    const other = await call(clinic, { key: DOCFAV_OTHER_CLINIC_API_KEY });
    expectError(other, 403, 'CLINIC_MANAGER_ACCESS_DENIED');
    const theirs = await call(`/backofficeclinics/${IDS.otherClinic}/staff`);
    expectError(theirs, 403, 'CLINIC_MANAGER_ACCESS_DENIED');
    const own = await call<{ name: string }>(`/backofficeclinics/${IDS.otherClinic}`, {
      key: DOCFAV_OTHER_CLINIC_API_KEY,
    });
    expect(own.body.data.name).toBe('Clínica Norte Fisio');
  });

  it('403 IP_NOT_ALLOWED when the allowlist excludes 127.0.0.1', async () => {
    expectError(await call('/me', { key: DOCFAV_IP_RESTRICTED_API_KEY }), 403, 'IP_NOT_ALLOWED');
  });

  it('404 NOT_FOUND for unknown clinics, clients, appointments', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await call(`/backofficeclinics/${unknown}`), 404, 'NOT_FOUND');
    expectError(await call(`${clinic}/clients/${unknown}`), 404, 'NOT_FOUND');
    expectError(await call(`${clinic}/clients/not-a-uuid`), 404, 'NOT_FOUND');
    expectError(
      await call(`${clinic}/appointments/${unknown}`, { method: 'DELETE' }),
      404,
      'NOT_FOUND',
    );
  });

  it('400 VALIDATION_ERROR names the bad parameter', async () => {
    const res = await call(`${clinic}/clients?limit=abc`);
    const err = expectError(res, 400, 'VALIDATION_ERROR');
    expect(err.field).toBe('limit');
    expect(err.message).toContain('limit');
  });

  it('409 CLIENT_EMAIL_EXISTS', async () => {
    const body = { name: 'Otra', surname: 'Persona', email: 'MARIA.GARCIA@example.org' };
    expectError(await call(`${clinic}/clients`, { body }), 409, 'CLIENT_EMAIL_EXISTS');
  });

  it('429 RATE_LIMIT_EXCEEDED with Retry-After once the hourly budget is spent', async () => {
    sim.store.addApiKey({ key: 'df_pk_tiny', userId: IDS.user, rateLimitPerHour: 2 });
    await call('/me', { key: 'df_pk_tiny' });
    await call('/me', { key: 'df_pk_tiny' });
    const res = await call('/me', { key: 'df_pk_tiny' });
    expectError(res, 429, 'RATE_LIMIT_EXCEEDED');
    // 10:20:00 → the window ends at 11:00:00.
    expect(res.headers.get('retry-after')).toBe('2400');
  });

  it('500 INTERNAL_ERROR (injected)', async () => {
    sim.faults.add({ method: 'GET', path: '/me', kind: '500', times: 1 });
    expectError(await call('/me'), 500, 'INTERNAL_ERROR');
    expect((await call('/me')).status).toBe(200);
  });

  it('503 API_DISABLED when the account has the API switched off', async () => {
    expectError(await call('/me', { key: DOCFAV_API_DISABLED_API_KEY }), 503, 'API_DISABLED');
  });
});

describe('rate limiting', () => {
  const headers = (h: Headers) => ({
    limit: h.get('x-ratelimit-limit'),
    remaining: h.get('x-ratelimit-remaining'),
    reset: h.get('x-ratelimit-reset'),
  });
  const nextHour = String(Date.parse('2026-03-25T11:00:00Z') / 1000);

  it('sends decreasing X-RateLimit-* headers on every response, errors included', async () => {
    sim.store.addApiKey({ key: 'df_pk_small', userId: IDS.user, rateLimitPerHour: 3 });
    const key = 'df_pk_small';
    const a = await call('/me', { key });
    const b = await call(`${clinic}/clients/00000000-0000-4000-8000-000000000000`, { key });
    const c = await call(`${clinic}/clients?limit=0`, { key });
    const d = await call('/me', { key });
    expect([a.status, b.status, c.status, d.status]).toEqual([200, 404, 400, 429]);
    expect(headers(a.headers)).toEqual({ limit: '3', remaining: '2', reset: nextHour });
    expect(headers(b.headers).remaining).toBe('1');
    expect(headers(c.headers).remaining).toBe('0');
    expect(headers(d.headers)).toEqual({ limit: '3', remaining: '0', reset: nextHour });
    expect(Number(d.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('opens a fresh budget in the next fixed hour', async () => {
    sim.store.addApiKey({ key: 'df_pk_one', userId: IDS.user, rateLimitPerHour: 1 });
    expect((await call('/me', { key: 'df_pk_one' })).status).toBe(200);
    expect((await call('/me', { key: 'df_pk_one' })).status).toBe(429);
    nowMs = Date.parse('2026-03-25T11:00:01Z');
    const res = await call('/me', { key: 'df_pk_one' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-ratelimit-reset')).toBe(
      String(Date.parse('2026-03-25T12:00:00Z') / 1000),
    );
  });

  it('defaults to 1000 per hour and counts per key', async () => {
    const res = await call('/me');
    expect(headers(res.headers)).toEqual({ limit: '1000', remaining: '999', reset: nextHour });
    const other = await call('/me', { key: DOCFAV_LIMITED_SCOPES_API_KEY });
    expect(other.headers.get('x-ratelimit-remaining')).toBe('999');
  });

  it('takes the budget from the start options', async () => {
    const small = await startDocfavSimulator({ rateLimitPerHour: 5 });
    try {
      const res = await fetch(`${small.baseUrl}/me`, {
        headers: { 'X-Api-Key': DOCFAV_DEMO_API_KEY },
      });
      expect(res.headers.get('x-ratelimit-limit')).toBe('5');
      expect(res.headers.get('x-ratelimit-remaining')).toBe('4');
    } finally {
      await small.close();
    }
  });
});

describe('faults', () => {
  const me = () =>
    fetch(`${sim.baseUrl}/me`, {
      headers: { 'X-Api-Key': DOCFAV_DEMO_API_KEY },
      signal: AbortSignal.timeout(1000),
    });

  it('429 in Docfav shape with Retry-After and rate-limit headers', async () => {
    sim.faults.add({ method: '*', path: '/**', kind: '429', times: 1, retryAfterSeconds: 7 });
    const res = await call('/me');
    expectError(res, 429, 'RATE_LIMIT_EXCEEDED');
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.headers.get('x-ratelimit-limit')).toBe('1000');
  });

  it('500 and 503', async () => {
    sim.faults.add({ method: 'GET', path: '/me', kind: '500', times: 1 });
    sim.faults.add({ method: 'GET', path: '/me', kind: '503', times: 1 });
    expectError(await call('/me'), 500, 'INTERNAL_ERROR');
    expectError(await call('/me'), 503, 'API_DISABLED');
  });

  it('malformed JSON', async () => {
    sim.faults.add({ method: 'GET', path: '/me', kind: 'malformed-json', times: 1 });
    const res = await me();
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it('dropped connection', async () => {
    sim.faults.add({ method: 'GET', path: '/me', kind: 'drop', times: 1 });
    await expect(me()).rejects.toThrow();
    expect((await me()).status).toBe(200);
  });

  it('hang until the client gives up', async () => {
    sim.faults.add({ method: 'GET', path: '/me', kind: 'hang', times: 1 });
    const res = fetch(`${sim.baseUrl}/me`, {
      headers: { 'X-Api-Key': DOCFAV_DEMO_API_KEY },
      signal: AbortSignal.timeout(300),
    });
    await expect(res).rejects.toThrow(/timeout|aborted/i);
  });

  it('takes rules from the control route, with clinic path patterns', async () => {
    const rule = { method: 'GET', path: '/backofficeclinics/*/availability', kind: '503' };
    const added = await fetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify(rule),
    });
    expect(added.status).toBe(200);
    const res = await call(`${clinic}/availability?start_date=x`);
    expectError(res, 503, 'API_DISABLED');
    expect((await call('/me')).status).toBe(200);
  });
});

describe('user, profiles, clinics, staff, services', () => {
  interface StaffCalendarJson {
    id: string;
    back_office_staff_id: string;
    calendar_id: string;
    email: string;
    timezone: string;
    slot_duration: number;
  }

  it('GET /me', async () => {
    const res = await call<Record<string, unknown>>('/me');
    expect(res.body.data).toMatchObject({
      id: IDS.user,
      fullname: 'Recepción Demo',
      timezone: 'Europe/Madrid',
      locale: 'es_ES',
      country_code: 'ES',
      status: 'active',
    });
  });

  it('GET /profiles', async () => {
    const res = await call<unknown[]>('/profiles');
    expect(res.body.data).toEqual([
      {
        id: IDS.profile,
        type: 'professional',
        back_office_clinic_id: IDS.clinic,
        last_selected: true,
      },
    ]);
  });

  it('GET /backofficeclinics lists only managed clinics; detail has the extra fields', async () => {
    const list = await call<{ id: string; name: string; city: string }[]>('/backofficeclinics');
    expect(list.body.data.map((c) => [c.id, c.name, c.city])).toEqual([
      [IDS.clinic, 'Clínica Demo Salud', 'Madrid'],
    ]);
    const one = await call<Record<string, unknown>>(clinic);
    expect(one.body.data).toMatchObject({
      id: IDS.clinic,
      issuer_type: 'company',
      default_appointments_behaviour: 'confirmed',
      subscription_status: 'active',
    });
  });

  it('GET calendars (locations)', async () => {
    const res = await call<{ id: string; type: string; is_active: boolean }[]>(
      `${clinic}/calendars`,
    );
    expect(res.body.data).toEqual([expect.objectContaining({ id: IDS.calendar, type: 'onsite' })]);
  });

  it('GET staff', async () => {
    const res = await call<{ fullname: string }[]>(`${clinic}/staff`);
    expect(res.body.data.map((s) => s.fullname)).toEqual([
      'Dra. Lucía Fernández',
      'Dr. Javier Moreno',
      'Dra. Carmen Ruiz',
    ]);
  });

  it('GET staffcalendars with filters, order and paging', async () => {
    const path = `${clinic}/staffcalendars`;
    const all = await call<StaffCalendarJson[]>(path);
    expect(all.body.data).toHaveLength(3);
    expect(all.body.data.map((s) => s.email)).toEqual(
      [...all.body.data.map((s) => s.email)].sort(),
    );
    expect(all.body.data.every((s) => s.timezone === 'Europe/Madrid')).toBe(true);
    expect(all.body.data.every((s) => s.calendar_id === IDS.calendar)).toBe(true);

    const byStaff = await call<StaffCalendarJson[]>(`${path}?staff_id=${IDS.staff.javier}`);
    expect(byStaff.body.data.map((s) => s.id)).toEqual([IDS.staffCalendars.javier]);
    const byCalendar = await call<StaffCalendarJson[]>(`${path}?calendar_id=${IDS.otherCalendar}`);
    expect(byCalendar.body.data).toEqual([]);
    const desc = await call<StaffCalendarJson[]>(`${path}?order_by=email.desc&limit=1&offset=1`);
    expect(desc.body.data.map((s) => s.email)).toEqual([all.body.data[1]?.email]);
    expectError(await call(`${path}?order_by=colour.asc`), 400, 'VALIDATION_ERROR');
    expectError(await call(`${path}?staff_id=nope`), 400, 'VALIDATION_ERROR');
  });

  it('GET services', async () => {
    const res = await call<{ name: string; duration: number; price: number; color: string }[]>(
      `${clinic}/services`,
    );
    expect(res.body.data.map((s) => s.name)).toEqual([
      'Fisioterapia',
      'Consulta general',
      'Revisión',
      'Osteopatía',
      'Primera visita',
    ]);
    for (const s of res.body.data) {
      expect(s.duration).toBeGreaterThan(0);
      expect(s.color).toMatch(/^#[0-9A-F]{6}$/);
    }
  });

  it('needs the endpoint scope', async () => {
    const key = DOCFAV_LIMITED_SCOPES_API_KEY;
    expect(
      expectError(await call('/profiles', { key }), 403, 'INSUFFICIENT_SCOPES').missing_scopes,
    ).toEqual(['profiles:read']);
    expectError(await call(`${clinic}/services`, { key }), 403, 'INSUFFICIENT_SCOPES');
    expectError(await call(`${clinic}/staffcalendars`, { key }), 403, 'INSUFFICIENT_SCOPES');
  });
});
