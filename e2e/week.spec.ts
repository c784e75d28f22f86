import { expect, test } from './fixtures';

// The merged week of the demo practice (both simulators, real HTTP) in the real renderer.

test.describe('week view', () => {
  test.beforeEach(async ({ app }) => {
    await expect(
      app.getByText('Demo data: these patients and appointments are fictional.'),
    ).toBeVisible();
    await expect(app.locator('[data-event-id]').first()).toBeVisible();
  });

  test('shows both platforms in one week, with their calendars in the sidebar', async ({
    app,
  }, testInfo) => {
    const sidebar = app.getByRole('complementary', { name: 'Calendars' });
    for (const name of [
      'Allgemeinmedizin',
      'Kinderheilkunde',
      'Dra. Lucía Fernández',
      'Dr. Javier Moreno',
    ]) {
      await expect(sidebar.getByText(name, { exact: true })).toBeVisible();
    }
    await expect(sidebar.getByText(/^Synced \d\d:\d\d$/)).toHaveCount(2);
    await expect(app.locator('[data-event-id^="doctena:"]').first()).toBeVisible();
    await expect(app.locator('[data-event-id^="docfav:"]').first()).toBeVisible();
    expect(await app.locator('[data-event-id]').count()).toBeGreaterThan(30);
    await app.screenshot({ path: testInfo.outputPath('week.png') });
  });

  test('filters a calendar off and on', async ({ app }) => {
    const events = app.locator('[data-event-id]');
    const all = await events.count();
    const toggle = app.getByLabel('Show Kinderheilkunde');
    await toggle.uncheck();
    await expect.poll(() => events.count()).toBeLessThan(all);
    await toggle.check();
    await expect.poll(() => events.count()).toBe(all);
  });

  test('opens the details of a booking with click-to-call and e-mail links', async ({ app }) => {
    const booking = app
      .locator('[data-event-id^="doctena:"][data-event-id*="doctena-booking"]')
      .first();
    const label = await booking.getAttribute('aria-label');
    await booking.click();
    const details = app.getByRole('dialog');
    await expect(details).toBeVisible();
    await expect(details.locator('a[href^="tel:"]')).toBeVisible();
    await expect(details.locator('a[href^="mailto:"]')).toBeVisible();
    await expect(details.getByText('Doctena', { exact: true })).toBeVisible();
    expect(label).toBeTruthy();
    await details.press('Escape');
    await expect(details).toBeHidden();

    // The keyboard reaches events too: focus one and press Enter.
    await booking.focus();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('dialog')).toBeVisible();
  });

  test('navigates weeks with the buttons and the keyboard', async ({ app }) => {
    const title = app.locator('.range-title');
    const thisWeek = await title.textContent();
    await app.getByRole('button', { name: 'Next week' }).click();
    await expect(title).not.toHaveText(thisWeek ?? '');
    const nextWeek = await title.textContent();
    await expect(app.locator('[data-event-id]').first()).toBeVisible();
    await app.getByRole('button', { name: 'Previous week' }).click();
    await expect(title).toHaveText(thisWeek ?? '');
    await app.locator('body').press('ArrowRight');
    await expect(title).toHaveText(nextWeek ?? '');
    await app.locator('body').press('t');
    await expect(title).toHaveText(thisWeek ?? '');
    await app.getByRole('button', { name: 'Day', exact: true }).click();
    await expect(app.locator('.fc-timeGridDay-view')).toBeVisible();
    await app.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(app.locator('.fc-timeGridWeek-view')).toBeVisible();
  });

  test('finds a patient across both platforms and opens the match', async ({ app }) => {
    const booking = app.locator('[data-event-id*="doctena-booking"]').first();
    await booking.click();
    const name = (await app.getByRole('dialog').locator('h2').textContent()) ?? '';
    await app.getByRole('dialog').press('Escape');
    const surname = name.split(' ').at(-1) ?? '';
    expect(surname.length).toBeGreaterThan(2);

    await app.locator('body').press('/');
    await expect(app.getByLabel('Search patients')).toBeFocused();
    await app.keyboard.type(surname.toLowerCase());
    const results = app.locator('.search-results button');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toContainText(surname);
    await results.first().click();
    await expect(app.getByRole('dialog').locator('h2')).toContainText(surname);
  });
});
