import { test as base, expect, _electron, type Page } from '@playwright/test';
import { startWebApp, type WebApp, type WebAppOptions } from '../electron/web/app';
import { silentLogger } from '../electron/log';
import { electronBinary, electronStartArgs } from '../scripts/electron-binary';

/**
 * The same specs run against either target, chosen by the Playwright project:
 * - `web`: the loopback web bridge in Debian's Chromium;
 * - `electron`: the real app through Playwright's _electron, skipped with a clear message when the
 *   Electron binary is not installed.
 */

interface Fixtures {
  app: Page;
}
interface WorkerFixtures {
  webApp: WebApp | undefined;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  webApp: [
    async ({}, use, workerInfo) => {
      if (workerInfo.project.name !== 'web') return use(undefined);
      const app = await startWebApp({ logger: silentLogger });
      await use(app);
      await app.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ page, webApp }, use, testInfo) => {
    if (testInfo.project.name === 'web') {
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
      // The app folder, as `npm start` does: Electron reads package.json's main and productName.
      args: electronStartArgs([]),
    });
    const window = await electronApp.firstWindow();
    await use(window);
    await electronApp.close();
  },
});

export { expect };

/**
 * A fresh app per test, for specs that change the demo platforms' data (web bridge only), and a
 * page on it showing next week, which is in the future whatever day the suite runs.
 */
export const freshTest = test.extend<{
  freshApp: WebApp;
  fresh: Page;
  /** Options of the fresh app, e.g. shorter client timeouts (`freshTest.use({ webOptions })`). */
  webOptions: Omit<WebAppOptions, 'logger'>;
}>({
  webOptions: [{}, { option: true }],
  freshApp: async ({ webOptions }, use, testInfo) => {
    testInfo.skip(testInfo.project.name !== 'web', 'Needs a fresh app per test: web bridge only.');
    const app = await startWebApp({ ...webOptions, logger: silentLogger });
    await use(app);
    await app.close();
  },
  fresh: async ({ page, freshApp }, use) => {
    await page.goto(freshApp.bridge.url);
    await page.getByRole('button', { name: 'Try with demo data' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(page.locator('[data-event-id]').first()).toBeVisible();
    await use(page);
  },
});
