import { createActions } from '../../actions';
import type { Handlers } from '../dispatch';
import type { Services } from '../types';

/** Front-desk actions: status changes, moves and blocked time (see electron/actions). */
export function actionHandlers(
  services: Services,
): Pick<
  Handlers,
  'event:setStatus' | 'event:move' | 'blocking:create' | 'blocking:update' | 'blocking:delete'
> {
  const actions = createActions(services);
  return {
    'event:setStatus': (input) => actions.setStatus(input),
    'event:move': (input) => actions.move(input),
    'blocking:create': (input) => actions.createBlockings(input),
    'blocking:update': (input) => actions.updateBlocking(input),
    'blocking:delete': (input) => actions.deleteBlocking(input),
  };
}
