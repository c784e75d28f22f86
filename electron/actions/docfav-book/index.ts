import type { BookingInput, BookingResult, Conflict } from '../../../shared/contract';
import { eventId } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { DocfavNewAppointments } from '../../vendors/docfav/client';
import { bookingMarkerText } from '../../vendors/docfav/move-marker';
import { neutralConflict, unavailableSlot } from '../conflicts';
import type { DocfavPlace } from '../locate';
import { createWriteLocks } from '../locks';
import { attempt } from '../outcome';
import { rangeOf, reread } from '../reread';
import type { DocfavRuntime } from '../types';
import type { BookEntry } from './entry';
import { findBooking } from './lookup';
import { createOptionsReader } from './options';
import { createPatient, searchPatients } from './patients';
import { bookingPlace, type BookServices } from './place';

/**
 * A new Docfav appointment: check the slot, journal the intent, book with a marker in the note,
 * read the result back. A create whose answer is lost stays in the journal until its marker is
 * found or it is known not to exist (recovery.ts), and the same slot cannot be booked again
 * meanwhile, so a lost answer never ends with the patient booked twice.
 */

export function createBooking(services: BookServices) {
  // One booking per practitioner at a time from this desk: a second click must not race the first.
  const locks = createWriteLocks();
  return {
    options: createOptionsReader(services),
    searchPatients: (input: Parameters<typeof searchPatients>[1]) =>
      searchPatients(services, input),
    createPatient: (input: Parameters<typeof createPatient>[1]) => createPatient(services, input),
    book: async (input: BookingInput): Promise<BookingResult> => {
      const { runtime, place } = bookingPlace(services, input);
      return locks.run(`${input.accountId}:${input.calendarId}`, () =>
        book(services, runtime, place, input),
      );
    },
  };
}

export type Booking = ReturnType<typeof createBooking>;

async function book(
  services: BookServices,
  runtime: DocfavRuntime,
  place: DocfavPlace,
  input: BookingInput,
): Promise<BookingResult> {
  if (services.bookings.isBusy(input.accountId, input.calendarId, input)) {
    throw new AppError('conflict', { vendor: 'docfav', reason: 'booking-pending' });
  }
  if (!input.force) {
    const conflicts = await conflictsAt(runtime, place, input);
    if (conflicts) return { status: 'conflict', conflicts };
  }
  const entry = services.bookings.begin({
    accountId: input.accountId,
    clinicId: place.clinicId,
    locationId: place.locationId,
    timeZone: place.timeZone,
    staffCalendarId: input.calendarId,
    serviceId: input.serviceId,
    clientId: input.clientId,
    start: input.start,
    end: input.end,
  });
  try {
    const write = await send(services, runtime, place, input, entry);
    if (write.status !== 'sent') return write;
    if (!write.id) {
      services.logger.info('booking unanswered; the journal keeps looking', { booking: entry.id });
      return { status: 'pending' };
    }
    services.bookings.close(entry.id);
    return await readBack(services, input, write.id);
  } finally {
    services.bookings.release(entry.id);
  }
}

/** The create itself; the id of what it made, or none when neither answer nor marker says. */
async function send(
  services: BookServices,
  runtime: DocfavRuntime,
  place: DocfavPlace,
  input: BookingInput,
  entry: BookEntry,
): Promise<
  { status: 'sent'; id: string | undefined } | Extract<BookingResult, { status: 'conflict' }>
> {
  const marker = bookingMarkerText(entry.id, Date.parse(entry.markedAt));
  const note = input.note.trim();
  const request: DocfavNewAppointments = {
    client: input.clientId,
    timezone: place.timeZone,
    appointments: [
      {
        service: input.serviceId,
        staffCalendar: input.calendarId,
        from: input.start,
        to: input.end,
        note: note ? `${note}\n${marker}` : marker,
      },
    ],
    sendReminder: input.sendReminder,
    behaviour: input.status,
    force: input.force,
  };
  let write;
  try {
    write = await attempt(() => runtime.client.createAppointments(place.clinicId, request));
  } catch (err) {
    // A clear refusal: nothing was booked, so there is nothing to look for.
    services.bookings.close(entry.id);
    if (!input.force && err instanceof AppError && err.code === 'conflict') {
      // Taken between the check and the booking (Docfav's APPOINTMENT_OVERLAP): show what is there.
      const now = await conflictsAt(runtime, place, input).catch(() => undefined);
      return { status: 'conflict', conflicts: now ?? [unavailableSlot(input)] };
    }
    throw err;
  }
  const id = write.ok ? write.value[0]?.id : undefined;
  if (id) return { status: 'sent', id };
  // No answer. Finding the marker now proves the booking; not finding it proves nothing yet.
  return { status: 'sent', id: await findBooking(runtime.client, entry).catch(() => undefined) };
}

/** What is in the slot, by type only; undefined when it is free. */
async function conflictsAt(
  runtime: DocfavRuntime,
  place: DocfavPlace,
  input: BookingInput,
): Promise<Conflict[] | undefined> {
  // A read that fails says why itself (a revoked key, say); nothing has been written yet.
  const check = await runtime.client.checkAvailability(place.clinicId, place.locationId, {
    from: input.start,
    to: input.end,
    staffCalendarId: input.calendarId,
  });
  if (check.conflicts.length > 0) return check.conflicts.map((c) => neutralConflict(c, input));
  return check.available ? undefined : [unavailableSlot(input)];
}

/** The booking as the calendar will show it, read from Docfav after the write. */
async function readBack(services: BookServices, input: BookingInput, vendorId: string) {
  await reread(
    services,
    'docfav',
    input.accountId,
    {
      calendarId: input.calendarId,
      kind: 'docfav-appointment',
      vendorIds: [vendorId],
      ranges: [rangeOf(input)],
    },
    { ok: true, value: vendorId },
  );
  const event = services.sync.findEvent(
    eventId('docfav', input.accountId, 'docfav-appointment', vendorId),
  );
  if (!event) {
    throw new AppError('invalid-response', {
      vendor: 'docfav',
      outcome: 'applied',
      reason: 'saved-not-read-back',
    });
  }
  services.logger.info('appointment booked', { account: input.accountId, booking: vendorId });
  return { status: 'booked' as const, event };
}
