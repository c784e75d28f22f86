import { chromium } from 'playwright';
import { silentLogger } from '../electron/log';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { DOCFAV_DEMO_API_KEY, startDocfavSimulator } from '../simulators/docfav';
import { MIN_RUNS, spread, summarise, type Row } from './stats';

/**
 * Requests Docfav receives per patient-card open: the real renderer in Chromium against the web
 * bridge and a Docfav simulator, opening `opens` different Docfav appointments one after another
 * (click, card drawn, a pause for any late or repeated fetch, Escape). Polling is stopped first, so
 * every request counted is the card's. `clientReads` counts `GET clients/{id}` alone, `all` every
 * Docfav request in those windows; both should be exactly one per open.
 */
export async function patientCardRequests(opens = MIN_RUNS) {
  const docfav = await startDocfavSimulator();
  let clientReads = 0;
  let all = 0;
  let counting = false;
  docfav.observe(({ method, pathname }) => {
    if (!counting) return;
    all += 1;
    if (method === 'GET' && /\/clients\/[0-9a-f-]{36}$/.test(pathname)) clientReads += 1;
  });
  // The app takes a managed Docfav account from its environment, read once when it starts.
  const managed = {
    FRONTDESK_DOCFAV_URL: docfav.baseUrl,
    FRONTDESK_DOCFAV_API_KEY: DOCFAV_DEMO_API_KEY,
    FRONTDESK_DEMO: '0',
  };
  const before = Object.keys(managed).map((key) => [key, process.env[key]] as const);
  Object.assign(process.env, managed);
  const app = await startWebApp({ logger: silentLogger });
  for (const [key, value] of before) {
    if (value === undefined) Reflect.deleteProperty(process.env, key);
    else process.env[key] = value;
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(app.bridge.url);
    const events = page.locator('[data-event-id*=":docfav-appointment:"]');
    await events.first().waitFor();
    app.services.sync.stop();
    await page.waitForTimeout(500);
    counting = true;
    const reads: number[] = [];
    const every: number[] = [];
    for (let n = 0; n < opens; n++) {
      const [readsBefore, allBefore] = [clientReads, all];
      await events.nth(n).click();
      const card = page.getByRole('region', { name: 'Patient details' });
      await card.getByRole('heading', { name: 'Other appointments' }).waitFor();
      // A second fetch (a remount, a refetch on focus) would come now.
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
      reads.push(clientReads - readsBefore);
      every.push(all - allBefore);
    }
    counting = false;
    return { reads, every };
  } finally {
    await browser.close();
    await app.close();
    await docfav.close();
  }
}

/** The figure as rows of `npm run bench`'s table: one sample per open. */
export async function patientCardRows(): Promise<Row[]> {
  const { reads, every } = await patientCardRequests();
  const r = summarise('Patient card: client reads per open', reads);
  const a = summarise('Patient card: Docfav requests per open', every);
  return [
    {
      measure: 'Requests per patient-card open: GET clients/{id} (Docfav)',
      result: spread(r),
      target: '1 per open',
      ok: r.min === 1 && r.max === 1,
    },
    {
      measure: '  … every Docfav request while the card was open',
      result: spread(a),
      target: '1 per open',
      ok: a.min === 1 && a.max === 1,
    },
  ];
}
