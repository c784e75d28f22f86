/**
 * Time helpers for the Doctena simulator. Doctena answers in the practice's wall-clock time with a
 * numeric offset (`2026-11-24T09:15:00+01:00`), so every instant is rendered in Europe/Berlin with
 * the offset that zone had at that instant, DST included. Intl only; no date library.
 */

export const PRACTICE_TIME_ZONE = 'Europe/Berlin';

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface WallTime extends CalendarDate {
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
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

/** The wall-clock reading in `timeZone` at `instant` (milliseconds dropped). */
export function wallTime(instant: Date, timeZone = PRACTICE_TIME_ZONE): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function wallAsUtcMs(w: WallTime): number {
  const d = new Date(0);
  // setUTCFullYear keeps years < 100 literal, unlike Date.UTC.
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Berlin: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone = PRACTICE_TIME_ZONE): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallAsUtcMs(wallTime(instant, timeZone)) - whole) / 60_000);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `2026-11-24T09:15:00+01:00`: the instant in the practice's zone, whole seconds. */
export function formatInstant(instant: Date, timeZone = PRACTICE_TIME_ZONE): string {
  const w = wallTime(instant, timeZone);
  const off = offsetMinutes(instant, timeZone);
  const sign = off < 0 ? '-' : '+';
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`
  );
}

/**
 * The instant a wall-clock reading in `timeZone` denotes. In the spring-forward gap the reading is
 * taken with the offset before the change (02:30 becomes 03:30 summer time), like most libraries.
 */
export function zonedToInstant(w: WallTime, timeZone = PRACTICE_TIME_ZONE): Date {
  const asUtc = wallAsUtcMs(w);
  const firstGuess = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  const offset = offsetMinutes(new Date(firstGuess), timeZone);
  return new Date(asUtc - offset * 60_000);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Calendar arithmetic on dates, independent of any zone. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, the numbering Doctena's `weekdays` use. */
export function weekday(date: CalendarDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return d.getUTCDay();
}

/** Monday of the ISO week containing `date`. */
export function isoWeekMonday(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

/**
 * Parses an ISO 8601 time. A time without offset (or a bare date) is read as practice wall time.
 * A space where the offset sign should be is read as `+`: the spec's own curl examples send
 * `+01:00` unencoded, which form and query decoding turn into a space.
 */
export function parseInstant(text: string, timeZone = PRACTICE_TIME_ZONE): Date | undefined {
  const repaired = text
    .trim()
    .replace(/(T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?) (\d{2}:?\d{2})$/, '$1+$2');
  const m = ISO_PATTERN.exec(repaired);
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zulu, sign, oh = '0', om = '0'] = m;
  const w: WallTime = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
  };
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.day > daysInMonth(w.year, w.month)) {
    return undefined;
  }
  if (w.hour > 23 || w.minute > 59 || w.second > 59 || Number(oh) > 23 || Number(om) > 59) {
    return undefined;
  }
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  if (!zulu && !sign) return new Date(zonedToInstant(w, timeZone).getTime() + ms);
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return new Date(wallAsUtcMs(w) + ms - offset * 60_000);
}
