import { AppError } from '../../../shared/errors';
import type { Handlers } from '../dispatch';
import type { Services } from '../services';

// The double-booking guard (issue 7): filled in by electron/guard.
const notYet = () => {
  throw new AppError('unavailable', 'The double-booking guard is not available yet.');
};

export function guardHandlers(
  _services: Services,
): Pick<Handlers, 'guard:suggestions' | 'guard:status' | 'guard:run'> {
  return { 'guard:suggestions': notYet, 'guard:status': notYet, 'guard:run': notYet };
}
