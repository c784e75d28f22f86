import { chromium } from 'playwright';
import { silentLogger } from '../electron/log';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { syntheticSource } from './synthetic';

/** From starting the web bridge (demo simulators, first sync) to the first week drawn. */
export async function coldStart(): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const started = performance.now();
    const app = await startWebApp({ logger: silentLogger });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.bridge.url);
    await page.locator('[data-event-id]').first().waitFor();
    const ms = performance.now() - started;
    await app.close();
    return ms;
  } finally {
    await browser.close();
  }
}

/** The renderer's JS heap with `count` events loaded into the week on screen (MB). */
export async function heapWith(count: number): Promise<number> {
  const now = new Date();
  const monday = new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() - ((now.getDay() + 6) % 7),
  );
  const app = await startWebApp({
    logger: silentLogger,
    sources: [syntheticSource(count, monday)],
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.bridge.url);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-event-id]').length >= n * 0.9,
      count,
      {
        timeout: 120_000,
      },
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } finally {
    await browser.close();
    await app.close();
  }
}
