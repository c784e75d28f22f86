import { chromium } from 'playwright';
import { silentLogger } from '../electron/log';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { MIN_RUNS, repeat, rowBelow, rowReported, type Row } from './stats';
import { syntheticSource } from './synthetic';

const VIEWPORT = { width: 1366, height: 768 };

/**
 * From starting the web bridge (demo simulators, first sync) to the first event of the week drawn
 * in a fresh page; a new app per run, one browser (its launch is not timed).
 */
export async function coldStart(runs = MIN_RUNS) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await repeat('Cold start', runs, async () => {
      const started = performance.now();
      const app = await startWebApp({ logger: silentLogger });
      const page = await browser.newPage({ viewport: VIEWPORT });
      try {
        await page.goto(app.bridge.url);
        await page.locator('.fc-timegrid-event-harness [data-event-id]').first().waitFor();
        return performance.now() - started;
      } finally {
        await page.close();
        await app.close();
      }
    });
  } finally {
    await browser.close();
  }
}

/**
 * The renderer's JS heap (MB, after a forced GC) with all `count` events of the week on screen in
 * the DOM; a new browser per run, so that no run shares a renderer process with another.
 */
export async function heapWith(count: number, runs = MIN_RUNS) {
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
  try {
    return await repeat(`Heap with ${count} events`, runs, async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage({ viewport: VIEWPORT });
        await page.goto(app.bridge.url);
        const selector = '.fc-timegrid-event-harness [data-event-id]';
        await page
          .waitForFunction(
            ({ n, selector }) => document.querySelectorAll(selector).length >= n,
            { n: count, selector },
            { timeout: 300_000 },
          )
          .catch(async (e: unknown) => {
            const found = await page.locator(selector).count();
            throw new Error(`${found} of ${count} events drawn: ${String(e)}`);
          });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        return usedSize / 1024 / 1024;
      } finally {
        await browser.close();
      }
    });
  } finally {
    await app.close();
  }
}

export async function startupRows(runs = MIN_RUNS): Promise<Row[]> {
  const heap = await heapWith(10_000, runs);
  const cold = await coldStart(runs);
  return [
    rowBelow('Renderer JS heap with 10,000 events in the week', heap, 75, 'MB', {
      inclusive: true,
      digits: 1,
    }),
    rowReported('Cold start of the web bridge to the first event drawn', cold, 'ms'),
  ];
}
