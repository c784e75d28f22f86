import type { Handlers } from '../dispatch';
import type { Services } from '../types';
import { accountHandlers } from './accounts';
import { actionHandlers } from './actions';
import { appHandlers } from './app';
import { bookingHandlers } from './booking';
import { bulkHandlers } from './bulk';
import { calendarHandlers } from './calendar';
import { guardHandlers } from './guard';
import { printHandlers } from './print';
import { slotHandlers } from './slots';

/** The main process's answer to every contract channel, one file per area. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...calendarHandlers(services),
    ...accountHandlers(services),
    ...actionHandlers(services),
    ...guardHandlers(services),
    ...bookingHandlers(services),
    ...bulkHandlers(services),
    ...slotHandlers(services),
    ...printHandlers(services),
  };
}
