import { createHash } from 'node:crypto';
import type { DocfavStore } from './store';
import { eachDate, isoWeekday, type LocalDate } from './tz';
import type { RecurringSchedule } from './types';

/**
 * Occurrences of weekly event schedules. Docfav computes them on local dates in the clinic's zone
 * and sends local wall times WITHOUT an offset plus a `timezone`, so an 08:30 meeting stays 08:30
 * on both sides of a DST change. We never convert them to UTC here.
 */

export interface RecurringOccurrence {
  id: string;
  back_office_staff_calendar_id: string;
  name: string;
  booked_from: string;
  booked_to: string;
  is_recurring_event: true;
  original_id: string;
  timezone: string;
}

/** A stable UUID-shaped id per (schedule, date), so the same occurrence keeps its id. */
function occurrenceId(scheduleId: string, date: LocalDate): string {
  const h = createHash('sha1').update(`${scheduleId}:${date}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function expandRecurring(
  store: DocfavStore,
  schedules: RecurringSchedule[],
  localStart: LocalDate,
  localEnd: LocalDate,
): RecurringOccurrence[] {
  const out: RecurringOccurrence[] = [];
  for (const date of eachDate(localStart, localEnd)) {
    for (const s of schedules) {
      if (!s.weekdays.includes(isoWeekday(date))) continue;
      if ((s.validFrom && date < s.validFrom) || (s.validUntil && date > s.validUntil)) continue;
      const zone = s.timezone ?? store.staffCalendars.get(s.staffCalendarId)?.timezone;
      out.push({
        id: occurrenceId(s.id, date),
        back_office_staff_calendar_id: s.staffCalendarId,
        name: s.name,
        booked_from: `${date}T${s.startTime}:00`,
        booked_to: `${date}T${s.endTime}:00`,
        is_recurring_event: true,
        original_id: s.id,
        timezone: zone ?? 'Europe/Madrid',
      });
    }
  }
  return out.sort((a, b) => a.booked_from.localeCompare(b.booked_from));
}
