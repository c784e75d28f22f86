import type { MoveResult } from '../../shared/contract';
import { eventId, type CalendarEvent } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { formatLocalDate, instantToLocal } from '../../shared/time';
import type { DocfavNewAppointments } from '../vendors/docfav/client';
import type { DocfavAppointment, DocfavCreatedAppointment } from '../vendors/docfav/schemas';
import { neutralConflict, unavailableSlot } from './conflicts';
import { cancelOld } from './docfav-compensate';
import {
  bothRanges,
  findCreated,
  liveness,
  readAppointments,
  type DocfavMove,
  type NewBooking,
} from './docfav-readback';
import { docfavPlace } from './locate';
import type { MoveInput } from './move';
import { attempt, notAppliedAfterCheck, type Attempt } from './outcome';
import { cancelledMeanwhile } from './move';
import { rangeOf, reread, rereadQuietly, targetOf } from './reread';
import type { ActionServices, DocfavRuntime } from './types';

/**
 * Docfav has no move: check the target, book the same patient there, then cancel the old
 * appointment. Whatever fails, it must not end with the patient booked twice or not at all, and a
 * write Docfav did not answer is settled by reading back, never by sending it again.
 */

export async function moveDocfavAppointment(
  services: ActionServices,
  runtime: DocfavRuntime,
  event: CalendarEvent,
  input: MoveInput,
): Promise<MoveResult> {
  if (!event.serviceId) {
    throw new AppError(
      'validation',
      'This Docfav appointment has no service, so Frontdesk cannot book it at another time. Move it in Docfav itself.',
      { reason: 'no-service' },
    );
  }
  const move: DocfavMove = {
    services,
    runtime,
    event,
    place: docfavPlace(runtime, event.calendarId),
    input,
  };

  // 0. Still live? The patient may have cancelled since the last sync, and re-booking a
  // cancelled appointment would book them again.
  const state = await liveness(move, event.vendorId, event);
  if (state !== 'live') {
    // Nothing was written: show the current state if it can be read, and say why.
    await rereadQuietly(services, runtime.account.id, targetOf(event, [rangeOf(event)]));
    throw state === 'not-live'
      ? cancelledMeanwhile('docfav')
      : new AppError(
          'network',
          'Frontdesk could not check this appointment in Docfav, so it was not moved. Try again.',
          { vendor: 'docfav', outcome: 'not-applied' },
        );
  }

  // 1. Is the target free? The appointment itself does not count: it is about to move away.
  const check = await runtime.client.checkAvailability(move.place.clinicId, move.place.locationId, {
    from: input.start,
    to: input.end,
    staffCalendarId: event.calendarId,
  });
  const others = check.conflicts.filter(
    (c) => !(c.type === 'appointment' && c.id === event.vendorId),
  );
  const overlapsItself = others.length < check.conflicts.length;
  if (!input.force) {
    if (others.length > 0) {
      return { status: 'conflict', conflicts: others.map((c) => neutralConflict(c, input)) };
    }
    if (!check.available && !overlapsItself) {
      return { status: 'conflict', conflicts: [unavailableSlot(input)] };
    }
  }
  const existing = new Set(check.conflicts.flatMap((c) => (c.id ? [c.id] : [])));
  existing.add(event.vendorId);

  // 2. Book the new one. Overlapping only itself still needs `force`, or Docfav refuses it.
  const created = await book(move, { force: input.force || overlapsItself, existing });
  if (created.status === 'conflict') return created;

  // 3. Cancel the old one; if that fails, take the new one back.
  await cancelOld(move, created.id);

  const newId = eventId('docfav', runtime.account.id, 'docfav-appointment', created.id);
  const target = { ...targetOf(event, bothRanges(move)), vendorIds: [event.vendorId, created.id] };
  await reread(services, 'docfav', runtime.account.id, target, { ok: true, value: null });
  const after = services.sync.findEvent(newId);
  if (!after) {
    throw new AppError(
      'invalid-response',
      'The appointment was moved in Docfav, but Frontdesk could not find it at its new time. Refresh the calendar.',
      { vendor: 'docfav', outcome: 'applied' },
    );
  }
  services.logger.info('event moved', { account: runtime.account.id, kind: event.kind });
  return { status: 'moved', event: after };
}

function movedNote(event: CalendarEvent, zone: string): string {
  const local = instantToLocal(event.start, zone);
  const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  const line = `moved from ${formatLocalDate(local)} ${time}`;
  return event.note ? `${event.note}\n${line}` : line;
}

type Booked = { status: 'booked'; id: string } | Extract<MoveResult, { status: 'conflict' }>;

async function book(
  move: DocfavMove,
  options: { force: boolean; existing: ReadonlySet<string> },
): Promise<Booked> {
  const { runtime, event, place, input } = move;
  const wanted: NewBooking = {
    staffCalendarId: event.calendarId,
    serviceId: event.serviceId ?? '',
    clientId: event.patient?.clientId ?? null,
    start: input.start,
    end: input.end,
  };
  const request: DocfavNewAppointments = {
    ...(wanted.clientId ? { client: wanted.clientId } : {}),
    timezone: place.timeZone,
    appointments: [
      {
        service: wanted.serviceId,
        staffCalendar: wanted.staffCalendarId,
        from: input.start,
        to: input.end,
        note: movedNote(event, place.timeZone),
      },
    ],
    sendReminder: input.notifyPatient,
    behaviour: event.status === 'confirmed' ? 'confirmed' : 'pending',
    force: options.force,
  };

  let write: Attempt<DocfavCreatedAppointment[]>;
  try {
    write = await attempt(() => runtime.client.createAppointments(place.clinicId, request));
  } catch (err) {
    // Taken between our check and the booking: show what is there now, nothing was written.
    if (!options.force && err instanceof AppError && err.code === 'conflict') {
      return conflictsNow(move);
    }
    throw err;
  }
  const id = write.ok ? write.value[0]?.id : undefined;
  if (id) return { status: 'booked', id };
  const unknown = write.ok
    ? new AppError('invalid-response', 'Docfav answered without the new appointment.', {
        vendor: 'docfav',
        outcome: 'unknown',
      })
    : write.unknown;
  return { status: 'booked', id: await findBooking(move, wanted, options.existing, unknown) };
}

/** Docfav did not say whether it booked: look, and report plainly when it did not. */
async function findBooking(
  move: DocfavMove,
  wanted: NewBooking,
  existing: ReadonlySet<string>,
  unknown: AppError,
): Promise<string> {
  const { runtime, place, input } = move;
  let found: DocfavAppointment | undefined;
  try {
    const list = await readAppointments(runtime.client, place, wanted.staffCalendarId, input);
    found = findCreated(list, wanted, existing);
  } catch {
    throw new AppError(
      unknown.code,
      'Docfav did not confirm the new booking, and Frontdesk could not check whether it was made. Refresh the calendar before trying again: the patient may now be booked at both times.',
      { vendor: 'docfav', outcome: 'unknown', step: 'create' },
    );
  }
  if (!found) {
    throw notAppliedAfterCheck(
      unknown,
      'docfav',
      'no new booking was made, and the appointment is still at its original time.',
    );
  }
  move.services.logger.info('timed-out booking found by read-back', {
    account: runtime.account.id,
  });
  return found.id;
}

async function conflictsNow(move: DocfavMove): Promise<Booked> {
  const { runtime, event, place, input } = move;
  const check = await runtime.client.checkAvailability(place.clinicId, place.locationId, {
    from: input.start,
    to: input.end,
    staffCalendarId: event.calendarId,
  });
  const others = check.conflicts.filter(
    (c) => !(c.type === 'appointment' && c.id === event.vendorId),
  );
  return {
    status: 'conflict',
    conflicts:
      others.length > 0 ? others.map((c) => neutralConflict(c, input)) : [unavailableSlot(input)],
  };
}
