import { DocfavAvailability } from '../electron/vendors/docfav/schemas';
import { mapDocfavAvailability } from '../electron/vendors/docfav/map';
import { DoctenaBookings } from '../electron/vendors/doctena/schemas';
import { mapDoctenaBookings } from '../electron/vendors/doctena/map';
import type { CalendarEvent } from '../shared/domain';
import { rawDocfavAvailability, rawDoctenaBookings } from './synthetic';

/**
 * Map and merge `total` raw events, half Doctena bookings and half Docfav appointments: the
 * work the main process does between a sync's validated responses and the calendar's data.
 * Validating them (zod, at the boundary) is timed apart, as its own stage.
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
  // As the sync sources and the engine's snapshot do: Docfav's events keyed by id (one
  // appointment can be in two overlapping clinic weeks), Doctena's unique by construction (one
  // map per calendar), then one list. Not sorted: FullCalendar orders what it draws.
  const docfavById = new Map<string, CalendarEvent>();
  for (const event of appointments) docfavById.set(event.id, event);
  const events = [...bookings, ...docfavById.values()];
  return { ms: performance.now() - started, validateMs, events: events.length };
}
