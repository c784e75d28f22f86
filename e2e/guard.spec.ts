import type { Locator, Page } from '@playwright/test';
import type { WebApp } from '../electron/web/app';
import { DOCFAV_DEMO_IDS } from '../simulators/docfav';
import { DEMO_CALENDARS } from '../simulators/doctena';
import { expect, freshTest } from './fixtures';
import { docfav, doctena, nextWeekAt as at, ZONE } from './platforms';

/**
 * The double-booking guard clicked through the real renderer: pairing Dra. Lucía Fernández
 * (Docfav) with Allgemeinmedizin (Doctena) in the settings, her Docfav appointments turning into
 * "Docfav · busy" blockings on Doctena, and a Doctena booking on a time she has on Docfav listed
 * as a double booking. Each test gets its own app, as the guard writes to the demo platforms.
 * Everything happens in next week, which is in the future whatever day the suite runs.
 */
const test = freshTest;

const GENERAL = DEMO_CALENDARS.general._id;
const LUCIA = DOCFAV_DEMO_IDS.staffCalendars.lucia;
const MIRROR_TITLE = 'Docfav · busy';
const HALF_HOUR = 30 * 60_000;

interface Span {
  starts: string;
  ends: string;
}
interface DoctenaBooking extends Span {
  _id: string;
  contact: { first_name: string };
  status: string;
  /** The simulator, like Doctena, sends it as a string. */
  no_show: string | boolean;
}
interface DoctenaBlocking extends Span {
  _id: string;
  title: string;
  recurrence: string | null;
}

const EPOCH = 'updated=1970-01-01T00:00:00Z';
const generalBookings = (app: WebApp) =>
  doctena<DoctenaBooking[]>(app, `/calendars/${GENERAL}/bookings?${EPOCH}`);
const generalBlockings = (app: WebApp) =>
  doctena<DoctenaBlocking[]>(app, `/calendars/${GENERAL}/blockings?${EPOCH}`);

/** A time as the calendar shows it (the browser runs in ZONE; this process may not). */
const clock = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(
    d,
  );

const overlaps = (a: { start: number; end: number }, b: Span) =>
  a.start < Date.parse(b.ends) && Date.parse(b.starts) < a.end;

/** Lucía's appointments next week, live ones only. */
async function luciaAppointments(app: WebApp): Promise<Span[]> {
  const list = await docfav<{
    appointments: { calendar_id: string; status: string; booked_from: string; booked_to: string }[];
  }>(app, `/availability?start_date=${at(0, 0).toISOString()}&end_date=${at(7, 0).toISOString()}`);
  return list.appointments
    .filter((a) => a.calendar_id === LUCIA && a.status !== 'cancelled')
    .map((a) => ({ starts: a.booked_from, ends: a.booked_to }));
}

/**
 * Half an hour next week when both practitioners work (Doctena 9–12:30 and 14–18, Docfav 9–14
 * and 16–20), with nothing on Allgemeinmedizin and, a quarter of an hour either side, nothing of
 * Lucía's: a mirror of it then stands alone instead of merging with a neighbour's.
 */
async function freeSlot(app: WebApp): Promise<Date> {
  const taken = [
    ...(await generalBookings(app)).filter((b) => b.status !== 'CANCELLED'),
    // A weekly blocking's `ends` is its series' end; the lunch meeting is outside these hours.
    ...(await generalBlockings(app)).filter((b) => !b.recurrence),
  ];
  const lucia = await luciaAppointments(app);
  const margin = 15 * 60_000;
  for (let day = 0; day < 5; day++) {
    for (const [hour, minute] of [
      [9, 0],
      [9, 30],
      [10, 0],
      [10, 30],
      [11, 0],
      [11, 30],
      [16, 0],
      [16, 30],
      [17, 0],
    ] as const) {
      const start = at(day, hour, minute).getTime();
      const slot = { start, end: start + HALF_HOUR };
      const wide = { start: start - margin, end: slot.end + margin };
      if (!taken.some((b) => overlaps(slot, b)) && !lucia.some((a) => overlaps(wide, a))) {
        return new Date(start);
      }
    }
  }
  throw new Error('no free half hour next week');
}

/** Books Lucía on Docfav, even over whatever is there. */
async function bookLucia(app: WebApp, start: Date, end: Date): Promise<string> {
  const clients = await docfav<{ clients: { id: string }[] }>(app, '/clients?limit=1');
  const made = await docfav<{ id: string }[]>(app, '/appointments', {
    method: 'POST',
    body: JSON.stringify({
      client: clients.clients[0]?.id,
      appointments: [
        {
          service: DOCFAV_DEMO_IDS.services.consulta,
          back_office_staff_calendar: LUCIA,
          from: start.toISOString(),
          to: end.toISOString(),
        },
      ],
      force: true,
    }),
  });
  const id = made[0]?.id;
  if (!id) throw new Error('Docfav did not book');
  return id;
}

async function openSettings(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog).toBeVisible();
  return dialog.getByRole('region', { name: 'Double-booking guard' });
}

/** Picks the option whose text contains `text` (labels carry the owner too). */
async function choose(select: Locator, text: string) {
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

const PAIR = 'Dra. Lucía Fernández ↔ Allgemeinmedizin · Dr. Anna Schmidt';

/** Pairs Lucía with Allgemeinmedizin by hand in the settings, saves, and waits for the check. */
async function pairLuciaWithGeneral(page: Page): Promise<Locator> {
  const guard = await openSettings(page);
  await expect(guard.getByText('No pairs yet: nothing is copied.')).toBeVisible();
  await choose(guard.getByLabel('Docfav practitioner'), 'Lucía Fernández');
  await choose(guard.getByLabel('Doctena calendar'), 'Allgemeinmedizin');
  await guard.getByRole('button', { name: 'Add pair' }).click();
  await expect(guard.getByRole('checkbox', { name: `Guard on for ${PAIR}` })).toBeChecked();
  // The same pair twice is refused.
  await choose(guard.getByLabel('Docfav practitioner'), 'Lucía Fernández');
  await choose(guard.getByLabel('Doctena calendar'), 'Allgemeinmedizin');
  await guard.getByRole('button', { name: 'Add pair' }).click();
  await expect(guard.getByText('This pair is already in the list.')).toBeVisible();

  await guard.getByRole('button', { name: 'Save and check now' }).click();
  await expect(guard.getByText('Pairs saved.')).toBeVisible();
  const checked = /Last checked \d\d:\d\d: \d+ added, \d+ moved, \d+ removed\./;
  await expect(guard.getByTestId('guard-status')).toContainText(checked, { timeout: 15_000 });
  return guard;
}

async function closeSettings(page: Page) {
  await page.getByRole('button', { name: 'Close settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeHidden();
}

test.describe('double-booking guard', () => {
  test('a pairing made in the settings mirrors a new Docfav appointment into Doctena', async ({
    fresh,
    freshApp,
  }) => {
    const guard = await pairLuciaWithGeneral(fresh);
    // Stored as the user left it: one pair, switched on, with the default options.
    expect(freshApp.services.settings.read().guard).toEqual({
      mappings: [
        {
          docfav: { accountId: 'demo-docfav', calendarId: LUCIA },
          doctena: { accountId: 'demo-doctena', calendarId: GENERAL },
          enabled: true,
        },
      ],
      weeksAhead: 8,
      mirrorReservations: false,
    });
    await expect(guard.getByRole('checkbox', { name: `Guard on for ${PAIR}` })).toBeChecked();
    await closeSettings(fresh);
    await expect(fresh.getByTestId('guard-status-compact')).toContainText('Last checked');

    const start = await freeSlot(freshApp);
    const end = new Date(start.getTime() + HALF_HOUR);
    await bookLucia(freshApp, start, end);
    await fresh.getByRole('button', { name: 'Refresh' }).click();

    // After the sync, the guard runs: one blocking on Doctena at exactly that time…
    const mirrors = async () =>
      (await generalBlockings(freshApp)).filter(
        (b) =>
          b.title === MIRROR_TITLE &&
          Date.parse(b.starts) === start.getTime() &&
          Date.parse(b.ends) === end.getTime(),
      );
    await expect.poll(async () => (await mirrors()).length, { timeout: 15_000 }).toBe(1);
    const id = (await mirrors())[0]?._id ?? '';

    // …and the calendar, read again, draws it as the guard's.
    const mirror = fresh.locator(`[data-event-id$=":doctena-blocking:${id}"]`);
    await expect(mirror).toBeVisible({ timeout: 10_000 });
    await expect(mirror).toHaveClass(/fd-mirror/);
    await expect(mirror).toContainText(`${clock(start)}–${clock(end)}`);
    await expect(mirror).toContainText(MIRROR_TITLE);
    await expect(mirror).toHaveAttribute('aria-label', /Allgemeinmedizin/);

    // Switched off again: its copies leave Doctena, and the calendar.
    const settings = await openSettings(fresh);
    await settings.getByRole('checkbox', { name: `Guard on for ${PAIR}` }).uncheck();
    await settings.getByRole('button', { name: 'Save and check now' }).click();
    await expect(settings.getByText('Pairs saved.')).toBeVisible();
    await expect
      .poll(
        async () => (await generalBlockings(freshApp)).filter((b) => b.title === MIRROR_TITLE),
        { timeout: 15_000 },
      )
      .toEqual([]);
    await closeSettings(fresh);
    await fresh.getByRole('button', { name: 'Refresh' }).click();
    await expect(mirror).toBeHidden();
  });

  test('a Doctena booking over a Docfav appointment of the paired practitioner is listed', async ({
    fresh,
    freshApp,
  }) => {
    await pairLuciaWithGeneral(fresh);
    await closeSettings(fresh);

    // An Allgemeinmedizin booking next week that Lucía does not already share.
    const lucia = await luciaAppointments(freshApp);
    const booking = (await generalBookings(freshApp)).find(
      (b) =>
        ['WAITING', 'CONFIRMED', 'HANDLED', 'RESCHEDULED'].includes(b.status) &&
        String(b.no_show) !== 'true' &&
        Date.parse(b.starts) >= at(0, 0).getTime() &&
        Date.parse(b.ends) <= at(5, 0).getTime() &&
        !lucia.some((a) => overlaps({ start: Date.parse(b.starts), end: Date.parse(b.ends) }, a)),
    );
    if (!booking) throw new Error('no Allgemeinmedizin booking next week');
    const start = new Date(booking.starts);
    const end = new Date(booking.ends);
    await bookLucia(freshApp, start, end);
    await fresh.getByRole('button', { name: 'Refresh' }).click();

    const day = new Intl.DateTimeFormat('en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: ZONE,
    }).format(start);
    const when = `${day}, ${clock(start)}–${clock(end)}`;
    const list = fresh.getByRole('region', { name: /^Double bookings/ });
    const item = list.getByRole('button', {
      name: `${when} Allgemeinmedizin ↔ Dra. Lucía Fernández`,
    });
    await expect(item).toBeVisible({ timeout: 15_000 });
    await expect(item).toHaveAttribute('title', 'Show the Doctena booking');

    // The booking has the red outline, and the list opens it.
    const event = fresh.locator(`[data-event-id$=":${booking._id}"]`);
    await expect(event).toHaveClass(/fd-conflict/);
    await item.click();
    const details = fresh.getByRole('dialog', { name: booking.contact.first_name });
    await expect(details).toBeVisible();
    await expect(details).toContainText('Allgemeinmedizin');
    await expect(details).toContainText(`${clock(start)}–${clock(end)}`);
  });
});
