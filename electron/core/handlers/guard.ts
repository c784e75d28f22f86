import type { Handlers } from '../dispatch';
import type { Services } from '../types';

/** The double-booking guard (electron/guard): pairing suggestions, status, run now. */
export function guardHandlers(
  services: Services,
): Pick<Handlers, 'guard:suggestions' | 'guard:status' | 'guard:run'> {
  return {
    'guard:suggestions': () => services.guard.suggestions(),
    'guard:status': () => services.guard.status(),
    'guard:run': () => services.guard.run(),
  };
}
