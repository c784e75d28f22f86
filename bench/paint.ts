import { chromium } from 'playwright';
import { silentLogger } from '../electron/log';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { syntheticSource } from './synthetic';

/**
 * Time from asking for the next week to every one of its `count` events painted, in Chromium
 * against the web bridge. The week's data is already in the main process, so this is the
 * renderer's work plus one IPC round trip: what a receptionist waits for on "next week".
 */
export async function paintWeek(count: number, runs = 3): Promise<number[]> {
  const now = new Date();
  const day = (now.getDay() + 6) % 7;
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - day);
  const nextMonday = new Date(monday.getTime() + 7 * 86_400_000);
  const app = await startWebApp({
    logger: silentLogger,
    sources: [syntheticSource(count, nextMonday)],
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const timings: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(app.bridge.url);
      await page.locator('.fc-timegrid').waitFor();
      const ms = await page.evaluate(async (expected) => {
        const started = performance.now();
        const next = document.querySelector<HTMLButtonElement>(
          '.week-nav button:last-of-type, [data-nav="next"]',
        );
        next?.click();
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (document.querySelectorAll('.fc-timegrid-event').length >= expected) break;
          if (performance.now() - started > 30_000) return -1;
        }
        // All events are in the DOM at the start of a frame; the next frame starts once that
        // one has been laid out and painted, which is what the receptionist waits for.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - started;
      }, count);
      timings.push(ms);
      await page.close();
    }
    return timings;
  } finally {
    await browser.close();
    await app.close();
  }
}
