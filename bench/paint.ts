import { chromium, type Browser, type Page } from 'playwright';
import { silentLogger } from '../electron/log';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { eventsWithVendorId, withLaidOut } from './laid-out';
import { MIN_RUNS, repeat, rowReported, type Row } from './stats';
import { syntheticSource } from './synthetic';

export const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];

const LIMIT_MS = 60_000;
const THIS_WEEK = eventsWithVendorId('e');
const NEXT_WEEK = eventsWithVendorId('w1e');

const mondayOf = (now: Date) =>
  new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));

/** Waits for a page-side `__fdWhenLaidOut` whose outcome lands in `__fdMs` or `__fdError`. */
async function outcome(page: Page): Promise<number> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __fdMs?: number; __fdError?: string };
      return w.__fdMs !== undefined || w.__fdError !== undefined;
    },
    null,
    { timeout: LIMIT_MS + 10_000 },
  );
  const { ms, error } = await page.evaluate(() => {
    const w = window as unknown as { __fdMs?: number; __fdError?: string };
    return { ms: w.__fdMs, error: w.__fdError };
  });
  if (error !== undefined || ms === undefined) throw new Error(error ?? 'no time');
  return ms;
}

const settle = (call: string) =>
  `${call}.then((ms) => { window.__fdMs = ms; }, (e) => { window.__fdError = String(e.message); });`;

/**
 * First paint: a fresh page navigates to the app, whose current week holds `count` events; the
 * time is from navigation start (the page's time origin) to the frame after the one in which every
 * one of the week's events is visible with a laid-out box, off-screen ones included (laid-out.ts).
 */
async function firstPaint(browser: Browser, url: string, count: number, viewport: Viewport) {
  const page = await browser.newPage({ viewport });
  try {
    await withLaidOut(page);
    await page.addInitScript(
      settle(`window.__fdWhenLaidOut(${JSON.stringify(THIS_WEEK)}, ${count}, 0, ${LIMIT_MS})`),
    );
    await page.goto(url);
    return await outcome(page);
  } finally {
    await page.close();
  }
}

/**
 * Warm next week: a fresh page has drawn its current week (`count` events, all laid out); then
 * from the click on "next week" to the frame after every one of next week's `count` events is laid
 * out (laid-out.ts). Next week's data is already in the main process; this page never asked for it.
 */
async function nextWeek(browser: Browser, url: string, count: number, viewport: Viewport) {
  const page = await browser.newPage({ viewport });
  try {
    await withLaidOut(page);
    await page.goto(url);
    await page.evaluate(
      settle(`window.__fdWhenLaidOut(${JSON.stringify(THIS_WEEK)}, ${count}, 0, ${LIMIT_MS})`),
    );
    await outcome(page);
    await page.evaluate(`delete window.__fdMs; delete window.__fdError;`);
    await page.evaluate(`{
      const next = document.querySelector('[data-nav="next"]');
      if (!next) throw new Error('no next-week button');
      const since = performance.now();
      next.click();
      ${settle(`window.__fdWhenLaidOut(${JSON.stringify(NEXT_WEEK)}, ${count}, since, ${LIMIT_MS})`)}
    }`);
    return await outcome(page);
  } finally {
    await page.close();
  }
}

/** Runs of one figure; every run on a fresh page, one browser and app for all of them. */
export async function paintTimes(
  kind: 'first' | 'next',
  count: number,
  viewport: Viewport,
  runs = MIN_RUNS,
) {
  const app = await startWebApp({
    logger: silentLogger,
    sources: [syntheticSource(count, mondayOf(new Date()), { weeks: 2 })],
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const label = `${kind === 'first' ? 'First paint' : 'Warm next week'}, ${count} events, ${viewport.width}×${viewport.height}`;
  try {
    const measure = kind === 'first' ? firstPaint : nextWeek;
    return await repeat(label, runs, () => measure(browser, app.bridge.url, count, viewport));
  } finally {
    await browser.close();
    await app.close();
  }
}

/** The paint rows: 1,000 events first paint and warm next week, 3,000 first paint; both viewports. */
export async function paintRows(runs = MIN_RUNS): Promise<Row[]> {
  const rows: Row[] = [];
  for (const viewport of VIEWPORTS) {
    const size = `${viewport.width}×${viewport.height}`;
    const first = await paintTimes('first', 1000, viewport, runs);
    // Issue 17's target is a ratio to the plain-DOM bound, which `npm run bench:peers` measures.
    rows.push(
      rowReported(`First paint, 1,000-event week, every event laid out (${size})`, first, 'ms'),
    );
    const next = await paintTimes('next', 1000, viewport, runs);
    rows.push(
      rowReported(`Warm next week, 1,000 events, every event laid out (${size})`, next, 'ms'),
    );
    const big = await paintTimes('first', 3000, viewport, runs);
    rows.push(
      rowReported(`First paint, 3,000-event week, every event laid out (${size})`, big, 'ms'),
    );
  }
  return rows;
}
