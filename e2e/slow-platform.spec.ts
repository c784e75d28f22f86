import { startWebApp, type WebApp } from '../electron/web/app';
import { silentLogger } from '../electron/log';
import { test as base, expect } from './fixtures';

/**
 * One platform hangs: every Docfav request of the demo practice gets no answer at all (simulator
 * fault `hang`, set through its control route before the page asks for anything). The week must
 * still show Doctena at once, and say which platform is missing.
 */
const test = base.extend<{ hangingDocfav: WebApp }>({
  hangingDocfav: async ({}, use, testInfo) => {
    testInfo.skip(
      testInfo.project.name !== 'web',
      'Injects faults into the app’s own demo simulators: web bridge only.',
    );
    const app = await startWebApp({ logger: silentLogger });
    const docfav = app.services.accounts().get('demo-docfav');
    if (!docfav) throw new Error('the demo practice is not running');
    const control = `${new URL(docfav.account.baseUrl).origin}/__sim/faults`;
    const added = await fetch(control, {
      method: 'POST',
      body: JSON.stringify({ method: '*', path: '/**', kind: 'hang' }),
    });
    expect(added.ok).toBe(true);
    await use(app);
    await app.close();
  },
});

test('draws Doctena within 3 s while Docfav hangs, and names Docfav in a banner', async ({
  page,
  hangingDocfav,
}) => {
  // Timed from the calendar asking for the week, so that loading the page on a busy machine does
  // not count against the platforms.
  let asked: number | undefined;
  page.on('request', (request) => {
    if (request.url().includes('/__bridge/ipc/calendar%3Arange')) asked ??= Date.now();
  });
  await page.goto(hangingDocfav.bridge.url);
  await expect(page.locator('[data-event-id^="doctena:"]').first()).toBeVisible();
  expect(asked, 'the calendar asked for the week').toBeDefined();
  expect(Date.now() - (asked ?? 0)).toBeLessThan(3_000);
  await expect(page.locator('[data-event-id^="docfav:"]')).toHaveCount(0);

  // A few seconds without an answer: the desk is told which appointments are missing.
  await expect(page.getByTestId('slow-demo-docfav')).toHaveText(
    'Clínica Demo Salud (Docfav) is not answering; its appointments are missing. They appear as soon as it answers.',
    { timeout: 10_000 },
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Doctena' })).toHaveCount(0);
  // Doctena's side stays usable and up to date meanwhile.
  const sidebar = page.getByRole('complementary', { name: 'Calendars' });
  await expect(sidebar.getByText('Allgemeinmedizin', { exact: true })).toBeVisible();
  await expect(sidebar.getByText(/^Synced \d\d:\d\d$/)).toHaveCount(1);
  await expect(page.locator('[data-event-id^="doctena:"]').first()).toBeVisible();
});
