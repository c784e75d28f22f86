import type { AvailabilityWindow, CalendarEvent, CalendarInfo } from '../../shared/domain';

export interface TimeRange {
  from: Date;
  to: Date;
}

export interface SyncOutcome {
  /** Records added, changed or removed by this sync. */
  changed: number;
  /** Bookings that appeared since the previous sync of the same data (never on the first). */
  newBookings: CalendarEvent[];
}

/**
 * One connected account, as the sync engine sees it. Each vendor's source keeps that vendor's
 * data in memory only and answers in the domain model; the engine merges them.
 */
export interface SyncSource {
  readonly accountId: string;
  readonly vendor: 'doctena' | 'docfav';
  readonly label: string;
  calendars(): CalendarInfo[];
  /** True when `range` was synced less than `freshMs` ago: a new request need not go out. */
  isFresh(range: TimeRange, freshMs: number): boolean;
  sync(range: TimeRange): Promise<SyncOutcome>;
  eventsIn(range: TimeRange): CalendarEvent[];
  availabilityIn(range: TimeRange): AvailabilityWindow[];
  /** The slowest safe poll interval given the vendor's rate budget; undefined when unlimited. */
  minPollIntervalMs(requestsPerPoll: number): number | undefined;
}

export function overlaps(start: string, end: string, range: TimeRange): boolean {
  return Date.parse(end) > range.from.getTime() && Date.parse(start) < range.to.getTime();
}
