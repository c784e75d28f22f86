import { eventId } from '../../shared/domain';
import { AppError, toAppError } from '../../shared/errors';
import { isLive } from '../vendors/event-rules';
import { bothRanges, liveness, type DocfavMove, type Liveness } from './docfav-readback';
import { retryIdempotent } from './idempotent';
import { isGone, isOutcomeUnknown } from './outcome';
import { rereadQuietly, targetOf } from './reread';

/**
 * Step 3 of a Docfav move and its clean-up: cancel the old appointment, and if that fails take
 * the new booking back, then say plainly what Docfav really has.
 */

export async function cancelOld(move: DocfavMove, newId: string): Promise<void> {
  const { runtime, event, place } = move;
  let failure: AppError;
  try {
    // Setting the same behaviour twice is harmless, so a transient failure is simply repeated.
    await retryIdempotent(() =>
      runtime.client.setBehaviour(place.clinicId, event.vendorId, { behaviour: 'cancelled' }),
    );
    return;
  } catch (err) {
    failure = toAppError(err);
  }
  const oldState: Liveness = isOutcomeUnknown(failure)
    ? await liveness(move, event.vendorId, event)
    : 'live';
  // The cancellation did go through (or the old one is gone): the move is complete.
  if (oldState === 'not-live') return;
  if (oldState === 'unreadable') {
    throw new AppError(
      failure.code,
      'Docfav did not confirm that the appointment at its old time was cancelled, and Frontdesk could not check. Refresh the calendar: if the patient is booked at both times, cancel the old one.',
      { vendor: 'docfav', outcome: 'unknown', step: 'cancel-old' },
    );
  }
  await removeNew(move, newId);
  throw await endState(move, newId, failure);
}

/** Deletes the new booking again, repeating a delete that failed on the way. */
async function removeNew(move: DocfavMove, newId: string): Promise<void> {
  const { runtime, place, input } = move;
  try {
    // Deleting one id twice is harmless (the second finds it gone).
    // Taking the new booking back is what prevents a double booking: be patient with it.
    await retryIdempotent(() => runtime.client.deleteAppointment(place.clinicId, newId), {
      attempts: 5,
    });
  } catch (err) {
    if (isGone(err)) return;
    const state = isOutcomeUnknown(err) ? await liveness(move, newId, input) : 'live';
    move.services.logger.warn('compensating delete failed', {
      account: runtime.account.id,
      code: toAppError(err).code,
      state,
    });
  }
}

/** After a failed cancel and the clean-up: what Docfav really has now, as a plain error. */
async function endState(move: DocfavMove, newId: string, failure: AppError): Promise<AppError> {
  const { services, runtime, event } = move;
  const account = runtime.account.id;
  const target = { ...targetOf(event, bothRanges(move)), vendorIds: [event.vendorId, newId] };
  const fresh = await rereadQuietly(services, account, target);
  const live = (id: string) => {
    const found = services.sync.findEvent(id);
    return !!found && isLive(found.status);
  };
  const newEventId = eventId('docfav', account, 'docfav-appointment', newId);
  const oldLive = fresh ? live(event.id) : true;
  const newLive = fresh ? live(newEventId) : true;
  const details = {
    vendor: 'docfav',
    step: 'cancel-old',
    vendorCode: failure.details?.vendorCode,
    status: failure.details?.status,
    checked: fresh,
  };
  if (oldLive && !newLive) {
    return new AppError(
      failure.code,
      'Docfav did not cancel the appointment at its old time, so Frontdesk removed the new booking again. The appointment is still at its original time; nothing changed. Try again.',
      { ...details, outcome: 'not-applied' },
    );
  }
  if (oldLive && newLive) {
    return new AppError(
      failure.code,
      'Docfav did not cancel the appointment at its old time, and Frontdesk could not remove the new booking either. The patient is now booked at both times: cancel one of them in the calendar.',
      { ...details, outcome: 'duplicated', eventIds: [event.id, newEventId] },
    );
  }
  if (!oldLive && newLive) {
    return new AppError(
      failure.code,
      'Docfav reported an error, but the appointment did move: it is now only at its new time. Refresh the calendar to see it.',
      { ...details, outcome: 'applied' },
    );
  }
  return new AppError(
    failure.code,
    'Docfav reported an error while moving, and the appointment is now at neither time. Book it again in Docfav.',
    { ...details, outcome: 'lost', eventIds: [event.id] },
  );
}
