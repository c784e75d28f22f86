import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, freshTest as test } from './fixtures';
import { nextWeekAt as at, ZONE } from './platforms';

/**
 * Issue 16's surfaces from the keyboard alone (Tab, Enter, Escape; arrows only inside a radio
 * group, as radio groups work), each scanned by axe: the Day view's practitioner columns with a
 * vacation drawn over the day, the calendar colours in the settings, the vacation's bulk cancel
 * and the day-sheet print dialog. a11y.spec.ts covers the week, details, block and settings.
 */

const wednesday = () => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at(2, 12));

/** axe on part of the page: nothing serious or critical. */
async function audit(page: Page, include: string) {
  const results = await new AxeBuilder({ page }).include(include).analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  expect(severe, `axe on ${include}`).toEqual([]);
}

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${String(target)} not reached with ${max} presses of Tab`);
}

/** Presses Tab until an element matching `selector` has focus. */
async function tabToAny(page: Page, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) return;
  }
  throw new Error(`no ${selector} reached with ${max} presses of Tab`);
}

/** Back to the top of the page, as after a reload. */
async function fromTheTop(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

const inside = (container: Locator) =>
  container.evaluate((el) => el.contains(document.activeElement));

test('the Day view: a column’s events and a vacation over the day, by keyboard', async ({
  fresh,
}) => {
  // Many single key presses on a shared, slow machine.
  test.setTimeout(90_000);
  // A vacation on Wednesday, blocked from the keyboard.
  await fromTheTop(fresh);
  const blockButton = fresh.getByRole('button', { name: 'Block time' });
  await tabTo(fresh, blockButton);
  await fresh.keyboard.press('Enter');
  const dialog = fresh.getByRole('dialog', { name: 'Block time' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await fresh.keyboard.type('Urlaub');
  await tabTo(fresh, dialog.getByLabel('Time range'), 20);
  await fresh.keyboard.press('ArrowDown');
  await expect(dialog.getByLabel('Whole days')).toBeChecked();
  await tabTo(fresh, dialog.getByLabel('First day'), 5);
  await fresh.locator(':focus').fill(wednesday());
  await tabTo(fresh, dialog.getByLabel('Last day'), 5);
  await fresh.locator(':focus').fill(wednesday());
  await tabTo(fresh, dialog.getByRole('button', { name: 'Block', exact: true }), 40);
  await fresh.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(fresh.getByText('Time blocked in 2 calendars.')).toBeVisible();

  // To Wednesday's Day view with the keyboard: the date field, then the Day button.
  await fromTheTop(fresh);
  await tabTo(fresh, fresh.getByLabel('Go to date'));
  await fresh.locator(':focus').fill(wednesday());
  const day = fresh.getByRole('button', { name: 'Day', exact: true });
  await tabTo(fresh, day, 10);
  await fresh.keyboard.press('Enter');
  await expect(fresh.locator('.fd-day-column').first()).toBeVisible();
  await expect(fresh.getByTestId('last-synced')).not.toHaveText(/Syncing/);
  await audit(fresh, '.calendar-pane');

  // Tab reaches the columns' events, column after column; the vacation is a stop of its own in
  // each blocked column (before its appointments: it starts at midnight) and opens with Enter.
  const columns = fresh.locator('.fd-day-column');
  const details = fresh.locator('.details[role="dialog"]');
  const seen = new Set<string>();
  let opened = 0;
  await fromTheTop(fresh);
  await tabToAny(fresh, '.fd-day-column [data-event-id]');
  for (let i = 0; i < 80; i++) {
    const at = await fresh.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        column: el?.closest<HTMLElement>('[data-column]')?.dataset.column ?? null,
        vacation: !!el?.matches('.fd-layer.fd-block') && el.textContent === 'Urlaub',
      };
    });
    if (!at.column) break;
    seen.add(at.column);
    if (at.vacation && opened === 0) {
      opened++;
      await fresh.keyboard.press('Enter');
      await expect(details).toBeVisible();
      await expect(details).toContainText('Urlaub');
      await expect(details).toBeFocused();
      await audit(fresh, '.details');
      await fresh.keyboard.press('Escape');
      await expect(details).toBeHidden();
      // Back on the vacation, to go on from there.
      expect(
        await fresh.evaluate(() => document.activeElement?.matches('.fd-layer.fd-block')),
      ).toBe(true);
    }
    await fresh.keyboard.press('Tab');
  }
  expect(opened).toBe(1);
  const withEvents = await columns.evaluateAll(
    (cols) => cols.filter((c) => c.querySelector('[data-event-id][tabindex="0"]')).length,
  );
  expect(seen.size).toBe(withEvents);
});

test('calendar colours in the settings, by keyboard', async ({ fresh }) => {
  await fromTheTop(fresh);
  const settings = fresh.getByRole('button', { name: 'Settings', exact: true });
  await tabTo(fresh, settings);
  await fresh.keyboard.press('Enter');
  const dialog = fresh.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeFocused();
  const section = dialog.getByRole('region', { name: 'Calendar colours' });
  const pick = section.getByLabel(/^Colour of /).first();
  await tabTo(fresh, pick, 120);
  const name = ((await pick.getAttribute('aria-label')) ?? '').replace(/^Colour of /, '');
  // The browser's own colour picker cannot be driven here: the value is set on the focused field,
  // as choosing in the picker does.
  await pick.fill('#123456');
  const reset = section.getByRole('button', { name: `Automatic colour for ${name}` });
  await expect(reset).toBeVisible();
  await audit(fresh, '.calendar-colours');
  await fresh.keyboard.press('Tab');
  await expect(reset).toBeFocused();
  await fresh.keyboard.press('Enter');
  await expect(reset).toHaveCount(0);
  await expect(pick).not.toHaveValue('#123456');
  // Focus stays in the dialog: the next Tab is still inside it.
  await fresh.keyboard.press('Tab');
  expect(await inside(dialog)).toBe(true);
  await fresh.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(settings).toBeFocused();
});

test('a vacation’s bulk cancel, by keyboard', async ({ fresh }) => {
  await fromTheTop(fresh);
  const blockButton = fresh.getByRole('button', { name: 'Block time' });
  await tabTo(fresh, blockButton);
  await fresh.keyboard.press('Enter');
  const dialog = fresh.getByRole('dialog', { name: 'Block time' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await fresh.keyboard.type('Urlaub');
  await tabTo(fresh, dialog.getByLabel('Time range'), 20);
  await fresh.keyboard.press('ArrowDown');
  await tabTo(fresh, dialog.getByLabel('First day'), 5);
  await fresh.locator(':focus').fill(wednesday());
  await tabTo(fresh, dialog.getByLabel('Last day'), 5);
  await fresh.locator(':focus').fill(wednesday());

  const list = dialog.getByRole('region', { name: 'Bookings inside this time' });
  const cancelAll = list.getByRole('button', { name: 'Cancel these and notify the patients' });
  await expect(cancelAll).toBeVisible();
  const count = await list.getByRole('listitem').count();
  expect(count).toBeGreaterThan(0);
  await audit(fresh, '.modal');
  await tabTo(fresh, cancelAll, 20);
  await fresh.keyboard.press('Enter');
  await expect(list.getByRole('status')).toHaveText(`${count} of ${count} handled`, {
    timeout: 30_000,
  });
  await audit(fresh, '.modal');
  // The button gave way to the progress: focus is still in the dialog, not lost to the page.
  await fresh.keyboard.press('Tab');
  expect(await inside(dialog)).toBe(true);
  await fresh.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(blockButton).toBeFocused();
});

test('the day-sheet print dialog, reached and used by keyboard', async ({ fresh }) => {
  // The browser's print dialog cannot be driven here: its call is recorded instead.
  await fresh.evaluate(() =>
    Object.assign(window, { print: () => document.body.setAttribute('data-printed', '') }),
  );
  await fromTheTop(fresh);
  const button = fresh.getByRole('button', { name: 'Print day' });
  await tabTo(fresh, button);
  await fresh.keyboard.press('Enter');
  const dialog = fresh.getByRole('dialog', { name: 'Print a day sheet' });
  await expect(dialog.getByLabel('Day')).toBeFocused();
  await audit(fresh, '[role="dialog"]');
  await fresh.locator(':focus').fill(wednesday());
  await tabTo(fresh, dialog.getByRole('button', { name: 'Print…' }), 10);
  await fresh.keyboard.press('Enter');
  await expect(fresh.locator('body[data-printed]')).toBeAttached();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
