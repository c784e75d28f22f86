import type { GuardConflict } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import type { GuardMapping } from '../../shared/settings';
import { formatInstant } from '../../shared/time';
import { occupies, span } from './busy';
import { overlaps } from './intervals';
import { isMirrorTitle } from './marker';

export interface FoundConflict {
  conflict: GuardConflict;
  /** The Doctena calendar the booking is on (where the desk has to act). */
  doctena: GuardMapping['doctena'];
}

/**
 * Docfav has no blocking API, so a Doctena booking can still land on a time that is taken on
 * Docfav. These are found in the merged events and shown; the desk has to move one of them.
 */
export function findConflicts(
  events: readonly CalendarEvent[],
  mappings: readonly GuardMapping[],
): FoundConflict[] {
  const out: FoundConflict[] = [];
  const seen = new Set<string>();
  for (const mapping of mappings) {
    if (!mapping.enabled) continue;
    const bookings = events.filter(
      (e) =>
        e.kind === 'doctena-booking' &&
        e.accountId === mapping.doctena.accountId &&
        e.calendarId === mapping.doctena.calendarId &&
        occupies(e.status),
    );
    if (bookings.length === 0) continue;
    const appointments = events.filter(
      (e) =>
        e.kind === 'docfav-appointment' &&
        e.accountId === mapping.docfav.accountId &&
        e.calendarId === mapping.docfav.calendarId &&
        occupies(e.status),
    );
    for (const booking of bookings) {
      const b = span(booking);
      for (const appointment of appointments) {
        const a = span(appointment);
        if (!overlaps(a, b)) continue;
        const key = `${booking.id}\n${appointment.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          conflict: {
            doctenaEventId: booking.id,
            docfavEventId: appointment.id,
            start: formatInstant(Math.max(a.start, b.start)),
            end: formatInstant(Math.min(a.end, b.end)),
          },
          doctena: mapping.doctena,
        });
      }
    }
  }
  return out.sort((x, y) => x.conflict.start.localeCompare(y.conflict.start));
}

/** The guard's own blockings among the events, so the calendar can draw them apart. */
export function mirrorIds(events: readonly CalendarEvent[]): string[] {
  return events
    .filter((e) => e.kind === 'doctena-blocking' && e.recurrence === null && isMirrorTitle(e.title))
    .map((e) => e.id);
}
