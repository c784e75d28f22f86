import type { CalendarData, CalendarRef } from '../../../shared/contract';
import type { CalendarEvent } from '../../../shared/domain';
import type { GuardMapping } from '../../../shared/settings';
import { calendarKeyOf, isBlock, overlapsRange } from '../../calendar/events';

/**
 * The bookings a block over `range` would sit on: appointments still on, on the chosen Doctena
 * calendars and on the Docfav practitioners paired with them in the double-booking guard (a
 * vacation of the person is a vacation on both platforms). Earliest first.
 */
export function bookedInRange(
  data: CalendarData | undefined,
  chosen: readonly CalendarRef[],
  mappings: readonly GuardMapping[],
  range: { start: Date; end: Date },
): CalendarEvent[] {
  const calendars = new Set(chosen.map(calendarKeyOf));
  for (const m of mappings) {
    if (calendars.has(calendarKeyOf(m.doctena))) calendars.add(calendarKeyOf(m.docfav));
  }
  return (data?.events ?? [])
    .filter(
      (e) =>
        !isBlock(e) &&
        e.status !== 'cancelled' &&
        calendars.has(calendarKeyOf(e)) &&
        overlapsRange(e, range),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
