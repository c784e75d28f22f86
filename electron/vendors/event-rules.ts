import type { EventAction, EventStatus } from '../../shared/domain';
import { formatInstant, hasOffset, instantToLocal, startOfLocalDay } from '../../shared/time';

/** Small rules both vendors' mappers share. */

const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d[+-]\d{2}:\d{2}$/;

const slotTimes = new Map<string, string>();

/** A wire instant as the domain writes it (UTC, `Z`), or null when unreadable or zone-less. */
export function toInstant(text: string | null | undefined): string | null {
  if (!text) return null;
  // Docfav already sends the canonical form; skipping the round trip halves a large sync's work.
  if (text.length === 20 && CANONICAL_UTC.test(text)) return text;
  if (text.length === 25) {
    // Appointments start and end on the minute, on a practice's slots, so a sync sees the same
    // few hundred times over and over: each is converted once and the result shared. Update
    // stamps (any second) are nearly all different and are not kept. Only texts that passed
    // WITH_OFFSET are ever kept, so a hit needs no second look.
    const onTheMinute = text.charCodeAt(17) === 48 && text.charCodeAt(18) === 48; // "00"
    const known = onTheMinute ? slotTimes.get(text) : undefined;
    if (known !== undefined) return known;
    const sameDay = WITH_OFFSET.test(text) ? shiftSameDay(text) : null;
    if (sameDay !== null) {
      if (onTheMinute) {
        if (slotTimes.size >= 10_000) slotTimes.clear();
        slotTimes.set(text, sameDay);
      }
      return sameDay;
    }
  }
  if (!hasOffset(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : formatInstant(ms);
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const two = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);
const code = (text: string, at: number) => text.charCodeAt(at);

/**
 * `2026-11-23T09:30:00+01:00` → `2026-11-23T08:30:00Z` by moving the clock only, when the UTC
 * time falls on the same date (null otherwise, for Date to work out). Doctena sends every time
 * this way, and Date.parse plus toISOString made up most of mapping a large sync. Written out
 * character by character: joining slices made a chain of six strings per update stamp, all kept
 * alive by the event, and a large sync's garbage collection paid for every one of them.
 */
function shiftSameDay(text: string): string | null {
  const sign = text.charCodeAt(19) === 45 ? -1 : 1; // '-'
  const offset = sign * (two(text, 20) * 60 + two(text, 23));
  const minutes = two(text, 11) * 60 + two(text, 14) - offset;
  if (minutes < 0 || minutes >= 24 * 60) return null;
  const hours = Math.floor(minutes / 60);
  const mins = minutes % 60;
  const t = text;
  // prettier-ignore
  return String.fromCharCode(
    code(t, 0), code(t, 1), code(t, 2), code(t, 3), code(t, 4), code(t, 5), code(t, 6),
    code(t, 7), code(t, 8), code(t, 9), code(t, 10),
    48 + Math.floor(hours / 10), 48 + (hours % 10), 58, 48 + Math.floor(mins / 10), 48 + (mins % 10),
    58, code(t, 17), code(t, 18), 90, // ':', seconds, 'Z'
  );
}

/**
 * `compute` with its answers kept per text, at most `max` of them (then forgotten all at once).
 * For pure answers about the texts a sync repeats: a practice's slot times.
 */
export function memoByText<T>(compute: (text: string) => T, max = 10_000): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    const hit = kept.get(text);
    if (hit !== undefined || kept.has(text)) return hit as T;
    const value = compute(text);
    if (kept.size >= max) kept.clear();
    kept.set(text, value);
    return value;
  };
}

/**
 * `Date.parse` of a mapped start, remembered: starts are a practice's slots (a few hundred texts,
 * shared through `toInstant`), and parsing each event's again was a tenth of mapping a large sync.
 */
export const instantMs = memoByText(Date.parse);

/** Statuses a patient may still turn up for. */
export function isLive(status: EventStatus): boolean {
  return status === 'waiting' || status === 'confirmed' || status === 'rescheduled';
}

/** True when the event starts today or later, "today" being the practice's local day. */
export function isTodayOrLater(start: string | number, now: number, timeZone: string): boolean {
  return toMs(start) >= startOfTodayMs(now, timeZone);
}

// The mappers parse an event's start once and pass the number to every rule.
const toMs = (at: string | number) => (typeof at === 'number' ? at : Date.parse(at));

// Mapping a large sync asks this for every event with the same `now`: Intl is slow enough to
// dominate the mapping, so local midnights are remembered per zone and minute, and the last
// answer is checked first (one zone is the common case, and a key string per event adds up).
const todayCache = new Map<string, number>();
let last = { timeZone: '', minute: NaN, start: 0 };
function startOfTodayMs(now: number, timeZone: string): number {
  const minute = Math.floor(now / 60_000);
  if (last.minute === minute && last.timeZone === timeZone) return last.start;
  const key = `${timeZone}|${minute}`;
  let start = todayCache.get(key);
  if (start === undefined) {
    if (todayCache.size > 64) todayCache.clear();
    start = startOfLocalDay(instantToLocal(now, timeZone), timeZone).getTime();
    todayCache.set(key, start);
  }
  last = { timeZone, minute, start };
  return start;
}

export function hasStarted(start: string | number, now: number): boolean {
  return toMs(start) <= now;
}

export function nowMs(now: Date | number): number {
  return now instanceof Date ? now.getTime() : now;
}

/**
 * Maps each record into `out`, skipping those that map to nothing. A plain loop: a sync of tens
 * of thousands of records paid for flatMap's wrapping and for spreading the lists together.
 */
export function mapInto<T, R>(out: R[], list: readonly T[], map: (item: T) => R | undefined): R[] {
  for (const item of list) {
    const mapped = map(item);
    if (mapped !== undefined) out.push(mapped);
  }
  return out;
}

const ACTION_ORDER: readonly EventAction[] = ['confirm', 'cancel', 'no-show', 'move', 'delete'];
const actionLists: (EventAction[] | undefined)[] = [];

/**
 * The actions whose flag is set, always in the same order. There are only a handful of
 * combinations, so each list is made once and shared by every event that has it (a large sync
 * made a new array per event); they are frozen, so that a stray push throws instead of changing
 * every event at once. The flags are read by name, each in its place: a loop over the names
 * was a lookup by computed key, five per event.
 */
export function actionList(flags: Partial<Record<EventAction, boolean>>): EventAction[] {
  const mask =
    (flags.confirm ? 1 : 0) |
    (flags.cancel ? 2 : 0) |
    (flags['no-show'] ? 4 : 0) |
    (flags.move ? 8 : 0) |
    (flags.delete ? 16 : 0);
  let list = actionLists[mask];
  if (!list) {
    list = Object.freeze(ACTION_ORDER.filter((_, i) => mask & (1 << i))) as EventAction[];
    actionLists[mask] = list;
  }
  return list;
}
