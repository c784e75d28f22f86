import type { CalendarRef } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Services } from '../../core/types';
import type { ActionServices, DocfavRuntime } from '../types';
import { docfavPlace, type DocfavPlace } from '../locate';

/** What booking needs from the main process: the accounts, the cache, a log, a clock, its journal. */
export type BookServices = ActionServices & Pick<Services, 'bookings'>;

/**
 * The Docfav account and the clinic and location of the practitioner a booking is for. Doctena's
 * API cannot create bookings at all (only blockings), so a Doctena calendar is refused by name.
 */
export function bookingPlace(
  services: Pick<BookServices, 'accounts'>,
  ref: CalendarRef,
): { runtime: DocfavRuntime; place: DocfavPlace } {
  const runtime = services.accounts().get(ref.accountId);
  if (!runtime) throw new AppError('not-found', { reason: 'account-gone' });
  if (runtime.vendor !== 'docfav') {
    throw new AppError('validation', { vendor: 'doctena', reason: 'doctena-no-booking' });
  }
  return { runtime, place: docfavPlace(runtime, ref.calendarId) };
}
