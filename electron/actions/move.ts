import type { MoveResult } from '../../shared/contract';
import { mapDoctenaStatus } from '../vendors/doctena/map';
import { isLive } from '../vendors/event-rules';
import { AppError } from '../../shared/errors';
import { moveDocfavAppointment } from './docfav-move';

import { zoneOf, type Located } from './locate';
import { attempt, cancelledMeanwhile, notAppliedAfterCheck } from './outcome';
import { reread, rereadQuietly, sameInstant, targetOf, rangeOf } from './reread';
import { refusal } from './rules';
import type { ActionServices, DoctenaRuntime } from './types';

/** Drag or resize: Doctena moves in place; Docfav re-books and cancels the old appointment. */

export interface MoveInput {
  start: string;
  end: string;
  notifyPatient: boolean;
  force: boolean;
}

export async function move(
  services: ActionServices,
  located: Located,
  input: MoveInput,
): Promise<MoveResult> {
  const { event, runtime } = located;
  const now = services.now().getTime();
  if (!event.actions.includes('move')) {
    throw refusal(event, 'move', { now, timeZone: zoneOf(runtime, event) });
  }
  if (Date.parse(input.start) <= now) {
    throw new AppError('validation', { reason: 'target-past' });
  }
  if (runtime.vendor === 'docfav') return moveDocfavAppointment(services, runtime, event, input);
  return moveDoctena(services, { event, runtime }, input);
}

async function moveDoctena(
  services: ActionServices,
  { event, runtime }: { event: Located['event']; runtime: DoctenaRuntime },
  input: MoveInput,
): Promise<MoveResult> {
  const { client } = runtime;
  if (event.kind === 'doctena-booking') {
    // The patient may have cancelled since the last sync, and Doctena would make a moved
    // cancelled booking RESCHEDULED, i.e. live again: read its status first.
    const current = await client.getBooking(event.calendarId, event.vendorId);
    if (!isLive(mapDoctenaStatus(current.status, current.no_show))) {
      // Nothing was written: show the current state if it can be read, and say why.
      await rereadQuietly(services, runtime.account.id, targetOf(event, [rangeOf(event)]));
      throw cancelledMeanwhile('doctena');
    }
  }
  // Doctena marks a booking RESCHEDULED itself when its start moves.
  const write = await attempt<unknown>(() =>
    event.kind === 'doctena-booking'
      ? client.updateBooking(event.calendarId, event.vendorId, {
          starts: input.start,
          ends: input.end,
          sendNotifications: input.notifyPatient,
        })
      : client.updateBlocking(event.calendarId, event.vendorId, {
          starts: input.start,
          ends: input.end,
        }),
  );
  const target = targetOf(event, [rangeOf(event), rangeOf(input)]);
  await reread(services, 'doctena', runtime.account.id, target, write);
  const after = services.sync.findEvent(event.id);
  const moved =
    !!after && sameInstant(after.start, input.start) && sameInstant(after.end, input.end);
  if (!write.ok && !moved) {
    throw notAppliedAfterCheck(write.unknown);
  }
  if (!after) {
    throw new AppError('not-found', { vendor: 'doctena', reason: 'entry-gone' });
  }
  services.logger.info('event moved', { account: runtime.account.id, kind: event.kind });
  return { status: 'moved', event: after };
}
