import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, freshTest, test } from './fixtures';
import { bookLucia, doctena, nextWeekAt } from './platforms';

/**
 * Safe status changes and the states around them: a Doctena no-show asks first and starts without
 * notifying, every confirmation says what the patient receives, accessible names follow the
 * status, Escape hands focus back to the event, and an empty week says so.
 */

async function ready(app: Page) {
  await expect(app.locator('[data-event-id]').first()).toBeVisible();
  await expect(app.getByTestId('last-synced')).not.toHaveText(/Syncing/);
  // The welcome panel shows until the demo is chosen; out of the way, this is about the calendar.
  const demo = app.getByRole('button', { name: 'Try with demo data' });
  if (await demo.isVisible()) await demo.click();
}

async function axeClean(app: Page, include?: string) {
  let builder = new AxeBuilder({ page: app });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const severe = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`));
  expect(severe).toEqual([]);
}

const idOf = async (app: Page, selector: string) =>
  (await app.locator(selector).first().getAttribute('data-event-id')) ?? '';

freshTest.describe('safe status changes', () => {
  freshTest(
    'a Doctena no-show asks first, says what Doctena does, and does not notify by default',
    async ({ fresh, freshApp }, testInfo) => {
      // Last week's bookings have passed: a no-show is offered for them.
      await fresh.getByRole('button', { name: 'Previous week' }).click();
      await fresh.getByRole('button', { name: 'Previous week' }).click();
      const selector = '[data-event-id*=":doctena-booking:"]:not([aria-label*="No-show"])';
      await expect(fresh.locator(selector).first()).toBeVisible();
      const id = await idOf(fresh, selector);
      await fresh.locator(`[data-event-id="${id}"]`).click();
      await fresh.getByRole('button', { name: 'Mark as no-show' }).click();

      const ask = fresh.getByRole('dialog', { name: 'Mark as no-show?' });
      await expect(ask).toBeVisible();
      await expect(ask).toContainText('Doctena records a no-show as a cancellation');
      const notify = ask.getByRole('checkbox', { name: /Notify the patient/ });
      await expect(notify).not.toBeChecked();
      await expect(ask).toContainText('The patient is not told.');
      await notify.check();
      await expect(ask).toContainText('Doctena will send the patient an SMS and an e-mail.');
      await notify.uncheck();
      await axeClean(fresh, '[role="dialog"][aria-modal="true"]');
      await fresh.screenshot({ path: testInfo.outputPath('screenshots', 'no-show-question.png') });

      // Keeping it changes nothing on Doctena.
      await ask.getByRole('button', { name: 'Keep it' }).click();
      await expect(ask).toBeHidden();
      const vendorId = id.split(':').pop() ?? '';
      const find = async () => {
        for (const c of await doctena<{ _id: string }[]>(freshApp, '/calendars')) {
          const b = await doctena<{ no_show?: boolean | string }>(
            freshApp,
            `/calendars/${c._id}/bookings/${vendorId}`,
          );
          if (b.no_show !== undefined) return String(b.no_show);
        }
        return 'missing';
      };
      expect(await find()).toBe('false');

      await fresh.getByRole('button', { name: 'Mark as no-show' }).click();
      await fresh
        .getByRole('dialog', { name: 'Mark as no-show?' })
        .getByRole('button', { name: 'Mark as no-show' })
        .click();
      await expect(fresh.getByText('Marked as no-show.')).toBeVisible();
      await expect.poll(find).toBe('true');
    },
  );

  freshTest(
    'the accessible name follows the status after Confirm; Escape returns to the event',
    async ({ fresh }) => {
      const selector = '[data-event-id][aria-label*="Waiting"]';
      await expect(fresh.locator(selector).first()).toBeVisible();
      const id = await idOf(fresh, selector);
      const event = fresh.locator(`[data-event-id="${id}"]`);
      await event.focus();
      await fresh.keyboard.press('Shift+F10');
      const menu = fresh.locator('.event-menu');
      await expect(menu).toBeVisible();
      await menu.getByRole('button', { name: 'Confirm' }).click();
      await expect(fresh.getByText('Appointment confirmed.')).toBeVisible();
      await expect(event).toHaveAccessibleName(/Confirmed/);
      await expect(event).not.toHaveAccessibleName(/Waiting/);

      // From the menu, Escape goes back to the event (redrawn meanwhile), not to the page.
      await menu.getByRole('button', { name: 'Details' }).focus();
      await fresh.keyboard.press('Escape');
      await expect(menu).toBeHidden();
      await expect(event).toBeFocused();
    },
  );
});

freshTest(
  'an online booking that arrived meanwhile is marked until it is opened',
  async ({ fresh, freshApp }) => {
    // Booked on Docfav by someone else (as an online booking is), seen by the next sync.
    const start = nextWeekAt(3, 19);
    const id = await bookLucia(freshApp, start);
    await fresh.getByRole('button', { name: 'Refresh' }).click();
    const event = fresh.locator(`[data-event-id$=":${id}"]`);
    await expect(event).toBeVisible();
    await expect(event).toHaveClass(/fd-new/);
    await expect(event).toHaveAccessibleName(/ New, /);
    // Others that were there before are not marked.
    await expect(fresh.locator('.fd-new')).toHaveCount(1);
    await axeClean(fresh);

    await event.click();
    const details = fresh.locator('.details[role="dialog"]');
    await expect(details).toBeVisible();
    await details.press('Escape');
    await expect(event).toBeFocused();
    await expect(event).not.toHaveClass(/fd-new/);
    await expect(event).not.toHaveAccessibleName(/ New, /);
  },
);

test.describe('focus and empty states', () => {
  test.beforeEach(async ({ app }) => ready(app));

  test('Escape from a panel opened by search returns focus to the event', async ({ app }) => {
    const title = app.locator('[data-event-id*=":docfav-appointment:"] .fd-event-title').first();
    const surname = ((await title.textContent()) ?? '').trim().split(/\s+/).pop() ?? '';
    expect(surname.length).toBeGreaterThan(1);
    await app.locator('body').press('/');
    await app.keyboard.type(surname.toLowerCase());
    const match = app.locator('.search-results').getByRole('button').first();
    await expect(match).toBeVisible();
    await match.press('Enter');
    const details = app.locator('.details[role="dialog"]');
    await expect(details).toBeVisible();
    await details.press('Escape');
    await expect(details).toBeHidden();
    const focused = app.locator('[data-event-id]:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveAccessibleName(new RegExp(surname));
  });

  test('keyboard: Tab goes from event to event by day, then by time', async ({ app }) => {
    await app.locator('[data-event-id]').first().focus();
    const seen: { day: string; top: number; id: string }[] = [];
    for (let i = 0; i < 200; i++) {
      const here = await app.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.dataset.eventId) return null;
        // From the top of its day, as focusing an event scrolls the grid.
        const day = el.closest('[data-date]');
        const top = el.getBoundingClientRect().top - (day?.getBoundingClientRect().top ?? 0);
        return { id: el.dataset.eventId, day: day?.getAttribute('data-date') ?? '', top };
      });
      if (!here) break;
      seen.push(here);
      await app.keyboard.press('Tab');
    }
    expect(seen.length).toBeGreaterThan(10);
    // Every event once, in reading order: each day's by time, the days in order.
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    const sorted = [...seen].sort((a, b) => a.day.localeCompare(b.day) || a.top - b.top);
    expect(seen.map((s) => `${s.day} ${s.top}`)).toEqual(sorted.map((s) => `${s.day} ${s.top}`));
    // And out of the grid to what follows it, not back to an earlier event.
    await expect(app.locator('[data-event-id]:focus')).toHaveCount(0);
  });

  test('an empty week says so, and only then', async ({ app }) => {
    const empty = app.getByText('Nothing is booked this week.');
    await expect(empty).toBeHidden();
    await app.getByLabel('Go to date').fill('2031-03-12');
    await expect(empty).toBeVisible();
    // Recurring blocks may remain; no appointment does.
    await expect(app.locator('[data-event-id].fd-appointment')).toHaveCount(0);
    await axeClean(app);
    await app.getByRole('button', { name: 'Today' }).click();
    await expect(app.locator('[data-event-id]').first()).toBeVisible();
    await expect(empty).toBeHidden();
  });
});
