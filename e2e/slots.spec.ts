import type { Page } from '@playwright/test';
import type { WebApp } from '../electron/web/app';
import { DOCFAV_DEMO_IDS } from '../simulators/docfav';
import { DEMO_CALENDARS } from '../simulators/doctena';
import { instantToLocal, localToInstant } from '../shared/time';
import { expect, freshTest } from './fixtures';
import { docfav, doctena, nextWeekAt as at, ZONE } from './platforms';

/**
 * Free slots and "Change time" through the real renderer, checked on the demo platforms over
 * their APIs: the next free slots of a practitioner paired in the double-booking guard (free on
 * Docfav and on Doctena), and rescheduling a Doctena booking with the keyboard alone. Each test
 * gets its own app, as both change the demo's data; everything happens from next week on.
 */
const test = freshTest;

const GENERAL = DEMO_CALENDARS.general._id;
const LUCIA = DOCFAV_DEMO_IDS.staffCalendars.lucia;
const HALF_HOUR = 30 * 60_000;

interface Span {
  start: number;
  end: number;
}
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const spanOf = (from: string, to: string): Span => ({
  start: Date.parse(from),
  end: Date.parse(to),
});

/** A Doctena booking as Doctena has it, whichever calendar it is in. */
async function doctenaBooking(app: WebApp, id: string) {
  for (const c of await doctena<{ _id: string }[]>(app, '/calendars')) {
    const found = await doctena<{ starts?: string; status?: string }>(
      app,
      `/calendars/${c._id}/bookings/${id}`,
    );
    if (found.starts) return { starts: found.starts, status: found.status ?? '' };
  }
  throw new Error(`no booking ${id}`);
}

/** Lucía's live appointments from now on, as Docfav has them (7 days per request). */
async function luciaBusy(app: WebApp): Promise<Span[]> {
  const out: Span[] = [];
  for (let week = -1; week < 4; week++) {
    const list = await docfav<{
      appointments: {
        calendar_id: string;
        status: string;
        booked_from: string;
        booked_to: string;
      }[];
      time_reservations: {
        back_office_staff_calendar_id: string;
        booked_from: string;
        booked_to: string;
      }[];
    }>(
      app,
      `/availability?start_date=${at(week * 7, 0).toISOString()}&end_date=${at(week * 7 + 7, 0).toISOString()}`,
    );
    for (const a of list.appointments) {
      if (a.calendar_id === LUCIA && a.status !== 'cancelled')
        out.push(spanOf(a.booked_from, a.booked_to));
    }
    for (const r of list.time_reservations) {
      if (r.back_office_staff_calendar_id === LUCIA) out.push(spanOf(r.booked_from, r.booked_to));
    }
  }
  return out;
}

/** What occupies Allgemeinmedizin on Doctena: live bookings and one-off blockings. */
async function generalBusy(app: WebApp): Promise<Span[]> {
  const epoch = 'updated=1970-01-01T00:00:00Z';
  const bookings = await doctena<{ starts: string; ends: string; status: string }[]>(
    app,
    `/calendars/${GENERAL}/bookings?${epoch}`,
  );
  const blockings = await doctena<{ starts: string; ends: string; recurrence: string | null }[]>(
    app,
    `/calendars/${GENERAL}/blockings?${epoch}`,
  );
  return [
    ...bookings
      .filter((b) => !['CANCELLED', 'CANCELED', 'EXPIRED'].includes(b.status))
      .map((b) => spanOf(b.starts, b.ends)),
    // A weekly blocking's `ends` is its series' end; the demo's lunch meeting lies outside hours.
    ...blockings.filter((b) => !b.recurrence).map((b) => spanOf(b.starts, b.ends)),
  ];
}

/** Both work Monday to Friday: Doctena 9–12:30 and 14–18, Docfav 9–14 and 16–20. */
function withinBothHours(slot: Span): boolean {
  const local = instantToLocal(slot.start, ZONE);
  const end = instantToLocal(slot.end - 1, ZONE);
  const from = local.hour * 60 + local.minute;
  const to = end.hour * 60 + end.minute + 1;
  const weekday = local.weekday >= 1 && local.weekday <= 5;
  return weekday && ((from >= 9 * 60 && to <= 12 * 60 + 30) || (from >= 16 * 60 && to <= 18 * 60));
}

/** A 30-minute appointment of Lucía's next Wednesday at 17:00, shown in the calendar. */
async function luciaAppointment(app: WebApp, page: Page): Promise<string> {
  const clients = await docfav<{ clients: { id: string }[] }>(app, '/clients?limit=1');
  const start = at(2, 17);
  const made = await docfav<{ id: string }[]>(app, '/appointments', {
    method: 'POST',
    body: JSON.stringify({
      client: clients.clients[0]?.id,
      appointments: [
        {
          service: DOCFAV_DEMO_IDS.services.consulta,
          back_office_staff_calendar: LUCIA,
          from: start.toISOString(),
          to: new Date(start.getTime() + HALF_HOUR).toISOString(),
        },
      ],
      force: true,
    }),
  });
  const id = made[0]?.id ?? '';
  await refreshed(page);
  await expect(page.locator(`[data-event-id$=":${id}"]`)).toBeVisible();
  return id;
}

async function refreshed(page: Page) {
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByTestId('last-synced')).not.toHaveText(/Syncing/);
}

/** The free slots the open "Change time" dialog lists, as spans. */
async function listedSlots(page: Page): Promise<Span[]> {
  const dialog = page.getByRole('dialog', { name: /^Change time/ });
  const buttons = dialog.locator('button[data-start]');
  await expect(buttons.first()).toBeVisible();
  const starts = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-start')));
  return starts.map((s) => ({ start: Date.parse(s ?? ''), end: Date.parse(s ?? '') + HALF_HOUR }));
}

test('finds a free slot for a paired practitioner: free on Docfav and on Doctena', async ({
  fresh,
  freshApp,
}) => {
  const settings = freshApp.services.settings;
  settings.write({
    ...settings.read(),
    guard: {
      mappings: [
        {
          docfav: { accountId: 'demo-docfav', calendarId: LUCIA },
          doctena: { accountId: 'demo-doctena', calendarId: GENERAL },
          enabled: true,
        },
      ],
      weeksAhead: 2,
      mirrorReservations: false,
    },
  });
  const id = await luciaAppointment(freshApp, fresh);
  const event = fresh.locator(`[data-event-id$=":${id}"]`);

  await event.click();
  await fresh.getByRole('button', { name: 'Change time' }).click();
  const dialog = fresh.getByRole('dialog', { name: /^Change time/ });
  await expect(dialog.getByText(/^Free on Docfav and on Doctena/)).toBeVisible();
  const first = await listedSlots(fresh);
  const [lucia, general] = [await luciaBusy(freshApp), await generalBusy(freshApp)];
  for (const slot of first) {
    const at = new Date(slot.start).toISOString();
    expect(withinBothHours(slot), `${at} outside the hours both keep`).toBe(true);
    expect(
      lucia.some((b) => overlaps(b, slot)),
      `${at} taken on Docfav`,
    ).toBe(false);
    expect(
      general.some((b) => overlaps(b, slot)),
      `${at} taken on Doctena`,
    ).toBe(false);
  }

  // Doctena takes the first of them (Docfav still has it free): it is offered no more.
  const taken = first[0]!;
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await doctena(freshApp, `/calendars/${GENERAL}/blockings`, {
    method: 'POST',
    body: JSON.stringify({
      title: 'Hausbesuch',
      starts: new Date(taken.start).toISOString(),
      ends: new Date(taken.end).toISOString(),
    }),
  });
  await refreshed(fresh);
  await fresh.getByRole('button', { name: 'Change time' }).click();
  const again = await listedSlots(fresh);
  expect(again.some((slot) => overlaps(slot, taken))).toBe(false);

  // Picking one moves the appointment there through the move flow; Docfav has it at that time.
  const pick = again[0]!;
  await dialog.locator(`button[data-start]`).first().click();
  await expect(fresh.getByText(/^Moved to /)).toBeVisible();
  await expect
    .poll(async () => (await luciaBusy(freshApp)).some((b) => b.start === pick.start))
    .toBe(true);
});

test('changes a Doctena booking’s time with the keyboard alone', async ({ fresh, freshApp }) => {
  const page = fresh;
  // Tab through the page until a Doctena booking that can move has focus: no mouse anywhere.
  let eventId = '';
  for (let i = 0; i < 300 && !eventId; i++) {
    await page.keyboard.press('Tab');
    eventId = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const id = el?.dataset.eventId ?? '';
      return id.includes('doctena-booking') && el?.classList.contains('fc-event-draggable')
        ? id
        : '';
    });
  }
  expect(eventId).not.toBe('');
  const vendorId = eventId.split(':').pop() ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();

  let onButton = false;
  for (let i = 0; i < 40 && !onButton; i++) {
    await page.keyboard.press('Tab');
    onButton = await page.evaluate(() => document.activeElement?.textContent === 'Change time');
  }
  expect(onButton).toBe(true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Change time/ });
  await expect(dialog.getByLabel('New date')).toBeFocused();

  // 11:15 (11:45 if it is there already) on the same day. Typed hours, minutes, then "a": the
  // browser may show 24 hours or AM/PM whatever the page's language, and "a" picks AM in the
  // latter and does nothing in the former. Tab walks the date's own parts first.
  const before = await doctenaBooking(freshApp, vendorId);
  const time = dialog.getByLabel('New time');
  for (let i = 0; i < 6 && !(await time.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(time).toBeFocused();
  const day = instantToLocal(before.starts, ZONE);
  const minute = day.hour === 11 && day.minute === 15 ? 45 : 15;
  const target = localToInstant({ ...day, hour: 11, minute, second: 0 }, ZONE);
  await page.keyboard.type(`11${minute}a`);
  await expect(time).toHaveValue(`11:${minute}`);
  await page.keyboard.press('Enter');

  // The drag's own question: notify the patient? Space unticks it, then on to "Move".
  const ask = page.getByRole('dialog', { name: 'Move this appointment?' });
  await expect(ask.getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: 'Move' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Moved to /)).toBeVisible();

  const moved = await doctenaBooking(freshApp, vendorId);
  expect(Date.parse(moved.starts)).toBe(target.getTime());
  expect(moved.status).toBe('RESCHEDULED');
});

test('a free slot found from the toolbar opens the booking dialog on it', async ({ fresh }) => {
  await fresh.getByRole('button', { name: 'Find a free slot' }).click();
  const finder = fresh.getByRole('dialog', { name: 'Find a free slot' });
  const practitioner = finder.getByLabel('Practitioner');
  const lucia = await practitioner
    .locator('option', { hasText: 'Lucía' })
    .first()
    .getAttribute('value');
  await practitioner.selectOption(lucia ?? '');
  const slot = finder.locator('button[data-start]').first();
  const start = await slot.getAttribute('data-start');
  await slot.click();

  const booking = fresh.getByRole('dialog', { name: 'New appointment' });
  await expect(booking).toBeVisible();
  await expect(finder).toHaveCount(0);
  const chosen = await booking
    .getByLabel('Practitioner')
    .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
  expect(chosen).toContain('Lucía');
  const local = instantToLocal(start ?? '', ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  await expect(booking.getByLabel('Start')).toHaveValue(
    `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}`,
  );
});
