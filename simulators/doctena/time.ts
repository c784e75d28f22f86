import {
  formatLocalDate,
  instantToLocal,
  parseLocalDate,
  zoneOffsetMs,
  type LocalDateTime,
} from '../../shared/time';
import { wallTimeToInstant } from '../docfav/tz';

/**
 * Time helpers for the Doctena simulator, over the project's time-zone code in `shared/time.ts`.
 * Doctena answers in the practice's wall-clock time with a numeric offset
 * (`2026-11-24T09:15:00+01:00`), so every instant is rendered in Europe/Berlin with the offset that
 * zone had at that instant, DST included.
 */

export const PRACTICE_TIME_ZONE = 'Europe/Berlin';

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** `2026-11-24T09:15:00+01:00`: the instant in the practice's zone, whole seconds. */
export function formatInstant(instant: Date, timeZone = PRACTICE_TIME_ZONE): string {
  const w = instantToLocal(instant, timeZone);
  const off = Math.round(zoneOffsetMs(instant, timeZone) / 60_000);
  const sign = off < 0 ? '-' : '+';
  return (
    `${formatLocalDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`
  );
}

/**
 * The instant a wall-clock reading in the practice's zone denotes. In the spring-forward gap the
 * reading is pushed past the gap (02:30 becomes 03:30 summer time); a reading the clocks pass twice
 * is the second, standard-time one.
 */
export function zonedToInstant(w: LocalDateTime, timeZone = PRACTICE_TIME_ZONE): Date {
  return wallTimeToInstant(w, timeZone);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_PATTERN =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

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
  const date = m?.[1] === undefined ? undefined : parseLocalDate(m[1]);
  if (!m || !date) return undefined;
  const [, , h = '0', mi = '0', s = '0', frac = '', zulu, sign, oh = '0', om = '0'] = m;
  const w: LocalDateTime = { ...date, hour: Number(h), minute: Number(mi), second: Number(s) };
  if (w.hour > 23 || w.minute > 59 || w.second > 59 || Number(oh) > 23 || Number(om) > 59) {
    return undefined;
  }
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  if (!zulu && !sign) return new Date(zonedToInstant(w, timeZone).getTime() + ms);
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const asUtc = Date.parse(`${m[1]}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}Z`);
  return new Date(asUtc + ms - offset * 60_000);
}
