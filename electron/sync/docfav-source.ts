import type { AvailabilityWindow, CalendarEvent } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { addDays, formatLocalDate, isoWeekInZone, type LocalDate } from '../../shared/time';
import type { Logger } from '../log';
import type { DocfavClient } from '../vendors/docfav/client';
import { discoverDocfav, type DocfavDiscovery } from '../vendors/docfav/discover';
import {
  DOCFAV_DEFAULT_TIME_ZONE,
  mapDocfavAvailability,
  mapDocfavSchedules,
} from '../vendors/docfav/map';
import { fetchDocfavAvailability } from '../vendors/docfav/range';
import type { DocfavAvailability, DocfavStaffSchedule } from '../vendors/docfav/schemas';
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

/** Working hours change rarely; they are fetched once per week on screen and hour. */
export const SCHEDULE_TTL_MS = 60 * 60_000;
/** After a failed read of working hours: not asked again sooner, it would spend the budget. */
const SCHEDULE_RETRY_MS = 10 * 60_000;

interface WeekSnapshot {
  data: DocfavAvailability;
  fetchedAt: number;
  /** Records of this week Docfav sent that could not be read (left out). */
  unreadable: Set<string>;
}

/** One location's working hours for one week: null data when they never could be read. */
interface ScheduleEntry {
  data: DocfavStaffSchedule[] | null;
  checkedAt: number;
  ok: boolean;
  unreadable: Set<string>;
}

interface ClinicWeek {
  clinicId: string;
  timeZone: string;
  monday: LocalDate;
  start: Date;
  end: Date;
  key: string;
}

export interface DocfavSourceOptions {
  accountId: string;
  label: string;
  /** Clinics the user chose; empty means every clinic the key can see. */
  clinicIds: string[];
  client: DocfavClient;
  now: () => Date;
  logger: Logger;
}

/**
 * Docfav has no change feed: each clinic-week on screen is one `availability` snapshot (two in
 * the 169-hour week the clocks go back), with the local dates that bring the recurring events.
 * A snapshot replaces the previous one, so deletions and moves show up too.
 */
export function createDocfavSource(
  options: DocfavSourceOptions,
): SyncSource & { health(): SourceHealth } {
  const { accountId, client, now, logger } = options;
  let discovery: DocfavDiscovery | null = null;
  let unreadableInDiscovery = new Set<string>();
  const weeks = new Map<string, WeekSnapshot>();
  const schedules = new Map<string, ScheduleEntry>();
  /** The clinic-weeks of the last synced range: what the account's health speaks about. */
  let lastWeeks: ClinicWeek[] = [];

  const clinics = () =>
    (discovery?.clinics ?? []).filter(
      (d) => options.clinicIds.length === 0 || options.clinicIds.includes(d.clinic.id),
    );

  const clinicZone = (clinicId: string): string => {
    const calendar = discovery?.calendars.find((c) => c.clinicId === clinicId && c.timezone);
    return calendar?.timezone ?? discovery?.user.timezone ?? DOCFAV_DEFAULT_TIME_ZONE;
  };

  /** The clinic-weeks (Monday to Monday, in the clinic's zone) that overlap `range`. */
  const clinicWeeks = (range: TimeRange): ClinicWeek[] =>
    clinics().flatMap((directory) => {
      const clinicId = directory.clinic.id;
      const timeZone = clinicZone(clinicId);
      const out: ClinicWeek[] = [];
      let week = isoWeekInZone(range.from, timeZone);
      while (week.start < range.to) {
        out.push({
          clinicId,
          timeZone,
          ...week,
          key: `${clinicId}|${formatLocalDate(week.monday)}`,
        });
        week = isoWeekInZone(week.end, timeZone);
      }
      return out;
    });

  const mapContext = () => ({
    accountId,
    now: now(),
    timeZones: discovery?.timeZones ?? {},
    defaultTimeZone: discovery?.user.timezone ?? DOCFAV_DEFAULT_TIME_ZONE,
  });

  async function syncWeek(week: ClinicWeek): Promise<SyncOutcome> {
    const data = await fetchDocfavAvailability(client, {
      clinicId: week.clinicId,
      start: week.start,
      end: week.end,
      timeZone: week.timeZone,
    });
    const previous = weeks.get(week.key);
    const unreadable = unreadableKeys(unreadableIn(data));
    weeks.set(week.key, { data, fetchedAt: now().getTime(), unreadable });
    if (!previous) return { changed: countAll(data), newBookings: [] };

    const known = new Set(previous.data.appointments.map((a) => a.id));
    const fresh = data.appointments.filter((a) => !known.has(a.id));
    const changed = diffCount(previous.data, data);
    const newBookings = mapDocfavAvailability(
      { appointments: fresh, time_reservations: [], group_reservations: [], recurring_events: [] },
      mapContext(),
    );
    return { changed, newBookings };
  }

  const locationsOf = (week: ClinicWeek) =>
    clinics().find((d) => d.clinic.id === week.clinicId)?.locations ?? [];
  const scheduleKey = (locationId: string, week: ClinicWeek) =>
    `${locationId}|${formatLocalDate(week.monday)}`;

  /**
   * Working hours are an extra drawn behind the appointments: a location whose hours cannot be
   * read (Docfav answering 404, say) gets a warning on the account, never an error.
   */
  async function syncSchedules(week: ClinicWeek): Promise<void> {
    for (const location of locationsOf(week)) {
      const key = scheduleKey(location.id, week);
      const cached = schedules.get(key);
      const t = now().getTime();
      if (cached && t - cached.checkedAt < (cached.ok ? SCHEDULE_TTL_MS : SCHEDULE_RETRY_MS)) {
        continue;
      }
      try {
        const data = await client.schedules(week.clinicId, location.id, {
          startDate: formatLocalDate(week.monday),
          endDate: formatLocalDate(addDays(week.monday, 6)),
        });
        const unreadable = unreadableKeys(unreadableIn(data));
        schedules.set(key, { data, checkedAt: now().getTime(), ok: true, unreadable });
      } catch (err) {
        // A refused id is our own bug, and anything else thrown is not a platform's answer.
        if (!(err instanceof AppError) || err.code === 'invalid-input') throw err;
        logger.warn('docfav working hours unavailable', {
          account: accountId,
          location: location.id,
          code: err.code,
        });
        // Hours read before are still drawn; they are only missing if they never came.
        schedules.set(key, {
          data: cached?.data ?? null,
          checkedAt: now().getTime(),
          ok: false,
          unreadable: cached?.unreadable ?? new Set(),
        });
      }
    }
  }

  return {
    accountId,
    vendor: 'docfav',
    label: options.label,
    calendars: () =>
      (discovery?.calendars ?? []).filter(
        (c) => options.clinicIds.length === 0 || options.clinicIds.includes(c.clinicId ?? ''),
      ),

    isFresh(range, freshMs) {
      if (!discovery) return false;
      const t = now().getTime();
      return clinicWeeks(range).every((w) => t - (weeks.get(w.key)?.fetchedAt ?? 0) < freshMs);
    },

    async sync(range) {
      if (!discovery) {
        discovery = await discoverDocfav(client, accountId);
        unreadableInDiscovery = unreadableKeys(unreadableIn(discovery));
      }
      let changed = 0;
      const newBookings: CalendarEvent[] = [];
      lastWeeks = clinicWeeks(range);
      for (const week of lastWeeks) {
        const outcome = await syncWeek(week);
        changed += outcome.changed;
        newBookings.push(...outcome.newBookings);
        await syncSchedules(week);
      }
      logger.debug('docfav sync done', { changed });
      return { changed, newBookings };
    },

    eventsIn(range) {
      const context = mapContext();
      const byId = new Map<string, CalendarEvent>();
      for (const week of clinicWeeks(range)) {
        const snapshot = weeks.get(week.key);
        if (!snapshot) continue;
        for (const event of mapDocfavAvailability(snapshot.data, context)) {
          if (overlaps(event.start, event.end, range)) byId.set(event.id, event);
        }
      }
      return [...byId.values()];
    },

    availabilityIn(range): AvailabilityWindow[] {
      const context = mapContext();
      return clinicWeeks(range).flatMap((week) => {
        const directory = clinics().find((d) => d.clinic.id === week.clinicId);
        return (directory?.locations ?? []).flatMap((location) => {
          const cached = schedules.get(scheduleKey(location.id, week))?.data;
          return cached
            ? mapDocfavSchedules(cached, context).filter((w) => overlaps(w.start, w.end, range))
            : [];
        });
      });
    },

    health() {
      let unreadable = unreadableInDiscovery.size;
      let hoursMissing = false;
      for (const week of lastWeeks) {
        unreadable += weeks.get(week.key)?.unreadable.size ?? 0;
        for (const location of locationsOf(week)) {
          const entry = schedules.get(scheduleKey(location.id, week));
          unreadable += entry?.unreadable.size ?? 0;
          if (entry && !entry.ok && entry.data === null) hoursMissing = true;
        }
      }
      return { unreadable, warnings: hoursMissing ? ['working-hours-unavailable'] : [] };
    },

    minPollIntervalMs(requestsPerPoll) {
      const weeksOnScreen = Math.max(1, clinics().length) * requestsPerPoll;
      return client.budget.suggestedPollIntervalMs(weeksOnScreen);
    },

    event(id) {
      const parsed = splitEventId(id, 'docfav', accountId);
      if (!parsed) return undefined;
      const wanted = only(parsed.kind, parsed.vendorId.split('@')[0] ?? '');
      // An item on a week boundary sits in two snapshots: the newer one has the latest word.
      const newestFirst = [...weeks.values()].sort((a, b) => b.fetchedAt - a.fetchedAt);
      for (const snapshot of newestFirst) {
        const found = mapDocfavAvailability(wanted(snapshot.data), mapContext()).find(
          (e) => e.id === id,
        );
        if (found) return found;
      }
      return undefined;
    },

    async reload(target: ReloadTarget) {
      if (!discovery) return 0;
      const clinicId = discovery.calendars.find((c) => c.id === target.calendarId)?.clinicId;
      const byKey = new Map<string, ClinicWeek>();
      for (const range of target.ranges) {
        for (const week of clinicWeeks(range)) {
          if (week.clinicId === clinicId) byKey.set(week.key, week);
        }
      }
      let changed = 0;
      // Not announced as new bookings: a moved appointment is the desk's own doing.
      for (const week of byKey.values()) changed += (await syncWeek(week)).changed;
      return changed;
    },
  };
}

/** A filter keeping only the items of one kind with one vendor id. */
function only(kind: string, vendorId: string) {
  return (data: DocfavAvailability): DocfavAvailability => ({
    appointments:
      kind === 'docfav-appointment' ? data.appointments.filter((a) => a.id === vendorId) : [],
    time_reservations:
      kind === 'docfav-time-reservation'
        ? data.time_reservations.filter((r) => r.id === vendorId)
        : [],
    group_reservations:
      kind === 'docfav-group-reservation'
        ? data.group_reservations.filter((g) => g.id === vendorId)
        : [],
    recurring_events:
      kind === 'docfav-recurring-event'
        ? data.recurring_events.filter((r) => r.id === vendorId)
        : [],
  });
}

function keyed(data: DocfavAvailability): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of data.appointments) out.set(`a:${a.id}`, JSON.stringify(a));
  for (const t of data.time_reservations) out.set(`t:${t.id}`, JSON.stringify(t));
  for (const g of data.group_reservations) out.set(`g:${g.id}`, JSON.stringify(g));
  for (const r of data.recurring_events) out.set(`r:${r.id}@${r.booked_from}`, JSON.stringify(r));
  return out;
}

function countAll(data: DocfavAvailability): number {
  return keyed(data).size;
}

/** Items added, removed or changed between two snapshots of the same clinic-week. */
function diffCount(before: DocfavAvailability, after: DocfavAvailability): number {
  const a = keyed(before);
  const b = keyed(after);
  let changed = 0;
  for (const [key, value] of b) if (a.get(key) !== value) changed += 1;
  for (const key of a.keys()) if (!b.has(key)) changed += 1;
  return changed;
}
