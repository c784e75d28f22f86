import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * A refresh that brings the same appointments must not redraw them: FullCalendar replaces an
 * event's element (and its text) when it is handed a new event, which in a busy week costs a
 * redraw of the whole week on every poll. Elements and their text nodes are marked, then
 * checked after a full sync and refetch.
 */

type Marked = HTMLElement & { fdMark?: boolean };

async function markAll(page: Page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-event-id], .fd-event-body'))
      (el as Marked).fdMark = true;
  });
}

async function unmarked(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-event-id], .fd-event-body')]
      .filter((el) => !(el as Marked).fdMark)
      .map((el) => el.dataset.eventId ?? el.className),
  );
}

test('a refresh with nothing new redraws no event', async ({ app }) => {
  const welcome = app.getByRole('button', { name: 'Try with demo data' });
  if (await welcome.isVisible()) await welcome.click();
  await expect(app.locator('[data-event-id]').first()).toBeVisible();
  await expect(app.getByTestId('last-synced')).not.toHaveText(/Syncing/);
  const count = await app.locator('[data-event-id]').count();
  await markAll(app);
  // The sync's end makes the renderer read the week again: wait for that read to be drawn.
  const reread = app.waitForResponse((r) =>
    decodeURIComponent(r.url()).includes('/__bridge/ipc/calendar:range'),
  );
  await app.getByRole('button', { name: 'Refresh' }).click();
  await reread;
  await expect(app.getByTestId('last-synced')).not.toHaveText(/Syncing/);
  // Two frames: the read's data is in the calendar and drawn.
  await app.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  expect(await unmarked(app)).toEqual([]);
  expect(await app.locator('[data-event-id]').count()).toBe(count);
});
