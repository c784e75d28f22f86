import type { Handlers } from '../dispatch';
import type { Services } from '../types';

/** The merged calendar: read, refresh, search. */
export function calendarHandlers(
  services: Services,
): Pick<Handlers, 'calendar:range' | 'sync:refresh' | 'events:search'> {
  return {
    'calendar:range': ({ from, to }) =>
      services.sync.range({ from: new Date(from), to: new Date(to) }),
    'sync:refresh': ({ from, to }) =>
      services.sync.refresh({ from: new Date(from), to: new Date(to) }),
    'events:search': ({ query, range }) =>
      services.sync.search(query, { from: new Date(range.from), to: new Date(range.to) }),
  };
}
