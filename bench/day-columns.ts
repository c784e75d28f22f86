import { chromium } from 'playwright';
import type { AvailabilityWindow, CalendarEvent } from '../shared/domain';
import { silentLogger } from '../electron/log';
import type { SyncSource } from '../electron/sync/source';
import { startWebApp } from '../electron/web/app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { withLaidOut } from './laid-out';
import { VIEWPORTS, type Viewport } from './paint';
import { MIN_RUNS, repeat, rowReported, type Row } from './stats';
import { benchCalendars, benchEvent, benchSource, prng } from './synthetic';

const HOUR = 3_600_000;
const COLUMNS = 8;

/**
 * One day (`day`, local midnight) with `count` appointments over eight calendars, four per
 * platform, each working 08:00–12:30 and 13:30–18:00, so every column draws its own shading.
 */
export function dayColumnsSource(count: number, day: Date): SyncSource {
  const rand = prng(16);
  const calendars = benchCalendars(COLUMNS, 'col', 'Practitioner', (i) =>
    i % 2 ? 'docfav' : 'doctena',
  );
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
    return benchEvent(calendar, `d${i}`, {
      start: at(start),
      end: at(start + 0.5),
      name: `Patient ${i}`,
      status: i % 3 ? 'confirmed' : 'waiting',
      reason: 'Kontrolle',
      movable: true,
    });
  });
  return benchSource(calendars, events, windows);
}

/**
 * Time from a click on "Day" (today, the week already drawn) until every one of the day's `count`
 * events sits in one of the eight practitioner columns with a laid-out box (off-screen ones forced,
 * see laid-out.ts), plus the frame that paints them, in Chromium against the web bridge. It
 * includes the IPC round trip for the day's data (already in the main process) and building the
 * eight column grids. A fresh page per run.
 */
export async function paintDayColumns(count: number, viewport: Viewport, runs = MIN_RUNS) {
  const now = new Date();
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const app = await startWebApp({
    logger: silentLogger,
    sources: [dayColumnsSource(count, today)],
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const label = `Day view, ${COLUMNS} columns, ${count} events, ${viewport.width}×${viewport.height}`;
  try {
    return await repeat(label, runs, async () => {
      const page = await browser.newPage({ viewport });
      try {
        await withLaidOut(page);
        await page.goto(app.bridge.url);
        await page.locator('.fc-timegrid').first().waitFor();
        const { ms, columns } = await page.evaluate<{ ms: number; columns: number }>(`(async () => {
          const day = [...document.querySelectorAll('.view-switch button')][1];
          if (!day) throw new Error('no Day button');
          const since = performance.now();
          day.click();
          const ms = await window.__fdWhenLaidOut(
            '.fd-day-column .fc-timegrid-event-harness [data-event-id]', ${count}, since, 60000);
          return { ms, columns: document.querySelectorAll('.fd-day-column').length };
        })()`);
        if (columns !== COLUMNS) throw new Error(`${columns} columns drawn, ${COLUMNS} expected`);
        return ms;
      } finally {
        await page.close();
      }
    });
  } finally {
    await browser.close();
    await app.close();
  }
}

/** The bench table's rows: one per viewport. */
export async function dayColumnsRows(runs = MIN_RUNS): Promise<Row[]> {
  const rows: Row[] = [];
  for (const viewport of VIEWPORTS) {
    const s = await paintDayColumns(200, viewport, runs);
    rows.push(
      rowReported(
        `Day view: 8 practitioner columns, 200 events, every event laid out (${viewport.width}×${viewport.height})`,
        s,
        'ms',
      ),
    );
  }
  return rows;
}
