import type { Page } from '@playwright/test';
import { expect, freshTest as test } from './fixtures';
import { docfav, nextWeekAt } from './platforms';

/**
 * Issue 16: "Docfav's service colour is an option". Turned on in Settings, a Docfav appointment is
 * filled with its service's colour as Docfav lists it, the calendar's colour kept as its stripe;
 * turned off, it is back in its calendar's colour.
 */

interface Service {
  id: string;
  color: string;
}
interface Appointment {
  id: string;
  service_id: string | null;
}

/** `#4CAF50` as the browser computes it: `rgb(76, 175, 80)`. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Fill and stripe of each confirmed Docfav appointment on screen, by its Docfav id. */
async function drawn(page: Page): Promise<Map<string, { fill: string; stripe: string }>> {
  const rows = await page
    .locator('[data-event-id^="docfav:"].fd-appointment.fd-status-confirmed')
    .evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        const id = (el as HTMLElement).dataset.eventId ?? '';
        return [
          id.slice(id.lastIndexOf(':') + 1),
          { fill: style.backgroundColor, stripe: style.borderLeftColor },
        ] as const;
      }),
    );
  return new Map(rows);
}

async function setServiceColours(page: Page, on: boolean) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const toggle = dialog.getByRole('checkbox', {
    name: 'Colour Docfav appointments by their service',
  });
  await toggle.setChecked(on);
  await expect(toggle).toBeChecked({ checked: on });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('Docfav appointments take their service’s colour when the setting is on', async ({
  fresh,
  freshApp,
}) => {
  const services = await docfav<Service[]>(freshApp, '/services');
  const colourOf = new Map(services.map((s) => [s.id, s.color]));
  const from = nextWeekAt(0, 0).toISOString();
  const to = nextWeekAt(7, 0).toISOString();
  const { appointments } = await docfav<{ appointments: Appointment[] }>(
    freshApp,
    `/availability?result_type=appointments&start_date=${from}&end_date=${to}`,
  );
  const serviceOf = new Map(appointments.map((a) => [a.id, a.service_id]));

  const before = await drawn(fresh);
  const checked = [...before.keys()].filter((id) => colourOf.has(serviceOf.get(id) ?? ''));
  expect(checked.length).toBeGreaterThan(1);
  // The demo's services have colours of their own, none a calendar's.
  for (const id of checked) {
    expect(before.get(id)?.fill).not.toBe(rgb(colourOf.get(serviceOf.get(id) ?? '') ?? ''));
  }

  await setServiceColours(fresh, true);
  const first = checked[0] ?? '';
  const firstFill = rgb(colourOf.get(serviceOf.get(first) ?? '') ?? '');
  await expect(fresh.locator(`[data-event-id$=":${first}"]`)).toHaveCSS(
    'background-color',
    firstFill,
  );
  const on = await drawn(fresh);
  for (const id of checked) {
    const service = colourOf.get(serviceOf.get(id) ?? '') ?? '';
    expect(on.get(id)?.fill, id).toBe(rgb(service));
    // The practitioner stays recognisable: the stripe is the calendar's own colour.
    expect(on.get(id)?.stripe, id).not.toBe(rgb(service));
  }

  await setServiceColours(fresh, false);
  await expect(fresh.locator(`[data-event-id$=":${first}"]`)).toHaveCSS(
    'background-color',
    before.get(first)?.fill ?? '',
  );
  const off = await drawn(fresh);
  for (const id of checked) expect(off.get(id), id).toEqual(before.get(id));
});
