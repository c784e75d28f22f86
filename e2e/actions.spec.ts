import type { Locator, Page } from '@playwright/test';
import type { WebApp } from '../electron/web/app';
import { DOCFAV_DEMO_IDS } from '../simulators/docfav';
import { instantToLocal } from '../shared/time';
import { expect, freshTest } from './fixtures';
import { baseUrl, docfavEnvelope as docfav, doctena, nextWeekAt as at, ZONE } from './platforms';

/**
 * Front-desk actions clicked through the real renderer, checked on the (demo) platforms over
 * their APIs. Each test gets its own app, as the actions change the data. Everything happens in
 * next week, which is in the future whatever day the suite runs.
 */
const test = freshTest;

/** Drags an event by whole quarter-hours (the grid's slots) and/or days. */
async function drag(page: Page, event: Locator, slots: number, days = 0) {
  // Centred, so the drop point is inside the grid's scroll area too.
  await event.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await event.boundingBox();
  const slot = await page.locator('.fc-timegrid-slot-lane').first().boundingBox();
  const column = await page.locator('.fc-timegrid-col').nth(1).boundingBox();
  if (!box || !slot || !column) throw new Error('layout not ready');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(8, box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 5, y + 5, { steps: 3 });
  await page.mouse.move(x + days * column.width, y + slots * slot.height, { steps: 12 });
  await page.mouse.up();
}

/** Lucía's appointments next Wednesday removed, then one booked at 17:00 for the test. */
async function luciaWednesday(app: WebApp, page: Page, extraAt?: Date) {
  const from = at(2, 0);
  const to = at(3, 0);
  const list = (await docfav(
    app,
    `/availability?start_date=${from.toISOString()}&end_date=${to.toISOString()}`,
  )) as {
    data: { appointments: { id: string; calendar_id: string }[] };
  };
  for (const a of list.data.appointments.filter(
    (a) => a.calendar_id === DOCFAV_DEMO_IDS.staffCalendars.lucia,
  )) {
    await docfav(app, `/appointments/${a.id}`, { method: 'DELETE' });
  }
  const book = async (start: Date) =>
    (
      (await docfav(app, '/appointments', {
        method: 'POST',
        body: JSON.stringify({
          client: (await firstClient(app)) ?? undefined,
          appointments: [
            {
              service: DOCFAV_DEMO_IDS.services.consulta,
              back_office_staff_calendar: DOCFAV_DEMO_IDS.staffCalendars.lucia,
              from: start.toISOString(),
              to: new Date(start.getTime() + 30 * 60_000).toISOString(),
            },
          ],
          force: true,
        }),
      })) as { data: { id: string }[] }
    ).data[0]?.id ?? '';
  const id = await book(at(2, 17));
  const other = extraAt ? await book(extraAt) : undefined;
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.locator(`[data-event-id$=":${id}"]`)).toBeVisible();
  // Let the refetch that follows a sync settle, so the grid is not redrawn mid-drag.
  await expect(page.getByTestId('last-synced')).not.toHaveText(/Syncing/);
  await page.waitForTimeout(300);
  return { id, other };
}

async function firstClient(app: WebApp): Promise<string | undefined> {
  const res = (await docfav(app, '/clients?limit=1')) as { data: { clients: { id: string }[] } };
  return res.data.clients[0]?.id;
}

/** Every Docfav appointment of last, this and next week (Docfav answers 7 days at a time). */
async function docfavAppointments(app: WebApp) {
  const all: { id: string; status: string; booked_from: string }[] = [];
  for (const week of [-14, -7, 0]) {
    const res = (await docfav(
      app,
      `/availability?start_date=${at(week, 0).toISOString()}&end_date=${at(week + 7, 0).toISOString()}`,
    )) as { data: { appointments: { id: string; status: string; booked_from: string }[] } };
    all.push(...res.data.appointments);
  }
  return all;
}

test.describe('front-desk actions', () => {
  test('drags a Doctena booking to a new time; Doctena has it rescheduled', async ({
    fresh,
    freshApp,
  }) => {
    const event = fresh.locator('.fc-event-draggable[data-event-id*="doctena-booking"]').first();
    const id = ((await event.getAttribute('data-event-id')) ?? '').split(':').pop() ?? '';
    const calendars = await doctena<{ _id: string }[]>(freshApp, '/calendars');
    let before: { starts: string; status: string } | undefined;
    let calendarId = '';
    for (const c of calendars) {
      const found = await doctena<{
        starts?: string;
        status?: string;
      }>(freshApp, `/calendars/${c._id}/bookings/${id}`);
      if (found.starts) {
        before = { starts: found.starts, status: found.status ?? '' };
        calendarId = c._id;
      }
    }
    expect(before).toBeDefined();
    await drag(fresh, event, 4);
    const ask = fresh.getByRole('dialog', { name: 'Move this appointment?' });
    await expect(ask).toBeVisible();
    await ask.getByLabel('Notify the patient (SMS and e-mail)').uncheck();
    await ask.getByRole('button', { name: 'Move' }).click();
    await expect(fresh.getByText(/^Moved to /)).toBeVisible();
    const after = await doctena<{
      starts: string;
      status: string;
    }>(freshApp, `/calendars/${calendarId}/bookings/${id}`);
    expect(Date.parse(after.starts) - Date.parse(before?.starts ?? '')).toBe(60 * 60_000);
    expect(after.status).toBe('RESCHEDULED');
  });

  test('drags a Docfav appointment to a free time: re-booked there, old one cancelled', async ({
    fresh,
    freshApp,
  }) => {
    const { id } = await luciaWednesday(freshApp, fresh);
    await drag(fresh, fresh.locator(`[data-event-id$=":${id}"]`), 4);

    await expect(fresh.getByText(/^Moved to /)).toBeVisible();
    const all = await docfavAppointments(freshApp);
    expect(all.find((a) => a.id === id)?.status).toBe('cancelled');
    const live = all.filter(
      (a) =>
        a.status !== 'cancelled' && a.booked_from === at(2, 18).toISOString().replace('.000', ''),
    );
    expect(live).toHaveLength(1);
  });

  test('a drop redraws the moved event only: every other event keeps its element', async ({
    fresh,
    freshApp,
  }) => {
    const { id } = await luciaWednesday(freshApp, fresh);
    // Marks each drawn event's element; an element FullCalendar redraws comes back unmarked.
    await fresh.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-event-id]'))
        (el as HTMLElement & { fdMark?: boolean }).fdMark = true;
    });
    const before = await fresh.locator('[data-event-id]').count();
    await drag(fresh, fresh.locator(`[data-event-id$=":${id}"]`), 4);
    await expect(fresh.getByText(/^Moved to /)).toBeVisible();
    await expect(fresh.getByTestId('last-synced')).not.toHaveText(/Syncing/);
    const redrawn = await fresh.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-event-id]')]
        .filter((el) => !(el as HTMLElement & { fdMark?: boolean }).fdMark)
        .map((el) => el.dataset.eventId ?? ''),
    );
    // The re-booked appointment (a new Docfav id) is the one new element; the old one is gone.
    expect(redrawn).toHaveLength(1);
    expect(redrawn[0]).not.toContain(`:${id}`);
    expect(await fresh.locator('[data-event-id]').count()).toBe(before);
  });

  test('drags onto a taken Docfav slot, shows the conflict, aborts, and the event is back', async ({
    fresh,
    freshApp,
  }) => {
    const { id } = await luciaWednesday(freshApp, fresh, at(2, 18));
    const event = fresh.locator(`[data-event-id$=":${id}"]`);
    const before = await event.getAttribute('aria-label');
    expect(before).toMatch(/^17:00–17:30/);
    await drag(fresh, event, 4);
    const dialog = fresh.getByRole('dialog', { name: 'This time is taken' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(/Appointment/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Leave where it was' }).click();
    await expect(dialog).toBeHidden();
    // Back at its own time, as it was.
    await expect(event).toHaveAttribute('aria-label', before ?? '');
    const all = await docfavAppointments(freshApp);
    expect(all.find((a) => a.id === id)?.status).toBe('confirmed');
  });

  test('confirms, cancels and marks a no-show from the details panel', async ({
    fresh,
    freshApp,
  }) => {
    const { id } = await luciaWednesday(freshApp, fresh);
    await fresh.locator(`[data-event-id$=":${id}"]`).click();
    const details = fresh
      .getByRole('dialog')
      .filter({ has: fresh.getByRole('heading', { level: 2 }) })
      .first();
    await details.getByRole('button', { name: 'Cancel appointment' }).click();
    const ask = fresh.getByRole('dialog', { name: 'Cancel this appointment?' });
    await ask.getByRole('button', { name: 'Cancel appointment' }).click();
    await expect(fresh.getByText('Appointment cancelled.')).toBeVisible();
    expect((await docfavAppointments(freshApp)).find((a) => a.id === id)?.status).toBe('cancelled');

    // Undo, as Docfav allows: back to confirmed.
    await fresh.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(async () => (await docfavAppointments(freshApp)).find((a) => a.id === id)?.status)
      .toBe('confirmed');

    // A no-show is only offered once the appointment time has passed: last week's are.
    await fresh.getByRole('button', { name: 'Previous week' }).click();
    await fresh.getByRole('button', { name: 'Previous week' }).click();
    const past = fresh
      .locator('[data-event-id*="docfav-appointment"][aria-label*="Confirmed"]')
      .first();
    // Read before the change: the event's name then says "No-show", and `past` is another one.
    const pastId = ((await past.getAttribute('data-event-id')) ?? '').split(':').pop();
    await past.click();
    await fresh.getByRole('button', { name: 'Mark as no-show' }).click();
    await expect(fresh.getByText('Marked as no-show.')).toBeVisible();
    expect((await docfavAppointments(freshApp)).find((a) => a.id === pastId)?.status).toBe(
      'no_show',
    );
  });

  test('blocks a selected range on a Doctena calendar, then deletes it', async ({
    fresh,
    freshApp,
  }) => {
    await fresh.getByRole('button', { name: 'Block time' }).click();
    const dialog = fresh.getByRole('dialog', { name: 'Block time' });
    await dialog.getByLabel('Title').fill('Equipment failure');
    await dialog.getByLabel('Kinderheilkunde').uncheck();
    await dialog.getByLabel('From').fill(localInput(at(1, 7)));
    await dialog.getByLabel('Until').fill(localInput(at(1, 8)));
    await dialog.getByRole('button', { name: 'Block', exact: true }).click();
    await expect(fresh.getByText('Time blocked in 1 calendar.')).toBeVisible();
    const blocking = fresh.locator('[data-event-id*="doctena-blocking"]', {
      hasText: 'Equipment failure',
    });
    await expect(blocking).toBeVisible();
    await blocking.click();
    await fresh.getByRole('button', { name: 'Delete blocked time' }).click();
    await fresh
      .getByRole('dialog', { name: 'Delete blocked time' })
      .getByRole('button', { name: 'Delete blocked time' })
      .click();
    await expect(fresh.getByText('Blocked time deleted.')).toBeVisible();
    await expect(blocking).toHaveCount(0);
    const general = await doctena<{ _id: string }[]>(freshApp, '/calendars');
    for (const c of general) {
      const list = await doctena<{ title: string }[]>(
        freshApp,
        `/calendars/${c._id}/blockings?updated=1970-01-01T00:00:00Z`,
      );
      expect(list.some((b) => b.title === 'Equipment failure')).toBe(false);
    }
  });

  test('blocks a five-day vacation on both Doctena calendars', async ({ fresh, freshApp }) => {
    await fresh.getByRole('button', { name: 'Block time' }).click();
    const dialog = fresh.getByRole('dialog', { name: 'Block time' });
    await dialog.getByLabel('Title').fill('Urlaub');
    await dialog.getByLabel('Whole days').check();
    await dialog.getByLabel('First day').fill(localDate(at(0, 0)));
    await dialog.getByLabel('Last day').fill(localDate(at(4, 0)));
    await dialog.getByRole('button', { name: 'Block', exact: true }).click();
    await expect(fresh.getByText('Time blocked in 2 calendars.')).toBeVisible();
    const calendars = await doctena<{ _id: string }[]>(freshApp, '/calendars');
    for (const c of calendars) {
      const list = await doctena<
        {
          title: string;
          starts: string;
          ends: string;
        }[]
      >(freshApp, `/calendars/${c._id}/blockings?updated=1970-01-01T00:00:00Z`);
      const vacation = list.find((b) => b.title === 'Urlaub');
      expect(vacation).toBeDefined();
      expect(Date.parse(vacation?.ends ?? '') - Date.parse(vacation?.starts ?? '')).toBe(
        5 * 86_400_000,
      );
    }
    await expect(
      fresh.locator('[data-event-id*="doctena-blocking"]', { hasText: 'Urlaub' }).first(),
    ).toBeVisible();
  });
});

const pad = (n: number) => String(n).padStart(2, '0');
/** Date and time as the browser's date inputs take them, in the browser's zone. */
function localDate(d: Date) {
  const l = instantToLocal(d, ZONE);
  return `${l.year}-${pad(l.month)}-${pad(l.day)}`;
}
function localInput(d: Date) {
  const l = instantToLocal(d, ZONE);
  return `${localDate(d)}T${pad(l.hour)}:${pad(l.minute)}`;
}

test('confirms from the context menu, and with the keyboard shortcut', async ({
  fresh,
  freshApp,
}) => {
  // Two of Lucía's appointments, unconfirmed.
  const { id, other } = await luciaWednesday(freshApp, fresh, at(2, 18));
  for (const appointment of [id, other ?? '']) {
    await docfav(freshApp, `/appointments/${appointment}/behaviour`, {
      method: 'PUT',
      body: JSON.stringify({ behaviour: 'unconfirmed' }),
    });
  }
  await fresh.getByRole('button', { name: 'Refresh' }).click();
  await expect(fresh.getByTestId('last-synced')).not.toHaveText(/Syncing/);

  await fresh.locator(`[data-event-id$=":${id}"]`).click({ button: 'right' });
  const menu = fresh.getByRole('dialog', { name: /^Actions for / });
  await menu.getByRole('button', { name: 'Confirm' }).click();
  await expect(fresh.getByText('Appointment confirmed.').first()).toBeVisible();
  await expect
    .poll(async () => (await docfavAppointments(freshApp)).find((a) => a.id === id)?.status)
    .toBe('confirmed');
  await fresh.keyboard.press('Escape');

  // The shortcut: C confirms while the actions have focus.
  await fresh.locator(`[data-event-id$=":${other}"]`).click({ button: 'right' });
  await expect(menu).toBeVisible();
  await fresh.keyboard.press('c');
  await expect
    .poll(async () => (await docfavAppointments(freshApp)).find((a) => a.id === other)?.status)
    .toBe('confirmed');
});

test.describe('a Docfav move that Docfav answers too late', () => {
  // A 2 s client timeout, so that a booking Docfav saves after 4 s is a late answer.
  test.use({ webOptions: { client: { timeoutMs: 2_000 } } });

  test('is shown pending, cannot be dragged again, and settles by itself', async ({
    fresh,
    freshApp,
  }) => {
    const { id } = await luciaWednesday(freshApp, fresh);
    const control = `${new URL(baseUrl(freshApp, 'demo-docfav')).origin}/__sim/faults`;
    const added = await fetch(control, {
      method: 'POST',
      body: JSON.stringify({
        method: 'POST',
        path: '/backofficeclinics/*/appointments',
        kind: 'delay',
        delayMs: 4_000,
        times: 1,
      }),
    });
    expect(added.ok).toBe(true);
    const event = fresh.locator(`[data-event-id$=":${id}"]`);
    await drag(fresh, event, 4);

    // No "try again": Docfav may still save it.
    await expect(fresh.getByText(/^Docfav has not confirmed the move yet/)).toBeVisible({
      timeout: 15_000,
    });
    await expect(event).toHaveClass(/fd-pending/);
    await expect(event).not.toHaveClass(/fc-event-draggable/);

    // The late booking is found by its marker, the old one cancelled, and the desk is told.
    await expect(fresh.getByText(/^A move Docfav had not confirmed went through/)).toBeVisible({
      timeout: 20_000,
    });
    const all = await docfavAppointments(freshApp);
    expect(all.find((a) => a.id === id)?.status).toBe('cancelled');
    const live = all.filter(
      (a) =>
        a.status !== 'cancelled' && a.booked_from === at(2, 18).toISOString().replace('.000', ''),
    );
    expect(live).toHaveLength(1);
  });
});
