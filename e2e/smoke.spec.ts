import { expect, test } from './fixtures';

test('the shell loads, shows the week and answers over IPC', async ({ app }, testInfo) => {
  await expect(app.getByRole('heading', { name: 'Frontdesk', exact: true })).toBeVisible();
  await expect(app.getByRole('complementary', { name: 'Calendars' })).toBeVisible();
  await expect(app.locator('.fc-timegrid')).toBeVisible();

  // One IPC round trip: the version comes from the main process's app:info channel.
  await expect(app.getByTestId('app-version')).toHaveText(/^Version \d+\.\d+\.\d+$/);

  // A write round trip: the setting changes in the main process and survives a reload.
  const toggle = app.getByLabel('Show cancelled appointments');
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(toggle).toBeChecked();
  await app.reload();
  await expect(app.getByLabel('Show cancelled appointments')).toBeChecked();
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();

  await app.screenshot({ path: testInfo.outputPath('shell.png'), fullPage: true });
  await testInfo.attach('shell', {
    path: testInfo.outputPath('shell.png'),
    contentType: 'image/png',
  });
});

test('the renderer cannot reach undeclared channels or smuggle input', async ({ app }) => {
  await expect(app.getByTestId('app-version')).toHaveText(/Version/);
  const results = await app.evaluate(async () => {
    const api = window.api as unknown as {
      invoke(c: unknown, i: unknown): Promise<{ ok: boolean; error?: { code: string } }>;
    };
    return Promise.all([
      api.invoke('secrets:dump', {}),
      api.invoke('settings:update', { patch: { pollIntervalSeconds: 'often' } }),
      api.invoke('settings:update', { patch: { accounts: [] } }),
      api.invoke('app:info', { __proto__: { admin: true }, extra: 1 }),
      api.invoke('app:info', 'x'.repeat(200_000)),
    ]);
  });
  expect(results.map((r) => r.error?.code)).toEqual([
    'unknown-channel',
    'invalid-input',
    'invalid-input',
    'invalid-input',
    'invalid-input',
  ]);
  // window.api cannot be replaced by page scripts.
  const replaced = await app.evaluate(() => {
    try {
      (window as unknown as { api: unknown }).api = {};
    } catch {
      /* strict-mode assignment to a read-only property throws; either way it must not change */
    }
    return typeof window.api.invoke === 'function';
  });
  expect(replaced).toBe(true);
});
