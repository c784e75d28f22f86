import { DocfavAvailability } from '../electron/vendors/docfav/schemas';
import { mapDocfavAvailability } from '../electron/vendors/docfav/map';
import { DoctenaBookings } from '../electron/vendors/doctena/schemas';
import { mapDoctenaBookings } from '../electron/vendors/doctena/map';
import type { CalendarEvent } from '../shared/domain';
import { rawDocfavAvailability, rawDoctenaBookings } from './synthetic';

/**
 * Validate, map and merge `total` raw events (half Doctena bookings, half Docfav appointments):
 * the work the main process does between a sync's responses and the calendar's data.
 */
export function normaliseAndMerge(total: number): { ms: number; events: number } {
  const week = new Date('2026-11-23T00:00:00+01:00');
  const doctenaRaw = rawDoctenaBookings(total / 2, week);
  const docfavRaw = rawDocfavAvailability(total / 2, week);
  const now = new Date('2026-11-24T09:00:00Z');
  const started = performance.now();
  const bookings = mapDoctenaBookings(DoctenaBookings.parse(doctenaRaw), {
    accountId: 'a',
    calendarId: 'c',
    now,
    timeZone: 'Europe/Berlin',
  });
  const appointments = mapDocfavAvailability(DocfavAvailability.parse(docfavRaw), {
    accountId: 'b',
    now,
  });
  const merged = new Map<string, CalendarEvent>();
  for (const event of bookings) merged.set(event.id, event);
  for (const event of appointments) merged.set(event.id, event);
  // Canonical UTC strings sort correctly as plain strings.
  const events = [...merged.values()].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : 0,
  );
  return { ms: performance.now() - started, events: events.length };
}
