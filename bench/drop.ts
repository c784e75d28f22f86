import { chromium } from 'playwright';
import { silentLogger } from '../electron/log';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

/**
 * Time from dropping a dragged Docfav appointment to it being drawn at its new place, while the
 * platform takes 2 s for every request: the optimistic move must not wait for the network.
 */
export async function dropToDrawn(runs = 3): Promise<number[]> {
  const app = await startWebApp({ logger: silentLogger });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const timings: number[] = [];
  try {
    const docfav = app.services.accounts().get('demo-docfav');
    if (!docfav) throw new Error('demo not running');
    const control = `${new URL(docfav.account.baseUrl).origin}/__sim/faults`;
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({
        viewport: { width: 1400, height: 900 },
        timezoneId: 'Europe/Berlin',
      });
      // tsx compiles this file with esbuild's keepNames, which wraps named functions in a
      // __name() helper that does not exist in the page the functions are sent to.
      await page.addInitScript('window.__name = (fn) => fn;');
      await page.goto(app.bridge.url);
      const welcome = page.getByRole('button', { name: 'Try with demo data' });
      if (await welcome.isVisible()) await welcome.click();
      await page.locator('[data-nav="next"]').click();
      const event = page
        .locator('.fc-event-draggable[data-event-id*="docfav-appointment"]')
        .nth(run);
      await event.waitFor();
      // Let the week's sync and refetch settle: a redraw mid-drag would cancel the drag.
      await page.waitForFunction(
        () => !document.querySelector('[data-testid="last-synced"]')?.textContent?.includes('…'),
      );
      await page.waitForTimeout(500);
      await event.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      // From now on Docfav answers everything 2 s late.
      await fetch(control, {
        method: 'POST',
        body: JSON.stringify({ method: '*', path: '/**', kind: 'delay', delayMs: 2000 }),
      });
      const id = await event.getAttribute('data-event-id');
      const box = await event.boundingBox();
      const slot = await page.locator('.fc-timegrid-slot-lane').first().boundingBox();
      if (!box || !slot || !id) throw new Error('layout not ready');
      // Measured in the page: from the pointerup that drops it to the moment the grid holds it at
      // its new place (checked on every DOM change), plus the frame that paints it.
      await page.evaluate(
        ({ id, top }) => {
          const w = window as unknown as { dropMs?: number };
          const movedNow = () =>
            [...document.querySelectorAll(`[data-event-id="${id}"]`)].some(
              (el) => Math.abs(el.getBoundingClientRect().top - top) > 20,
            );
          document.addEventListener(
            'pointerup',
            () => {
              const start = performance.now();
              const done = () => {
                observer.disconnect();
                requestAnimationFrame(() => {
                  w.dropMs = performance.now() - start;
                });
              };
              const observer = new MutationObserver(() => {
                if (movedNow()) done();
              });
              observer.observe(document.body, { subtree: true, childList: true, attributes: true });
              if (movedNow()) done();
            },
            { capture: true, once: true },
          );
        },
        { id, top: box.y },
      );
      const x = box.x + box.width / 2;
      const y = box.y + Math.min(8, box.height / 2);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + 5, y + 5, { steps: 3 });
      await page.mouse.move(x, y + 4 * slot.height, { steps: 10 });
      await page.mouse.up();
      await page.waitForFunction(
        () => (window as unknown as { dropMs?: number }).dropMs !== undefined,
        null,
        {
          timeout: 6000,
        },
      );
      timings.push(await page.evaluate(() => (window as unknown as { dropMs: number }).dropMs));
      await fetch(control, { method: 'DELETE' });
      await page.close();
    }
    return timings;
  } finally {
    await browser.close();
    await app.close();
  }
}
