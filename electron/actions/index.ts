import type {
  ActionResult,
  BlockingInput,
  BlockingResult,
  MoveResult,
  StatusAction,
} from '../../shared/contract';
import { createBlockings } from './blocking-create';
import { deleteBlocking, updateBlocking, type BlockingUpdate } from './blocking-edit';
import { createWriteLocks, movePending } from './locks';
import { locate, notInCalendar, parseKnownId, writeKey } from './locate';
import { move, type MoveInput } from './move';
import { setStatus } from './status';
import type { ActionServices } from './types';

/**
 * The front-desk actions behind the `event:*` and `blocking:*` channels. Each one finds its event
 * in the cache (an unknown id costs no request), holds that event's write lock, writes, then reads
 * the platform's real state back into the cache and returns it.
 */
export function createActions(services: ActionServices) {
  const locks = createWriteLocks();

  // Async throughout, so a refusal always arrives as a rejected promise; the lock is still taken
  // synchronously, before the first await, which is what makes a second click see it.
  return {
    async setStatus(input: {
      eventId: string;
      action: StatusAction;
      notifyPatient: boolean;
    }): Promise<ActionResult> {
      const located = locate(services, input.eventId);
      return locks.run(writeKey(located.event), () => setStatus(services, located, input));
    },

    async move(input: MoveInput & { eventId: string }): Promise<MoveResult> {
      const located = locate(services, input.eventId);
      const { event } = located;
      // The journal's lock outlives this process: a move a crash or a lost answer left open
      // must settle before the same appointment is moved again.
      if (services.moves.isBusy(event.accountId, event.vendorId)) throw movePending();
      return locks.run(writeKey(event), () => move(services, located, input));
    },

    async createBlockings(input: BlockingInput): Promise<BlockingResult> {
      return createBlockings(services, input);
    },

    async updateBlocking(input: BlockingUpdate & { eventId: string }): Promise<ActionResult> {
      const located = locate(services, input.eventId);
      return locks.run(writeKey(located.event), () => updateBlocking(services, located, input));
    },

    async deleteBlocking(input: { eventId: string }): Promise<{ deleted: boolean }> {
      if (!services.sync.findEvent(input.eventId)) {
        // A blocking of a connected account that the calendar no longer holds was deleted
        // already (by us a moment ago, or in Doctena); anything else is not ours to judge.
        const known = parseKnownId(services, input.eventId);
        if (known?.kind === 'doctena-blocking') return { deleted: false };
        throw notInCalendar();
      }
      const located = locate(services, input.eventId);
      return locks.run(writeKey(located.event), () => deleteBlocking(services, located));
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
