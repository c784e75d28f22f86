import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The patient card in the details panel, and finding a patient in any week (demo practice).

const appointments = (app: Page, kind: 'docfav-appointment' | 'doctena-booking') =>
  app.locator(`[data-event-id*=":${kind}:"]`);

/** Opens the nth appointment of a kind and gives its details panel and patient card. */
async function open(app: Page, kind: 'docfav-appointment' | 'doctena-booking', nth: number) {
  await appointments(app, kind).nth(nth).click();
  const details = app.getByRole('dialog');
  await expect(details).toBeVisible();
  const card = details.getByRole('region', { name: 'Patient details' });
  await expect(card).toBeVisible();
  await expect(card.getByText('Loading the patient’s details…')).toBeHidden();
  return { details, card, name: (await details.locator('h2').textContent()) ?? '' };
}

async function close(details: Locator) {
  await details.press('Escape');
  await expect(details).toBeHidden();
}

/** The first appointment of a kind whose patient card has a phone and an e-mail. */
async function reachablePatient(app: Page, kind: 'docfav-appointment' | 'doctena-booking') {
  // Every seventh demo patient gave no e-mail: one of the first few has both.
  for (let nth = 0; nth < 6; nth++) {
    const opened = await open(app, kind, nth);
    const mail = opened.card.locator('a[href^="mailto:"]');
    if ((await mail.count()) > 0) {
      const phone = (await opened.card.locator('a[href^="tel:"]').textContent()) ?? '';
      return { ...opened, phone, mail };
    }
    await close(opened.details);
  }
  throw new Error(`no ${kind} with a phone and an e-mail among the first six`);
}

async function search(app: Page, text: string) {
  await app.locator('body').press('/');
  const box = app.getByRole('combobox', { name: 'Search patients by name, phone or e-mail' });
  await expect(box).toBeFocused();
  await box.fill(text);
  return app.locator('#search-results');
}

test.describe('patients', () => {
  test.beforeEach(async ({ app }) => {
    await expect(appointments(app, 'docfav-appointment').first()).toBeVisible();
    await expect(appointments(app, 'doctena-booking').first()).toBeVisible();
  });

  test('a Docfav card calls and e-mails the patient Docfav knows', async ({ app }) => {
    const { card, mail, phone } = await reachablePatient(app, 'docfav-appointment');

    // Docfav's appointments carry no phone: these come from its client record.
    const call = card.getByRole('link', { name: phone });
    await expect(call).toHaveAttribute('href', /^tel:\+34\d{9}$/);
    await expect(mail).toHaveAttribute('href', /^mailto:[^?&]+@example\.(org|com)$/);
    await expect(card.getByText('Date of birth')).toBeVisible();
    await expect(card.getByText('Reminders')).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Other appointments' })).toBeVisible();
  });

  test('a Doctena card shows the same from the booking’s contact', async ({ app }) => {
    const { card } = await reachablePatient(app, 'doctena-booking');
    await expect(card.locator('a[href^="tel:+49"]')).toBeVisible();
    await expect(card.getByText('Insurance')).toBeVisible();
    await expect(card.getByText('Date of birth')).toHaveCount(0);
  });

  test('finds a patient by phone, typed the way the patient says it', async ({ app }) => {
    for (const kind of ['docfav-appointment', 'doctena-booking'] as const) {
      const { details, name, phone } = await reachablePatient(app, kind);
      await close(details);
      // "+34600555012" said as "0034 600 555 012", "+49 30 5550123" as "030 555 0123".
      const digits = phone.replace(/\D/g, '');
      const typed =
        kind === 'docfav-appointment'
          ? `0034 ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`
          : `0${digits.slice(2, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;

      const results = await search(app, typed);
      const hit = results.getByRole('listitem', { name }).filter({ hasText: phone });
      await expect(hit).toBeVisible();
      await hit.getByRole('button').first().click();
      await expect(app.getByRole('dialog', { name })).toBeVisible();
      await close(app.getByRole('dialog'));
    }
  });

  test('finds "Lastname Firstname" from another week, and opens the appointment in its week', async ({
    app,
  }) => {
    const title = app.locator('.range-title');
    const thisWeek = (await title.textContent()) ?? '';
    for (const kind of ['docfav-appointment', 'doctena-booking'] as const) {
      const { details, name } = await open(app, kind, 0);
      await close(details);
      const words = name.split(' ');
      const reversed = `${words.slice(1).join(' ')} ${words[0]}`;

      // Far from the patient's week: the search does not depend on what is on screen.
      const jump = app.getByLabel('Go to date');
      await jump.fill('2031-06-11');
      await jump.blur();
      await expect(title).toHaveText('9 – 15 Jun 2031');
      const results = await search(app, reversed);
      const hit = results.getByRole('listitem', { name }).first();
      await expect(hit).toBeVisible();
      // The appointment opened above is among the patient's, with its date and platform.
      const platform = kind === 'doctena-booking' ? 'Doctena' : 'Docfav';
      const mine = hit.getByRole('button').filter({ hasText: platform });
      await expect(mine.first()).toBeVisible();
      await mine.first().click();

      await expect(title).not.toHaveText('9 – 15 Jun 2031');
      await expect(app.getByRole('dialog', { name })).toBeVisible();
      await close(app.getByRole('dialog'));
      await app.getByRole('button', { name: 'Today' }).click();
      await expect(title).toHaveText(thisWeek);
    }
  });
});
