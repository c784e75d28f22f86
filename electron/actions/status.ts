import type { ActionResult, StatusAction } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import type { DocfavBehaviour } from '../vendors/docfav/client';
import type { DoctenaBookingUpdate } from '../vendors/doctena/client';
import { docfavPlace, zoneOf, type Located } from './locate';
import { attempt, notAppliedAfterCheck, type Attempt } from './outcome';
import { reread, targetOf } from './reread';
import { allowedStatusActions, reached, refusal, undoFor, type RuleClock } from './rules';
import type { ActionServices, DocfavRuntime, DoctenaRuntime } from './types';

/** Confirm, cancel, no-show and (Docfav) unconfirm, on either platform. */

export interface StatusInput {
  action: StatusAction;
  notifyPatient: boolean;
}

export async function setStatus(
  services: ActionServices,
  { event, runtime }: Located,
  input: StatusInput,
): Promise<ActionResult> {
  const clock: RuleClock = { now: services.now().getTime(), timeZone: zoneOf(runtime, event) };
  if (!allowedStatusActions(event, clock).includes(input.action)) {
    throw refusal(event, input.action, clock);
  }
  const write: Attempt<unknown> =
    runtime.vendor === 'doctena'
      ? await attempt(() => writeDoctena(runtime, event, input))
      : await attempt(() => writeDocfav(runtime, event, input.action));

  await reread(services, runtime.vendor, runtime.account.id, targetOf(event), write);
  const after = services.sync.findEvent(event.id) ?? null;
  if (!write.ok && !(after && reached(after, input.action))) {
    throw notAppliedAfterCheck(write.unknown);
  }
  services.logger.info('status changed', {
    account: runtime.account.id,
    kind: event.kind,
    action: input.action,
    checked: !write.ok,
  });
  const afterClock = { ...clock, now: services.now().getTime() };
  return { event: after, undo: undoFor(event, input.action, after, afterClock) };
}

function doctenaUpdate(action: StatusAction, notify: boolean): DoctenaBookingUpdate {
  switch (action) {
    case 'confirm':
      return { status: 'CONFIRMED', sendNotifications: notify };
    case 'cancel':
      return { status: 'CANCELED', sendNotifications: notify };
    case 'no-show':
      // Doctena takes a no-show only with the booking cancelled, in the same request if need be.
      return { status: 'CANCELED', noShow: true, sendNotifications: notify };
    case 'unconfirm':
      // Refused by the rules before we get here; kept total for the type checker.
      throw new Error('unconfirm is not a Doctena status');
  }
}

function writeDoctena(runtime: DoctenaRuntime, event: CalendarEvent, input: StatusInput) {
  return runtime.client.updateBooking(
    event.calendarId,
    event.vendorId,
    doctenaUpdate(input.action, input.notifyPatient),
  );
}

const BEHAVIOUR: Record<StatusAction, DocfavBehaviour> = {
  confirm: 'confirmed',
  cancel: 'cancelled',
  'no-show': 'no_show',
  unconfirm: 'unconfirmed',
};

function writeDocfav(runtime: DocfavRuntime, event: CalendarEvent, action: StatusAction) {
  const { clinicId } = docfavPlace(runtime, event.calendarId);
  return runtime.client.setBehaviour(clinicId, event.vendorId, { behaviour: BEHAVIOUR[action] });
}
