import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { WebApp } from '../electron/web/app';
import { expect, freshTest as test } from './fixtures';
import { bookLucia, docfavEnvelope as docfav, nextWeekAt as at, ZONE } from './platforms';

/**
 * The Day view by practitioner: one column per calendar, each with its own working hours, drops
 * and selections per column. Next week's Wednesday, in the future whatever day the suite runs.
 */

async function openWednesday(page: Page) {
  const wednesday = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(at(2, 12));
  await page.getByLabel('Go to date').fill(wednesday);
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(page.locator('.fd-day-column').first()).toBeVisible();
}

const column = (page: Page, name: string | RegExp) =>
  page.locator('.fd-day-column').filter({ has: page.getByRole('columnheader', { name }) });

/** Drags an event by whole quarter-hours and/or whole columns. */
async function drag(page: Page, event: Locator, slots: number, columns = 0) {
  await event.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await event.boundingBox();
  const slot = await page.locator('.fd-day-column .fc-timegrid-slot-lane').first().boundingBox();
  const width = (await page.locator('.fd-day-column').first().boundingBox())?.width;
  if (!box || !slot || !width) throw new Error('layout not ready');
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(8, box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 5, y + 5, { steps: 3 });
  await page.mouse.move(x + columns * width, y + slots * slot.height, { steps: 12 });
  await page.mouse.up();
}

/** A Docfav appointment for Lucía next Wednesday at 17:00, in her afternoon hours (16–20). */
async function luciaAtFive(app: WebApp, page: Page) {
  const start = at(2, 17);
  const id = await bookLucia(app, start);
  await page.getByRole('button', { name: 'Refresh' }).click();
  const event = column(page, /Lucía/).locator(`[data-event-id$=":${id}"]`);
  await expect(event).toBeVisible();
  await expect(page.getByTestId('last-synced')).not.toHaveText(/Syncing/);
  return { id, event };
}

async function bookedFrom(app: WebApp, id: string) {
  const list = (await docfav(
    app,
    `/availability?start_date=${at(2, 0).toISOString()}&end_date=${at(3, 0).toISOString()}`,
  )) as { data: { appointments: { id: string; status: string; booked_from: string }[] } };
  return list.data.appointments
    .filter((a) => a.status !== 'cancelled')
    .map((a) => a.booked_from)
    .concat(list.data.appointments.filter((a) => a.id === id).map((a) => `${a.status}:${a.id}`));
}

test.describe('Day view by practitioner', () => {
  test('has one column per practitioner from both platforms, each with its own working hours', async ({
    fresh,
  }, testInfo) => {
    await openWednesday(fresh);
    const columns = fresh.locator('.fd-day-column');
    // The demo's five calendars: two on Doctena, three Docfav practitioners.
    await expect(columns).toHaveCount(5);
    const headers = await columns.getByRole('columnheader').allTextContents();
    expect(headers.filter((h) => h.endsWith('Doctena'))).toHaveLength(2);
    expect(headers.filter((h) => h.endsWith('Docfav'))).toHaveLength(3);
    // The axis grid draws no events of its own: each is in its practitioner's column.
    await expect(fresh.locator('.fd-calendar-host > .fc [data-event-id]')).toHaveCount(0);

    // Every column shades its own working hours, inside its own box.
    const shading = await columns.evaluateAll((cols) =>
      cols.map((c) => {
        const own = c.getBoundingClientRect();
        return [...c.querySelectorAll('.fc-bg-event.fd-availability-working')].map((b) => {
          const r = b.getBoundingClientRect();
          return {
            inside: r.left >= own.left - 1 && r.right <= own.right + 1,
            top: Math.round(r.top),
            height: Math.round(r.height),
          };
        });
      }),
    );
    for (const windows of shading) {
      expect(windows.length).toBeGreaterThan(0);
      expect(windows.every((w) => w.inside)).toBe(true);
    }
    // Doctena's and Docfav's practitioners keep different hours: drawn per column, not merged.
    const doctena = JSON.stringify(shading[0]?.map(({ top, height }) => [top, height]));
    const docfavHours = JSON.stringify(shading[4]?.map(({ top, height }) => [top, height]));
    expect(doctena).not.toEqual(docfavHours);

    await fresh.screenshot({ path: testInfo.outputPath('screenshots/day-columns-1400.png') });

    // Keyboard: an event in a column is focusable and opens with Enter, as in the week.
    const booked = column(fresh, /Moreno/)
      .locator('[data-event-id]')
      .first();
    await booked.focus();
    await expect(booked).toBeFocused();
    await booked.press('Enter');
    const details = fresh.locator('.details[role="dialog"]');
    await expect(details).toBeVisible();
    await details.press('Escape');
    await expect(details).toBeHidden();
    const axe = await new AxeBuilder({ page: fresh }).include('.calendar-pane').analyze();
    const severe = axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
    expect(severe).toEqual([]);
  });

  test('a drag within a column still moves the appointment', async ({ fresh, freshApp }) => {
    await openWednesday(fresh);
    const { id, event } = await luciaAtFive(freshApp, fresh);
    await drag(fresh, event, 4);
    await expect(fresh.getByText(/^Moved to /)).toBeVisible();
    const after = await bookedFrom(freshApp, id);
    expect(after).toContain(at(2, 18).toISOString().replace('.000', ''));
    expect(after).not.toContain(at(2, 17).toISOString().replace('.000', ''));
  });

  test('refuses a drop into a break or another practitioner’s column, before asking the platform', async ({
    fresh,
    freshApp,
  }) => {
    await openWednesday(fresh);
    const { id, event } = await luciaAtFive(freshApp, fresh);
    const before = await bookedFrom(freshApp, id);
    const status = fresh.locator('.fd-columns-notice');

    // 14:30 is in Lucía's break (14:00–16:00).
    await drag(fresh, event, -10);
    await expect(status).toHaveText(
      'That time is outside Dra. Lucía Fernández’s working hours. Nothing was changed.',
    );
    await expect(event).toHaveAttribute('aria-label', /^17:00/);

    // One column to the left is Dra. Carmen Ruiz.
    await drag(fresh, event, 0, -1);
    await expect(status).toHaveText(
      'An appointment stays with its practitioner. Move it within the same column.',
    );
    await expect(column(fresh, /Lucía/).locator(`[data-event-id$=":${id}"]`)).toHaveAttribute(
      'aria-label',
      /^17:00/,
    );
    await expect(fresh.getByText(/^Moved to /)).toHaveCount(0);
    expect(await bookedFrom(freshApp, id)).toEqual(before);
  });
});
