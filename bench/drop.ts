import { chromium, type Browser, type Page } from 'playwright';
import { silentLogger } from '../electron/log';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { withLaidOut } from './laid-out';
import { MIN_RUNS, repeat, rowBelow, type Row } from './stats';
import { syntheticSource } from './synthetic';

const VIEWPORT = { width: 1366, height: 768 };
const SLOTS = 4;

/**
 * Installed before the drop: from the pointerup that drops event `id` to the animation frame after
 * the REAL event element is at its new place: not FullCalendar's drag mirror (`.fc-event-mirror`,
 * which carries the id and already sits there at pointerup), not the original left hidden
 * (`visibility: hidden`) during the drag, not a guard shadow; its top within half a slot of
 * `top` and its centre inside the day column `[left, right]`. `__fdDrop.mirrorAtPointerUp`
 * records whether the mirror alone would have passed, to show the check is not fooled by it.
 */
const WATCH_DROP = `(({ id, top, left, right, half }) => {
  const at = (el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    return r.height > 0 && Math.abs(r.top - top) < half && x > left && x < right;
  };
  const all = () => [...document.querySelectorAll('[data-event-id="' + CSS.escape(id) + '"]')];
  const isReal = (el) =>
    el.closest('.fc-timegrid-event-harness') && !el.closest('.fc-event-mirror, .fd-mirror') &&
    el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && at(el);
  const real = () => all().some(isReal);
  const result = (window.__fdDrop = {});
  document.addEventListener('pointerup', () => {
    const start = performance.now();
    result.mirrorAtPointerUp = all().some((el) => el.closest('.fc-event-mirror') && at(el));
    result.realAtPointerUp = real();
    let done = false;
    const finish = () => {
      if (done || !real()) return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => { result.ms = performance.now() - start; });
    };
    const observer = new MutationObserver(finish);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const frame = () => { finish(); if (!done) requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
  }, { capture: true, once: true });
})`;

export interface DropRun {
  ms: number;
  mirrorAtPointerUp: boolean;
  realAtPointerUp: boolean;
}

/** Drags the real event four slots up or down in its own day column and times the drop. */
async function dropOnce(page: Page, selector: string): Promise<DropRun> {
  const event = page.locator(selector).first();
  await event.waitFor();
  await event.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const id = await event.getAttribute('data-event-id');
  const box = await event.boundingBox();
  const slot = await page.locator('.fc-timegrid-slot-lane').first().boundingBox();
  if (!box || !slot || !id) throw new Error('layout not ready');
  const x = box.x + box.width / 2;
  const column = await page.evaluate(`(() => {
    const col = [...document.querySelectorAll('.fc-timegrid-col[data-date]')].find((c) => {
      const r = c.getBoundingClientRect();
      return ${x} > r.left && ${x} < r.right;
    });
    const r = col && col.getBoundingClientRect();
    return r ? { left: r.left, right: r.right } : null;
  })()`);
  const col = column as { left: number; right: number } | null;
  if (!col) throw new Error('no day column under the event');
  // Four slots up or down, whichever stays inside the viewport: an autoscroll would move the grid.
  const shift = (box.y > VIEWPORT.height / 2 ? -SLOTS : SLOTS) * slot.height;
  const watch = { id, top: box.y + shift, ...col, half: slot.height / 2 };
  await page.evaluate(`${WATCH_DROP}(${JSON.stringify(watch)})`);
  const y = box.y + Math.min(8, box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 5, y + 5, { steps: 3 });
  await page.mouse.move(x, y + shift, { steps: 10 });
  await page.mouse.up();
  await page.waitForFunction(
    () => (window as unknown as { __fdDrop?: { ms?: number } }).__fdDrop?.ms !== undefined,
    null,
    { timeout: 10_000 },
  );
  const run = (await page.evaluate('window.__fdDrop')) as DropRun;
  // Already there before FullCalendar handled the drop: the drag moved nothing, so nothing was timed.
  if (run.realAtPointerUp) throw new Error('the event sat at its new place before the drop');
  return run;
}

/** Waits for the week's sync to settle: a redraw mid-drag would cancel the drag. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="last-synced"]')?.textContent?.includes('…'),
  );
  await page.waitForTimeout(500);
}

async function newPage(browser: Browser, url: string) {
  const page = await browser.newPage({ viewport: VIEWPORT, timezoneId: 'Europe/Berlin' });
  await withLaidOut(page);
  await page.goto(url);
  return page;
}

/**
 * The demo week (about 40 events): a Docfav appointment dropped while Docfav answers every
 * request 2 s late, so the optimistic move must not wait for the network. A fresh page per run,
 * each run another appointment.
 */
export async function demoDrops(runs = MIN_RUNS, onRun?: (run: DropRun) => void) {
  const app = await startWebApp({ logger: silentLogger });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const docfav = app.services.accounts().get('demo-docfav');
    if (!docfav) throw new Error('demo not running');
    const control = `${new URL(docfav.account.baseUrl).origin}/__sim/faults`;
    return await repeat('Drop, demo week', runs, async (run) => {
      const page = await newPage(browser, app.bridge.url);
      try {
        const welcome = page.getByRole('button', { name: 'Try with demo data' });
        if (await welcome.isVisible()) await welcome.click();
        await page.locator('[data-nav="next"]').click();
        await page
          .locator('.fc-event-draggable[data-event-id*="docfav-appointment"]')
          .first()
          .waitFor();
        await settled(page);
        await fetch(control, {
          method: 'POST',
          body: JSON.stringify({ method: '*', path: '/**', kind: 'delay', delayMs: 2000 }),
        });
        const ids = await page
          .locator('.fc-event-draggable[data-event-id*="docfav-appointment"]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
        const id = ids[run % ids.length];
        if (!id) throw new Error('no Docfav appointment to drag');
        const result = await dropOnce(page, `.fc-event-draggable[data-event-id="${id}"]`);
        onRun?.(result);
        return result.ms;
      } finally {
        await fetch(control, { method: 'DELETE' });
        await page.close();
      }
    });
  } finally {
    await browser.close();
    await app.close();
  }
}

/**
 * A 1,000-event week (next week, synthetic, every event movable): a Docfav-calendar event dropped
 * four slots up or down. The move's write has no platform behind it and fails after the drop is drawn;
 * what is timed ends before that answer. A fresh page per run, each run another event.
 */
export async function busyWeekDrops(runs = MIN_RUNS, onRun?: (run: DropRun) => void) {
  const now = new Date();
  const monday = new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() - ((now.getDay() + 6) % 7),
  );
  // Next week, so that no drop lands in the past.
  const nextMonday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7);
  const app = await startWebApp({
    logger: silentLogger,
    sources: [syntheticSource(1000, nextMonday, { movable: true })],
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await repeat('Drop, 1,000-event week', runs, async (run) => {
      const page = await newPage(browser, app.bridge.url);
      try {
        await page.locator('[data-nav="next"]').click({ timeout: 60_000 });
        await page.evaluate(
          `window.__fdWhenLaidOut('.fc-timegrid-event-harness [data-event-id*=":e"]', 1000, 0, 60000)`,
        );
        await settled(page);
        // Calendars 3–5 of the synthetic practice are Docfav's: no "notify the patient?" dialog.
        const i = 5 * (10 + run) + 2;
        const result = await dropOnce(page, `.fc-event-draggable[data-event-id$=":e${i}"]`);
        onRun?.(result);
        return result.ms;
      } finally {
        await page.close();
      }
    });
  } finally {
    await browser.close();
    await app.close();
  }
}

export async function dropRows(runs = MIN_RUNS): Promise<Row[]> {
  const demo = await demoDrops(runs);
  const busy = await busyWeekDrops(runs);
  return [
    rowBelow(
      'Drop to the real event drawn at its new place, demo week (Docfav 2 s late)',
      demo,
      50,
      'ms',
    ),
    rowBelow('Drop to the real event drawn at its new place, 1,000-event week', busy, 50, 'ms'),
  ];
}
