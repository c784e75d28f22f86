import type { Conflict } from '../../shared/contract';
import type { DocfavAvailabilityCheck } from '../vendors/docfav/schemas';
import { toInstant } from '../vendors/event-rules';

/**
 * What is in the way of a Docfav move, by type only: a reservation's name or a booking's details
 * can hold a patient's name, and the dialog that shows these must never. The renderer words the
 * type (renderer/components/actions/conflictLabel.ts).
 */

type CheckConflict = DocfavAvailabilityCheck['conflicts'][number];

export function neutralConflict(
  conflict: CheckConflict,
  requested: { start: string; end: string },
): Conflict {
  return {
    type: conflict.type ?? 'unavailable',
    start: toInstant(conflict.from) ?? requested.start,
    end: toInstant(conflict.to) ?? requested.end,
  };
}

/** Docfav said no without naming a reason. */
export function unavailableSlot(requested: { start: string; end: string }): Conflict {
  return { type: 'unavailable', start: requested.start, end: requested.end };
}
