import { describe, expect, it } from 'vitest';
import { BookingOptions } from '../../../shared/contract';
import type { DocfavService } from '../../vendors/docfav/schemas';
import { bookable } from './options';

// The booking options carry each service's colour, which the calendar can fill Docfav
// appointments with (Settings). Docfav's `color` is read tolerantly: one it cannot read is left
// out, and the appointment keeps its calendar's colour.

const service = (id: string, color: string | null): DocfavService => ({
  id,
  name: id,
  price: 5000,
  duration: 30,
  color,
  is_active: true,
  vat_rate: 21,
});

describe('the colours of the booking options’ services', () => {
  it('are #rrggbb, from #RRGGBB or #rgb; a missing or unreadable one is left out', () => {
    const services = bookable([
      service('a', '#4CAF50'),
      service('b', '#f90'),
      service('c', null),
      service('d', 'green'),
      service('e', ''),
    ]);
    expect(services.map((s) => [s.id, s.colour])).toEqual([
      ['a', '#4caf50'],
      ['b', '#ff9900'],
      ['c', undefined],
      ['d', undefined],
      ['e', undefined],
    ]);
    // What leaves the main process is checked against the contract.
    expect(BookingOptions.safeParse({ services, defaultStatus: 'confirmed' }).success).toBe(true);
  });
});
