import { DocfavAvailability } from '../electron/vendors/docfav/schemas';
import { mapDocfavAvailability } from '../electron/vendors/docfav/map';
import { DoctenaBookings } from '../electron/vendors/doctena/schemas';
import { mapDoctenaBookings } from '../electron/vendors/doctena/map';
import type { CalendarEvent } from '../shared/domain';
import { rawDocfavAvailability, rawDoctenaBookings } from './synthetic';

/**
 * Map and merge `total` validated raw events (and, timed apart, validate them) (half Doctena bookings, half Docfav appointments):
 * the work the main process does between a sync's responses and the calendar's data.
 */
export function normaliseAndMerge(total: number): {
  ms: number;
  validateMs: number;
  events: number;
} {
  const week = new Date('2026-11-23T00:00:00+01:00');
  const doctenaRaw = rawDoctenaBookings(total / 2, week);
  const docfavRaw = rawDocfavAvailability(total / 2, week);
  const now = new Date('2026-11-24T09:00:00Z');
  // Validation at the boundary (zod) is timed on its own: it is a separate stage of a sync.
  const validating = performance.now();
  const parsedBookings = DoctenaBookings.parse(doctenaRaw);
  const parsedAvailability = DocfavAvailability.parse(docfavRaw);
  const validateMs = performance.now() - validating;
  const started = performance.now();
  const bookings = mapDoctenaBookings(parsedBookings, {
    accountId: 'a',
    calendarId: 'c',
    now,
    timeZone: 'Europe/Berlin',
  });
  const appointments = mapDocfavAvailability(parsedAvailability, {
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
  return { ms: performance.now() - started, validateMs, events: events.length };
}
