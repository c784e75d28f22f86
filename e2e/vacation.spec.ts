import type { Locator, Page } from '@playwright/test';
import type { WebApp } from '../electron/web/app';
import { DEMO_CALENDARS } from '../simulators/doctena';
import { instantToLocal } from '../shared/time';
import { expect, freshTest } from './fixtures';
import { docfav, doctena, nextWeekAt as at, ZONE } from './platforms';

/**
 * A vacation over booked days: the block dialog lists the bookings inside it (on the chosen
 * Doctena calendars and the Docfav practitioner paired with one of them), cancels them in one
 * bulk action, and the platforms' APIs show them cancelled. And the guard's mirrors are layers
 * behind their Docfav appointments, never events beside them.
 */
const test = freshTest;

const EPOCH = 'updated=1970-01-01T00:00:00Z';
const PAIR = 'Dra. Lucía Fernández ↔ Allgemeinmedizin · Dr. Anna Schmidt';

async function choose(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

/** Lucía (Docfav) paired with Allgemeinmedizin (Doctena) in the settings, guard on. */
async function pairLucia(page: Page) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const guard = dialog.getByRole('region', { name: 'Double-booking guard' });
  await choose(guard.getByLabel('Docfav practitioner'), 'Lucía Fernández');
  await choose(guard.getByLabel('Doctena calendar'), 'Allgemeinmedizin');
  await guard.getByRole('button', { name: 'Add pair' }).click();
  await expect(guard.getByRole('checkbox', { name: `Guard on for ${PAIR}` })).toBeChecked();
  await guard.getByRole('button', { name: 'Save and check now' }).click();
  await expect(guard.getByText('Pairs saved.')).toBeVisible();
  await expect(guard.getByTestId('guard-status')).toContainText('Last checked', {
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Close settings' }).click();
  await expect(dialog).toBeHidden();
}

const pad = (n: number) => String(n).padStart(2, '0');
function localDate(d: Date) {
  const l = instantToLocal(d, ZONE);
  return `${l.year}-${pad(l.month)}-${pad(l.day)}`;
}

interface Booking {
  _id: string;
  status: string;
  starts: string;
}
async function doctenaStatuses(app: WebApp): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const c of Object.values(DEMO_CALENDARS)) {
    const list = await doctena<Booking[]>(app, `/calendars/${c._id}/bookings?${EPOCH}`);
    for (const b of list) out.set(b._id, b.status);
  }
  return out;
}
async function docfavStatuses(app: WebApp): Promise<Map<string, string>> {
  const list = await docfav<{ appointments: { id: string; status: string }[] }>(
    app,
    `/availability?start_date=${at(0, 0).toISOString()}&end_date=${at(7, 0).toISOString()}`,
  );
  return new Map(list.appointments.map((a) => [String(a.id), a.status]));
}

test('a vacation over booked days lists them and cancels them in bulk', async ({
  fresh,
  freshApp,
}, testInfo) => {
  await pairLucia(fresh);
  await fresh.getByRole('button', { name: 'Block time' }).click();
  const dialog = fresh.getByRole('dialog', { name: 'Block time' });
  await dialog.getByLabel('Title').fill('Urlaub');
  await dialog.getByLabel('Whole days').check();
  await dialog.getByLabel('First day').fill(localDate(at(0, 0)));
  await dialog.getByLabel('Last day').fill(localDate(at(1, 0)));

  const list = dialog.getByRole('region', { name: 'Bookings inside this time' });
  const items = list.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const ids = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-booked-id')));
  const doctenaIds = ids.filter((id) => id?.includes(':doctena-booking:'));
  const docfavIds = ids.filter((id) => id?.includes(':docfav-appointment:'));
  // Both platforms: Doctena's calendars, and Lucía's Docfav agenda through the pairing.
  expect(doctenaIds.length).toBeGreaterThan(0);
  expect(docfavIds.length).toBeGreaterThan(0);
  const vendorId = (id: string | null) => id?.split(':').at(-1) ?? '';
  const before = await doctenaStatuses(freshApp);
  for (const id of doctenaIds) expect(before.get(vendorId(id))).not.toMatch(/CANCEL/);

  await list.getByRole('button', { name: 'Cancel these and notify the patients' }).click();
  await expect(list.getByRole('status')).toHaveText(`${ids.length} of ${ids.length} handled`, {
    timeout: 30_000,
  });
  await expect(list.getByText('Not cancelled', { exact: false })).toHaveCount(0);
  await expect(list.getByText('Cancelled', { exact: true })).toHaveCount(ids.length);

  const doctenaAfter = await doctenaStatuses(freshApp);
  for (const id of doctenaIds) expect(doctenaAfter.get(vendorId(id))).toMatch(/CANCEL/);
  const docfavAfter = await docfavStatuses(freshApp);
  for (const id of docfavIds) expect(docfavAfter.get(vendorId(id))).toBe('cancelled');

  await dialog.getByRole('button', { name: 'Block', exact: true }).click();
  await expect(fresh.getByText('Time blocked in 2 calendars.')).toBeVisible();
  // The vacation is one layer over each whole day, with its title.
  const vacation = fresh.locator('.fc-bg-event[data-event-id*="doctena-blocking"]', {
    hasText: 'Urlaub',
  });
  await expect(vacation.first()).toBeVisible();
  await expect(fresh.getByText('00:00–00:00')).toHaveCount(0);
  await testInfo.attach('vacation-week', {
    body: await fresh.screenshot(),
    contentType: 'image/png',
  });
});

test('guard mirrors are drawn behind their appointment, not beside it', async ({ fresh }) => {
  await pairLucia(fresh);
  await fresh.getByRole('button', { name: 'Refresh' }).click();
  const mirrors = fresh.locator('[data-event-id*="doctena-blocking"].fd-mirror');
  await expect(mirrors.first()).toBeAttached({ timeout: 15_000 });
  expect(await mirrors.count()).toBeGreaterThan(0);
  // Every mirror is a background layer; none takes a column of its own in the day.
  await expect(fresh.locator('.fc-timegrid-event.fd-mirror')).toHaveCount(0);
  expect(await fresh.locator('.fc-bg-event.fd-mirror').count()).toBe(await mirrors.count());
});
