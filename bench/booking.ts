import { chromium, type Page } from 'playwright';
import { silentLogger } from '../electron/log';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { repeat, rowBelow, type Row } from './stats';

/**
 * Time from typing part of a patient's name in the booking dialog's "Patient" field to the list
 * of matches drawn, in Chromium against the web bridge and the demo Docfav simulator: from the
 * `input` event of the last key to the frame that paints the first matching option. It includes
 * the dialog's 250 ms pause in typing (one request per word, not per key) and one
 * `clients/autocomplete` round trip, with the simulator answering at once and 300 ms late (the
 * simulators' `delay` fault). Each run types another name, so no answer comes from a cache.
 * Target: at most 100 ms on top of the pause and Docfav's delay; one run per name.
 */

const NAMES = ['garc', 'mart', 'rodr', 'lópe', 'sánc', 'pére', 'góme'] as const;
const DELAYS_MS = [0, 300] as const;

export async function autocompleteRows(): Promise<Row[]> {
  const app = await startWebApp({ logger: silentLogger });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: Row[] = [];
  try {
    const docfav = app.services.accounts().get('demo-docfav');
    if (!docfav) throw new Error('demo not running');
    const faults = `${new URL(docfav.account.baseUrl).origin}/__sim/faults`;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in a
    // __name() helper that does not exist in the page the functions are sent to.
    await page.addInitScript('window.__name = (fn) => fn;');
    await page.goto(app.bridge.url);
    const welcome = page.getByRole('button', { name: 'Try with demo data' });
    if (await welcome.isVisible()) await welcome.click();
    await page.locator('[data-event-id]').first().waitFor();
    await page.getByRole('button', { name: 'New appointment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New appointment' });
    await dialog.getByLabel('Practitioner').selectOption({ label: 'Dra. Lucía Fernández' });
    const field = dialog.getByRole('combobox', { name: 'Patient' });
    for (const delayMs of DELAYS_MS) {
      await fetch(faults, { method: 'DELETE' });
      if (delayMs > 0) {
        await fetch(faults, {
          method: 'POST',
          body: JSON.stringify({
            method: 'GET',
            path: '/backofficeclinics/*/clients/autocomplete',
            kind: 'delay',
            delayMs,
          }),
        });
      }
      const figure = `Type a name to the patient list drawn, Docfav +${delayMs} ms`;
      const s = await repeat(figure, NAMES.length, (i) =>
        typeToList(page, field, NAMES[i] ?? NAMES[0]),
      );
      // The pause in typing is by design; what is on top of it and Docfav's delay is ours.
      rows.push(rowBelow(figure, s, 250 + delayMs + 100, 'ms'));
    }
    await fetch(faults, { method: 'DELETE' });
    return rows;
  } finally {
    await browser.close();
    await app.close();
  }
}

/** One run: types `name` into an empty field, and times the last key to the list drawn. */
async function typeToList(
  page: Page,
  field: ReturnType<Page['getByRole']>,
  name: string,
): Promise<number> {
  await field.fill('');
  await page.evaluate(() => {
    const w = window as unknown as { listMs?: number };
    delete w.listMs;
    const input = document.querySelector<HTMLInputElement>('.modal [role="combobox"]');
    if (!input) throw new Error('no patient field');
    let typedAt = 0;
    const shown = () =>
      [...document.querySelectorAll('.modal [role="listbox"]:not([hidden]) [role="option"]')]
        .length > 0;
    const observer = new MutationObserver(() => {
      if (typedAt === 0 || !shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        w.listMs = performance.now() - typedAt;
      });
    });
    // Every key restarts the clock: what is timed is the wait after the last one.
    input.addEventListener('input', () => {
      typedAt = performance.now();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await field.pressSequentially(name);
  await page.waitForFunction(
    () => (window as unknown as { listMs?: number }).listMs !== undefined,
    null,
    { timeout: 10_000 },
  );
  return page.evaluate(() => (window as unknown as { listMs: number }).listMs);
}
