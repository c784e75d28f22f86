import AxeBuilder from '@axe-core/playwright';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, freshTest as test } from './fixtures';
import { readPdf } from './pdf-reader';
import { nextWeekAt, ZONE } from './platforms';

/**
 * The day sheet in the web bridge: the browser prints it (the app's Electron print is proven by
 * electron/print.test.ts and electron/main.test.ts). Chromium's own PDF of the print media is read
 * back with pdf.js, page by page, checked against the day's appointments as the main process holds
 * them, and its page 1 rendered to the PNG attached to the test.
 */

const SCREENSHOTS = path.join('test-results', 'screenshots');
const APPOINTMENTS = new Set(['doctena-booking', 'docfav-appointment']);
/** The PDF's text keeps no layout: words are compared without their spaces. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('printing a day gives an A4 PDF with one page per practitioner', async ({
  browser,
  fresh,
  freshApp,
}, testInfo) => {
  const from = nextWeekAt(2, 0);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(from);
  const expected = freshApp.services.sync
    .snapshot({ from, to: nextWeekAt(3, 0) })
    .events.filter((e) => APPOINTMENTS.has(e.kind) && e.patient);
  expect(expected.length).toBeGreaterThan(2);

  // The browser's print dialog cannot be driven here: its call is recorded instead, and the page
  // is then printed to PDF as Chromium prints it.
  await fresh.evaluate(() =>
    Object.assign(window, { print: () => document.body.setAttribute('data-printed', '') }),
  );
  await fresh.getByRole('button', { name: 'Print day' }).click();
  const dialog = fresh.getByRole('dialog', { name: 'Print a day sheet' });
  await dialog.getByLabel('Day').fill(day);
  await dialog.getByRole('button', { name: 'Print…' }).click();
  await expect(fresh.locator('body[data-printed]')).toBeAttached();
  await expect(dialog).toBeHidden();

  await fresh.emulateMedia({ media: 'print' });
  await expect(fresh.getByRole('button', { name: 'Print day' })).toBeHidden();
  await expect(fresh.getByRole('table').first()).toBeVisible();

  const pdf = await fresh.pdf({ preferCSSPageSize: true, printBackground: true });
  await testInfo.attach('day-sheet.pdf', { body: pdf, contentType: 'application/pdf' });
  const { pages, pageOne } = await readPdf(browser, pdf);

  // Page 1 as pdf.js draws it: A4's proportions, with ink where the title is.
  await testInfo.attach('day-sheet-page-1.png', { body: pageOne.png, contentType: 'image/png' });
  await writeFile(testInfo.outputPath('day-sheet-page-1.png'), pageOne.png);
  await mkdir(SCREENSHOTS, { recursive: true });
  await writeFile(path.join(SCREENSHOTS, 'day-sheet-page-1.png'), pageOne.png);
  expect(pageOne.png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(pageOne.height / pageOne.width).toBeCloseTo(297 / 210, 2);
  expect(pageOne.darkPixelsInTopFifth).toBeGreaterThan(500);

  const calendars = new Set(expected.map((e) => `${e.accountId}|${e.calendarId}`));
  expect(pages).toHaveLength(calendars.size);

  const date = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: ZONE,
  }).format(from);
  const texts = pages.map((page) => squeeze(page.text));
  for (const [i, page] of pages.entries()) {
    expect(texts[i]).toMatch(new RegExp(`^Daysheet·\\w+,${squeeze(date)}`));
    expect(page.text).toMatch(/Time.*Patient.*Reason.*Phone.*Status/s);
  }
  // Each practitioner's appointments all on one page of their own, with name, phone and reason.
  for (const calendar of calendars) {
    const theirs = expected.filter((e) => `${e.accountId}|${e.calendarId}` === calendar);
    const onPages = texts.filter((text) => text.includes(squeeze(theirs[0]!.patient!.name)));
    expect(onPages).toHaveLength(1);
    for (const event of theirs) {
      expect(onPages[0]).toContain(squeeze(event.patient!.name));
      if (event.patient!.phone) expect(onPages[0]).toContain(squeeze(event.patient!.phone));
      if (event.reason) expect(onPages[0]).toContain(squeeze(event.reason));
    }
  }
  // A4 portrait, 210 × 297 mm: 595 × 842 points.
  for (const page of pages) {
    expect(page.width).toBeCloseTo(595, 0);
    expect(page.height).toBeCloseTo(842, 0);
  }
});

test('the print dialog works from the keyboard alone, and axe finds nothing serious in it', async ({
  fresh,
}) => {
  const button = fresh.getByRole('button', { name: 'Print day' });
  await button.focus();
  await fresh.keyboard.press('Enter');
  const dialog = fresh.getByRole('dialog', { name: 'Print a day sheet' });
  await expect(dialog.getByLabel('Day')).toBeFocused();

  const results = await new AxeBuilder({ page: fresh }).include('[role="dialog"]').analyze();
  const severe = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''));
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([]);

  // Tab goes through the date's day, month and year, the practitioners, then the buttons.
  const practitioners = dialog.getByLabel('Practitioners');
  const focused = () => practitioners.evaluate((el) => el === document.activeElement);
  for (let tabs = 0; tabs < 4 && !(await focused()); tabs++) await fresh.keyboard.press('Tab');
  await expect(practitioners).toBeFocused();
  await fresh.keyboard.press('ArrowDown');
  await expect(practitioners).not.toHaveValue('');
  await fresh.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await fresh.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});
