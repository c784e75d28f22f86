import type { Page } from '@playwright/test';
import { DEMO_CLIENTS } from '../simulators/docfav/seed-data';
import { LAST_NAMES } from '../simulators/doctena/seed-data';
import { expect, test } from './fixtures';

// The merged week of the demo practice (both simulators, real HTTP) in the real renderer.

const events = (app: Page) => app.locator('[data-event-id]');
/** Events of one calendar: each event's accessible label names its calendar, then its platform. */
const eventsOf = (app: Page, calendar: string) =>
  app.locator(`[data-event-id][aria-label*=", ${calendar}, "]`);

/**
 * A surname from the simulators' seed lists that has an appointment on screen. The demo is seeded
 * around the current week, so which patients fall in it changes from week to week; the name is
 * still one the seed wrote, never one read off the screen.
 */
async function seededSurnameOnScreen(app: Page, source: 'doctena' | 'docfav') {
  const labels = await app
    .locator(
      `[data-event-id^="${source}:"][data-event-id*="-${source === 'doctena' ? 'booking' : 'appointment'}:"]`,
    )
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const candidates =
    source === 'doctena' ? LAST_NAMES : DEMO_CLIENTS.map((c) => c.lastname.split(' ')[0] ?? '');
  const surname = candidates.find((name) => labels.some((label) => label.includes(` ${name}`)));
  expect(surname, `a seeded ${source} surname in this week`).toBeTruthy();
  return surname ?? '';
}

test.describe('week view', () => {
  test.beforeEach(async ({ app }) => {
    await expect(
      app.getByText('Demo data: these patients and appointments are fictional.'),
    ).toBeVisible();
    await expect(events(app).first()).toBeVisible();
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
      'Dra. Carmen Ruiz',
    ]) {
      await expect(sidebar.getByText(name, { exact: true })).toBeVisible();
    }
    await expect(sidebar.getByText(/^Synced \d\d:\d\d$/)).toHaveCount(2);
    await expect(app.getByTestId('last-synced')).toHaveText(/^Last synced \d\d:\d\d$/);
    await expect(app.locator('.range-title')).toHaveText(
      /^\d{1,2}( \w+)?( \d{4})? – \d{1,2} \w+ \d{4}$/,
    );

    // Appointments from both platforms, and blocked time, on the same grid.
    await expect(app.locator('[data-event-id*=":doctena-booking:"]').first()).toBeVisible();
    await expect(app.locator('[data-event-id*=":docfav-appointment:"]').first()).toBeVisible();
    await expect(app.locator('[data-event-id*=":doctena-blocking:"]').first()).toBeVisible();
    expect(await events(app).count()).toBeGreaterThan(30);
    for (const calendar of ['Allgemeinmedizin', 'Kinderheilkunde', 'Dra. Lucía Fernández']) {
      await expect(eventsOf(app, calendar).first()).toBeAttached();
    }

    await app.screenshot({ path: testInfo.outputPath('week.png'), fullPage: true });
    await testInfo.attach('week', {
      path: testInfo.outputPath('week.png'),
      contentType: 'image/png',
    });
  });

  test('filters a calendar off and on, on either platform', async ({ app }) => {
    for (const calendar of ['Kinderheilkunde', 'Dr. Javier Moreno']) {
      const own = eventsOf(app, calendar);
      const before = await own.count();
      expect(before, `${calendar} has events this week`).toBeGreaterThan(0);
      const total = await events(app).count();

      const toggle = app.getByLabel(`Show ${calendar}`);
      await toggle.uncheck();
      await expect(own).toHaveCount(0);
      await expect(events(app)).toHaveCount(total - before);

      await toggle.check();
      await expect(own).toHaveCount(before);
      await expect(events(app)).toHaveCount(total);
    }
  });

  test('opens the details of a booking with click-to-call and e-mail links', async ({ app }) => {
    const booking = app.locator('[data-event-id*=":doctena-booking:"]').first();
    const label = (await booking.getAttribute('aria-label')) ?? '';
    // "09:30–10:00 Ida Müller Kontrolltermin, Confirmed, Allgemeinmedizin": what the event shows,
    // then its status and calendar.
    const patient = ((await booking.locator('.fd-event-title').textContent()) ?? '')
      .replace(/^\d\d:\d\d\s*/, '')
      .trim();
    const calendar = label.split(', ').at(-1) ?? '';
    expect(patient.length).toBeGreaterThan(3);

    await booking.click();
    const details = app.getByRole('dialog', { name: patient });
    await expect(details).toBeVisible();
    await expect(details).toBeFocused();
    await expect(details.locator('a[href^="tel:+49"]')).toBeVisible();
    await expect(details.locator('a[href^="mailto:"]')).toHaveAttribute(
      'href',
      /@example\.(org|com)$/,
    );
    await expect(details.getByText('Doctena', { exact: true })).toBeVisible();
    await expect(details.getByText(calendar, { exact: true })).toBeVisible();

    // Escape closes and gives focus back to the event.
    await details.press('Escape');
    await expect(details).toBeHidden();
    await expect(booking).toBeFocused();

    // The keyboard reaches events too: Enter on a focused event opens it.
    const appointment = app.locator('[data-event-id*=":docfav-appointment:"]').first();
    await appointment.focus();
    await app.keyboard.press('Enter');
    const docfav = app.getByRole('dialog');
    await expect(docfav).toBeVisible();
    await expect(docfav.getByText('Docfav', { exact: true })).toBeVisible();
  });

  test('navigates weeks with the buttons, the date picker and the keyboard', async ({ app }) => {
    const title = app.locator('.range-title');
    const thisWeek = (await title.textContent()) ?? '';
    await app.getByRole('button', { name: 'Next week' }).click();
    await expect(title).not.toHaveText(thisWeek);
    const nextWeek = (await title.textContent()) ?? '';
    // The next week is seeded too: its events arrive from both platforms.
    await expect(app.locator('[data-event-id*=":doctena-booking:"]').first()).toBeVisible();
    await expect(app.locator('[data-event-id*=":docfav-appointment:"]').first()).toBeVisible();

    await app.getByRole('button', { name: 'Previous week' }).click();
    await expect(title).toHaveText(thisWeek);
    await app.getByRole('button', { name: 'Previous week' }).click();
    await expect(title).not.toHaveText(thisWeek);
    await app.getByRole('button', { name: 'Today' }).click();
    await expect(title).toHaveText(thisWeek);

    await app.locator('body').press('ArrowRight');
    await expect(title).toHaveText(nextWeek);
    await app.locator('body').press('t');
    await expect(title).toHaveText(thisWeek);

    const jump = app.getByLabel('Go to date');
    await jump.fill('2027-03-10');
    await expect(title).toHaveText('8 – 14 Mar 2027');
    // Shortcuts are off while typing in a field, on again once focus leaves it.
    await jump.press('t');
    await expect(title).toHaveText('8 – 14 Mar 2027');
    await jump.blur();
    await app.locator('body').press('t');
    await expect(title).toHaveText(thisWeek);

    await app.getByRole('button', { name: 'Day', exact: true }).click();
    await expect(app.locator('.fc-timeGridDay-view')).toBeVisible();
    await app.getByRole('button', { name: 'Agenda', exact: true }).click();
    await expect(app.locator('.fc-listDay-view')).toBeVisible();
    await app.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(app.locator('.fc-timeGridWeek-view')).toBeVisible();
    await expect(title).toHaveText(thisWeek);

    // Refresh asks both platforms again and says when.
    await app.getByRole('button', { name: 'Refresh' }).click();
    await expect(app.getByTestId('last-synced')).toHaveText(/^Last synced \d\d:\d\d$/);
  });

  test('finds a patient on either platform and opens the match', async ({ app }) => {
    for (const source of ['docfav', 'doctena'] as const) {
      const surname = await seededSurnameOnScreen(app, source);

      await app.locator('body').press('/');
      const search = app.getByLabel('Search patients');
      await expect(search).toBeFocused();
      await app.keyboard.type(surname.toLowerCase());
      // Each patient found is listed with their appointments, each a button naming them.
      const results = app.locator('.search-results').getByRole('button');
      await expect(results.first()).toHaveAccessibleName(new RegExp(surname));
      const match = results.filter({ hasText: source === 'doctena' ? 'Doctena' : 'Docfav' });
      await expect(match.first()).toBeVisible();
      await match.first().click();

      const details = app.getByRole('dialog');
      await expect(details.locator('h2')).toContainText(surname);
      await expect(search).toHaveValue('');
      await details.press('Escape');
      await expect(details).toBeHidden();
    }
  });

  test('opening an event or its menu leaves the rest of the week as drawn, so the next click lands', async ({
    app,
  }) => {
    const doctena = app.locator('[data-event-id*=":doctena-booking:"]');
    const first = doctena.first();
    const second = doctena.nth(1);
    // A mark on an event's drawn content: it survives only if nothing redraws the week.
    await second.evaluate((el) =>
      el.querySelector('.fd-event-body')?.setAttribute('data-probe', ''),
    );

    await first.click();
    const details = app.locator('.details[role="dialog"]');
    await expect(details).toBeVisible();
    await expect(app.locator('[data-probe]')).toHaveCount(1);
    await details.press('Escape');

    // Right-click one event, then click another: the menu closes and the other one opens.
    await first.click({ button: 'right' });
    await expect(app.getByRole('dialog', { name: /^Actions for / })).toBeVisible();
    await second.click();
    await expect(app.getByRole('dialog', { name: /^Actions for / })).toBeHidden();
    await expect(details).toBeVisible();
    const name = (await second.getAttribute('aria-label')) ?? '';
    await expect(details.locator('h2')).not.toBeEmpty();
    expect(name).toContain((await details.locator('h2').innerText()).trim());
    await expect(app.locator('[data-probe]')).toHaveCount(1);
  });
});
