import { test as base, expect, _electron, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startWebApp, type WebApp } from '../electron/web/app';
import { silentLogger } from '../electron/log';

/**
 * The same specs run against either target:
 * - `web` (default): the loopback web bridge in Debian's Chromium;
 * - `electron` (FRONTDESK_E2E_TARGET=electron): the real app through Playwright's _electron,
 *   skipped with a clear message when the Electron binary is not installed.
 */
export const target = process.env.FRONTDESK_E2E_TARGET === 'electron' ? 'electron' : 'web';

function electronBinary(): string | undefined {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

interface Fixtures {
  app: Page;
}
interface WorkerFixtures {
  webApp: WebApp | undefined;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  webApp: [
    async ({}, use) => {
      if (target !== 'web') return use(undefined);
      const app = await startWebApp({ logger: silentLogger });
      await use(app);
      await app.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, webApp }, use, testInfo) => {
    if (target === 'web') {
      await page.goto(webApp!.bridge.url);
      await use(page);
      return;
    }
    const binary = electronBinary();
    testInfo.skip(
      !binary,
      'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); the Electron target is skipped. Run without FRONTDESK_E2E_TARGET to use the web bridge.',
    );
    const electronApp = await _electron.launch({
      executablePath: binary!,
      args: [path.resolve('dist-electron/main.mjs')],
    });
    const window = await electronApp.firstWindow();
    await use(window);
    await electronApp.close();
  },
});

export { expect };
