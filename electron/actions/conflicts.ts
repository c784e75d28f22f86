import type { Conflict } from '../../shared/contract';
import type { DocfavAvailabilityCheck } from '../vendors/docfav/schemas';
import { toInstant } from '../vendors/event-rules';

/**
 * What is in the way of a Docfav move, labelled by type only: a reservation's name or a booking's
 * details can hold a patient's name, and the dialog that shows these must never.
 */

const LABELS: Record<string, string> = {
  appointment: 'Appointment',
  time_reservation: 'Reserved time',
  group_reservation: 'Group session',
  day_off: 'Day off',
  time_off: 'Time off',
  outside_working_hours: 'Outside working hours',
};

type CheckConflict = DocfavAvailabilityCheck['conflicts'][number];

export function neutralConflict(
  conflict: CheckConflict,
  requested: { start: string; end: string },
): Conflict {
  const type = conflict.type ?? 'unavailable';
  return {
    type,
    start: toInstant(conflict.from) ?? requested.start,
    end: toInstant(conflict.to) ?? requested.end,
    label: LABELS[type] ?? 'Not available',
  };
}

/** Docfav said no without naming a reason. */
export function unavailableSlot(requested: { start: string; end: string }): Conflict {
  return {
    type: 'unavailable',
    start: requested.start,
    end: requested.end,
    label: 'Not available',
  };
}
