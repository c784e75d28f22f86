import { AppError, toAppError } from '../../../shared/errors';
import { addDays, instantToLocal, startOfLocalDay } from '../../../shared/time';
import type { DocfavClient } from '../../vendors/docfav/client';
import { mapDocfavStatus } from '../../vendors/docfav/map';
import type { DocfavAppointment } from '../../vendors/docfav/schemas';
import { isLive } from '../../vendors/event-rules';
import type { MoveEntry } from '../journal';
import { lastMarker } from '../../vendors/docfav/move-marker';

/**
 * Reading back what Docfav really holds, straight from the platform: after a write it did not
 * answer, before cancelling, and when desks compare their bookings. Reads are repeated through
 * transient failures by the HTTP layer, never here.
 */

type Reader = Pick<DocfavClient, 'availability'>;

export function isLiveAppointment(a: DocfavAppointment): boolean {
  return isLive(mapDocfavStatus(a.status));
}

/** The clinic's appointments on the local days from `start` to `end` (at most 7 days). */
export async function readDays(
  client: Reader,
  clinicId: string,
  zone: string,
  range: { start: string; end: string },
): Promise<DocfavAppointment[]> {
  const first = instantToLocal(range.start, zone);
  const last = instantToLocal(Date.parse(range.end) - 1, zone);
  const data = await client.availability({
    clinicId,
    startUtc: startOfLocalDay(first, zone),
    endUtc: startOfLocalDay(addDays(last, 1), zone),
    resultType: 'appointments',
  });
  return data.appointments;
}

/**
 * The week around a time (three days either side): where another desk most likely moved the
 * same appointment, since desks look at the same week on screen.
 */
function weekAround(time: string): { start: string; end: string } {
  const at = Date.parse(time);
  const day = 86_400_000;
  return {
    start: new Date(at - 3 * day).toISOString(),
    // Seven local days in all: Docfav's longest range.
    end: new Date(at + 3 * day).toISOString(),
  };
}

/**
 * Where another desk may have put a booking for the same root appointment: the weeks around the
 * old and the new time (the week on screen, walk-ins included), and, for a known patient, every
 * appointment of that patient from the earliest of those times to `SCAN_WEEKS` weeks after the
 * latest, read a week at a time with Docfav's client filter (a few small answers).
 */
const SCAN_WEEKS = 8;
const WEEK_MS = 7 * 86_400_000;

export async function readAroundMove(
  client: Reader,
  entry: MoveEntry,
  nowMs: number,
): Promise<DocfavAppointment[]> {
  const windows = [weekAround(entry.oldStart)];
  if (Math.abs(Date.parse(entry.start) - Date.parse(entry.oldStart)) > 86_400_000) {
    windows.push(weekAround(entry.start));
  }
  const byId = new Map<string, DocfavAppointment>();
  for (const window of windows) {
    for (const a of await readDays(client, entry.clinicId, entry.timeZone, window))
      byId.set(a.id, a);
  }
  if (entry.clientId) {
    const times = [entry.oldStart, entry.start].map(Date.parse);
    const from = Math.min(nowMs, ...times) - 86_400_000;
    const to = Math.max(nowMs, ...times) + SCAN_WEEKS * WEEK_MS;
    for (let start = from; start < to; start += WEEK_MS) {
      const data = await client.availability({
        clinicId: entry.clinicId,
        startUtc: new Date(start).toISOString(),
        endUtc: new Date(Math.min(start + WEEK_MS, to) - 1000).toISOString(),
        resultType: 'appointments',
        clientId: entry.clientId,
      });
      for (const a of data.appointments) byId.set(a.id, a);
    }
  }
  return [...byId.values()];
}

/** The booking this move made, found by its marker, if Docfav holds it. */
export function findMarked(
  list: DocfavAppointment[],
  moveId: string,
): DocfavAppointment | undefined {
  return list.find((a) => lastMarker(a.note)?.moveId === moveId);
}

/** One appointment as Docfav has it now (undefined when gone); throws when it cannot be read. */
export async function readOne(
  client: Reader,
  place: { clinicId: string; timeZone: string },
  id: string,
  range: { start: string; end: string },
): Promise<DocfavAppointment | undefined> {
  const list = await readDays(client, place.clinicId, place.timeZone, range);
  return list.find((a) => a.id === id);
}

/** Whether one appointment is still booked; throws when Docfav cannot be read. */
export async function liveness(
  client: Reader,
  place: { clinicId: string; timeZone: string },
  id: string,
  range: { start: string; end: string },
): Promise<'live' | 'not-live'> {
  const found = await readOne(client, place, id, range);
  return found && isLiveAppointment(found) ? 'live' : 'not-live';
}

/** A read that failed, as the error to show: its own code (rate-limited stays rate-limited). */
export function unreadable(err: unknown): AppError {
  const error = toAppError(err);
  return new AppError(error.code, {
    ...error.details,
    vendor: 'docfav',
    outcome: 'not-applied',
    reason: 'check-failed',
  });
}
