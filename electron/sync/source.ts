import {
  EventKind,
  type AvailabilityWindow,
  type CalendarEvent,
  type CalendarInfo,
} from '../../shared/domain';
import type { SourceHealth } from './health';

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
  /**
   * The appointments held in memory over a long range, for finding a patient across time; no
   * blockings or occurrences. Absent: `eventsIn` (a source that holds only the weeks it synced).
   */
  history?(range: TimeRange): CalendarEvent[];
  availabilityIn(range: TimeRange): AvailabilityWindow[];
  /** The slowest safe poll interval given the vendor's rate budget; undefined when unlimited. */
  minPollIntervalMs(requestsPerPoll: number): number | undefined;
  /**
   * The cached event with this id, exactly as `eventsIn` would show it (a recurring occurrence's
   * id included; a series id answers with its first occurrence). Never asks the platform.
   * Optional so read-only sources (benchmarks) need not implement it.
   */
  event?(id: string): CalendarEvent | undefined;
  /** Re-reads from the platform what a write touched and updates the cache; returns changes. */
  reload?(target: ReloadTarget): Promise<number>;
  /** Drops a record the platform confirmed deleted, even if re-reading it then fails. */
  forget?(eventId: string): void;
  /** Records left out as unreadable, and extras (working hours) that could not be loaded. */
  health?(): SourceHealth;
}

/** What a write touched, so that only that is read again. */
export interface ReloadTarget {
  /** Doctena calendar id, or Docfav staff calendar id. */
  calendarId: string;
  kind: EventKind;
  /** Vendor ids of the records written (series ids for recurring blockings). */
  vendorIds: string[];
  /** Where the records were before and after the write (Docfav re-reads those clinic-weeks). */
  ranges: TimeRange[];
}

export function overlaps(start: string, end: string, range: TimeRange): boolean {
  return Date.parse(end) > range.from.getTime() && Date.parse(start) < range.to.getTime();
}

const EVENT_KINDS: ReadonlySet<string> = new Set(EventKind.options);

/**
 * The kind and vendor id inside one of this account's event ids (`${source}:${account}:${kind}:
 * ${vendorId}`); undefined for anyone else's id or garbage. Account ids may contain colons, so the
 * prefix is matched whole rather than split.
 */
export function splitEventId(
  id: string,
  source: 'doctena' | 'docfav',
  accountId: string,
): { kind: EventKind; vendorId: string } | undefined {
  const prefix = `${source}:${accountId}:`;
  if (!id.startsWith(prefix)) return undefined;
  const rest = id.slice(prefix.length);
  const colon = rest.indexOf(':');
  if (colon <= 0) return undefined;
  const kind = rest.slice(0, colon);
  const vendorId = rest.slice(colon + 1);
  if (!vendorId || !EVENT_KINDS.has(kind)) return undefined;
  return { kind: kind as EventKind, vendorId };
}
