import type { Handlers } from '../dispatch';
import type { Services } from '../types';

/** Bulk cancels: started at once, then polled for their progress (see actions/bulk-cancel). */
export function bulkHandlers(services: Services): Pick<Handlers, 'bulk:cancel' | 'bulk:progress'> {
  return {
    'bulk:cancel': (input) => services.bulkCancels.start(input),
    'bulk:progress': (input) => services.bulkCancels.progress(input.id),
  };
}
