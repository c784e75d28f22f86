import { DocfavAvailability, envelope } from '../electron/vendors/docfav/schemas';
import { mapDocfavAvailability } from '../electron/vendors/docfav/map';
import { DoctenaBookings } from '../electron/vendors/doctena/schemas';
import { mapDoctenaBookings } from '../electron/vendors/doctena/map';
import type { CalendarEvent } from '../shared/domain';
import { rawDocfavAvailability, rawDoctenaBookings } from './synthetic';

export interface MergeFigure {
  /** Validation + mapping + merge: the one figure the bench reports. */
  ms: number;
  /** Its parts, for the curious: validating the answers, then mapping and merging them. */
  validateMs: number;
  mapMs: number;
  /** CPU time of the same work: on a shared, loaded machine the wall time mostly measures others. */
  cpuMs: number;
  events: number;
}

/**
 * Validate, map and merge `total` raw events, half Doctena bookings and half Docfav appointments:
 * the work the main process does between a sync's JSON answers and the calendar's data. The
 * answers are checked with the very schemas the clients hand to `http.request` (Doctena's booking
 * list, Docfav's availability in its `{ data, errors, meta }` envelope), with `safeParse` as it
 * calls them, and mapped with the mappers the sync sources call.
 */
export function normaliseAndMerge(total: number): MergeFigure {
  const week = new Date('2026-11-23T00:00:00+01:00');
  // As the clients get them: parsed from the answer's text (electron/vendors/json.ts). The
  // generator joins and slices its strings, which V8 keeps as chains that every lookup and test
  // must first copy flat; parsed text is flat, as in a real sync. Parsing is not in the figure.
  const asSent = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  const doctenaRaw = asSent(rawDoctenaBookings(total / 2, week));
  const docfavRaw = asSent({
    data: rawDocfavAvailability(total / 2, week),
    errors: [],
    meta: null,
  });
  const now = new Date('2026-11-24T09:00:00Z');
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const checkedBookings = DoctenaBookings.safeParse(doctenaRaw);
  const checkedWeek = envelope(DocfavAvailability).safeParse(docfavRaw);
  if (!checkedBookings.success || !checkedWeek.success) throw new Error('bench data unreadable');
  const validated = performance.now();
  const bookings = mapDoctenaBookings(checkedBookings.data, {
    accountId: 'a',
    calendarId: 'c',
    now,
    timeZone: 'Europe/Berlin',
  });
  const appointments = mapDocfavAvailability(checkedWeek.data.data, { accountId: 'b', now });
  // As the sync sources and the engine's snapshot do: Docfav's events keyed by id (one
  // appointment can be in two overlapping clinic weeks), Doctena's unique by construction (one
  // map per calendar), then one list. Not sorted: FullCalendar orders what it draws.
  const docfavById = new Map<string, CalendarEvent>();
  for (const event of appointments) docfavById.set(event.id, event);
  const events = [...bookings, ...docfavById.values()];
  const done = performance.now();
  const cpu = process.cpuUsage(cpuStarted);
  if (events.length !== total) throw new Error(`bench lost events: ${events.length} of ${total}`);
  return {
    ms: done - started,
    validateMs: validated - started,
    mapMs: done - validated,
    cpuMs: (cpu.user + cpu.system) / 1000,
    events: events.length,
  };
}
