import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../log';
import { createTestServices } from '../testing/services';
import { startWebBridge, type WebBridge } from './server';

let dir: string;
let bridge: WebBridge;
let vendorFetch: ReturnType<typeof createTestServices>['fetch'];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'frontdesk-bridge-'));
  await fs.writeFile(
    path.join(dir, 'index.html'),
    '<html><head><title>t</title></head><body></body></html>',
  );
  await fs.mkdir(path.join(dir, 'assets'));
  await fs.writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  const test = createTestServices();
  vendorFetch = test.fetch;
  bridge = await startWebBridge({
    dispatch: test.dispatch,
    rendererDir: dir,
    logger: silentLogger,
  });
});

afterAll(async () => {
  await bridge.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const auth = () => ({ Authorization: `Bearer ${bridge.token}` });
const ipc = (channel: string, body: string, headers: Record<string, string> = auth()) =>
  fetch(`${bridge.origin}/__bridge/ipc/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('web bridge', () => {
  it('listens on loopback only and keeps the token out of the HTTP request line', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.url).toBe(`${bridge.origin}/#token=${bridge.token}`);
    expect(bridge.token.length).toBeGreaterThanOrEqual(40);
  });

  it('serves the renderer with the shim injected first and the CSP header', async () => {
    const res = await fetch(`${bridge.origin}/`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html.indexOf('/__bridge/shim.js')).toBeLessThan(html.indexOf('<title>'));
    const shim = await fetch(`${bridge.origin}/__bridge/shim.js`);
    expect(await shim.text()).toContain('__bridge/ipc/');
    expect((await fetch(`${bridge.origin}/assets/app.js`)).status).toBe(200);
  });

  it('answers a call made with the token', async () => {
    const res = await ipc('app:info', '{}');
    expect(await res.json()).toMatchObject({ ok: true, value: { name: 'Frontdesk' } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer nope' }],
    ['a token of the right length but wrong', { Authorization: `Bearer ${'x'.repeat(43)}` }],
  ])('refuses a call with %s', async (_name, headers) => {
    const res = await ipc('app:info', '{}', headers);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('refuses cross-origin callers and foreign Host headers (DNS rebinding)', async () => {
    const cross = await ipc('app:info', '{}', { ...auth(), Origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const http = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = http.request(`${bridge.origin}/`, { headers: { Host: 'evil.example' } }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.end();
    });
    expect(status).toBe(421);
  });

  it('refuses garbage bodies with a typed error and reaches no vendor', async () => {
    for (const body of ['not json', '{"extra": 1}', '[]', 'null', '"x"']) {
      const res = await ipc('app:info', body);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const unknown = await ipc('secrets%3Adump', '{}');
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(vendorFetch).not.toHaveBeenCalled();
  });

  it.each(['%E0%A4%A', '%', 'app%3Ainfo%', '%FF'])(
    'answers a broken percent-encoding in the channel (%s) as an unknown channel, not a 500',
    async (channel) => {
      const res = await ipc(channel, '{}');
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      // The bridge still answers afterwards.
      expect((await ipc('app:info', '{}')).status).toBe(200);
    },
  );

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`${bridge.origin}/..%2f..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('root:');
  });

  it('streams push events to an authorised subscriber only', async () => {
    const refused = await fetch(`${bridge.origin}/__bridge/events`);
    expect(refused.status).toBe(401);

    const res = await fetch(`${bridge.origin}/__bridge/events`, { headers: auth() });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    await reader.read(); // the ": connected" comment
    bridge.push('sync:finished', { accountId: 'a', at: '2026-11-24T10:00:00Z', changed: 1 });
    const { value } = await reader.read();
    expect(value).toContain('event: sync:finished');
    expect(value).toContain('"changed":1');
    await reader.cancel();
  });
});
