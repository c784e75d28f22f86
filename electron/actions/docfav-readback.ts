import type { CalendarEvent } from '../../shared/domain';
import { addDays, instantToLocal, startOfLocalDay } from '../../shared/time';
import type { DocfavClient } from '../vendors/docfav/client';
import { mapDocfavStatus } from '../vendors/docfav/map';
import type { DocfavAppointment } from '../vendors/docfav/schemas';
import { isLive } from '../vendors/event-rules';
import type { DocfavPlace } from './locate';
import type { MoveInput } from './move';
import { rangeOf, sameInstant } from './reread';
import { retryIdempotent } from './idempotent';
import type { ActionServices, DocfavRuntime } from './types';

/**
 * Reading back what a Docfav write did when Docfav did not say: the appointments of the local
 * day(s) around a time, straight from the platform.
 */

export async function readAppointments(
  client: Pick<DocfavClient, 'availability'>,
  place: DocfavPlace,
  staffCalendarId: string,
  range: { start: string; end: string },
): Promise<DocfavAppointment[]> {
  const zone = place.timeZone;
  const first = instantToLocal(range.start, zone);
  const last = instantToLocal(Date.parse(range.end) - 1, zone);
  // Reading is always safe to repeat, and after a write Docfav did not answer, this read is what
  // stands between the desk and a double booking: be more patient than a routine refresh.
  const data = await retryIdempotent(
    () =>
      client.availability({
        clinicId: place.clinicId,
        startUtc: startOfLocalDay(first, zone),
        endUtc: startOfLocalDay(addDays(last, 1), zone),
        resultType: 'appointments',
      }),
    { attempts: 3, pauseMs: 100 },
  );
  // Filtered here: Docfav's calendar_id filter is ambiguous (location or staff calendar).
  return data.appointments.filter((a) => a.calendar_id === staffCalendarId);
}

export function isLiveAppointment(a: DocfavAppointment): boolean {
  return isLive(mapDocfavStatus(a.status));
}

export interface NewBooking {
  staffCalendarId: string;
  serviceId: string;
  clientId: string | null;
  start: string;
  end: string;
}

/**
 * The appointment a timed-out create made, if it did: live, exactly the requested slot, client and
 * service, and not one of those that were already there before the request.
 */
export function findCreated(
  appointments: DocfavAppointment[],
  wanted: NewBooking,
  existing: ReadonlySet<string>,
): DocfavAppointment | undefined {
  return appointments.find(
    (a) =>
      !existing.has(a.id) &&
      isLiveAppointment(a) &&
      a.calendar_id === wanted.staffCalendarId &&
      a.service_id === wanted.serviceId &&
      (a.client_id ?? null) === wanted.clientId &&
      sameInstant(a.booked_from, wanted.start) &&
      sameInstant(a.booked_to, wanted.end),
  );
}

/** One Docfav move in progress: who, what, where, and to when. */
export interface DocfavMove {
  services: ActionServices;
  runtime: DocfavRuntime;
  event: CalendarEvent;
  place: DocfavPlace;
  input: MoveInput;
}

/** Where the appointment was and where it goes: the weeks to read again. */
export function bothRanges(move: DocfavMove) {
  return [rangeOf(move.event), rangeOf(move.input)];
}

export type Liveness = 'live' | 'not-live' | 'unreadable';

/** Whether one appointment is still booked, read from Docfav. */
export async function liveness(
  move: DocfavMove,
  id: string,
  range: { start: string; end: string },
): Promise<Liveness> {
  try {
    const { runtime, place, event } = move;
    const list = await readAppointments(runtime.client, place, event.calendarId, range);
    const found = list.find((a) => a.id === id);
    return found && isLiveAppointment(found) ? 'live' : 'not-live';
  } catch {
    return 'unreadable';
  }
}
