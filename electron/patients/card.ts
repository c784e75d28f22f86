import type { CalendarEvent } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { PatientCard } from '../../shared/patients';
import { formatLocalDate, parseLocalDate } from '../../shared/time';
import { calendarOf, notInCalendar } from '../actions/locate';
import type { DocfavRuntime } from '../accounts/sources';
import type { DocfavClientRecord } from '../vendors/docfav/schemas';
import { samePerson, type PatientFields } from './match';
import { heldRange, isAppointment } from './people';
import type { PatientServices } from './types';

/**
 * The card beside one appointment. Docfav appointments name only the client, so the card asks
 * `clients/{id}` once per opening and keeps nothing: the answer goes to the renderer and is gone
 * from the main process when this returns. Doctena's card comes from the booking's contact.
 */
export async function patientCard(
  services: PatientServices,
  eventId: string,
): Promise<PatientCard> {
  // From the cache only: an id Frontdesk does not hold never costs a request.
  const event = services.sync.findEvent(eventId);
  const runtime = event && services.accounts().get(event.accountId);
  if (!event || !runtime || runtime.vendor !== event.source) throw notInCalendar();
  const patient = event.patient;
  if (!patient || !isAppointment(event)) throw new AppError('not-found');
  const fromEvent: PatientCard = {
    source: event.source,
    name: patient.name,
    phone: patient.phone,
    email: patient.email,
    birthDate: null,
    note: null,
    tags: [],
    reminders: null,
    insurance: patient.insurance,
    appointments: [],
  };
  const card =
    runtime.vendor === 'docfav' && patient.clientId
      ? { ...fromEvent, ...(await readClient(runtime, event.calendarId, patient.clientId)) }
      : fromEvent;
  return { ...card, appointments: othersOf(services, event, card) };
}

async function readClient(
  runtime: DocfavRuntime,
  staffCalendarId: string,
  clientId: string,
): Promise<Partial<PatientCard>> {
  const clinicId = calendarOf(runtime, staffCalendarId)?.clinicId;
  if (!clinicId) throw new AppError('not-found', { reason: 'calendar-gone', vendor: 'docfav' });
  const client = await runtime.client.getClient(clinicId, clientId);
  const name = client.fullname ?? [client.firstname, client.lastname].filter(Boolean).join(' ');
  return {
    ...(name ? { name } : {}),
    phone: client.phone,
    email: client.email,
    birthDate: birthDateOf(client.date_of_birth),
    note: client.note,
    tags: client.tags ?? [],
    reminders: client.receive_reminders,
  };
}

/** `YYYY-MM-DD` when Docfav sent a whole, real date; anything partial or odd is not shown. */
export function birthDateOf(parts: DocfavClientRecord['date_of_birth']): string | null {
  if (!parts?.yearOfBirth || !parts.monthOfBirth || !parts.dayOfBirth) return null;
  const pad = (value: string, size: number) => value.trim().padStart(size, '0');
  const text = `${pad(parts.yearOfBirth, 4)}-${pad(parts.monthOfBirth, 2)}-${pad(parts.dayOfBirth, 2)}`;
  const date = parseLocalDate(text);
  return date ? formatLocalDate(date) : null;
}

/**
 * The patient's other appointments Frontdesk holds, on either platform: a Docfav client's by
 * its id, and anyone's by name and phone (a Doctena booking knows no more).
 */
function othersOf(
  services: PatientServices,
  event: CalendarEvent,
  who: PatientFields,
): CalendarEvent[] {
  const nowMs = services.now().getTime();
  const clientId = event.patient?.clientId ?? null;
  return services.sync
    .history(heldRange(nowMs))
    .filter((other) => {
      if (other.id === event.id || !isAppointment(other) || !other.patient) return false;
      if (clientId && other.source === 'docfav') {
        return other.accountId === event.accountId && other.patient.clientId === clientId;
      }
      return samePerson(who, other.patient);
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}
