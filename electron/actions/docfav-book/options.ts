import { parseHexColour } from '../../../shared/colour';
import type { BookingOptions, CalendarRef } from '../../../shared/contract';
import type { DocfavClient } from '../../vendors/docfav/client';
import type { DocfavClinic, DocfavService } from '../../vendors/docfav/schemas';
import { bookingPlace, type BookServices } from './place';

/**
 * The services and the default status the booking dialog offers. A clinic changes them rarely, and
 * each dialog would otherwise cost two requests of the hourly budget: they are kept a while, per
 * clinic and per client (a reconnected account gets a new client, and so a fresh read).
 */

const KEEP_MS = 10 * 60_000;

export function createOptionsReader(services: Pick<BookServices, 'accounts' | 'now'>) {
  const kept = new Map<string, { client: DocfavClient; at: number; value: BookingOptions }>();
  return async (ref: CalendarRef): Promise<BookingOptions> => {
    const { runtime, place } = bookingPlace(services, ref);
    const key = `${ref.accountId}|${place.clinicId}`;
    const now = services.now().getTime();
    const hit = kept.get(key);
    if (hit && hit.client === runtime.client && now - hit.at < KEEP_MS) return hit.value;
    const [list, clinic] = await Promise.all([
      runtime.client.services(place.clinicId),
      runtime.client.clinic(place.clinicId),
    ]);
    const value = { services: bookable(list), defaultStatus: defaultStatus(clinic) };
    kept.set(key, { client: runtime.client, at: now, value });
    return value;
  };
}

/** Active services with a duration: the duration is what sets the booking's end. */
export function bookable(list: readonly DocfavService[]): BookingOptions['services'] {
  return list
    .filter((s) => s.is_active !== false && (s.duration ?? 0) > 0)
    .map((s) => {
      // The calendar colours Docfav appointments by it when the practice asks (Settings).
      const colour = parseHexColour(s.color);
      return { id: s.id, name: s.name ?? '', minutes: s.duration ?? 0, ...(colour && { colour }) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Docfav books `confirmed` unless told otherwise; a clinic that confirms by hand says `pending`
 * (or `unconfirmed`, the word its appointments carry), which a new booking sends as `pending`.
 */
export function defaultStatus(
  clinic: Pick<DocfavClinic, 'default_appointments_behaviour'>,
): BookingOptions['defaultStatus'] {
  const behaviour = clinic.default_appointments_behaviour?.toLowerCase();
  return behaviour === 'pending' || behaviour === 'unconfirmed' ? 'pending' : 'confirmed';
}
