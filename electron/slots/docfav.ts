import type { CalendarInfo } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { formatLocalDate, instantToLocal } from '../../shared/time';
import type { DocfavRuntime } from '../accounts/sources';
import type { TimeRange } from '../sync/source';
import { DOCFAV_DEFAULT_TIME_ZONE } from '../vendors/docfav/map';
import type { Interval } from './intervals';

/**
 * A Docfav practitioner's free time, from `available-slots` with the service's duration: one
 * request for the whole search. The spec limits `availability` to 7 days but states no limit for
 * `available-slots`, so weeks are not split. A slot Docfav marks available means the service fits
 * from its start, so the free time is the union of [start, start + duration).
 */
export async function docfavFree(
  runtime: DocfavRuntime,
  calendar: CalendarInfo,
  window: TimeRange,
  options: { durationMinutes: number; stepMinutes: number },
): Promise<Interval[]> {
  const { clinicId, locationId } = calendar;
  if (!clinicId || !locationId) {
    throw new AppError('not-found', { vendor: 'docfav', reason: 'calendar-gone' });
  }
  const zone = zoneOf(calendar);
  const lastMoment = new Date(window.to.getTime() - 1);
  const staff = await runtime.client.availableSlots(clinicId, locationId, {
    startDate: formatLocalDate(instantToLocal(window.from, zone)),
    endDate: formatLocalDate(instantToLocal(lastMoment, zone)),
    staffCalendarId: calendar.id,
    slotDuration: options.stepMinutes,
    serviceDuration: options.durationMinutes,
  });
  const durationMs = options.durationMinutes * 60_000;
  const free: Interval[] = [];
  for (const member of staff) {
    if (member.staff_calendar_id && member.staff_calendar_id !== calendar.id) continue;
    for (const day of member.available_slots) {
      for (const slot of day.slots) {
        if (!slot.available) continue;
        const start = Date.parse(slot.from);
        if (!Number.isNaN(start)) free.push({ start, end: start + durationMs });
      }
    }
  }
  return free;
}

/** The staff calendar's zone; Docfav's own default when it states none. */
export function zoneOf(calendar: CalendarInfo): string {
  return calendar.timezone ?? DOCFAV_DEFAULT_TIME_ZONE;
}
