/**
 * Pure calendar and time-zone helpers shared by the main process and the renderer. Intl only: no
 * date library, and nothing here reads the machine's own zone, so results never depend on where
 * Frontdesk runs.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

export interface LocalParts extends LocalDateTime {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export type InstantInput = Date | string | number;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what we want: a typo must not silently
    // become UTC.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function toMs(instant: InstantInput): number {
  const ms = instant instanceof Date ? instant.getTime() : new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  return ms;
}

/** Days since 1970-01-01 for a calendar date; the proleptic Gregorian calendar, no zone. */
function epochDay(date: LocalDate): number {
  const d = new Date(0);
  // setUTCFullYear keeps years < 100 literal, unlike Date.UTC.
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.floor(d.getTime() / DAY_MS);
}

function fromEpochDay(day: number): LocalDate {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The wall time read as if it were UTC; the difference to the real instant is the offset. */
function wallAsUtcMs(w: LocalDateTime): number {
  return epochDay(w) * DAY_MS + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
}

/** Wall-clock parts of `instant` in `timeZone` (milliseconds dropped). */
export function instantToLocal(instant: InstantInput, timeZone: string): LocalParts {
  const ms = toMs(instant);
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const local: LocalDateTime = {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    // Some engines still print midnight as 24 even with h23.
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
  return { ...local, weekday: isoWeekday(local) };
}

/** The zone's offset from UTC at `instant`, in milliseconds (Berlin in winter: 3_600_000). */
export function zoneOffsetMs(instant: InstantInput, timeZone: string): number {
  const ms = toMs(instant);
  const floored = ms - (((ms % 1000) + 1000) % 1000);
  return wallAsUtcMs(instantToLocal(floored, timeZone)) - floored;
}

function sameWall(a: LocalDateTime, b: LocalDateTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

/**
 * The exact instant a wall-clock time in `timeZone` denotes. When the clocks go back and the time
 * happens twice, the earlier instant wins (the first 02:30); when the clocks go forward and the
 * time never happens, it is pushed forward by the length of the gap (02:30 becomes 03:30), which is
 * what a person setting a clock by hand would get.
 */
export function localToInstant(local: LocalDateTime, timeZone: string): Date {
  const wall = wallAsUtcMs(local);
  // Real zones never change offset twice within two days, so the offsets a day either side are
  // the only candidates.
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].sort((a, b) => a - b);
  for (const candidate of candidates) {
    if (sameWall(instantToLocal(candidate, timeZone), local)) return new Date(candidate);
  }
  // A gap: read the wall time with the offset in force before the jump.
  return new Date(wall - before);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((epochDay(date) + 3) % 7) + 7) % 7) + 1;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return epochDay(b) - epochDay(a);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return epochDay(a) - epochDay(b);
}

/** The Monday of the ISO week `date` falls in. */
export function isoWeekStartDate(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** Midnight starting the local day, as an instant (or the first moment after it, in a gap). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return localToInstant({ ...date, hour: 0, minute: 0, second: 0 }, timeZone);
}

/**
 * The ISO week `instant` falls in, as seen in `timeZone`: its Monday, and the exact instants of
 * Monday 00:00 and of the following Monday 00:00 (so a DST week is 167 or 169 hours long).
 */
export function isoWeekInZone(
  instant: InstantInput,
  timeZone: string,
): { monday: LocalDate; start: Date; end: Date } {
  const monday = isoWeekStartDate(instantToLocal(instant, timeZone));
  return {
    monday,
    start: startOfLocalDay(monday, timeZone),
    end: startOfLocalDay(addDays(monday, 7), timeZone),
  };
}

/** Moves `instant` by whole local days, keeping its wall-clock time across DST changes. */
export function addDaysInZone(instant: InstantInput, days: number, timeZone: string): Date {
  const local = instantToLocal(instant, timeZone);
  return localToInstant({ ...local, ...addDays(local, days) }, timeZone);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `2026-03-29` */
export function formatLocalDate(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Reads `2026-03-29`; undefined when the text is not a real calendar date. */
export function parseLocalDate(text: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const round = fromEpochDay(epochDay(date));
  const real = round.year === date.year && round.month === date.month && round.day === date.day;
  return real ? date : undefined;
}

/** Reads `08:00`, `8:00` or `08:00:30`; undefined when out of range. */
export function parseLocalTime(
  text: string,
): { hour: number; minute: number; second: number } | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = Number(m[3] ?? 0);
  // 24:00 is how some vendors write the end of the day.
  if (hour === 24 && minute === 0 && second === 0) return { hour, minute, second };
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { hour, minute, second };
}

/** Reads a zone-less `2026-03-06T08:00:00` (or with a space); undefined when malformed. */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return undefined;
  const date = parseLocalDate(m[1]);
  const time = parseLocalTime(m[2]);
  if (!date || !time) return undefined;
  return { ...date, ...time };
}

/**
 * A local date plus a local time of day, as an instant. `24:00` means midnight ending the day.
 */
export function localDateTimeToInstant(
  date: LocalDate,
  time: { hour: number; minute: number; second?: number },
  timeZone: string,
): Date {
  if (time.hour === 24) return startOfLocalDay(addDays(date, 1), timeZone);
  return localToInstant(
    { ...date, hour: time.hour, minute: time.minute, second: time.second ?? 0 },
    timeZone,
  );
}

/** True when the text carries its own offset (`Z`, `+01:00`, `+0100`), so it is already exact. */
export function hasOffset(text: string): boolean {
  return /(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(text.trim()) && /\d[T ]\d/.test(text);
}

/** An instant as `2026-03-06T09:00:00Z` (milliseconds only when there are any). */
export function formatInstant(instant: InstantInput): string {
  const iso = new Date(toMs(instant)).toISOString();
  return iso.endsWith('.000Z') ? iso.slice(0, -5) + 'Z' : iso;
}
