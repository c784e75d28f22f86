import type { AvailabilityWindow, CalendarEvent, CalendarInfo } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { addDays, formatLocalDate, isoWeekInZone, type LocalDate } from '../../shared/time';
import type { AccountRuntime } from '../accounts/sources';
import { discoverDocfav } from '../vendors/docfav/discover';
import {
  DOCFAV_DEFAULT_TIME_ZONE,
  mapDocfavAvailability,
  mapDocfavSchedules,
  type DocfavMapContext,
} from '../vendors/docfav/map';
import { fetchDocfavAvailability } from '../vendors/docfav/range';
import { busyIntervals, type BusyEvent } from './busy';
import { overlaps, type Interval } from './intervals';
import type { MirrorKind } from './marker';

export type DocfavRuntime = Extract<AccountRuntime, { vendor: 'docfav' }>;

export interface DocfavBusyOptions {
  now: () => Date;
  /** How long a week read by the guard itself is used again before it is read anew. */
  cacheMs: number;
  /** How old the sync engine's copy of a week may be and still be used. */
  freshMs: () => number;
}

interface Week {
  monday: LocalDate;
  start: Date;
  end: Date;
}

interface Cached<T> {
  value: T;
  fetchedAt: number;
  /** From `mark()`, taken as the read began: later than a mark means read after it. */
  seq: number;
}

/** How much of what was read before may be used for one calendar. */
export interface ReadPolicy {
  mirrorReservations: boolean;
  /** Anything read after this mark (this run) is used again, whatever `cacheMs` is. */
  runSince: number;
  /** A week counts as fresh when the guard read it from Docfav after this mark. */
  freshSince: number;
  /** Weeks overlapping these are read from Docfav unless they are fresh already. */
  refetch: readonly Interval[];
}

export interface SourceBusy {
  byKind: Record<MirrorKind, Interval[]>;
  /** Every clinic-week read, and whether it is fresh in the sense of `ReadPolicy.freshSince`. */
  weeks: { span: Interval; fresh: boolean }[];
}

const DISCOVERY_TTL_MS = 60 * 60_000;

/**
 * When a Docfav practitioner is busy, week by week. Docfav's hourly request budget is shared with
 * polling (and with every PC using the same key), so a clinic-week is asked for at most once per
 * `cacheMs` and weeks the sync engine has just read are taken from it — unless the guard is about
 * to write in that week: then the week is read from Docfav again (`refetch`), because a copy a
 * few minutes old would have this PC remove a mirror that another PC has just made. Only times,
 * kinds and statuses are kept here: never a patient's name or a note.
 */
export class DocfavBusyReader {
  private readonly weeks = new Map<string, Cached<BusyEvent[]>>();
  private readonly schedules = new Map<string, Cached<AvailabilityWindow[]>>();
  private readonly discoveries = new Map<string, Omit<Cached<CalendarInfo[]>, 'seq'>>();
  private seq = 0;

  constructor(private readonly options: DocfavBusyOptions) {}

  /** A point in the order of reads: a read that begins later counts as newer. */
  mark(): number {
    this.seq += 1;
    return this.seq;
  }

  /** Drops what is too old to be used again. */
  prune(): void {
    const now = this.nowMs();
    for (const map of [this.weeks, this.schedules] as Map<string, Cached<unknown>>[]) {
      for (const [key, entry] of map) {
        if (now - entry.fetchedAt >= this.options.cacheMs) map.delete(key);
      }
    }
  }

  /** The busy intervals of one staff calendar over `window`, per kind. */
  async busy(
    runtime: DocfavRuntime,
    calendarId: string,
    window: Interval,
    policy: ReadPolicy,
  ): Promise<SourceBusy> {
    const { calendars, synced } = await this.calendars(runtime, calendarId);
    const calendar = calendars.find((c) => c.id === calendarId);
    if (!calendar?.clinicId) {
      throw new AppError('not-found', {
        vendor: 'docfav',
        calendarId,
        reason: 'pair-calendar-gone',
      });
    }
    const zone = calendar.timezone ?? DOCFAV_DEFAULT_TIME_ZONE;
    const context: DocfavMapContext = {
      accountId: runtime.account.id,
      now: this.options.now(),
      timeZones: Object.fromEntries(calendars.map((c) => [c.id, c.timezone])),
      defaultTimeZone: zone,
    };
    const { mirrorReservations } = policy;
    const events: BusyEvent[] = [];
    const windows: AvailabilityWindow[] = [];
    const weeks: SourceBusy['weeks'] = [];
    const { clinicId, locationId } = calendar;
    const accountId = runtime.account.id;
    for (const week of weeksOver(window, zone)) {
      const range = { from: week.start, to: week.end };
      const span = { start: week.start.getTime(), end: week.end.getTime() };
      const refetch = policy.refetch.some((i) => overlaps(i, span));
      if (!refetch && synced && runtime.source.isFresh(range, this.options.freshMs())) {
        events.push(...runtime.source.eventsIn(range).map(slim));
        if (mirrorReservations) windows.push(...runtime.source.availabilityIn(range));
        // The engine's copy may be as old as a poll interval: never enough to write on.
        weeks.push({ span, fresh: false });
        continue;
      }
      const monday = formatLocalDate(week.monday);
      const use = (entry: Cached<unknown> | undefined) =>
        entry !== undefined &&
        (refetch
          ? entry.seq > policy.freshSince
          : entry.seq > policy.runSince || this.nowMs() - entry.fetchedAt < this.options.cacheMs);
      const read = await this.cached(this.weeks, `${accountId}|${clinicId}|${monday}`, use, () =>
        fetchDocfavAvailability(runtime.client, {
          clinicId,
          start: week.start,
          end: week.end,
          timeZone: zone,
        }).then((data) => mapDocfavAvailability(data, context).map(slim)),
      );
      events.push(...read.value);
      let fresh = read.seq > policy.freshSince;
      if (mirrorReservations && locationId) {
        const schedule = await this.cached(
          this.schedules,
          `${accountId}|${locationId}|${monday}`,
          use,
          async () => {
            const list = await runtime.client.schedules(clinicId, locationId, {
              startDate: monday,
              endDate: formatLocalDate(addDays(week.monday, 6)),
            });
            return mapDocfavSchedules(list, context);
          },
        );
        windows.push(...schedule.value);
        fresh &&= schedule.seq > policy.freshSince;
      }
      weeks.push({ span, fresh });
    }
    const byKind = busyIntervals({ events, windows, calendarId, mirrorReservations });
    return { byKind, weeks };
  }

  /** The entry `use` accepts, or one read anew. */
  private async cached<T>(
    map: Map<string, Cached<T>>,
    key: string,
    use: (entry: Cached<T> | undefined) => boolean,
    read: () => Promise<T>,
  ): Promise<Cached<T>> {
    const entry = map.get(key);
    if (entry && use(entry)) return entry;
    const seq = this.mark();
    const value = await read();
    const fresh = { value, fetchedAt: this.nowMs(), seq };
    map.set(key, fresh);
    return fresh;
  }

  private nowMs(): number {
    return this.options.now().getTime();
  }

  /**
   * The account's staff calendars: the sync engine's, or our own discovery before its first sync
   * or when the calendar's clinic is not one the engine syncs. `synced` says whether the engine's
   * copy of the calendar's weeks may be used.
   */
  private async calendars(
    runtime: DocfavRuntime,
    calendarId: string,
  ): Promise<{ calendars: CalendarInfo[]; synced: boolean }> {
    const known = runtime.source.calendars();
    if (known.some((c) => c.id === calendarId)) return { calendars: known, synced: true };
    const accountId = runtime.account.id;
    const cached = this.discoveries.get(accountId);
    if (cached && this.nowMs() - cached.fetchedAt < DISCOVERY_TTL_MS) {
      return { calendars: cached.value, synced: false };
    }
    const discovery = await discoverDocfav(runtime.client, accountId);
    this.discoveries.set(accountId, { value: discovery.calendars, fetchedAt: this.nowMs() });
    return { calendars: discovery.calendars, synced: false };
  }
}

/** The clinic-weeks (Monday to Monday in the clinic's zone) that overlap the window. */
function weeksOver(window: Interval, zone: string): Week[] {
  const out: Week[] = [];
  let week = isoWeekInZone(window.start, zone);
  while (week.start.getTime() < window.end) {
    out.push(week);
    week = isoWeekInZone(week.end, zone);
  }
  return out;
}

function slim(event: CalendarEvent): BusyEvent {
  return {
    source: event.source,
    kind: event.kind,
    calendarId: event.calendarId,
    status: event.status,
    start: event.start,
    end: event.end,
  };
}
