import type { StatusAction } from '../../shared/contract';
import type { CalendarEvent, EventAction } from '../../shared/domain';
import { AppError, type ErrorReason } from '../../shared/errors';
import { hasStarted, isTodayOrLater } from '../vendors/event-rules';

/**
 * Which status changes an event allows. The mappers' `actions` say what the calendar offers; on
 * top of that come the undo steps each API allows (Docfav: back to the previous behaviour;
 * Doctena: confirm a cancelled booking again).
 */

export interface RuleClock {
  now: number;
  /** The zone whose calendar day counts as "today". */
  timeZone: string;
}

const STATUS_ACTIONS: readonly StatusAction[] = ['confirm', 'cancel', 'no-show', 'unconfirm'];

function isStatusAction(action: EventAction | StatusAction): action is StatusAction {
  return (STATUS_ACTIONS as readonly string[]).includes(action);
}

export function allowedStatusActions(event: CalendarEvent, clock: RuleClock): StatusAction[] {
  const allowed = new Set<StatusAction>(
    event.actions.flatMap((a) => (isStatusAction(a) ? [a] : [])),
  );
  const upcoming = isTodayOrLater(event.start, clock.now, clock.timeZone);
  if (event.kind === 'doctena-booking') {
    if (event.status === 'cancelled' && !event.noShow && upcoming) allowed.add('confirm');
  } else if (event.kind === 'docfav-appointment') {
    if (event.status === 'confirmed' && upcoming) allowed.add('unconfirm');
    if ((event.status === 'cancelled' && upcoming) || event.status === 'no-show') {
      allowed.add('confirm');
      allowed.add('unconfirm');
    }
  } else {
    return [];
  }
  return STATUS_ACTIONS.filter((a) => allowed.has(a));
}

/** True when the event shows the state the action asks for. */
export function reached(event: CalendarEvent, action: StatusAction): boolean {
  switch (action) {
    case 'confirm':
      return event.status === 'confirmed';
    case 'cancel':
      return event.status === 'cancelled';
    case 'no-show':
      return event.noShow || event.status === 'no-show';
    case 'unconfirm':
      return event.status === 'waiting';
  }
}

/** What would take the event back to where it was before `action`, if the API allows it. */
export function undoFor(
  before: CalendarEvent,
  action: StatusAction,
  after: CalendarEvent | null,
  clock: RuleClock,
): StatusAction | null {
  if (!after) return null;
  let candidate: StatusAction | null = null;
  if (before.kind === 'doctena-booking') {
    // Doctena cannot go back to WAITING, nor take back a no-show; a cancellation it can.
    candidate = action === 'cancel' ? 'confirm' : null;
  } else if (before.kind === 'docfav-appointment') {
    candidate = actionLeadingTo(before);
  }
  if (candidate === null || candidate === action) return null;
  return allowedStatusActions(after, clock).includes(candidate) ? candidate : null;
}

function actionLeadingTo(event: CalendarEvent): StatusAction | null {
  switch (event.status) {
    case 'waiting':
      return 'unconfirm';
    case 'confirmed':
      return 'confirm';
    case 'cancelled':
      return 'cancel';
    case 'no-show':
      return 'no-show';
    default:
      return null;
  }
}

function refused(reason: ErrorReason): AppError {
  return new AppError('validation', { reason });
}

const READ_ONLY_KINDS = new Set([
  'docfav-time-reservation',
  'docfav-group-reservation',
  'docfav-recurring-event',
]);

/** Why a status change or move is not possible, as a reason the renderer words for the desk. */
export function refusal(
  event: CalendarEvent,
  action: StatusAction | 'move',
  clock: RuleClock,
): AppError {
  if (READ_ONLY_KINDS.has(event.kind)) return refused('read-only-kind');
  if (event.kind === 'doctena-blocking') {
    if (action !== 'move') return refused('blocking-status');
    return refused(event.recurrence ? 'recurring-occurrence' : 'blocking-started');
  }
  if (action === 'unconfirm' && event.source === 'doctena') return refused('no-unconfirmed');
  const started = hasStarted(event.start, clock.now);
  if (action === 'no-show') {
    if (!started) return refused('not-started');
    return refused(event.status === 'no-show' ? 'already-no-show' : 'not-live');
  }
  if (event.status === 'no-show') return refused('no-show');
  if (event.status === 'cancelled') {
    return refused(
      action === 'cancel'
        ? 'already-cancelled'
        : action === 'move'
          ? 'cancelled-no-move'
          : 'cancelled',
    );
  }
  if (event.status === 'expired') return refused('expired');
  if (action === 'confirm' && event.status === 'confirmed') return refused('already-confirmed');
  if (action === 'unconfirm' && event.status === 'waiting') return refused('not-confirmed');
  if (action === 'move' && started) return refused('started');
  if (!isTodayOrLater(event.start, clock.now, clock.timeZone)) return refused('past');
  return refused('not-allowed');
}
