import type { EventStatus } from '../../shared/domain';
import { compareDates, formatInstant, hasOffset, instantToLocal } from '../../shared/time';

/** Small rules both vendors' mappers share. */

/** A wire instant as the domain writes it (UTC, `Z`), or null when unreadable or zone-less. */
export function toInstant(text: string | null | undefined): string | null {
  if (!text || !hasOffset(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : formatInstant(ms);
}

/** Statuses a patient may still turn up for. */
export function isLive(status: EventStatus): boolean {
  return status === 'waiting' || status === 'confirmed' || status === 'rescheduled';
}

/** True when the event starts today or later, "today" being the practice's local day. */
export function isTodayOrLater(start: string, now: number, timeZone: string): boolean {
  return compareDates(instantToLocal(start, timeZone), instantToLocal(now, timeZone)) >= 0;
}

export function hasStarted(start: string, now: number): boolean {
  return Date.parse(start) <= now;
}

export function nowMs(now: Date | number): number {
  return now instanceof Date ? now.getTime() : now;
}
