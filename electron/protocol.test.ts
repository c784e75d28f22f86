import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from './protocol';
import { APP_ORIGIN } from './security';

describe('app:// protocol', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'frontdesk-app-'));
  await fs.writeFile(path.join(dir, 'index.html'), '<html></html>');
  const handle = createAppProtocolHandler(dir);

  it('serves the renderer with the CSP header', async () => {
    const res = await handle(new Request(`${APP_ORIGIN}/index.html`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('refuses paths outside the renderer folder and other hosts', async () => {
    const outside = await handle(new Request(`${APP_ORIGIN}/..%2f..%2fetc%2fpasswd`));
    expect([403, 404]).toContain(outside.status);
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await handle(new Request(`${APP_ORIGIN}/missing.js`))).status).toBe(404);
  });
});
