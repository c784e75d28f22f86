import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { createHttpClient, type HttpClientOptions, type VendorError } from './http';
import { parseJsonLenient, stripTrailingCommas } from './json';
import { RateBudget } from './rate-budget';
import { backoffDelayMs, DEFAULT_RETRY, parseRetryAfterMs } from './retry';
import {
  createFakeClock,
  createFakeFetch,
  createMemoryLogger,
  type FakeClock,
  type Step,
} from '../testing/fakes';

const Items = z.array(z.object({ id: z.string() }));
const ok = (body: unknown = [{ id: 'a' }], headers?: Record<string, string>): Step => ({
  status: 200,
  body,
  ...(headers ? { headers } : {}),
});

function setup(steps: Step[], extra: Partial<HttpClientOptions> = {}) {
  const fake = createFakeFetch(steps);
  const clock: FakeClock = createFakeClock();
  const logger = createMemoryLogger();
  const http = createHttpClient({
    vendor: 'Doctena',
    baseUrl: 'https://vendor.test/api/v2/',
    fetch: fake.fetch,
    headers: () => ({ Authorization: 'Basic c2VjcmV0' }),
    logger,
    clock,
    random: () => 0.5,
    ...extra,
  });
  return { http, fake, clock, logger };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

const get = { method: 'GET', path: '/calendars/:id/bookings', params: { id: 'c1' } } as const;

describe('requests', () => {
  it('builds the URL, encodes params and query, and sends auth', async () => {
    const { http, fake } = setup([ok()]);
    const items = await http.request({
      ...get,
      params: { id: 'a/b' },
      query: { updated: '2026-03-06T10:00:00+01:00', status: undefined, show_deleted: false },
      schema: Items,
    });
    expect(items).toEqual([{ id: 'a' }]);
    const call = fake.calls[0];
    expect(call?.url).toBe(
      'https://vendor.test/api/v2/calendars/a%2Fb/bookings?updated=2026-03-06T10%3A00%3A00%2B01%3A00&show_deleted=false',
    );
    expect(call?.headers.authorization).toBe('Basic c2VjcmV0');
    expect(call?.headers.accept).toBe('application/json');
  });

  it('sends JSON and form bodies', async () => {
    const { http, fake } = setup([ok({})]);
    await http.request({
      method: 'POST',
      path: '/x',
      body: { json: { a: 1 } },
      schema: z.unknown(),
    });
    await http.request({
      method: 'PUT',
      path: '/x',
      body: { form: { starts: '2026-03-06T10:00:00+01:00', no_show: true, title: undefined } },
      schema: z.unknown(),
    });
    expect(fake.calls[0]?.headers['content-type']).toBe('application/json');
    expect(fake.calls[0]?.body).toBe('{"a":1}');
    expect(fake.calls[1]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(fake.calls[1]?.body).toBe('starts=2026-03-06T10%3A00%3A00%2B01%3A00&no_show=true');
  });

  it('reads the sloppy JSON the spec prints', async () => {
    const { http } = setup([{ status: 200, raw: '[ {"id": "a",}, ]' }]);
    expect(await http.request({ ...get, schema: Items })).toEqual([{ id: 'a' }]);
  });

  it('accepts an empty body when the schema does', async () => {
    const { http } = setup([{ status: 204 }]);
    expect(await http.request({ method: 'DELETE', path: '/x', schema: z.unknown() })).toBe(
      undefined,
    );
  });

  it('logs the path template and never the query or body', async () => {
    const { http, logger } = setup([ok()]);
    await http.request({ ...get, query: { keyword: 'Julian Hoffmann' }, schema: Items });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]?.fields).toMatchObject({
      vendor: 'doctena',
      method: 'GET',
      path: '/calendars/:id/bookings',
      status: 200,
      attempt: 1,
      outcome: 'ok',
    });
    expect(JSON.stringify(logger.lines)).not.toMatch(/Julian|c2VjcmV0|c1/);
  });
});

describe('GET retries', () => {
  it.each([500, 502, 503, 504, 429])('retries %i with jittered backoff and succeeds', async (s) => {
    const { http, fake, clock } = setup([{ status: s }, { status: s }, ok()]);
    expect(await http.request({ ...get, schema: Items })).toEqual([{ id: 'a' }]);
    expect(fake.calls).toHaveLength(3);
    // Full jitter with random 0.5: half of 300, then half of 600.
    expect(clock.sleeps).toEqual([150, 300]);
  });

  it('gives up after three retries', async () => {
    const { http, fake, clock } = setup([{ status: 500, body: { error: 'boom' } }]);
    const err = await failure(http.request({ ...get, schema: Items }));
    expect(fake.calls).toHaveLength(4);
    expect(clock.sleeps).toEqual([150, 300, 600]);
    expect(err.code).toBe('server');
    expect(err.details).toEqual({
      vendor: 'doctena',
      method: 'GET',
      path: '/calendars/:id/bookings',
      status: 500,
      attempts: 4,
    });
  });

  it('honours Retry-After in seconds', async () => {
    const { http, clock } = setup([{ status: 429, headers: { 'Retry-After': '2' } }, ok()]);
    await http.request({ ...get, schema: Items });
    expect(clock.sleeps).toEqual([2000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const clock = createFakeClock(Date.parse('2026-03-06T08:00:00Z'));
    const { http } = setup(
      [{ status: 429, headers: { 'Retry-After': 'Fri, 06 Mar 2026 08:00:05 GMT' } }, ok()],
      { clock },
    );
    await http.request({ ...get, schema: Items });
    expect(clock.sleeps).toEqual([5000]);
  });

  it('honours Retry-After on a 503 too', async () => {
    const { http, clock } = setup([{ status: 503, headers: { 'Retry-After': '3' } }, ok()]);
    await http.request({ ...get, schema: Items });
    expect(clock.sleeps).toEqual([3000]);
  });

  it('does not sit through a Retry-After beyond the cap; it reports how long to wait', async () => {
    const { http, fake, clock } = setup([{ status: 429, headers: { 'Retry-After': '1800' } }]);
    const err = await failure(http.request({ ...get, schema: Items }));
    expect(fake.calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(err.code).toBe('rate-limited');
    expect(err.details?.retryAfterMs).toBe(1_800_000);
    expect(http.budget.snapshot().remaining).toBe(0);
  });

  it('stops at once on a 503 the vendor marks as switched off', async () => {
    const describeError = (): VendorError => ({ vendorCode: 'API_DISABLED', code: 'unavailable' });
    const { http, fake } = setup([{ status: 503 }], { describeError });
    const err = await failure(http.request({ ...get, schema: Items }));
    expect(fake.calls).toHaveLength(1);
    expect(err.code).toBe('unavailable');
    expect(err.details?.vendorCode).toBe('API_DISABLED');
  });

  it.each([
    [400, 'validation'],
    [401, 'auth'],
    [403, 'permission'],
    [404, 'not-found'],
    [409, 'conflict'],
    [422, 'validation'],
  ])('does not retry %i; maps it to %s', async (status, code) => {
    const { http, fake } = setup([{ status, body: { error: 'Booking not found' } }]);
    const err = await failure(http.request({ ...get, schema: Items }));
    expect(fake.calls).toHaveLength(1);
    expect(err.code).toBe(code);
    // The vendor's own text may hold patient data; it never reaches the error.
    expect(JSON.stringify(err.toPayload())).not.toMatch(/Booking not found/);
  });

  it('retries network errors and timeouts', async () => {
    const { http, fake, clock } = setup(['network', 'hang', ok()], { timeoutMs: 300 });
    expect(await http.request({ ...get, schema: Items })).toEqual([{ id: 'a' }]);
    expect(fake.calls).toHaveLength(3);
    expect(clock.timeoutsFired).toBe(1);
  });

  it('reports a timeout after the last retry', async () => {
    const { http, fake } = setup(['hang'], { timeoutMs: 300, retry: { retries: 1 } });
    const err = await failure(http.request({ ...get, schema: Items }));
    expect(fake.calls).toHaveLength(2);
    expect(err.code).toBe('timeout');
    expect(err.details?.outcome).toBeUndefined();
  });

  it('retries malformed JSON, then reports it', async () => {
    const bad: Step = { status: 200, raw: '{"data": [ {"id": "trunc' };
    const { http: h1 } = setup([bad, ok()]);
    expect(await h1.request({ ...get, schema: Items })).toEqual([{ id: 'a' }]);
    const { http: h2, fake } = setup([bad]);
    const err = await failure(h2.request({ ...get, schema: Items }));
    expect(fake.calls).toHaveLength(4);
    expect(err.code).toBe('invalid-response');
  });

  it('does not retry a schema mismatch and keeps values out of the details', async () => {
    const { http, fake } = setup([ok([{ id: 42, name: 'Julian Hoffmann' }])]);
    const err = await failure(http.request({ ...get, schema: Items }));
    expect(fake.calls).toHaveLength(1);
    expect(err.code).toBe('invalid-response');
    expect(err.details?.issues).toEqual(['0.id: invalid_type']);
    expect(JSON.stringify(err.toPayload())).not.toMatch(/42|Julian/);
  });

  it('caps the backoff', () => {
    const policy = { ...DEFAULT_RETRY, retries: 10 };
    expect(backoffDelayMs(1, policy, () => 0.999)).toBe(299);
    expect(backoffDelayMs(10, policy, () => 0.999)).toBe(7992);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });
});

describe('writes', () => {
  const post = { method: 'POST', path: '/calendars/:id/blockings', params: { id: 'c1' } } as const;

  it('never retries a write that timed out and says the outcome is unknown', async () => {
    const { http, fake } = setup(['hang'], { timeoutMs: 300 });
    const err = await failure(http.request({ ...post, body: { json: {} }, schema: z.unknown() }));
    expect(fake.calls).toHaveLength(1);
    expect(err.code).toBe('timeout');
    expect(err.details?.outcome).toBe('unknown');
  });

  it('never retries a write whose connection broke', async () => {
    const { http, fake } = setup(['network']);
    const err = await failure(http.request({ ...post, schema: z.unknown() }));
    expect(fake.calls).toHaveLength(1);
    expect(err.code).toBe('network');
    expect(err.details?.outcome).toBe('unknown');
  });

  it.each([
    ['net::ERR_PROXY_CONNECTION_FAILED', 'not-applied'],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'not-applied'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'not-applied'],
    ['net::ERR_CERT_DATE_INVALID', 'not-applied'],
    ['net::ERR_CONNECTION_RESET', 'unknown'],
  ])('knows whether a write that failed with %s reached the vendor', async (message, outcome) => {
    const { http } = setup([], { fetch: () => Promise.reject(new Error(message)) });
    const err = await failure(http.request({ ...post, schema: z.unknown() }));
    expect(err.code).toBe('network');
    expect(err.details?.outcome).toBe(outcome);
  });

  it('knows a refused connection never reached the vendor', async () => {
    const { http } = setup(['refused']);
    const err = await failure(http.request({ ...post, schema: z.unknown() }));
    expect(err.code).toBe('network');
    expect(err.details?.outcome).toBe('not-applied');
  });

  it.each([500, 502, 503, 504])(
    'does not retry a %i and treats the outcome as unknown',
    async (s) => {
      const { http, fake } = setup([{ status: s }, ok()]);
      const err = await failure(http.request({ ...post, schema: z.unknown() }));
      expect(fake.calls).toHaveLength(1);
      expect(err.code).toBe('server');
      expect(err.details?.outcome).toBe('unknown');
    },
  );

  it('does not retry malformed JSON on a write', async () => {
    const { http, fake } = setup([{ status: 200, raw: '{"id": "tr' }, ok()]);
    const err = await failure(http.request({ ...post, schema: z.unknown() }));
    expect(fake.calls).toHaveLength(1);
    expect(err.code).toBe('invalid-response');
    expect(err.details?.outcome).toBe('unknown');
  });

  it('retries a refused (429) write once, honouring Retry-After', async () => {
    const { http, fake, clock } = setup([{ status: 429, headers: { 'Retry-After': '1' } }, ok({})]);
    await http.request({ ...post, schema: z.unknown() });
    expect(fake.calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([1000]);
  });

  it('retries a 429 write at most once', async () => {
    const { http, fake } = setup([{ status: 429, headers: { 'Retry-After': '1' } }]);
    const err = await failure(http.request({ ...post, schema: z.unknown() }));
    expect(fake.calls).toHaveLength(2);
    expect(err.code).toBe('rate-limited');
    expect(err.details).toMatchObject({ outcome: 'not-applied', retryAfterMs: 1000 });
  });

  it('reports a rejected write as not applied', async () => {
    const { http } = setup([{ status: 400, body: { error: 'updated is missing' } }]);
    const err = await failure(http.request({ ...post, schema: z.unknown() }));
    expect(err.code).toBe('validation');
    expect(err.details).toMatchObject({ outcome: 'not-applied', status: 400 });
  });
});

describe('vendor error descriptions', () => {
  it('uses the vendor code and safe details, and no sentence', async () => {
    const describeError = (_status: number, body: unknown): VendorError => ({
      vendorCode: (body as { code: string }).code,
      code: 'permission',
      details: { missingScopes: ['staff:read'] },
    });
    const { http } = setup([{ status: 403, body: { code: 'INSUFFICIENT_SCOPES' } }], {
      describeError,
    });
    const err = await failure(http.request({ ...get, schema: Items }));
    expect(err.toPayload()).not.toHaveProperty('message');
    expect(err.details).toMatchObject({
      vendorCode: 'INSUFFICIENT_SCOPES',
      missingScopes: ['staff:read'],
    });
  });
});

describe('lenient JSON', () => {
  it('strips trailing commas outside strings only', () => {
    expect(stripTrailingCommas('{"a": [1, 2, ], "b": ",}",\n}')).toBe(
      '{"a": [1, 2 ], "b": ",}"\n}',
    );
    expect(stripTrailingCommas('{"a": "x\\",]"}')).toBe('{"a": "x\\",]"}');
  });

  it('parses strict JSON, repaired JSON, and refuses garbage', () => {
    expect(parseJsonLenient('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonLenient('[{"a": 1,},]')).toEqual({ ok: true, value: [{ a: 1 }] });
    expect(parseJsonLenient('{"data": [ {"id": "trunc')).toEqual({ ok: false });
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-03-06T08:00:00Z');
    expect(parseRetryAfterMs('3', now)).toBe(3000);
    expect(parseRetryAfterMs('Fri, 06 Mar 2026 08:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfterMs('Fri, 06 Mar 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
  });
});

describe('RateBudget', () => {
  const now = Date.parse('2026-03-06T08:00:00Z');
  const headers = (limit: number, remaining: number, resetInS: number) =>
    new Headers({
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': String(now / 1000 + resetInS),
    });

  it('tracks the headers of each answer', async () => {
    const { http } = setup([
      ok(undefined, {
        'X-RateLimit-Limit': '1000',
        'X-RateLimit-Remaining': '998',
        'X-RateLimit-Reset': String(now / 1000 + 3600),
      }),
    ]);
    await http.request({ ...get, schema: Items });
    expect(http.budget.snapshot()).toEqual({
      limit: 1000,
      remaining: 998,
      resetAt: now + 3_600_000,
      observedAt: now,
    });
  });

  it('spreads what is left (minus a reserve) evenly until the reset', () => {
    const budget = new RateBudget(() => now);
    expect(budget.suggestedPollIntervalMs(4)).toBe(15_000);
    budget.observe(headers(1000, 500, 3600));
    // 500 − 100 reserve = 400 requests = 100 polls of 4 in an hour: one per 36 s.
    expect(budget.suggestedPollIntervalMs(4)).toBe(36_000);
    budget.observe(headers(1000, 120, 600));
    // 20 usable = 5 polls in 10 minutes.
    expect(budget.suggestedPollIntervalMs(4)).toBe(120_000);
    budget.observe(headers(1000, 50, 600));
    expect(budget.suggestedPollIntervalMs(4)).toBe(601_000);
    budget.observe(headers(1000, 990, 3600));
    expect(budget.suggestedPollIntervalMs(1, { floorMs: 5_000 })).toBe(5_000);
  });

  it('falls back to the floor once the window has passed', () => {
    let t = now;
    const budget = new RateBudget(() => t);
    budget.observe(headers(100, 0, 60));
    expect(budget.suggestedPollIntervalMs(1)).toBe(61_000);
    t += 61_000;
    expect(budget.suggestedPollIntervalMs(1)).toBe(15_000);
  });
});
