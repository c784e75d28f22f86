import { createSlotFinder } from '../../slots';
import type { Handlers } from '../dispatch';
import type { Services } from '../types';

/** Free slots of a practitioner, for booking and for changing an appointment's time. */
export function slotHandlers(services: Services): Pick<Handlers, 'slots:find'> {
  const find = createSlotFinder({
    accounts: services.accounts,
    settings: () => services.settings.read(),
    now: services.now,
  });
  return { 'slots:find': (input) => find(input) };
}
