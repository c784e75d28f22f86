import type { Handlers } from '../dispatch';
import type { Services } from '../types';

/**
 * The day sheet is laid out by the renderer; here it only leaves the window, through Electron's
 * glue. The web bridge has no printer: the renderer hears `unsupported` and lets the browser print.
 */
export function printHandlers(services: Services): Pick<Handlers, 'print:daySheet'> {
  return {
    'print:daySheet': async (input) => {
      const print = services.printDaySheet;
      return { outcome: print ? await print(input) : 'unsupported' };
    },
  };
}
