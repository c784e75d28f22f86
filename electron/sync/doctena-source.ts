import type { AvailabilityWindow, CalendarEvent, CalendarInfo } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { parseRRule, expandRRule } from '../../shared/rrule';
import { formatInstant, instantToLocal } from '../../shared/time';
import type { Logger } from '../log';
import type { DoctenaClient } from '../vendors/doctena/client';
import { discoverDoctena } from '../vendors/doctena/discover';
import { mapDoctenaBlocking, mapDoctenaBooking } from '../vendors/doctena/map';
import type { DoctenaBlocking, DoctenaBooking, DoctenaTimeblock } from '../vendors/doctena/schemas';
import { unreadableIn } from '../vendors/wire';
import { unreadableKeys, type SourceHealth } from './health';
import {
  overlaps,
  splitEventId,
  type ReloadTarget,
  type SyncOutcome,
  type SyncSource,
  type TimeRange,
} from './source';
import { expandTimeblocks } from './timeblocks';

/** Fetches overlap the previous one by this much, so a server clock ahead of ours loses nothing. */
export const CURSOR_OVERLAP_MS = 2 * 60_000;
/**
 * Doctena reports no deleted blockings, so an incremental fetch never sees a deletion. Every Nth
 * sync fetches all blockings again and replaces the set, and re-reads the opening hours
 * (timeblocks), which change rarely; in between a refresh costs two requests per calendar.
 */
export const FULL_SYNC_EVERY = 10;
const EPOCH = '1970-01-01T00:00:00Z';
/** How far ahead a recurring blocking's first occurrence is looked for. */
const FIRST_OCCURRENCE_WITHIN_MS = 400 * 86_400_000;

interface CalendarState {
  info: CalendarInfo;
  bookingsCursor: string | null;
  blockingsCursor: string | null;
  timeblocksCursor: string | null;
  bookings: Map<string, DoctenaBooking>;
  blockings: Map<string, DoctenaBlocking>;
  timeblocks: Map<string, DoctenaTimeblock>;
  /** Per list, the records Doctena sent that could not be read: left out, counted. */
  unreadable: { bookings: Set<string>; blockings: Set<string>; timeblocks: Set<string> };
  /** The last read of the opening hours failed; they are read again on the next sync. */
  hoursFailed: boolean;
}

export interface DoctenaSourceOptions {
  accountId: string;
  label: string;
  client: DoctenaClient;
  /** The practice's zone: Doctena states none, and its timeblocks are wall-clock times in it. */
  timeZone: string;
  now: () => Date;
  logger: Logger;
}

/**
 * Doctena: one full first sync, then incremental fetches with `updated` from a stored cursor per
 * calendar. Bookings are kept by id, so a cancellation updates the booking in place.
 */
export function createDoctenaSource(
  options: DoctenaSourceOptions,
): SyncSource & { health(): SourceHealth } {
  const { accountId, client, timeZone, now, logger } = options;
  const calendars = new Map<string, CalendarState>();
  let discovered = false;
  let unreadableCalendars = 0;
  /** Blockings whose times could not be turned into occurrences (ids). */
  const unconvertible = new Set<string>();
  let syncs = 0;
  let lastSyncAt = 0;

  const context = (calendarId: string) => ({ accountId, calendarId, now: now(), timeZone });

  async function discover() {
    const infos = await discoverDoctena(client, accountId);
    unreadableCalendars = unreadableKeys(unreadableIn(infos)).size;
    for (const info of infos) {
      if (calendars.has(info.id)) continue;
      calendars.set(info.id, {
        info: { ...info, timezone: timeZone },
        bookingsCursor: null,
        blockingsCursor: null,
        timeblocksCursor: null,
        bookings: new Map(),
        blockings: new Map(),
        timeblocks: new Map(),
        unreadable: { bookings: new Set(), blockings: new Set(), timeblocks: new Set() },
        hoursFailed: false,
      });
    }
    discovered = true;
  }

  async function syncCalendar(state: CalendarState, full: boolean): Promise<SyncOutcome> {
    const calendarId = state.info.id;
    const startedAt = now().getTime();
    const cursor = formatInstant(startedAt - CURSOR_OVERLAP_MS);
    const readTimeblocks = full || state.timeblocksCursor === null || state.hoursFailed;
    const allBlockings = full || state.blockingsCursor === null;
    const [bookings, blockings, timeblocks] = await Promise.all([
      client.listBookings({ calendarId, updated: state.bookingsCursor ?? EPOCH }),
      client.listBlockings({
        calendarId,
        updated: allBlockings ? EPOCH : (state.blockingsCursor ?? EPOCH),
      }),
      readTimeblocks ? readHours(state) : Promise.resolve(null),
    ]);

    const firstSync = state.bookingsCursor === null;
    trackUnreadable(state.unreadable.bookings, bookings, firstSync);
    trackUnreadable(state.unreadable.blockings, blockings, allBlockings);
    if (timeblocks) {
      trackUnreadable(state.unreadable.timeblocks, timeblocks, !state.timeblocksCursor);
    }
    let changed = 0;
    const newBookings: CalendarEvent[] = [];
    for (const booking of bookings) {
      const previous = state.bookings.get(booking._id);
      if (previous && previous.updated_at === booking.updated_at) continue;
      changed += 1;
      state.bookings.set(booking._id, booking);
      if (!previous && !firstSync) {
        const event = mapDoctenaBooking(booking, context(calendarId));
        if (event) newBookings.push(event);
      }
    }

    if (full) {
      const ids = new Set(blockings.map((b) => b._id));
      for (const id of state.blockings.keys()) {
        if (!ids.has(id)) {
          state.blockings.delete(id);
          changed += 1;
        }
      }
    }
    for (const blocking of blockings) {
      const previous = state.blockings.get(blocking._id);
      if (previous && previous.updated_at === blocking.updated_at) continue;
      changed += 1;
      state.blockings.set(blocking._id, blocking);
    }

    for (const block of timeblocks ?? []) {
      const id =
        block._id ?? `${block.begins_at}-${block.ends_at}-${(block.weekdays ?? []).join()}`;
      if (block.status?.toUpperCase() === 'DELETED') {
        if (state.timeblocks.delete(id)) changed += 1;
      } else {
        state.timeblocks.set(id, block);
      }
    }

    state.bookingsCursor = cursor;
    state.blockingsCursor = cursor;
    if (timeblocks) state.timeblocksCursor = cursor;
    return { changed, newBookings };
  }

  /**
   * The opening hours, or null when they could not be read: they are an extra drawn behind the
   * bookings, so their failure is reported as a warning and never fails the account.
   */
  async function readHours(state: CalendarState): Promise<DoctenaTimeblock[] | null> {
    try {
      const blocks = await client.listTimeblocks({
        calendarId: state.info.id,
        ...(state.timeblocksCursor ? { updated: state.timeblocksCursor } : {}),
        showDeleted: true,
      });
      state.hoursFailed = false;
      return blocks;
    } catch (err) {
      // A refused id is our own bug, and anything else thrown is not a platform's answer.
      if (!(err instanceof AppError) || err.code === 'invalid-input') throw err;
      logger.warn('doctena working hours unavailable', {
        account: accountId,
        calendar: state.info.id,
        code: err.code,
      });
      state.hoursFailed = true;
      return null;
    }
  }

  /**
   * A blocking's occurrences in the range. One whose times cannot be expanded is left out and
   * counted, so that it cannot take the whole week down with it.
   */
  function occurrencesOf(
    blocking: DoctenaBlocking,
    ctx: ReturnType<typeof context>,
    range: TimeRange,
  ): CalendarEvent[] {
    try {
      const event = mapDoctenaBlocking(blocking, ctx);
      const occurrences = event ? blockingOccurrences(event, timeZone, range) : [];
      unconvertible.delete(blocking._id);
      return occurrences;
    } catch {
      if (!unconvertible.has(blocking._id)) {
        logger.warn('doctena blocking unreadable, left out', {
          account: accountId,
          calendar: ctx.calendarId,
          id: blocking._id,
        });
      }
      unconvertible.add(blocking._id);
      return [];
    }
  }

  /** The booking as Doctena has it now; null when it no longer exists. */
  async function readBooking(calendarId: string, id: string): Promise<DoctenaBooking | null> {
    try {
      return await client.getBooking(calendarId, id);
    } catch (err) {
      const gone =
        err instanceof AppError && err.code === 'not-found' && err.details?.notFound !== 'calendar';
      if (gone) return null;
      throw err;
    }
  }

  return {
    accountId,
    vendor: 'doctena',
    label: options.label,
    calendars: () => [...calendars.values()].map((c) => c.info),
    isFresh: (_range, freshMs) => discovered && now().getTime() - lastSyncAt < freshMs,

    async sync() {
      if (!discovered) await discover();
      syncs += 1;
      const full = syncs % FULL_SYNC_EVERY === 0;
      let changed = 0;
      const newBookings: CalendarEvent[] = [];
      // One calendar after another: a practice has a handful, and it keeps us gentle on the API.
      for (const state of calendars.values()) {
        const outcome = await syncCalendar(state, full);
        changed += outcome.changed;
        newBookings.push(...outcome.newBookings);
      }
      lastSyncAt = now().getTime();
      logger.debug('doctena sync done', { calendars: calendars.size, changed });
      return { changed, newBookings };
    },

    eventsIn(range: TimeRange) {
      const out: CalendarEvent[] = [];
      for (const state of calendars.values()) {
        const ctx = context(state.info.id);
        for (const booking of state.bookings.values()) {
          // Filter on the raw times first: mapping every booking ever synced would be wasted.
          if (!overlaps(booking.starts, booking.ends, range)) continue;
          const event = mapDoctenaBooking(booking, ctx);
          if (event && overlaps(event.start, event.end, range)) out.push(event);
        }
        for (const blocking of state.blockings.values())
          out.push(...occurrencesOf(blocking, ctx, range));
      }
      return out;
    },

    /**
     * The first sync asks for every booking updated since 1970, and later ones add what changed:
     * so the bookings of any past or future week are already here, whatever week is on screen.
     */
    history(range: TimeRange) {
      const out: CalendarEvent[] = [];
      for (const state of calendars.values()) {
        const ctx = context(state.info.id);
        for (const booking of state.bookings.values()) {
          if (!overlaps(booking.starts, booking.ends, range)) continue;
          const event = mapDoctenaBooking(booking, ctx);
          if (event) out.push(event);
        }
      }
      return out;
    },

    availabilityIn(range: TimeRange): AvailabilityWindow[] {
      return [...calendars.values()].flatMap((state) =>
        expandTimeblocks([...state.timeblocks.values()], {
          accountId,
          calendarId: state.info.id,
          timeZone,
          ...range,
        }),
      );
    },

    minPollIntervalMs: () => undefined,

    health() {
      const states = [...calendars.values()];
      let unreadable = unreadableCalendars;
      for (const id of unconvertible) {
        if (states.some((state) => state.blockings.has(id))) unreadable += 1;
      }
      let hoursMissing = false;
      for (const state of states) {
        const { bookings, blockings, timeblocks } = state.unreadable;
        unreadable += bookings.size + blockings.size + timeblocks.size;
        // Hours read before and failing now are still drawn: only missing ones are reported.
        if (state.hoursFailed && state.timeblocksCursor === null) hoursMissing = true;
      }
      return { unreadable, warnings: hoursMissing ? ['working-hours-unavailable'] : [] };
    },

    event(id) {
      const parsed = splitEventId(id, 'doctena', accountId);
      if (!parsed) return undefined;
      if (parsed.kind === 'doctena-booking') {
        for (const state of calendars.values()) {
          const booking = state.bookings.get(parsed.vendorId);
          if (booking) return mapDoctenaBooking(booking, context(state.info.id));
        }
        return undefined;
      }
      if (parsed.kind !== 'doctena-blocking') return undefined;
      const at = parsed.vendorId.indexOf('@');
      const seriesId = at < 0 ? parsed.vendorId : parsed.vendorId.slice(0, at);
      for (const state of calendars.values()) {
        const blocking = state.blockings.get(seriesId);
        if (!blocking) continue;
        const event = mapDoctenaBlocking(blocking, context(state.info.id));
        return event && blockingEventById(event, id, timeZone);
      }
      return undefined;
    },

    forget(id: string) {
      const vendorId = id.split('@')[0]?.split(':').pop() ?? '';
      for (const state of calendars.values()) state.blockings.delete(vendorId);
    },

    async reload(target: ReloadTarget) {
      const state = calendars.get(target.calendarId);
      if (!state) return 0;
      if (target.kind === 'doctena-blocking') {
        // Doctena has no single-blocking read and reports no deletions: read the calendar's set.
        const blockings = await client.listBlockings({ calendarId: state.info.id, updated: EPOCH });
        trackUnreadable(state.unreadable.blockings, blockings, true);
        const next = new Map(blockings.map((b) => [b._id, b]));
        const changed = countChanges(state.blockings, next);
        state.blockings = next;
        return changed;
      }
      if (target.kind !== 'doctena-booking') return 0;
      let changed = 0;
      for (const id of target.vendorIds) {
        // Kept whatever its updated_at: two writes within one second carry the same stamp.
        const booking = await readBooking(state.info.id, id);
        if (booking) state.bookings.set(id, booking);
        else state.bookings.delete(id);
        changed += 1;
      }
      return changed;
    },
  };
}

/** The event a blocking id names: the occurrence it points at, or a series' first occurrence. */
export function blockingEventById(
  series: CalendarEvent,
  id: string,
  timeZone: string,
): CalendarEvent | undefined {
  if (!series.recurrence) return series.id === id ? series : undefined;
  const start = Date.parse(series.start);
  const at = id.indexOf('@', series.id.length);
  const from = at < 0 ? start : Date.parse(id.slice(at + 1));
  if (Number.isNaN(from)) return undefined;
  const window = {
    from: new Date(from),
    to: new Date(from + (at < 0 ? FIRST_OCCURRENCE_WITHIN_MS : 1)),
  };
  const occurrences = blockingOccurrences(series, timeZone, window);
  return at < 0 ? occurrences[0] : occurrences.find((o) => o.id === id);
}

/**
 * A recurring blocking becomes one event per occurrence in the range. Per the spec, `ends` of a
 * recurring blocking carries the series' end date; only its time of day gives the duration.
 */
export function blockingOccurrences(
  event: CalendarEvent,
  timeZone: string,
  range: TimeRange,
): CalendarEvent[] {
  if (!event.recurrence) return overlaps(event.start, event.end, range) ? [event] : [];
  const rule = parseRRule(event.recurrence);
  const start = new Date(event.start);
  const durationMs = timeOfDayDuration(start, new Date(event.end), timeZone);
  if (!rule)
    return overlaps(event.start, formatInstant(start.getTime() + durationMs), range)
      ? [{ ...event, end: formatInstant(start.getTime() + durationMs) }]
      : [];
  return expandRRule({ rule, dtstart: start, durationMs, timeZone, ...range }).map((o) => ({
    ...event,
    id: `${event.id}@${formatInstant(o.start)}`,
    start: formatInstant(o.start),
    end: formatInstant(o.end),
    // One occurrence cannot be moved alone: the series is edited through its dialog.
    actions: event.actions.filter((a) => a !== 'move'),
  }));
}

/** Wall-clock length from the start's time of day to the end's, in the practice's zone. */
function timeOfDayDuration(start: Date, end: Date, timeZone: string): number {
  const seconds = (d: Date) => {
    const local = instantToLocal(d, timeZone);
    return local.hour * 3600 + local.minute * 60 + local.second;
  };
  const diff = (seconds(end) - seconds(start) + 86_400) % 86_400;
  return (diff === 0 ? 86_400 : diff) * 1000;
}

/** Records added, removed or re-stamped between two sets of the same calendar. */
function countChanges(before: Map<string, DoctenaBlocking>, after: Map<string, DoctenaBlocking>) {
  let changed = 0;
  for (const [id, record] of after)
    if (before.get(id)?.updated_at !== record.updated_at) changed += 1;
  for (const id of before.keys()) if (!after.has(id)) changed += 1;
  return changed;
}

/**
 * Keeps the left-out records of one list in step with an answer: a full answer replaces them, an
 * incremental one adds its own and clears those that came back readable. A record without a
 * readable id is known by its position, which a later incremental answer may count again until
 * the next full read.
 */
function trackUnreadable(
  known: Set<string>,
  answer: readonly { _id?: string | null }[],
  full: boolean,
): void {
  if (full) known.clear();
  for (const record of answer) if (record._id) known.delete(record._id);
  for (const item of unreadableIn(answer)) known.add(item.id ?? `#${item.index}`);
}
