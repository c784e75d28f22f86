import type { Page } from '@playwright/test';
import type { WebApp } from '../electron/web/app';
import { isoWeekInZone } from '../shared/time';
import { expect, freshTest } from './fixtures';
import { docfav, doctena, ZONE } from './platforms';

/**
 * The "To confirm" list in the sidebar, on the demo practice: it lists waiting bookings of the
 * weeks ahead, not only the one on screen, and its Confirm button confirms on the platform.
 */
const test = freshTest;

/** The status the platform itself now gives the event, over its API. */
async function platformStatus(app: WebApp, eventId: string): Promise<string | undefined> {
  const event = app.services.sync.findEvent(eventId);
  if (!event) throw new Error(`${eventId} is not known`);
  if (event.source === 'doctena') {
    const booking = await doctena<{ status?: string }>(
      app,
      `/calendars/${event.calendarId}/bookings/${event.vendorId}`,
    );
    return booking.status;
  }
  const day = 86_400_000;
  const from = new Date(Date.parse(event.start) - day).toISOString();
  const to = new Date(Date.parse(event.start) + day).toISOString();
  const data = await docfav<{ appointments: { id: string; status: string }[] }>(
    app,
    `/availability?start_date=${from}&end_date=${to}`,
  );
  return data.appointments.find((a) => a.id === event.vendorId)?.status;
}

const region = (page: Page) => page.getByRole('region', { name: /^To confirm/ });

async function count(page: Page): Promise<number> {
  const text = await region(page).locator('.to-confirm-count').textContent();
  return Number(text);
}

test('confirms a booking of another week from the To confirm list', async ({ fresh, freshApp }) => {
  const page = fresh;
  // This week on screen: the list must still hold next week's waiting bookings.
  await page.getByRole('button', { name: 'Today' }).click();
  const list = region(page);
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const total = await count(page);
  const more = list.getByRole('button', { name: `Show all (${total})` });
  if (total > 5) await more.click();
  await expect(list.getByRole('listitem')).toHaveCount(total);

  // Both platforms' waiting entries are there, in time order.
  const ids = await list
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-to-confirm-id') ?? ''));
  expect(ids.some((id) => id.startsWith('doctena:'))).toBe(true);
  expect(ids.some((id) => id.startsWith('docfav:'))).toBe(true);
  const starts = ids.map((id) => Date.parse(freshApp.services.sync.findEvent(id)?.start ?? ''));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));

  // The first one from next week or later, preferably Doctena's.
  const nextMonday = isoWeekInZone(Date.now(), ZONE).end.getTime();
  const later = ids.filter((_, i) => (starts[i] ?? 0) >= nextMonday);
  const target = later.find((id) => id.startsWith('doctena:')) ?? later[0];
  expect(target, 'the demo has a waiting booking next week').toBeTruthy();
  const id = target ?? '';
  expect(['WAITING', 'HANDLED', 'UNVERIFIED', 'pending', 'unconfirmed']).toContain(
    await platformStatus(freshApp, id),
  );

  const item = list.locator(`[data-to-confirm-id="${id}"]`);
  await item.getByRole('button', { name: /^Confirm / }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Appointment confirmed.' }),
  ).toBeVisible();
  await expect(item).toHaveCount(0);
  await expect(list.locator('.to-confirm-count')).toHaveText(String(total - 1));
  expect(['CONFIRMED', 'confirmed']).toContain(await platformStatus(freshApp, id));

  // And the calendar shows it confirmed in its own week.
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.locator(`.fc [data-event-id="${id}"]`).first()).toHaveAttribute(
    'aria-label',
    /Confirmed/,
  );
});
