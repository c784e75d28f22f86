import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { startWebApp, type WebApp } from '../electron/web/app';
import { silentLogger } from '../electron/log';
import { catalogues } from '../shared/i18n/catalogue';
import {
  DOCFAV_DEMO_API_KEY,
  DOCFAV_LIMITED_SCOPES_API_KEY,
  DOCFAV_REVOKED_API_KEY,
  startDocfavSimulator,
  type DocfavSimulator,
} from '../simulators/docfav';
import {
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
  type DoctenaSimulator,
} from '../simulators/doctena';
import { test as base, expect } from './fixtures';

/**
 * Welcome, connecting, disconnecting and settings. Each test gets its own app (connecting and
 * leaving the demo change it), and the platforms to connect are simulators of its own: the demo's
 * simulators stop as soon as a real account ends the demo.
 */
const test = base.extend<{
  fresh: Page;
  freshApp: WebApp;
  doctena: DoctenaSimulator;
  docfav: DocfavSimulator;
}>({
  freshApp: async ({}, use, testInfo) => {
    testInfo.skip(testInfo.project.name !== 'web', 'Needs a fresh app per test: web bridge only.');
    const app = await startWebApp({ logger: silentLogger });
    await use(app);
    await app.close();
  },
  fresh: async ({ page, freshApp }, use) => {
    await page.goto(freshApp.bridge.url);
    await use(page);
  },
  doctena: async ({}, use) => {
    const simulator = await startDoctenaSimulator();
    await use(simulator);
    await simulator.close();
  },
  docfav: async ({}, use) => {
    const simulator = await startDocfavSimulator();
    await use(simulator);
    await simulator.close();
  },
});

const doctenaEvents = (page: Page) => page.locator('[data-event-id^="doctena:"]');
const docfavEvents = (page: Page) => page.locator('[data-event-id^="docfav:"]');
const welcome = (page: Page) => page.getByRole('region', { name: 'Welcome to Frontdesk' });

async function openSettings(page: Page, name = 'Settings') {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('first start: the welcome offers both platforms and the demo, which shows both', async ({
  fresh: page,
}, testInfo) => {
  const panel = welcome(page);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Connect Doctena' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Connect Docfav' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Try with demo data' })).toBeVisible();
  // The demo is already running behind it, with both platforms.
  await expect(
    page.getByText('Demo data: these patients and appointments are fictional.'),
  ).toBeVisible();
  await expect(doctenaEvents(page).first()).toBeVisible();
  await expect(docfavEvents(page).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('welcome.png') });

  await panel.getByRole('button', { name: 'Try with demo data' }).click();
  await expect(panel).toBeHidden();
  await page.reload();
  await expect(doctenaEvents(page).first()).toBeVisible();
  await expect(welcome(page)).toBeHidden();

  // The demo bar brings it back.
  const bar = page.getByRole('region', { name: 'Demo practice' });
  await bar.getByRole('button', { name: 'Connect your accounts' }).click();
  await expect(welcome(page)).toBeVisible();
  await expect(welcome(page).getByRole('heading', { name: 'Welcome to Frontdesk' })).toBeFocused();

  // Leaving the demo and coming back to it.
  await bar.getByRole('button', { name: 'Leave demo' }).click();
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
  await expect(welcome(page)).toContainText('You have left the demo.');
  await welcome(page).getByRole('button', { name: 'Try with demo data' }).click();
  await expect(docfavEvents(page).first()).toBeVisible();
  await expect(welcome(page)).toBeHidden();
});

test('after leaving the demo, a wrong Doctena password is refused and the right one connects', async ({
  fresh: page,
  doctena,
}, testInfo) => {
  await expect(doctenaEvents(page).first()).toBeVisible();
  await page
    .getByRole('region', { name: 'Demo practice' })
    .getByRole('button', { name: 'Leave demo' })
    .click();

  const panel = welcome(page);
  await expect(panel.getByText('You have left the demo.', { exact: false })).toBeVisible();
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
  await expect(page.getByText('Demo data: these patients', { exact: false })).toBeHidden();
  // Choosing the demo is the only way out besides connecting: there is no close button.
  await expect(panel.getByRole('button', { name: /close|dismiss/i })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Connect Doctena' }).click();
  const login = panel.getByLabel('Login (e-mail address)');
  await expect(login).toBeFocused();
  const password = panel.getByLabel('Password');
  await expect(password).toHaveAttribute('type', 'password');
  await panel.getByText('Advanced').click();
  const url = panel.getByLabel('Doctena API address');
  await expect(url).toHaveValue('https://www.doxter.de/api/v2');
  await expect(panel.getByLabel('Practice time zone')).toHaveValue('Europe/Berlin');

  // Nothing typed yet: each field says what it needs.
  await panel.getByRole('button', { name: 'Connect Doctena' }).click();
  await expect(panel.getByText('Enter the Doctena login.')).toBeVisible();
  await expect(login).toBeFocused();

  await login.fill(DOCTENA_DEMO_LOGIN);
  await password.fill('not-the-password');
  await url.fill(doctena.baseUrl);
  await panel.getByRole('button', { name: 'Connect Doctena' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'Doctena did not accept this login and password. Check both (the password is case-sensitive) and try again.',
  );
  await page.screenshot({ path: testInfo.outputPath('welcome-wrong-password.png') });
  // Tested first, stored only on success.
  const stored = await page.evaluate(() => window.api.invoke('accounts:list', {}));
  expect(stored).toEqual({ ok: true, value: [] });

  await password.fill(DOCTENA_DEMO_PASSWORD);
  await panel.getByRole('button', { name: 'Connect Doctena' }).click();
  await expect(panel).toBeHidden();
  await expect(doctenaEvents(page).first()).toBeVisible();
  await expect(docfavEvents(page)).toHaveCount(0);
  const sidebar = page.getByRole('complementary', { name: 'Calendars' });
  await expect(sidebar.getByText('Allgemeinmedizin', { exact: true })).toBeVisible();
});

test('Docfav: a revoked key and a key short of scopes are explained, a good key connects', async ({
  fresh: page,
  docfav,
}) => {
  await welcome(page).getByRole('button', { name: 'Connect Docfav' }).click();
  const panel = welcome(page);
  const key = panel.getByLabel('API key');
  await expect(key).toHaveAttribute('type', 'password');
  await panel.getByText('Advanced').click();
  await expect(panel.getByLabel('Docfav API address')).toHaveValue(
    'https://www.docfav.com/api-connector/v1',
  );
  await panel.getByLabel('Docfav API address').fill(docfav.baseUrl);

  await key.fill(DOCFAV_REVOKED_API_KEY);
  await panel.getByRole('button', { name: 'Check key' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'This API key has been revoked in Docfav. Create a new key in Docfav under Settings → API',
  );

  await key.fill(DOCFAV_LIMITED_SCOPES_API_KEY);
  await panel.getByRole('button', { name: 'Check key' }).click();
  await expect(panel.getByRole('alert')).toContainText('lacks permissions Frontdesk needs: ');
  await expect(panel.getByRole('alert')).toContainText('staff:read');

  await key.fill(DOCFAV_DEMO_API_KEY);
  await panel.getByRole('button', { name: 'Check key' }).click();
  const clinic = panel.getByRole('checkbox', { name: /Clínica Demo Salud/ });
  await expect(clinic).toBeChecked();
  await panel.getByRole('button', { name: 'Connect Docfav' }).click();
  await expect(panel).toBeHidden();
  await expect(docfavEvents(page).first()).toBeVisible();
  await expect(doctenaEvents(page)).toHaveCount(0);
});

test('settings: accounts with their time zone; disconnecting wipes that account’s events', async ({
  fresh: page,
  doctena,
  docfav,
}, testInfo) => {
  // Set up through the same channels the welcome uses; the UI under test is the settings.
  const results = await page.evaluate(
    async ({ doctenaUrl, docfavUrl, login, password, apiKey }) => [
      await window.api.invoke('accounts:connectDoctena', {
        login,
        password,
        baseUrl: doctenaUrl,
        label: 'Praxis Schmidt',
        timezone: 'Europe/Berlin',
      }),
      await window.api.invoke('accounts:connectDocfav', {
        apiKey,
        baseUrl: docfavUrl,
        clinicIds: [],
      }),
    ],
    {
      doctenaUrl: doctena.baseUrl,
      docfavUrl: docfav.baseUrl,
      login: DOCTENA_DEMO_LOGIN,
      password: DOCTENA_DEMO_PASSWORD,
      apiKey: DOCFAV_DEMO_API_KEY,
    },
  );
  expect(results.map((r) => r.ok)).toEqual([true, true]);
  await page.reload();
  await expect(doctenaEvents(page).first()).toBeVisible();
  await expect(docfavEvents(page).first()).toBeVisible();
  await expect(welcome(page)).toBeHidden();

  const dialog = await openSettings(page);
  const row = dialog.getByRole('listitem').filter({ hasText: 'Praxis Schmidt' });
  await expect(row.getByText('Doctena', { exact: true })).toBeVisible();
  const zone = row.getByLabel('Time zone');
  await expect(zone).toHaveValue('Europe/Berlin');
  await zone.selectOption('Europe/Luxembourg');
  await expect(row.getByText('Time zone saved.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('settings-accounts.png') });

  await row.getByRole('button', { name: 'Disconnect Praxis Schmidt' }).click();
  await expect(row.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await row.getByRole('button', { name: 'Keep it' }).click();
  await row.getByRole('button', { name: 'Disconnect Praxis Schmidt' }).click();
  await row.getByRole('button', { name: 'Yes, disconnect' }).click();
  await expect(row).toHaveCount(0);
  await dialog.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings', exact: true })).toBeFocused();

  await expect(doctenaEvents(page)).toHaveCount(0);
  await expect(docfavEvents(page).first()).toBeVisible();
});

test('settings: a managed account has a badge and cannot be removed', async ({ page, doctena }) => {
  test.skip(test.info().project.name !== 'web', 'Starts its own app: web bridge only.');
  // Managed accounts are read from the environment when the app starts.
  const managed: Record<string, string> = {
    FRONTDESK_DOCTENA_URL: doctena.baseUrl,
    FRONTDESK_DOCTENA_LOGIN: DOCTENA_DEMO_LOGIN,
    FRONTDESK_DOCTENA_PASSWORD: DOCTENA_DEMO_PASSWORD,
  };
  const saved = Object.fromEntries(Object.keys(managed).map((key) => [key, process.env[key]]));
  Object.assign(process.env, managed);
  const app = await startWebApp({ logger: silentLogger }).finally(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  });
  try {
    await page.goto(app.bridge.url);
    await expect(doctenaEvents(page).first()).toBeVisible();
    await expect(welcome(page)).toBeHidden();
    const dialog = await openSettings(page);
    const row = dialog.getByRole('listitem').filter({ hasText: DOCTENA_DEMO_LOGIN });
    await expect(row.getByText('Set up by your IT administrator')).toBeVisible();
    await expect(row.getByRole('button', { name: /Disconnect/ })).toHaveCount(0);
    await expect(row.getByRole('combobox')).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('settings: the poll interval is bounded, and the dialog keeps the keyboard inside', async ({
  fresh: page,
}, testInfo) => {
  await expect(doctenaEvents(page).first()).toBeVisible();
  const dialog = await openSettings(page);
  await expect(dialog).toBeFocused();
  await expect(dialog.getByText('No account is connected.', { exact: false })).toBeVisible();
  const poll = dialog.getByLabel('Check for changes every (seconds)');
  await expect(poll).toHaveValue('60');
  await expect(dialog.getByText('each platform’s request limit', { exact: false })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('settings.png') });

  await poll.fill('10');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByText('Enter a whole number of seconds from 30 to 3600.')).toBeVisible();
  await expect(poll).toBeFocused();
  await poll.fill('120');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByText('Settings saved.')).toBeVisible();
  const stored = await page.evaluate(() => window.api.invoke('settings:get', {}));
  expect(stored.ok && stored.value.pollIntervalSeconds).toBe(120);

  // Tab from the last control wraps to the first (the close button).
  await dialog.getByRole('button', { name: 'Save settings' }).focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close settings' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Save settings' })).toBeFocused();
});

test('the welcome, the demo bar and the settings dialog pass axe', async ({ fresh: page }) => {
  await expect(welcome(page)).toBeVisible();
  await welcome(page).getByRole('button', { name: 'Connect Docfav' }).click();
  const scan = (selector: string) =>
    new AxeBuilder({ page })
      .include(selector)
      .analyze()
      .then((r) => r.violations);
  expect(await scan('.welcome')).toEqual([]);
  expect(await scan('.demo-bar')).toEqual([]);
  const dialog = await openSettings(page);
  await dialog.getByRole('button', { name: 'Add a Doctena account' }).click();
  await dialog.getByText('Advanced').click();
  expect(await scan('.accounts-dialog')).toEqual([]);
});

/** Opens the settings in the current language, picks another one and saves. */
async function switchLanguage(
  page: Page,
  current: { settings: string; language: string; save: string },
  value: string,
) {
  const dialog = await openSettings(page, current.settings);
  await dialog.getByLabel(current.language, { exact: true }).selectOption(value);
  await dialog.getByRole('button', { name: current.save }).click();
}

const ENGLISH = { settings: 'Settings', language: 'Language', save: 'Save settings' };
const GERMAN = { settings: 'Einstellungen', language: 'Sprache', save: 'Einstellungen speichern' };

test('the whole UI, day names included, switches to German', async ({ fresh: page }) => {
  const headers = page.locator('.fc-col-header-cell');
  await expect(headers.first()).toContainText('Mon');
  await switchLanguage(page, ENGLISH, 'de');
  // At once, in the open dialog too.
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await expect(dialog.getByText('Einstellungen gespeichert.')).toBeVisible();
  await expect(dialog.getByLabel('Sprache', { exact: true })).toHaveValue('de');
  await dialog.press('Escape');
  await expect(headers.first()).toContainText('Mo.');
  await expect(page.getByRole('button', { name: 'Heute' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Willkommen bei Frontdesk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Demo verlassen' })).toBeVisible();
  // Stored, so it survives a restart.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Einstellungen', exact: true })).toBeVisible();
});

test('the whole UI, day names included, switches to Spanish', async ({ fresh: page }) => {
  test.skip(
    !catalogues.es,
    'Spanish is offered once every string area has it (renderer/i18n/actions.ts lacks es).',
  );
  const headers = page.locator('.fc-col-header-cell');
  await expect(headers.first()).toContainText('Mon');
  await switchLanguage(page, ENGLISH, 'de');
  await page.getByRole('dialog', { name: 'Einstellungen' }).press('Escape');
  await switchLanguage(page, GERMAN, 'es');
  const dialog = page.getByRole('dialog', { name: 'Ajustes' });
  await expect(dialog.getByText('Ajustes guardados.')).toBeVisible();
  await dialog.press('Escape');
  await expect(headers.first()).toContainText('lun');
  await expect(page.getByRole('button', { name: 'Hoy' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Le damos la bienvenida a Frontdesk' }),
  ).toBeVisible();
});
