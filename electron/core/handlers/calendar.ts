import { createPatients } from '../../patients';
import { createToConfirmReader } from '../../sync/to-confirm';
import type { Handlers } from '../dispatch';
import type { Services } from '../types';

/** The merged calendar: read, refresh, search, and what still awaits confirmation. */
export function calendarHandlers(
  services: Services,
): Pick<
  Handlers,
  'calendar:range' | 'sync:refresh' | 'events:search' | 'patients:get' | 'calendar:toConfirm'
> {
  const patients = createPatients(services);
  const toConfirm = createToConfirmReader(services.sync, { now: services.now });
  return {
    'calendar:range': ({ from, to }) =>
      services.sync.range({ from: new Date(from), to: new Date(to) }),
    'sync:refresh': ({ from, to }) =>
      services.sync.refresh({ from: new Date(from), to: new Date(to) }),
    'events:search': ({ query }) => patients.search(query),
    'patients:get': ({ eventId }) => patients.card(eventId),
    'calendar:toConfirm': ({ from, weeks }) =>
      toConfirm({ from: from ? new Date(from) : undefined, weeks }),
  };
}
