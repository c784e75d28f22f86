import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { WebApp } from '../electron/web/app';
import { startWebApp } from '../electron/web/app';
import { silentLogger } from '../electron/log';
import { LANGUAGES, type Language } from '../shared/settings';
import { expect, freshTest as test } from './fixtures';

/**
 * Issue 16, read at a glance at a laptop's 1366×768: colours that belong to a calendar, a one-row
 * toolbar in every language, names that fit, and screenshots of what the desk sees.
 */

const LAPTOP = { width: 1366, height: 768 };
const DESKTOP = { width: 1920, height: 1080 };
const SCREENSHOTS = path.join('test-results', 'screenshots');
/** "Today" in each language: proof that the page is in the language the row was measured in. */
const TODAY: Record<Language, string> = {
  en: 'Today',
  de: 'Heute',
  fr: 'Aujourd’hui',
  nl: 'Vandaag',
  es: 'Hoy',
};

/** The demo practice in `language`, on next week (the same data whatever day the suite runs). */
async function openWeek(page: Page, app: WebApp, language: Language) {
  app.services.settings.write({ ...app.services.settings.read(), language });
  // The welcome panel (dismissed once, as a desk does) would push the grid down.
  await page.addInitScript(() => localStorage.setItem('frontdesk.welcome.dismissed', '1'));
  // The bridge's address carries its token in the hash: going to it from the app itself would
  // only change the hash, not load the page again in the new language.
  await page.goto('about:blank');
  await page.goto(app.bridge.url);
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  await page.locator('[data-nav="next"]').click();
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
}

/** Each event's own colour, by event id, as drawn. */
async function drawnColours(page: Page, prefix: string): Promise<Map<string, string>> {
  const pairs = await page
    .locator(`[data-event-id^="${prefix}"]`)
    .evaluateAll((els) =>
      els.map((el) => [
        (el as HTMLElement).dataset.eventId ?? '',
        `${(el as HTMLElement).style.getPropertyValue('--fd-colour')} ${getComputedStyle(el).borderLeftColor}`,
      ]),
    );
  return new Map(pairs as [string, string][]);
}

async function hang(app: WebApp, accountId: string) {
  const runtime = app.services.accounts().get(accountId);
  if (!runtime) throw new Error(`no ${accountId}`);
  const control = `${new URL(runtime.account.baseUrl).origin}/__sim/faults`;
  const added = await fetch(control, {
    method: 'POST',
    body: JSON.stringify({ method: '*', path: '/**', kind: 'hang' }),
  });
  expect(added.ok).toBe(true);
}

test('Docfav keeps its colours when Doctena hangs', async ({ page, freshApp }) => {
  await openWeek(page, freshApp, 'en');
  const before = await drawnColours(page, 'docfav:');
  expect(before.size).toBeGreaterThan(0);

  // Another desk (a new address, so nothing remembered in the browser's storage) while Doctena
  // does not answer at all: Docfav's calendars get the same colours without it.
  const hanging = await startWebApp({ logger: silentLogger });
  try {
    await hang(hanging, 'demo-doctena');
    await openWeek(page, hanging, 'en');
    await expect(page.locator('[data-event-id^="doctena:"]')).toHaveCount(0);
    const after = await drawnColours(page, 'docfav:');
    const shared = [...after.keys()].filter((id) => before.has(id));
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) expect(after.get(id), id).toBe(before.get(id));
  } finally {
    await hanging.close();
  }
});

test('the toolbar stays on one row at 1366×768 in every language', async ({ page, freshApp }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(LAPTOP);
  for (const language of LANGUAGES) {
    await openWeek(page, freshApp, language);
    const row = await page.locator('.topbar').evaluate((bar) => {
      const items = [...bar.querySelectorAll<HTMLElement>('.toolbar > *, .topbar > *')].filter(
        (el) => el.offsetParent !== null && !el.classList.contains('toolbar'),
      );
      const boxes = items.map((el) => el.getBoundingClientRect());
      return {
        tops: boxes.map((b) => Math.round(b.top)),
        bottoms: boxes.map((b) => Math.round(b.bottom)),
        right: Math.max(...boxes.map((b) => b.right)),
        overflow: bar.scrollWidth - bar.clientWidth,
      };
    });
    // One row: every item starts above where the tallest one ends.
    expect(Math.max(...row.tops), language).toBeLessThan(Math.min(...row.bottoms));
    expect(row.right, language).toBeLessThanOrEqual(LAPTOP.width);
    expect(row.overflow, language).toBeLessThanOrEqual(0);
    await expect(page.locator('[data-nav="today"]')).toHaveText(TODAY[language]);
  }
  // The German one, named by the issue, again on its own.
  await openWeek(page, freshApp, 'de');
  await expect(page.getByRole('button', { name: 'Zeit blockieren' })).toBeVisible();
});

test('a 30-minute appointment shows the full name at 1366×768, and the details panel lies over the grid', async ({
  page,
  freshApp,
}) => {
  await page.setViewportSize(LAPTOP);
  await openWeek(page, freshApp, 'de');
  const columns = await page.locator('.fc-timegrid-col[data-date]').count();
  expect(columns).toBe(5);

  const cut = await page.locator('.fd-appointment').evaluateAll((els) => {
    const found: { name: string; minutes: number; cut: boolean }[] = [];
    for (const el of els) {
      const text = el.querySelector('.fd-event-time')?.textContent ?? '';
      const times = /(\d\d):(\d\d)\D+(\d\d):(\d\d)/.exec(text);
      const title = el.querySelector<HTMLElement>('.fd-event-title');
      if (!times || !title) continue;
      const [, h1, m1, h2, m2] = times.map(Number);
      const minutes = (h2 ?? 0) * 60 + (m2 ?? 0) - ((h1 ?? 0) * 60 + (m1 ?? 0));
      if (minutes < 30) continue;
      el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      const name = title.getBoundingClientRect();
      found.push({
        name: title.textContent ?? '',
        minutes,
        // Cut with an ellipsis, or running out of the bottom of its event.
        cut:
          title.scrollWidth > title.clientWidth + 1 ||
          title.scrollHeight > title.clientHeight + 1 ||
          name.bottom > box.bottom + 1,
      });
    }
    return found;
  });
  const halfHours = cut.filter((e) => e.minutes === 30);
  expect(halfHours.length, 'the demo week has 30-minute appointments').toBeGreaterThan(0);
  expect(cut.filter((e) => e.cut)).toEqual([]);

  const pane = page.locator('.calendar-pane');
  const width = (await pane.boundingBox())?.width ?? 0;
  const booking = page.locator('[data-event-id*=":doctena-booking:"]').first();
  await booking.scrollIntoViewIfNeeded();
  await booking.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect((await pane.boundingBox())?.width).toBe(width);
});

test('every event carries a named platform mark', async ({ page, freshApp }) => {
  await openWeek(page, freshApp, 'en');
  const doctena = page.locator('[data-event-id^="doctena:"]').first();
  const docfav = page.locator('[data-event-id^="docfav:"]').first();
  await expect(doctena.getByRole('img', { name: 'Doctena', includeHidden: true })).toHaveCount(1);
  await expect(docfav.getByRole('img', { name: 'Docfav', includeHidden: true })).toHaveCount(1);
  await expect(docfav).toHaveAttribute('aria-label', /, Docfav$/);
});

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const body = await page.screenshot({ path: file });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

test('screenshots of the week and the day, in English and German, at 1366×768 and 1920×1080', async ({
  page,
  freshApp,
}, testInfo) => {
  test.setTimeout(90_000);
  for (const language of ['en', 'de'] as const) {
    for (const size of [LAPTOP, DESKTOP]) {
      await page.setViewportSize(size);
      await openWeek(page, freshApp, language);
      const label = `${size.width}x${size.height}-${language}`;
      await shoot(page, testInfo, `week-${label}`);
      const day = page.locator('.view-switch button').nth(1);
      await day.click();
      await expect(day).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('[data-event-id]').first()).toBeVisible();
      await shoot(page, testInfo, `day-${label}`);
    }
  }
});
