import {
  addDays as addCalendarDays,
  daysBetween as calendarDaysBetween,
  formatLocalDate,
  instantToLocal,
  isoWeekday as calendarWeekday,
  localDateTimeToInstant,
  localToInstant,
  parseLocalDate,
  parseLocalTime,
  zoneOffsetMs,
  type LocalDate as CalendarDate,
  type LocalDateTime,
} from '../../shared/time';

/**
 * Docfav's local dates and times as the strings the API sends (`2026-03-29`, `09:00`), over the
 * project's time-zone code in `shared/time.ts`. Docfav stores instants in UTC but working hours,
 * day offs and recurring events are local, so every conversion between the two goes through here.
 */

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A local wall time, `HH:MM`. */
export type LocalTime = string;

export const WEEKDAY_NAMES = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

const DAY_MS = 86_400_000;

function dateOf(date: LocalDate): CalendarDate {
  const parsed = parseLocalDate(date);
  if (!parsed) throw new RangeError(`Invalid local date "${date}"`);
  return parsed;
}

/**
 * `localToInstant` of `shared/time.ts`, except that a wall time the clocks pass twice (when they go
 * back) is the second, standard-time occurrence, as the simulators have always read it. A time in
 * the spring-forward gap is pushed past the gap, as there.
 */
export function wallTimeToInstant(local: LocalDateTime, timeZone: string): Date {
  return secondOccurrence(localToInstant(local, timeZone), timeZone);
}

/** The later instant showing the same wall time as `first`, when the clocks go back over it. */
function secondOccurrence(first: Date, timeZone: string): Date {
  const repeat = zoneOffsetMs(first, timeZone) - zoneOffsetMs(first.getTime() + DAY_MS, timeZone);
  if (repeat <= 0) return first;
  const second = new Date(first.getTime() + repeat);
  const sameWall =
    second.getTime() + zoneOffsetMs(second, timeZone) ===
    first.getTime() + zoneOffsetMs(first, timeZone);
  return sameWall ? second : first;
}

/** The wall-clock date and time an instant shows in a zone. */
export function toLocal(instant: Date, timeZone: string): { date: LocalDate; time: LocalTime } {
  const local = instantToLocal(instant, timeZone);
  return { date: formatLocalDate(local), time: timeOf(local.hour * 60 + local.minute) };
}

/**
 * The instant a wall-clock time happens in a zone (`24:00` is the midnight ending the day), read
 * as `wallTimeToInstant` reads it.
 */
export function localToUtc(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const clock = parseLocalTime(time);
  if (!clock) throw new RangeError(`Invalid local time "${time}"`);
  return secondOccurrence(localDateTimeToInstant(dateOf(date), clock, timeZone), timeZone);
}

/** Start of the local day, as an instant. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return localToUtc(date, '00:00', timeZone);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return formatLocalDate(addCalendarDays(dateOf(date), days));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  return calendarWeekday(dateOf(date));
}

export function weekdayName(date: LocalDate): (typeof WEEKDAY_NAMES)[number] {
  return WEEKDAY_NAMES[isoWeekday(date) - 1] ?? 'MONDAY';
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return calendarDaysBetween(dateOf(a), dateOf(b));
}

/** Every date from start to end, both included. */
export function eachDate(start: LocalDate, end: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) out.push(d);
  return out;
}

export function minutesOf(time: LocalTime): number {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
}

export function timeOf(minutes: number): LocalTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
