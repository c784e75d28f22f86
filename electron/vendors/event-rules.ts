import type { EventStatus } from '../../shared/domain';
import { formatInstant, hasOffset, instantToLocal, startOfLocalDay } from '../../shared/time';

/** Small rules both vendors' mappers share. */

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** A wire instant as the domain writes it (UTC, `Z`), or null when unreadable or zone-less. */
export function toInstant(text: string | null | undefined): string | null {
  if (!text) return null;
  // Docfav already sends the canonical form; skipping the round trip halves a large sync's work.
  if (CANONICAL_UTC.test(text)) return text;
  if (!hasOffset(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : formatInstant(ms);
}

/** Statuses a patient may still turn up for. */
export function isLive(status: EventStatus): boolean {
  return status === 'waiting' || status === 'confirmed' || status === 'rescheduled';
}

/** True when the event starts today or later, "today" being the practice's local day. */
export function isTodayOrLater(start: string, now: number, timeZone: string): boolean {
  return Date.parse(start) >= startOfTodayMs(now, timeZone);
}

// Mapping a large sync asks this for every event with the same `now`: Intl is slow enough to
// dominate the mapping, so the local midnight is remembered per zone and minute.
const todayCache = new Map<string, number>();
function startOfTodayMs(now: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(now / 60_000)}`;
  let start = todayCache.get(key);
  if (start === undefined) {
    if (todayCache.size > 64) todayCache.clear();
    start = startOfLocalDay(instantToLocal(now, timeZone), timeZone).getTime();
    todayCache.set(key, start);
  }
  return start;
}

export function hasStarted(start: string, now: number): boolean {
  return Date.parse(start) <= now;
}

export function nowMs(now: Date | number): number {
  return now instanceof Date ? now.getTime() : now;
}
