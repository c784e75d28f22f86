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
import type { Interval } from './intervals';

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
  /** The run that read it. */
  run: number;
}

const DISCOVERY_TTL_MS = 60 * 60_000;

/**
 * When a Docfav practitioner is busy, week by week. Docfav's hourly request budget is shared with
 * polling (and with every PC using the same key), so each clinic-week is asked for at most once
 * per `cacheMs`, and weeks the sync engine has just read are taken from it instead. Only times,
 * kinds and statuses are kept here: never a patient's name or a note.
 */
export class DocfavBusyReader {
  private readonly weeks = new Map<string, Cached<BusyEvent[]>>();
  private readonly schedules = new Map<string, Cached<AvailabilityWindow[]>>();
  private readonly discoveries = new Map<string, Omit<Cached<CalendarInfo[]>, 'run'>>();

  constructor(private readonly options: DocfavBusyOptions) {}

  /** Drops what is too old to be used again. */
  prune(): void {
    const now = this.nowMs();
    for (const map of [this.weeks, this.schedules] as Map<string, Cached<unknown>>[]) {
      for (const [key, entry] of map) {
        if (now - entry.fetchedAt >= this.options.cacheMs) map.delete(key);
      }
    }
  }

  /**
   * The busy intervals of one staff calendar over `window`. `run` lets a second pairing in the
   * same clinic reuse what this run has just read, whatever `cacheMs` is.
   */
  async busy(
    runtime: DocfavRuntime,
    calendarId: string,
    window: Interval,
    mirrorReservations: boolean,
    run: number,
  ): Promise<Interval[]> {
    const { calendars, synced } = await this.calendars(runtime, calendarId);
    const calendar = calendars.find((c) => c.id === calendarId);
    if (!calendar?.clinicId) {
      throw new AppError(
        'not-found',
        'A Docfav calendar paired by the double-booking guard no longer exists. Check the pairings in Settings.',
        { vendor: 'docfav', calendarId },
      );
    }
    const zone = calendar.timezone ?? DOCFAV_DEFAULT_TIME_ZONE;
    const context: DocfavMapContext = {
      accountId: runtime.account.id,
      now: this.options.now(),
      timeZones: Object.fromEntries(calendars.map((c) => [c.id, c.timezone])),
      defaultTimeZone: zone,
    };
    const events: BusyEvent[] = [];
    const windows: AvailabilityWindow[] = [];
    const { clinicId, locationId } = calendar;
    const accountId = runtime.account.id;
    for (const week of weeksOver(window, zone)) {
      const range = { from: week.start, to: week.end };
      if (synced && runtime.source.isFresh(range, this.options.freshMs())) {
        events.push(...runtime.source.eventsIn(range).map(slim));
        if (mirrorReservations) windows.push(...runtime.source.availabilityIn(range));
        continue;
      }
      const monday = formatLocalDate(week.monday);
      const weekKey = `${accountId}|${clinicId}|${monday}`;
      events.push(
        ...(await this.cached(this.weeks, weekKey, run, async () => {
          const data = await fetchDocfavAvailability(runtime.client, {
            clinicId,
            start: week.start,
            end: week.end,
            timeZone: zone,
          });
          return mapDocfavAvailability(data, context).map(slim);
        })),
      );
      if (!mirrorReservations || !locationId) continue;
      windows.push(
        ...(await this.cached(
          this.schedules,
          `${accountId}|${locationId}|${monday}`,
          run,
          async () => {
            const list = await runtime.client.schedules(clinicId, locationId, {
              startDate: monday,
              endDate: formatLocalDate(addDays(week.monday, 6)),
            });
            return mapDocfavSchedules(list, context);
          },
        )),
      );
    }
    return busyIntervals({ events, windows, calendarId, mirrorReservations });
  }

  /** What this run read already, or what is younger than `cacheMs`; otherwise read anew. */
  private async cached<T>(
    map: Map<string, Cached<T>>,
    key: string,
    run: number,
    read: () => Promise<T>,
  ): Promise<T> {
    const entry = map.get(key);
    if (entry && (entry.run === run || this.nowMs() - entry.fetchedAt < this.options.cacheMs)) {
      return entry.value;
    }
    const value = await read();
    map.set(key, { value, fetchedAt: this.nowMs(), run });
    return value;
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
