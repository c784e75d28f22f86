import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { WebApp } from '../electron/web/app';
import { DOCFAV_DEMO_IDS } from '../simulators/docfav';
import {
  addDays,
  formatLocalDate,
  instantToLocal,
  isoWeekInZone,
  localToInstant,
} from '../shared/time';
import { expect, freshTest } from './fixtures';
import { docfav } from './platforms';

/**
 * New Docfav appointments clicked through the real renderer and checked on the (demo) Docfav
 * API: a patient who phoned in, found by part of the name; a new walk-in patient from a range
 * selected on the grid; a taken slot booked anyway after the second yes. Next Wednesday 17:00
 * (Lucía works 16:00–20:00), emptied first, so the week on screen is the one booked.
 */
const test = freshTest;
const ZONE = 'Europe/Berlin'; // the browser's zone (playwright.config.ts); Madrid has the same
const LUCIA = DOCFAV_DEMO_IDS.staffCalendars.lucia;
const CONSULTA = 'Consulta general · 30 min';

function nextWednesday(hour: number, minute = 0): Date {
  const { monday } = isoWeekInZone(Date.now(), ZONE);
  return localToInstant({ ...addDays(monday, 9), hour, minute, second: 0 }, ZONE);
}
const wednesdayDate = () => formatLocalDate(addDays(isoWeekInZone(Date.now(), ZONE).monday, 9));

interface Appointment {
  id: string;
  client_id: string | null;
  calendar_id: string;
  booked_from: string;
  status: string;
  note: string | null;
}

/** Lucía's appointments next Wednesday, as Docfav has them. */
async function luciasWednesday(app: WebApp): Promise<Appointment[]> {
  const from = nextWednesday(0).toISOString();
  const to = nextWednesday(23, 59).toISOString();
  const data = await docfav<{ appointments: Appointment[] }>(
    app,
    `/availability?result_type=appointments&start_date=${from}&end_date=${to}`,
  );
  return data.appointments.filter((a) => a.calendar_id === LUCIA);
}

/** Empties Lucía's Wednesday, optionally books one appointment at `taken`, and shows the week. */
async function prepare(app: WebApp, page: Page, taken?: Date) {
  for (const a of await luciasWednesday(app)) {
    await docfav(app, `/appointments/${a.id}`, { method: 'DELETE' });
  }
  if (taken) {
    await docfav(app, '/appointments', {
      method: 'POST',
      body: JSON.stringify({
        appointments: [
          {
            service: DOCFAV_DEMO_IDS.services.consulta,
            back_office_staff_calendar: LUCIA,
            from: taken.toISOString(),
            to: new Date(taken.getTime() + 30 * 60_000).toISOString(),
          },
        ],
      }),
    });
  }
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByTestId('last-synced')).not.toHaveText(/Syncing/);
}

/** The dialog's practitioner, service and start, as a receptionist fills them in. */
async function fillSlot(page: Page, start?: Date) {
  const dialog = page.getByRole('dialog', { name: 'New appointment' });
  await dialog.getByLabel('Practitioner').selectOption({ label: 'Dra. Lucía Fernández' });
  await dialog.getByLabel('Service').selectOption({ label: CONSULTA });
  if (start) {
    const local = instantToLocal(start, ZONE);
    const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
    await dialog.getByLabel('Start', { exact: true }).fill(`${formatLocalDate(local)}T${time}`);
  }
  return dialog;
}

/** Drags across the grid on next Wednesday from `from` for `slots` quarter-hours. */
async function selectRange(page: Page, from: string, slots: number) {
  const lane = page.locator(`.fc-timegrid-slot-lane[data-time="${from}:00"]`);
  await lane.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const row = await lane.boundingBox();
  const column = await page
    .locator(`.fc-timegrid-col[data-date="${wednesdayDate()}"]`)
    .boundingBox();
  if (!row || !column) throw new Error('the grid is not laid out');
  const x = column.x + column.width / 2;
  await page.mouse.move(x, row.y + 2);
  await page.mouse.down();
  await page.mouse.move(x, row.y + row.height * slots - 2, { steps: 8 });
  await page.mouse.up();
}

test.describe('new Docfav appointments', () => {
  test('books a patient who phoned in, found by typing part of the name', async ({
    fresh,
    freshApp,
  }) => {
    await prepare(freshApp, fresh);
    await fresh.getByRole('button', { name: 'New appointment' }).click();
    const dialog = await fillSlot(fresh, nextWednesday(17));
    await dialog.getByRole('combobox', { name: 'Patient' }).fill('garcía ló');
    const maria = dialog.getByRole('option', { name: /María García López/ });
    await expect(maria).toBeVisible();
    // The dialog with its list open: nothing serious or critical for axe.
    const axe = await new AxeBuilder({ page: fresh }).include('.modal').analyze();
    const severe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    await maria.click();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Llamó por teléfono');
    await dialog.getByRole('button', { name: 'Book' }).click();

    await expect(fresh.getByText(/^Booked for /)).toBeVisible();
    await expect(dialog).toBeHidden();
    const [booked, ...more] = await luciasWednesday(freshApp);
    expect(more).toEqual([]);
    expect(Date.parse(booked?.booked_from ?? '')).toBe(nextWednesday(17).getTime());
    expect(booked?.note).toMatch(/^Llamó por teléfono\n\[frontdesk-book /);
    const [patient] = await docfav<{ id: string }[]>(
      freshApp,
      '/clients/autocomplete?keyword=garcia%20lopez',
    );
    expect(booked?.client_id).toBe(patient?.id);
    // On the calendar at once, with its patient's name.
    await expect(fresh.locator(`[data-event-id$=":${booked?.id ?? ''}"]`)).toContainText(
      'María García López',
    );
  });

  test('books a new walk-in patient from a range selected on the grid', async ({
    fresh,
    freshApp,
  }) => {
    await prepare(freshApp, fresh);
    await selectRange(fresh, '17:00', 2);
    const menu = fresh.getByRole('dialog', { name: /^Selected time/ });
    await expect(menu.getByRole('button', { name: 'Block time' })).toBeVisible();
    await menu.getByRole('button', { name: 'Book appointment' }).click();
    const dialog = await fillSlot(fresh);
    await expect(dialog.getByLabel('Start', { exact: true })).toHaveValue(
      `${wednesdayDate()}T17:00`,
    );
    await dialog.getByRole('button', { name: 'New patient' }).click();
    await dialog.getByLabel('First name').fill('Tomás');
    await dialog.getByLabel('Last name').fill('Ferrer Vidal');
    await dialog.getByLabel('Phone').fill('+34 600 555 931');
    await dialog.getByLabel('Walk-in patient').check();
    await dialog.getByRole('button', { name: 'Book' }).click();

    await expect(fresh.getByText(/^Booked for /)).toBeVisible();
    const [client] = await docfav<{ id: string }[]>(
      freshApp,
      '/clients/autocomplete?keyword=600555931',
    );
    const record = await docfav<{ walk_in: boolean; fullname: string }>(
      freshApp,
      `/clients/${client?.id ?? ''}`,
    );
    expect(record).toMatchObject({ walk_in: true, fullname: 'Tomás Ferrer Vidal' });
    const booked = await luciasWednesday(freshApp);
    expect(booked.map((a) => [a.client_id, Date.parse(a.booked_from)])).toEqual([
      [client?.id, nextWednesday(17).getTime()],
    ]);
  });

  test('shows what is in a taken slot, and books anyway only after the second yes', async ({
    fresh,
    freshApp,
  }) => {
    await prepare(freshApp, fresh, nextWednesday(17));
    await fresh.getByRole('button', { name: 'New appointment' }).click();
    const dialog = await fillSlot(fresh, nextWednesday(17));
    await dialog.getByRole('combobox', { name: 'Patient' }).fill('prieto');
    await dialog.getByRole('option', { name: /Eva Prieto Herrera/ }).click();
    await dialog.getByRole('button', { name: 'Book' }).click();

    const conflict = dialog.getByRole('alert').filter({ hasText: 'This time is taken' });
    await expect(conflict).toContainText('Appointment');
    expect(await luciasWednesday(freshApp)).toHaveLength(1);
    await conflict.getByRole('button', { name: 'Book anyway…' }).click();
    const question = fresh.getByRole('dialog', { name: 'Book over what is already there?' });
    await expect(question.getByRole('button', { name: 'Choose another time' })).toBeFocused();
    expect(await luciasWednesday(freshApp)).toHaveLength(1);
    await question.getByRole('button', { name: 'Book anyway' }).click();

    await expect(fresh.getByText(/^Booked for /)).toBeVisible();
    const both = await luciasWednesday(freshApp);
    expect(both.map((a) => Date.parse(a.booked_from))).toEqual([
      nextWednesday(17).getTime(),
      nextWednesday(17).getTime(),
    ]);
  });
});
