import { AppError } from '../../../shared/errors';
import type { Handlers } from '../dispatch';
import type { Services } from '../services';

// Front-desk actions (issue 5): filled in by electron/actions.
const notYet = () => {
  throw new AppError('unavailable', 'This action is not available yet.');
};

export function actionHandlers(
  _services: Services,
): Pick<
  Handlers,
  'event:setStatus' | 'event:move' | 'blocking:create' | 'blocking:update' | 'blocking:delete'
> {
  return {
    'event:setStatus': notYet,
    'event:move': notYet,
    'blocking:create': notYet,
    'blocking:update': notYet,
    'blocking:delete': notYet,
  };
}
