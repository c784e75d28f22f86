import { afterEach, describe, expect, it } from 'vitest';
import { FaultInjector, pathPattern } from './faults';
import { Router, startSimServer, type SimServer } from './server';

let server: SimServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const router = new Router().on('GET', '/items/:id', (req) => ({
    status: 200,
    body: { id: req.params.id },
  }));
  server = await startSimServer({
    name: 'kit',
    router,
    basePath: '/api',
    renderFault: (status, retryAfter) => {
      const headers: Record<string, string> = {};
      if (status === 429) headers['Retry-After'] = String(retryAfter);
      return { status, body: { error: String(status) }, headers };
    },
  });
  return server;
}

describe('simulator kit', () => {
  it('matches paths with one-segment and any-rest wildcards', () => {
    expect(pathPattern('/calendars/*/bookings').test('/calendars/abc/bookings')).toBe(true);
    expect(pathPattern('/calendars/*/bookings').test('/calendars/a/b/bookings')).toBe(false);
    expect(pathPattern('/**').test('/anything/at/all')).toBe(true);
  });

  it('reads fault rules from the environment syntax and refuses unknown kinds', () => {
    expect(FaultInjector.parse('GET /items/*=500x2;* /**=hang')).toEqual([
      { method: 'GET', path: '/items/*', kind: '500', times: 2 },
      { method: '*', path: '/**', kind: 'hang' },
    ]);
    expect(() => FaultInjector.parse('GET /x=teapot')).toThrow(/unknown fault kind/);
  });

  it('serves each fault for as many requests as asked, then answers normally', async () => {
    const s = await start();
    s.faults.add({ method: 'GET', path: '/items/*', kind: '429', times: 1, retryAfterSeconds: 7 });
    const limited = await fetch(`${s.baseUrl}/items/1`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await (await fetch(`${s.baseUrl}/items/1`)).json()).toEqual({ id: '1' });
    expect(s.faults.served['429']).toBe(1);
  });

  it('delays a request and then handles it normally (a slow platform)', async () => {
    const s = await start();
    s.faults.add({ method: 'GET', path: '/items/*', kind: 'delay', delayMs: 300, times: 1 });
    const started = Date.now();
    const res = await fetch(`${s.baseUrl}/items/2`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await res.json()).toEqual({ id: '2' });
  });

  it('takes fault rules from another process through the control route', async () => {
    const s = await start();
    const added = await fetch(`${s.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ method: 'GET', path: '/items/*', kind: '500', times: 1 }),
    });
    expect(added.status).toBe(200);
    expect((await fetch(`${s.baseUrl}/items/3`)).status).toBe(500);
    expect(
      (await fetch(`${s.url}/__sim/faults`, { method: 'POST', body: '{"kind":"nope"}' })).status,
    ).toBe(400);
    const stats = (await (await fetch(`${s.url}/__sim/stats`)).json()) as { requests: number };
    expect(stats.requests).toBe(1);
  });
});
