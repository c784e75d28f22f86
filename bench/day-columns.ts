import os from 'node:os';
import { chromium } from 'playwright';
import type { AvailabilityWindow, CalendarEvent, CalendarInfo } from '../shared/domain';
import { eventId } from '../shared/domain';
import { silentLogger } from '../electron/log';
import type { SyncSource, TimeRange } from '../electron/sync/source';
import { overlaps } from '../electron/sync/source';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { prng } from './synthetic';

const HOUR = 3_600_000;
const COLUMNS = 8;

/**
 * One day (`day`, local midnight) with `count` appointments over eight calendars, four per
 * platform, each working 08:00–12:30 and 13:30–18:00, so every column draws its own shading.
 */
export function dayColumnsSource(count: number, day: Date): SyncSource {
  const rand = prng(16);
  const calendars: CalendarInfo[] = Array.from({ length: COLUMNS }, (_, i) => ({
    id: `col${i}`,
    source: i % 2 ? 'docfav' : 'doctena',
    accountId: 'bench',
    name: `Practitioner ${i + 1}`,
    owner: `Dr. Bench ${i + 1}`,
    timezone: 'Europe/Berlin',
    clinicId: null,
    locationId: null,
  }));
  const at = (hours: number) => new Date(day.getTime() + hours * HOUR).toISOString();
  const windows: AvailabilityWindow[] = calendars.flatMap((c) =>
    [
      [8, 12.5],
      [13.5, 18],
    ].map(([from = 0, to = 0]) => ({
      source: c.source,
      accountId: 'bench',
      calendarId: c.id,
      kind: 'working' as const,
      start: at(from),
      end: at(to),
    })),
  );
  const events: CalendarEvent[] = Array.from({ length: count }, (_, i) => {
    const calendar = calendars[i % COLUMNS] ?? calendars[0];
    if (!calendar) throw new Error('no calendars');
    const start = 8 + Math.floor(rand() * 20) / 2;
    const kind = calendar.source === 'doctena' ? 'doctena-booking' : 'docfav-appointment';
    return {
      id: eventId(calendar.source, 'bench', kind, `d${i}`),
      vendorId: `d${i}`,
      kind,
      source: calendar.source,
      accountId: 'bench',
      calendarId: calendar.id,
      start: at(start),
      end: at(start + 0.5),
      title: `Patient ${i}`,
      status: i % 3 ? 'confirmed' : 'waiting',
      vendorStatus: null,
      noShow: false,
      patient: { name: `Patient ${i}`, phone: null, email: null, insurance: null, clientId: null },
      reason: 'Kontrolle',
      serviceId: null,
      note: null,
      recurrence: null,
      timezone: null,
      updatedAt: null,
      actions: ['move'],
    };
  });
  return {
    accountId: 'bench',
    vendor: 'doctena',
    label: 'Benchmark practice',
    calendars: () => calendars,
    isFresh: () => true,
    sync: () => Promise.resolve({ changed: 0, newBookings: [] }),
    eventsIn: (range: TimeRange) => events.filter((e) => overlaps(e.start, e.end, range)),
    availabilityIn: (range: TimeRange) => windows.filter((w) => overlaps(w.start, w.end, range)),
    minPollIntervalMs: () => undefined,
  };
}

/**
 * Time from a click on "Day" (today, the week already painted) until every one of the day's
 * `count` events has its box placed in one of the eight practitioner columns, plus the frame that
 * paints them, in Chromium against the web bridge at 1366×768. It includes the IPC round trip for
 * the day's data (already in the main process) and building the eight column grids. Events below
 * the fold are placed, but their text is laid out only when scrolled near (content-visibility).
 */
export async function paintDayColumns(count: number, runs = 5): Promise<number[]> {
  const now = new Date();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const app = await startWebApp({
    logger: silentLogger,
    sources: [dayColumnsSource(count, today)],
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const timings: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(app.bridge.url);
      await page.locator('.fc-timegrid').first().waitFor();
      const ms = await page.evaluate(
        async ({ expected, columns }) => {
          const day = [...document.querySelectorAll<HTMLButtonElement>('.view-switch button')][1];
          const started = performance.now();
          day?.click();
          for (;;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const shown = document.querySelectorAll('.fd-day-column');
            const events = document.querySelectorAll<HTMLElement>(
              '.fd-day-column .fc-timegrid-event-harness:has([data-event-id])',
            );
            if (
              shown.length === columns &&
              events.length >= expected &&
              [...events].every((e) => e.getBoundingClientRect().height > 0)
            )
              break;
            if (performance.now() - started > 30_000) return -1;
          }
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return performance.now() - started;
        },
        { expected: count, columns: COLUMNS },
      );
      timings.push(ms);
      await page.close();
    }
    return timings;
  } finally {
    await browser.close();
    await app.close();
  }
}

/** The bench table's row: median of five runs, with their spread and the machine's load. */
export async function dayColumnsRows() {
  const runs = await paintDayColumns(200, 5);
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? -1;
  const failed = sorted[0] === undefined || sorted[0] < 0;
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  return [
    {
      measure: `Paint the Day view: 8 practitioner columns, 200 events (min–max ${sorted[0]?.toFixed(0)}–${sorted.at(-1)?.toFixed(0)} ms, load ${load})`,
      result: failed ? 'did not finish' : `${median.toFixed(0)} ms`,
      target: '(reported)',
      ok: !failed,
    },
  ];
}
