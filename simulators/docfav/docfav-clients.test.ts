import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DOCFAV_DEMO_IDS as IDS, startDocfavSimulator, type DocfavSimulator } from './index';
import { client, expectEnvelope, expectError } from './test-helpers';

/** Clients: list with paging, filters and order; one; autocomplete; create. */

interface ClientJson {
  id: string;
  client_number: number;
  firstname: string;
  lastname: string;
  fullname: string;
  email: string | null;
  phone: string | null;
  gender: string | null;
  date_of_birth: { dayOfBirth: string; monthOfBirth: string; yearOfBirth: string } | null;
  created_at: string;
}
interface ClientPage {
  clients: ClientJson[];
  meta: { limit: number; offset: number; total: number };
}
interface Suggestion {
  id: string;
  fullname: string;
  email: string | null;
  telephone: string | null;
  client_number: number;
}

let sim: DocfavSimulator;
const call = client(() => sim.baseUrl);
const clients = `/backofficeclinics/${IDS.clinic}/clients`;

beforeAll(async () => {
  sim = await startDocfavSimulator({ now: new Date('2026-03-25T10:00:00Z') });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
});

describe('GET clients', () => {
  it('pages 10 by default with meta and the spec fields', async () => {
    const res = await call<ClientPage>(clients);
    expectEnvelope(res.body);
    expect(res.body.data.meta).toEqual({ limit: 10, offset: 0, total: 40 });
    expect(res.body.data.clients).toHaveLength(10);
    const c = res.body.data.clients[0];
    expect(c).toMatchObject({ id: expect.any(String), fullname: `${c?.firstname} ${c?.lastname}` });
    expect(c?.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
    expect(c?.date_of_birth).toEqual({
      dayOfBirth: expect.stringMatching(/^\d{2}$/),
      monthOfBirth: expect.stringMatching(/^\d{2}$/),
      yearOfBirth: expect.stringMatching(/^\d{4}$/),
    });
  });

  it('walks every client exactly once with limit/offset', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 40; offset += 15) {
      const res = await call<ClientPage>(`${clients}?limit=15&offset=${offset}`);
      seen.push(...res.body.data.clients.map((c) => c.id));
    }
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    const past = await call<ClientPage>(`${clients}?offset=100`);
    expect(past.body.data).toEqual({ clients: [], meta: { limit: 10, offset: 100, total: 40 } });
  });

  it('allows limit 100 and refuses 101, 0, negatives and words', async () => {
    expect((await call<ClientPage>(`${clients}?limit=100`)).body.data.clients).toHaveLength(40);
    for (const bad of ['101', '0', '-1', 'ten']) {
      const err = expectError(await call(`${clients}?limit=${bad}`), 400, 'VALIDATION_ERROR');
      expect(err.field).toBe('limit');
    }
    expectError(await call(`${clients}?offset=-1`), 400, 'VALIDATION_ERROR');
  });

  it('orders by name and created_at', async () => {
    const names = async (order: string) =>
      (await call<ClientPage>(`${clients}?limit=100&order_by=${order}`)).body.data.clients;
    const asc = (await names('name.asc')).map((c) => c.fullname);
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b, 'es')));
    expect((await names('name.desc')).map((c) => c.fullname)).toEqual([...asc].reverse());
    const created = (await names('created_at.asc')).map((c) => c.created_at);
    expect(created).toEqual([...created].sort());
    const err = expectError(await call(`${clients}?order_by=age.asc`), 400, 'VALIDATION_ERROR');
    expect(err.message).toContain('order_by');
  });

  it('filters by gender and age', async () => {
    const women = await call<ClientPage>(`${clients}?limit=100&gender=female`);
    expect(women.body.data.meta.total).toBe(20);
    expect(women.body.data.clients.every((c) => c.gender === 'female')).toBe(true);
    expectError(await call(`${clients}?gender=other`), 400, 'VALIDATION_ERROR');

    const res = await call<ClientPage>(`${clients}?limit=100&min_age=30&max_age=50`);
    for (const c of res.body.data.clients) {
      const dob = c.date_of_birth;
      if (!dob) throw new Error('filtered client without birth date');
      const birthday = `${dob.yearOfBirth}-${dob.monthOfBirth}-${dob.dayOfBirth}`;
      const age = 2026 - Number(dob.yearOfBirth) - (birthday.slice(5) > '03-25' ? 1 : 0);
      expect(age).toBeGreaterThanOrEqual(30);
      expect(age).toBeLessThanOrEqual(50);
    }
    expect(res.body.data.meta.total).toBeGreaterThan(0);
    expect(res.body.data.meta.total).toBeLessThan(40);
    expectError(await call(`${clients}?min_age=50&max_age=30`), 400, 'VALIDATION_ERROR');
  });

  it('filters by activity dates (clients with an appointment then)', async () => {
    const day = '2026-03-24';
    const expected = new Set(
      [...sim.store.appointments.values()]
        .filter((a) => a.clientId && a.from.toISOString().startsWith(day))
        .map((a) => a.clientId),
    );
    const res = await call<ClientPage>(
      `${clients}?limit=100&activity_from=${day}&activity_to=${day}`,
    );
    expect(new Set(res.body.data.clients.map((c) => c.id))).toEqual(expected);
    const err = expectError(
      await call(`${clients}?activity_from=24-03-2026`),
      400,
      'VALIDATION_ERROR',
    );
    expect(err.field).toBe('activity_from');
  });
});

describe('GET one client', () => {
  it('returns the client', async () => {
    const first = (await call<ClientPage>(clients)).body.data.clients[0];
    const res = await call<ClientJson>(`${clients}/${first?.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual(first);
  });
});

describe('GET clients/autocomplete', () => {
  const search = async (keyword: string) =>
    (await call<Suggestion[]>(`${clients}/autocomplete?keyword=${encodeURIComponent(keyword)}`))
      .body.data;

  it('is not mistaken for a client id', async () => {
    const res = await call<Suggestion[]>(`${clients}/autocomplete?keyword=a`);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.data)).toBe(true);
  });

  it('matches partially, ignoring case and accents', async () => {
    expect((await search('garcia')).map((s) => s.fullname)).toEqual(['María García López']);
    expect((await search('GARCÍA')).map((s) => s.fullname)).toEqual(['María García López']);
    expect((await search('pena')).map((s) => s.fullname)).toEqual(['Joaquín Méndez Peña']);
    expect((await search('alvaro')).map((s) => s.fullname)).toContain('Álvaro Rubio Iglesias');
    expect((await search('maria garc')).map((s) => s.fullname)).toEqual(['María García López']);
  });

  it('matches email, phone (any spacing) and id card', async () => {
    const [maria] = await search('garcia');
    expect(maria).toMatchObject({ email: 'maria.garcia@example.org', telephone: '+34600555001' });
    expect((await search('maria.garcia@')).map((s) => s.id)).toEqual([maria?.id]);
    expect((await search('600 555 001')).map((s) => s.id)).toEqual([maria?.id]);
    expect((await search('+34600555001')).map((s) => s.id)).toEqual([maria?.id]);
    expect((await search('00000001R')).map((s) => s.id)).toEqual([maria?.id]);
  });

  it('pages and requires a keyword', async () => {
    const all = await search('a');
    expect(all.length).toBe(20);
    const second = await call<Suggestion[]>(`${clients}/autocomplete?keyword=a&limit=5&offset=5`);
    expect(second.body.data.map((s) => s.id)).toEqual(all.slice(5, 10).map((s) => s.id));
    const err = expectError(await call(`${clients}/autocomplete`), 400, 'VALIDATION_ERROR');
    expect(err.field).toBe('keyword');
    expectError(await call(`${clients}/autocomplete?keyword=`), 400, 'VALIDATION_ERROR');
  });
});

describe('POST clients', () => {
  it('creates a client that can be read back and found', async () => {
    const res = await call<Suggestion & { name: string; surname: string }>(clients, {
      body: {
        name: 'Nerea',
        surname: 'Ibáñez Soto',
        email: 'nerea.ibanez@example.org',
        telephone: '+34600555900',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      name: 'Nerea',
      surname: 'Ibáñez Soto',
      fullname: 'Nerea Ibáñez Soto',
      email: 'nerea.ibanez@example.org',
      telephone: '+34600555900',
      client_number: expect.any(Number),
    });
    const one = await call<ClientJson>(`${clients}/${res.body.data.id}`);
    expect(one.body.data).toMatchObject({ firstname: 'Nerea', phone: '+34600555900' });
    expect(
      (await call<Suggestion[]>(`${clients}/autocomplete?keyword=ibanez`)).body.data,
    ).toHaveLength(1);
    const total = (await call<ClientPage>(clients)).body.data.meta.total;
    expect(total).toBe(41);
  });

  it('refuses a duplicate email whatever its case', async () => {
    const body = { name: 'A', email: 'dup@example.org' };
    expect((await call(clients, { body })).status).toBe(201);
    const again = await call(clients, { body: { name: 'B', email: ' DUP@Example.ORG ' } });
    expect(expectError(again, 409, 'CLIENT_EMAIL_EXISTS').message).toMatch(/email/);
  });

  it('accepts a walk-in without details', async () => {
    const res = await call<{ fullname: string; email: string | null }>(clients, {
      body: { walk_in: true },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ fullname: '', email: null });
  });

  it('validates the body', async () => {
    const cases: [unknown, string][] = [
      [{ name: 'X', email: 'not-an-email' }, 'email'],
      [{ name: 42 }, 'name'],
      [{ name: 'X', walk_in: 'yes' }, 'walk_in'],
      [{ name: 'X', telephone: 'call me' }, 'telephone'],
      [{}, 'name'],
      [[{ name: 'X' }], 'body'],
    ];
    for (const [body, field] of cases) {
      const err = expectError(await call(clients, { body }), 400, 'VALIDATION_ERROR');
      expect(err.field).toBe(field);
    }
    const broken = await call(clients, { rawBody: '{"name": ' });
    expect(expectError(broken, 400, 'VALIDATION_ERROR').message).toMatch(/JSON/);
  });
});
