import { eventId } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { AppointmentStatus } from '../../simulators/docfav';
import type { BookingStatus } from '../../simulators/doctena';
import { GENERAL, IDS, LUCIA, NOW, type Platforms } from './platforms';

/**
 * Records a test puts on the simulators (fictional patients only), the ids the app gives them,
 * and the outcome of an action that should fail.
 */

type Sims = Pick<Platforms, 'doctena' | 'docfav'>;
const MINUTE = 60_000;

/** The AppError a promise fails with; fails the test if it succeeds or fails with anything else. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err: unknown = await promise.then(
    () => new Error('expected a failure, got success'),
    (e: unknown) => e,
  );
  if (err instanceof AppError) return err;
  throw err instanceof Error ? err : new Error(String(err));
}

export function doctenaBookingId(vendorId: string): string {
  return eventId('doctena', 'dt', 'doctena-booking', vendorId);
}
export function doctenaBlockingId(vendorId: string): string {
  return eventId('doctena', 'dt', 'doctena-blocking', vendorId);
}
export function docfavAppointmentId(vendorId: string): string {
  return eventId('docfav', 'df', 'docfav-appointment', vendorId);
}

/** A Doctena booking of a fictional patient, made a day before `NOW`. */
export function addDoctenaBooking(
  h: Sims,
  start: string,
  options: { minutes?: number; status?: BookingStatus; calendarId?: string } = {},
) {
  const starts = new Date(start);
  return h.doctena.store.addBooking({
    calendar_id: options.calendarId ?? GENERAL,
    starts,
    ends: new Date(starts.getTime() + (options.minutes ?? 30) * MINUTE),
    contact: {
      first_name: 'Erika Musterfrau',
      email: 'erika.musterfrau@example.org',
      phone_number: '+49 30 5550199',
    },
    reason: 'Impfung',
    status: options.status ?? 'WAITING',
    created_at: new Date(NOW.getTime() - 86_400_000),
  });
}

/** Lucía's agenda emptied, so her week holds only what a test puts there. */
export function clearLucia(h: Sims): void {
  for (const [id, a] of h.docfav.store.appointments) {
    if (a.staffCalendarId === LUCIA) h.docfav.store.appointments.delete(id);
  }
}

export function demoClientId(h: Sims): string {
  const client = [...h.docfav.store.clients.values()][0];
  if (!client) throw new Error('the Docfav demo has no clients');
  return client.id;
}

/** A Docfav appointment on Lucía's calendar for the first demo patient. */
export function addDocfavAppointment(
  h: Sims,
  start: string,
  options: { minutes?: number; behaviour?: AppointmentStatus; note?: string | null } = {},
) {
  const from = new Date(start);
  return h.docfav.store.createAppointment({
    clinicId: IDS.clinic,
    clientId: demoClientId(h),
    serviceId: IDS.services.consulta,
    staffCalendarId: LUCIA,
    from,
    to: new Date(from.getTime() + (options.minutes ?? 30) * MINUTE),
    behaviour: options.behaviour ?? 'confirmed',
    sale_status: 'pending',
    note: options.note === undefined ? 'Primera visita' : options.note,
    price: 5000,
    source: 'backoffice',
    sendReminder: false,
  });
}

/** Live Docfav appointments of the demo patient on Lucía's calendar. */
export function liveAppointmentsOfPatient(h: Sims) {
  const client = demoClientId(h);
  return [...h.docfav.store.appointments.values()].filter(
    (a) => a.staffCalendarId === LUCIA && a.clientId === client && a.behaviour !== 'cancelled',
  );
}
