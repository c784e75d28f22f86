/**
 * Wall-clock time in an IANA zone ↔ UTC instants, with nothing but Intl. Docfav stores instants in
 * UTC but working hours, day offs and recurring events are local, so every conversion between the
 * two goes through here.
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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // h23, not hour12:false: the latter prints midnight as "24" in some ICU versions.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time an instant shows in a zone. */
export function toLocal(
  instant: Date,
  timeZone: string,
): { date: LocalDate; time: LocalTime; second: string } {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
    second: get('second'),
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const local = toLocal(new Date(instant), timeZone);
  const wallAsUtc = Date.parse(`${local.date}T${local.time}:${local.second}Z`);
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone. Times skipped by a spring-forward gap land
 * after the gap; times repeated in the autumn resolve to the second (standard-time) occurrence.
 */
export function localToUtc(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  const first = offsetMs(naive, timeZone);
  let utc = naive - first;
  const second = offsetMs(utc, timeZone);
  if (second !== first) utc = naive - second;
  return new Date(utc);
}

/** Start of the local day, as an instant. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return localToUtc(date, '00:00', timeZone);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function weekdayName(date: LocalDate): (typeof WEEKDAY_NAMES)[number] {
  return WEEKDAY_NAMES[isoWeekday(date) - 1] ?? 'MONDAY';
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
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
