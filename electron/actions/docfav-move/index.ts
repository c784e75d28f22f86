import type { MoveResult } from '../../../shared/contract';
import { eventId, type CalendarEvent } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { formatLocalDate, instantToLocal } from '../../../shared/time';
import type { DocfavNewAppointments } from '../../vendors/docfav/client';
import { neutralConflict, unavailableSlot } from '../conflicts';
import type { MoveEntry } from '../journal';
import { docfavPlace, type DocfavPlace } from '../locate';
import { attempt, cancelledMeanwhile } from '../outcome';
import { rangeOf, rereadQuietly, targetOf } from '../reread';
import type { ActionServices, DocfavRuntime } from '../types';
import { isLiveAppointment, readOne, unreadable } from './readback';
import type { DocfavAppointment } from '../../vendors/docfav/schemas';
import { lastMarker, markerText, moveKey } from '../../vendors/docfav/move-marker';
import type { Intent } from './recovery';
import { booked, findNow, type SagaDeps, type Settled } from './saga';

/**
 * Docfav has no move: check the target, book the same patient there, then cancel the old
 * appointment. The intent is journaled before the first write and each step after it, so a crash,
 * a lost answer or another desk doing the same never ends with the patient booked twice or not at
 * all: whatever this call cannot finish, the journal finishes (see recovery.ts).
 */

export interface DocfavMoveInput {
  start: string;
  end: string;
  notifyPatient: boolean;
  force: boolean;
}

export async function moveDocfavAppointment(
  services: ActionServices,
  runtime: DocfavRuntime,
  event: CalendarEvent,
  input: DocfavMoveInput,
): Promise<MoveResult> {
  if (!event.serviceId) {
    throw new AppError('validation', { reason: 'no-service' });
  }
  const place = docfavPlace(runtime, event.calendarId);
  const { client } = runtime;
  const account = runtime.account.id;

  // 0. Still live? The patient may have cancelled since the last sync, and re-booking a
  // cancelled appointment would book them again.
  let current: DocfavAppointment | undefined;
  try {
    current = await readOne(client, place, event.vendorId, event);
  } catch (err) {
    throw unreadable(err);
  }
  if (!current || !isLiveAppointment(current)) {
    // Nothing was written: show the current state if it can be read, and say why.
    await rereadQuietly(services, account, targetOf(event, [rangeOf(event)]));
    throw cancelledMeanwhile('docfav');
  }

  // 1. Is the target free? The appointment itself does not count: it is about to move away.
  const check = await conflictsAt(runtime, place, event, input);
  if (!input.force && check.result) return check.result;

  // 2. Journal the intent, then book. Overlapping only itself still needs `force`.
  // A booking made by an earlier move carries its root in the marker; otherwise it is the root.
  const made = lastMarker(current.note);
  const entry = services.moves.begin({
    ...intentOf(runtime, event, place, input),
    rootId: made?.rootId ?? current.id,
    lineage: made?.path ?? [],
  });
  try {
    const deps = services.moves.depsFor(runtime);
    const settled = await book(deps, runtime, event, place, input, entry, check.overlapsItself);
    if ('status' in settled) return settled;
    return await report(services, runtime, event, input, settled);
  } finally {
    services.moves.release(entry.id);
  }
}

function intentOf(
  runtime: DocfavRuntime,
  event: CalendarEvent,
  place: DocfavPlace,
  input: DocfavMoveInput,
): Omit<Intent, 'rootId' | 'lineage'> {
  return {
    accountId: runtime.account.id,
    clinicId: place.clinicId,
    locationId: place.locationId,
    timeZone: place.timeZone,
    staffCalendarId: event.calendarId,
    serviceId: event.serviceId ?? '',
    clientId: event.patient?.clientId ?? null,
    oldId: event.vendorId,
    oldStart: event.start,
    oldEnd: event.end,
    start: input.start,
    end: input.end,
  };
}

async function book(
  deps: SagaDeps,
  runtime: DocfavRuntime,
  event: CalendarEvent,
  place: DocfavPlace,
  input: DocfavMoveInput,
  entry: MoveEntry,
  overlapsItself: boolean,
): Promise<Settled | Extract<MoveResult, { status: 'conflict' }>> {
  const marker = markerText({
    moveId: entry.id,
    rootId: entry.rootId,
    path: [...entry.lineage, moveKey(Date.parse(entry.markedAt), entry.id)],
  });
  const request: DocfavNewAppointments = {
    ...(entry.clientId ? { client: entry.clientId } : {}),
    timezone: place.timeZone,
    appointments: [
      {
        service: entry.serviceId,
        staffCalendar: entry.staffCalendarId,
        from: input.start,
        to: input.end,
        note: `${movedNote(event, place.timeZone)}\n${marker}`,
      },
    ],
    sendReminder: input.notifyPatient,
    behaviour: event.status === 'confirmed' ? 'confirmed' : 'pending',
    force: input.force || overlapsItself,
  };
  let write;
  try {
    write = await attempt(() => runtime.client.createAppointments(place.clinicId, request));
  } catch (err) {
    // A clear refusal: nothing was booked, so there is nothing to finish.
    deps.journal.remove(entry.id);
    if (!input.force && err instanceof AppError && err.code === 'conflict') {
      // Taken between our check and the booking: show what is there now.
      const now = await conflictsAt(runtime, place, event, input);
      return now.result ?? { status: 'conflict', conflicts: [unavailableSlot(input)] };
    }
    throw err;
  }
  const id = write.ok ? write.value[0]?.id : undefined;
  if (id) return booked(deps, entry, id);
  // No answer. Finding the marker now proves the booking; not finding it proves nothing yet.
  const found = await findNow(deps, entry);
  if (found) return booked(deps, entry, found);
  return { kind: 'open', entry };
}

async function conflictsAt(
  runtime: DocfavRuntime,
  place: DocfavPlace,
  event: CalendarEvent,
  input: DocfavMoveInput,
): Promise<{ result?: Extract<MoveResult, { status: 'conflict' }>; overlapsItself: boolean }> {
  const check = await runtime.client.checkAvailability(place.clinicId, place.locationId, {
    from: input.start,
    to: input.end,
    staffCalendarId: event.calendarId,
  });
  const others = check.conflicts.filter(
    (c) => !(c.type === 'appointment' && c.id === event.vendorId),
  );
  const overlapsItself = others.length < check.conflicts.length;
  if (others.length > 0) {
    return {
      overlapsItself,
      result: { status: 'conflict', conflicts: others.map((c) => neutralConflict(c, input)) },
    };
  }
  if (!check.available && !overlapsItself) {
    return { overlapsItself, result: { status: 'conflict', conflicts: [unavailableSlot(input)] } };
  }
  return { overlapsItself };
}

function movedNote(event: CalendarEvent, zone: string): string {
  const local = instantToLocal(event.start, zone);
  const time = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
  const line = `moved from ${formatLocalDate(local)} ${time}`;
  return event.note ? `${event.note}\n${line}` : line;
}

/** What the desk that started the move is told, after the calendar has the platform's state. */
async function report(
  services: ActionServices,
  runtime: DocfavRuntime,
  event: CalendarEvent,
  input: DocfavMoveInput,
  settled: Settled,
): Promise<MoveResult> {
  const account = runtime.account.id;
  const idOf = (vendorId: string) => eventId('docfav', account, 'docfav-appointment', vendorId);
  const ranges = [rangeOf(event), rangeOf(input)];
  const reread = (vendorIds: string[], extra: { start: string; end: string }[] = []) =>
    rereadQuietly(services, account, {
      ...targetOf(event, [...ranges, ...extra.map(rangeOf)]),
      vendorIds,
    });
  const details = { vendor: 'docfav', step: 'cancel-old' };
  switch (settled.kind) {
    case 'moved': {
      await reread([event.vendorId, settled.newId]);
      const after = services.sync.findEvent(idOf(settled.newId));
      if (!after) {
        throw new AppError('invalid-response', {
          vendor: 'docfav',
          outcome: 'applied',
          reason: 'moved-not-found',
        });
      }
      services.logger.info('event moved', { account, kind: event.kind });
      return { status: 'moved', event: after };
    }
    case 'moved-elsewhere': {
      const { survivor } = settled;
      const start = new Date(survivor.booked_from).toISOString();
      const end = new Date(survivor.booked_to).toISOString();
      await reread([event.vendorId, survivor.id], [{ start, end }]);
      return {
        status: 'moved-elsewhere',
        start,
        event: services.sync.findEvent(idOf(survivor.id)) ?? null,
      };
    }
    case 'open':
      await reread([event.vendorId]);
      return { status: 'pending' };
    case 'not-moved': {
      await reread([event.vendorId]);
      const failure = settled.failure;
      throw new AppError(failure?.code ?? 'server', {
        ...details,
        vendorCode: failure?.details?.vendorCode,
        outcome: 'not-applied',
        reason: 'compensated',
      });
    }
    case 'duplicated': {
      await reread([event.vendorId]);
      throw new AppError(settled.failure.code, {
        ...details,
        outcome: 'duplicated',
        reason: 'repairing',
        eventIds: [event.id],
      });
    }
    case 'lost':
      await reread([event.vendorId]);
      throw new AppError('conflict', {
        ...details,
        outcome: 'lost',
        reason: 'lost',
        eventIds: [event.id],
      });
  }
}
