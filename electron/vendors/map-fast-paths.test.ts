import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventId } from '../../shared/domain';
import { mapDocfavAppointment, mapDocfavAvailability, mapDocfavStatus } from './docfav/map';
import { DocfavAvailability } from './docfav/schemas';
import { mapDoctenaBooking, mapDoctenaBookings, mapDoctenaStatus } from './doctena/map';
import { DoctenaBookings } from './doctena/schemas';

// What the mappers remember or look up first to map a large sync faster must give exactly what
// the plain rules gave: ids are `eventId`'s whichever account or list came before, and status
// words read as the plain object lookups read them.

const now = Date.parse('2026-11-24T09:00:00Z');

const booking = (n: number) => ({
  _id: `5f1e0c6f9b1e8a001234567${n}`,
  updated_at: `2026-11-2${n}T10:00:0${n}+01:00`,
  starts: '2026-11-24T09:00:00+01:00',
  ends: '2026-11-24T09:30:00+01:00',
  status: 'WAITING',
  no_show: 'false',
});

const appointment = (n: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  client_name: `Cliente ${n}`,
  calendar_id: 'sc1',
  booked_from: '2026-11-24T08:00:00Z',
  booked_to: '2026-11-24T08:30:00Z',
  status: 'confirmed',
});

describe('mapped ids', () => {
  it('are eventId for Doctena bookings, mapped one by one or as a list', () => {
    const list = DoctenaBookings.parse([booking(1), booking(2)]);
    for (const accountId of ['a', 'b', 'a']) {
      const ctx = { accountId, calendarId: 'c', now };
      const events = mapDoctenaBookings(list, ctx);
      expect(events).toEqual(list.map((b) => mapDoctenaBooking(b, ctx)));
      expect(events.map((e) => e.id)).toEqual(
        list.map((b) => eventId('doctena', accountId, 'doctena-booking', b._id)),
      );
    }
  });

  it('are eventId for Docfav appointments, whichever account was mapped before', () => {
    const week = DocfavAvailability.parse({ appointments: [appointment(1), appointment(2)] });
    for (const accountId of ['a', 'b', 'a']) {
      const ctx = { accountId, now };
      const events = mapDocfavAvailability(week, ctx);
      expect(events).toEqual(week.appointments.map((a) => mapDocfavAppointment(a, ctx)));
      expect(events.map((e) => e.id)).toEqual(
        week.appointments.map((a) => eventId('docfav', accountId, 'docfav-appointment', a.id)),
      );
    }
  });
});

describe('status words', () => {
  // The documented words, looked up in a way that cannot find inherited keys: "toString" or
  // "__proto__" from a platform is an unknown status, never a function or an object.
  const own = (s: Record<string, string>, word: string) =>
    Object.hasOwn(s, word) ? s[word] : undefined;
  const plainDoctena = (word: string) => {
    const s: Record<string, string> = {
      WAITING: 'waiting',
      HANDLED: 'waiting',
      UNVERIFIED: 'waiting',
      CONFIRMED: 'confirmed',
      RESCHEDULED: 'rescheduled',
      CANCELLED: 'cancelled',
      CANCELED: 'cancelled',
      EXPIRED: 'expired',
    };
    return own(s, word) ?? own(s, word.trim().toUpperCase()) ?? 'unknown';
  };
  const plainDocfav = (word: string) => {
    const s: Record<string, string> = {
      confirmed: 'confirmed',
      pending: 'waiting',
      unconfirmed: 'waiting',
      cancelled: 'cancelled',
      canceled: 'cancelled',
      no_show: 'no-show',
      'no-show': 'no-show',
    };
    return own(s, word.trim().toLowerCase()) ?? 'unknown';
  };
  const words = fc.oneof(
    fc.constantFrom(
      'WAITING',
      ' confirmed ',
      'Confirmed',
      'no_show',
      'CANCELED',
      'Pending',
      'toString',
      'constructor',
      '__proto__',
      'UNVERIFIED',
      '',
    ),
    fc.string(),
  );

  it('read the documented words, odd spellings and anything else alike', () => {
    fc.assert(
      fc.property(words, (word) => {
        expect(mapDoctenaStatus(word, false)).toBe(plainDoctena(word));
        expect(mapDocfavStatus(word)).toBe(plainDocfav(word));
      }),
      { numRuns: 500 },
    );
  });

  it('reads an inherited key name as an unknown status', () => {
    for (const word of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(mapDoctenaStatus(word, false)).toBe('unknown');
      expect(mapDocfavStatus(word)).toBe('unknown');
    }
  });
});
