import type { CalendarEvent } from '../../shared/domain';
import { benchCalendars, benchEvent, prng } from '../synthetic';

/**
 * The peers bench's data: Mon–Fri weeks of `EVENTS_PER_WEEK` appointments over eight
 * practitioners, 15–60 min, overlapping freely, all inside the grid's 07:00–20:00. Built in
 * local time, so every library places them on the same slots. Deterministic per week.
 */
export const EVENTS_PER_WEEK = 1000;
export const PRACTITIONERS = 8;
export const DAY_START_HOUR = 7;
export const DAY_END_HOUR = 20;
/**
 * Mondays (local) of the weeks drawn: the first paint, the untimed warm-up, the timed switch.
 * The first is this week, which is where Frontdesk's calendar opens.
 */
const today = new Date();
export const WEEKS = [0, 1, 2].map(
  (w) =>
    new Date(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() - ((today.getDay() + 6) % 7) + 7 * w,
    ),
);

const MINUTE = 60_000;
const REASONS = ['Kontrolle', 'Impfung', 'Erstgespräch', 'Blutabnahme', 'Physiotherapie'];
const STATUSES = ['confirmed', 'waiting', 'confirmed', 'rescheduled', 'confirmed'] as const;

export const calendars = benchCalendars(PRACTITIONERS, 'cal', 'Calendar', (i) =>
  i % 2 ? 'docfav' : 'doctena',
);

export function weekEvents(week: number): CalendarEvent[] {
  const monday = WEEKS[week];
  if (!monday) throw new Error(`no week ${week}`);
  const rand = prng(100 + week);
  return Array.from({ length: EVENTS_PER_WEEK }, (_, i) => {
    const calendar = calendars[i % PRACTITIONERS];
    if (!calendar) throw new Error('no calendar');
    const day = Math.floor(rand() * 5);
    const minutes = 15 * (1 + Math.floor(rand() * 4));
    // Quarter-hour starts from 08:00 so that the longest still ends before 20:00.
    const startMinute = 8 * 60 + 15 * Math.floor(rand() * 44);
    const start = new Date(
      monday.getFullYear(),
      monday.getMonth(),
      monday.getDate() + day,
      0,
      startMinute,
    );
    const end = new Date(start.getTime() + minutes * MINUTE);
    return benchEvent(calendar, `w${week}e${i}`, {
      start: start.toISOString(),
      end: end.toISOString(),
      name: `Patient ${week}-${i}`,
      status: STATUSES[i % STATUSES.length] ?? 'confirmed',
      reason: REASONS[i % REASONS.length] ?? null,
      movable: true,
    });
  });
}

/** What the peers are handed: the event as a plain FullCalendar input, nothing of ours. */
export function plainInputs(week: number) {
  return weekEvents(week).map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end }));
}
