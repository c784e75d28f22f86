import type { Locator, Page } from '@playwright/test';
import { expect, freshTest as test } from './fixtures';
import { nextWeekAt as at, ZONE } from './platforms';

/**
 * What a selection in a Day-view column opens is for that column's practitioner, and its highlight
 * goes when that closes; a left click on a whole-day block opens the block. Next week's Wednesday,
 * in the future whatever day the suite runs.
 */

const wednesday = () => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at(2, 12));

async function openWednesday(page: Page) {
  await page.getByLabel('Go to date').fill(wednesday());
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(page.locator('.fd-day-column').first()).toBeVisible();
  await expect(page.getByTestId('last-synced')).not.toHaveText(/Syncing/);
}

/**
 * A stretch of an hour inside the column's working hours with nothing drawn on it, as page
 * coordinates: where a drag selects time rather than moving an event.
 */
async function freeHour(page: Page, column: Locator) {
  const spot = await column.evaluate((col) => {
    const lane = col.querySelector('.fc-timegrid-slot-lane');
    const hour = (lane?.getBoundingClientRect().height ?? 0) * 4;
    const x = col.getBoundingClientRect().left + col.getBoundingClientRect().width / 2;
    for (const work of col.querySelectorAll('.fc-bg-event.fd-availability-working')) {
      work.scrollIntoView({ block: 'center' });
      const r = work.getBoundingClientRect();
      for (let y = r.top + 4; y + hour < r.bottom - 4; y += 4) {
        const clear = [0, hour / 2, hour].every((dy) => {
          const hit = document.elementFromPoint(x, y + dy);
          // In the grid's body (not under its sticky header), on no event.
          return (
            hit &&
            col.contains(hit) &&
            hit.closest('.fc-timegrid-body') &&
            !hit.closest('.fc-col-header, [data-event-id]')
          );
        });
        if (clear) return { x, y, hour };
      }
    }
    return null;
  });
  if (!spot) throw new Error('no free working hour in this column');
  return spot;
}

async function select(page: Page, column: Locator) {
  const { x, y, hour } = await freeHour(page, column);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + hour / 2, { steps: 4 });
  await page.mouse.move(x, y + hour - 2, { steps: 4 });
  await page.mouse.up();
}

test('a selection in a column books its practitioner, and its highlight goes when cancelled', async ({
  fresh,
}) => {
  await openWednesday(fresh);
  const second = fresh.locator('.fd-day-column').nth(1);
  const name = (await second.locator('.fd-column-name').textContent()) ?? '';
  expect(name).not.toBe('');

  // The choices and the dialogs are worked from the keyboard: a click anywhere would let
  // FullCalendar drop the highlight by itself, and hide whether closing the dialog does.
  await select(fresh, second);
  await expect(second.locator('.fc-highlight')).toHaveCount(1);
  const menu = fresh.locator('.selection-menu');
  await expect(menu.getByRole('button', { name: 'Book appointment' })).toBeFocused();
  await fresh.keyboard.press('Enter');
  const dialog = fresh.getByRole('dialog', { name: 'New appointment' });
  const practitioner = dialog.getByLabel('Practitioner');
  await expect(practitioner.locator('option:checked')).toHaveText(new RegExp(name));
  await fresh.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(fresh.locator('.fd-day-column .fc-highlight')).toHaveCount(0);

  // Blocking instead: the block dialog has that calendar, and only it, chosen.
  await select(fresh, second);
  await expect(second.locator('.fc-highlight')).toHaveCount(1);
  await fresh.keyboard.press('Tab');
  await expect(menu.getByRole('button', { name: 'Block time' })).toBeFocused();
  await fresh.keyboard.press('Enter');
  const block = fresh.getByRole('dialog', { name: 'Block time' });
  const boxes = block.getByRole('group', { name: 'Calendars' }).getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  const checked = await boxes.evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLInputElement).checked)
      .map((el) => el.closest('label')?.textContent),
  );
  expect(checked).toHaveLength(1);
  expect(checked[0]).toContain(name);
  await fresh.keyboard.press('Escape');
  await expect(block).toBeHidden();
  await expect(fresh.locator('.fd-day-column .fc-highlight')).toHaveCount(0);

  // The menu dismissed with Escape: no highlight left behind.
  await select(fresh, second);
  await expect(menu).toBeVisible();
  await fresh.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(fresh.locator('.fd-day-column .fc-highlight')).toHaveCount(0);
});

test('a left click on a whole-day block opens it, in the week and in the Day view', async ({
  fresh,
}) => {
  await fresh.getByRole('button', { name: 'Block time' }).click();
  const dialog = fresh.getByRole('dialog', { name: 'Block time' });
  await dialog.getByLabel('Title').fill('Urlaub');
  await dialog.getByLabel('Whole days').check();
  await dialog.getByLabel('First day').fill(wednesday());
  await dialog.getByLabel('Last day').fill(wednesday());
  await dialog.getByRole('button', { name: 'Block', exact: true }).click();
  await expect(dialog).toBeHidden();

  const details = fresh.locator('.details[role="dialog"]');
  for (const where of ['week', 'day'] as const) {
    if (where === 'day') await openWednesday(fresh);
    const layer = fresh
      .locator('.fc-bg-event.fd-layer[data-event-id*="doctena-blocking"]', { hasText: 'Urlaub' })
      .first();
    await expect(layer).toBeVisible();
    // A point of the layer with no appointment over it (in the week, the other calendar's
    // layer for the same vacation may lie on top: either is the vacation).
    const point = await layer.evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      for (let y = Math.max(r.top, 0) + 4; y < Math.min(r.bottom, innerHeight) - 4; y += 4)
        if (
          document.elementFromPoint(x, y)?.closest('.fd-layer.fd-block')?.textContent === 'Urlaub'
        )
          return { x, y };
      return null;
    });
    if (!point) throw new Error('the block is covered everywhere');
    await fresh.mouse.click(point.x, point.y);
    await expect(details).toBeVisible();
    await expect(details).toContainText('Urlaub');
    // Opened, not a time selection: no choice menu, no block dialog, no highlight.
    await expect(fresh.locator('.selection-menu')).toHaveCount(0);
    await expect(fresh.getByRole('dialog', { name: 'Block time' })).toHaveCount(0);
    await expect(fresh.locator('.fc-highlight')).toHaveCount(0);
    await details.press('Escape');
    await expect(details).toBeHidden();
  }
});
