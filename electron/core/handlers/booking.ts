import { createBooking } from '../../actions/docfav-book';
import type { Handlers } from '../dispatch';
import type { Services } from '../types';

/** New Docfav appointments and their patients (see electron/actions/docfav-book). */
export function bookingHandlers(
  services: Services,
): Pick<Handlers, 'patients:search' | 'patients:create' | 'booking:options' | 'booking:create'> {
  const booking = createBooking(services);
  return {
    'patients:search': (input) => booking.searchPatients(input),
    'patients:create': (input) => booking.createPatient(input),
    'booking:options': (input) => booking.options(input),
    'booking:create': (input) => booking.book(input),
  };
}
