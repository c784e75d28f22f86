import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DocfavAppointment,
  DocfavAvailability,
  DocfavGroupReservation,
  DocfavTimeReservation,
  fastDocfavAppointment,
  fastDocfavGroupReservation,
  fastDocfavTimeReservation,
} from './docfav/schemas';
import { DoctenaBooking, DoctenaBookings, fastDoctenaBooking } from './doctena/schemas';
import type { FastReader } from './fast-read';
import { tolerantList, unreadableIn } from './wire';

/** Objects as lists of entries, recursively, so that equality also means the same key order. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).map(([k, v]) => [k, ordered(v)]);
  return value;
}

// Values a vendor has sent, or might: wrong types, odd words, junk, broken and insane times.
const ODD: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'UNVERIFIED',
  'true',
  ' TRUE ',
  '1',
  'false',
  'yes',
  0,
  1,
  2,
  -1.5,
  NaN,
  Infinity,
  true,
  false,
  {},
  [],
  { first_name: 'X', email: 3, extra: { deep: true } },
  ['a'],
  '2026-11-24T09:00:00+01:00',
  '2026-11-24T09:00:00+0100',
  '2026-11-24T09:00:00Z',
  ' 2026-11-24T09:00:00Z ',
  '2026-11-24T09:00:00',
  '0000-01-01T00:00:00+01:00',
  '2200-01-01T00:00:00Z',
  '1900-01-01T00:30:00+01:00',
  '2026-13-45T09:00:00Z',
  'soon',
];

const doctenaBase = {
  _id: '5f1e0c6f9b1e8a0012345678',
  created_at: '2026-11-20T10:00:00+01:00',
  updated_at: '2026-11-21T10:00:07+01:00',
  title: 'Frau Müller',
  starts: '2026-11-24T09:00:00+01:00',
  ends: '2026-11-24T09:30:00+01:00',
  status: 'WAITING',
  reason: 'Kontrolle',
  no_show: 'false',
  contact: { email: 'm@example.org', first_name: 'Anna Müller', phone_number: '+49 30 1' },
  confirmation_link: '',
  insurance: 'GKV',
  problem: 'Vertigo',
};

const docfavBase = {
  id: '00000000-0000-4000-8000-000000000001',
  client_id: 'c1',
  client_name: 'Cliente',
  service_id: 's1',
  service_name: 'Fisioterapia',
  calendar_id: 'sc1',
  staff_id: 'st1',
  booked_from: '2026-11-24T08:00:00Z',
  booked_to: '2026-11-24T08:30:00Z',
  status: 'confirmed',
  sale_status: 'pending',
  note: null,
  price: 5000,
  source: 'backoffice',
  back_office_staff_calendar_id: 'sc1',
  name: 'Grupo',
  capacity: 8,
  participants: 3,
};

/** Every field missing, and every field set to every odd value; plus junk around the record. */
function corpus(base: Record<string, unknown>): unknown[] {
  const out: unknown[] = [base, null, 'junk', 3, [], [base], {}];
  for (const key of Object.keys(base)) {
    const { [key]: _dropped, ...without } = base;
    out.push(without);
    for (const odd of ODD) out.push({ ...base, [key]: odd });
  }
  out.push({ ...base, trailing: 'junk', nested: { a: [1, 2] }, undef: undefined });
  // A `__proto__` as an own key, as JSON.parse makes it.
  out.push(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(base).slice(1)}`) as unknown);
  out.push(Object.assign(Object.create({ inherited: 'enumerable' }) as object, base));
  return out;
}

const READERS: [string, z.ZodObject, FastReader<unknown>, Record<string, unknown>][] = [
  ['doctena booking', DoctenaBooking, fastDoctenaBooking, doctenaBase],
  ['docfav appointment', DocfavAppointment, fastDocfavAppointment, docfavBase],
  ['docfav time reservation', DocfavTimeReservation, fastDocfavTimeReservation, docfavBase],
  ['docfav group reservation', DocfavGroupReservation, fastDocfavGroupReservation, docfavBase],
];

/** The fast reader may pass a record to zod, but whatever it reads itself must be zod's reading. */
function expectSameAsZod(schema: z.ZodType, fast: FastReader<unknown>, value: unknown) {
  const slow = schema.safeParse(value);
  const quick = fast(value);
  if (!slow.success) expect(quick).toBeUndefined();
  if (quick !== undefined) expect(ordered(quick)).toEqual(ordered(slow.data));
}

describe.each(READERS)('the fast %s reader', (_name, schema, fast, base) => {
  it('reads the fields of the schema, in its order, then the unknown ones', () => {
    const declared = Object.keys(schema.shape);
    expect(fast.keys).toEqual(declared);
    const quick = fast({ zzz: 1, ...base }) ?? {};
    // Unknown keys in the order they were sent, after the declared ones.
    const unknown = ['zzz', ...Object.keys(base)].filter((k) => !declared.includes(k));
    expect(Object.keys(quick)).toEqual([...declared, ...unknown]);
  });

  it('reads a well-formed record itself, exactly as zod does', () => {
    const quick = fast(base);
    expect(quick).toBeDefined();
    expect(ordered(quick)).toEqual(ordered(schema.parse(base)));
  });

  it('never keeps a record zod refuses, and reads the rest as zod does', () => {
    for (const value of corpus(base)) expectSameAsZod(schema, fast, value);
  });

  it('agrees with zod on generated records', () => {
    const field = fc.oneof(
      fc.constantFrom(...ODD),
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    );
    const keys = [...Object.keys(base), 'extra', 'contact', 'status'];
    const record = fc.dictionary(fc.constantFrom(...keys), field);
    fc.assert(
      fc.property(record, (odd) => {
        expectSameAsZod(schema, fast, { ...base, ...odd });
      }),
      { numRuns: 500 },
    );
  });
});

describe('a record already as zod would read it', () => {
  it('is tested with every declared field, so that each odd value is tried', () => {
    expect(Object.keys(docfavBase)).toEqual(
      expect.arrayContaining([...fastDocfavAppointment.keys]),
    );
  });

  it('is handed back itself, without a copy', () => {
    expect(fastDocfavAppointment(docfavBase)).toBe(docfavBase);
    expect(fastDoctenaBooking(doctenaBase)?.contact).toBe(doctenaBase.contact);
  });

  it('is copied when zod would change it: another order, a field of another type, an own __proto__', () => {
    const { id, ...rest } = docfavBase;
    const reordered = { ...rest, id };
    const withProto = JSON.parse(`{"__proto__": 1, ${JSON.stringify(docfavBase).slice(1)}`);
    const inherited = Object.assign(Object.create({ x: 1 }) as object, docfavBase);
    for (const record of [reordered, { ...docfavBase, price: '5' }, withProto, inherited]) {
      const read = fastDocfavAppointment(record);
      expect(read).not.toBe(record);
      expect(ordered(read)).toEqual(ordered(DocfavAppointment.parse(record)));
    }
  });
});

describe('lists read with the fast readers', () => {
  it('keep and leave out exactly the records the plain zod lists do', () => {
    const plainBookings = tolerantList(DoctenaBooking, 'doctena.bookings', '_id');
    const bookings = corpus(doctenaBase);
    const fast = DoctenaBookings.parse(bookings);
    const plain = plainBookings.parse(bookings);
    expect(ordered(fast)).toEqual(ordered(plain));
    expect(unreadableIn(fast)).toEqual(unreadableIn(plain));
    expect(unreadableIn(fast).length).toBeGreaterThan(0);
    expect(fast.length).toBeGreaterThan(0);

    const plainAvailability = z.looseObject({
      appointments: tolerantList(DocfavAppointment, 'docfav.appointments'),
      time_reservations: tolerantList(DocfavTimeReservation, 'docfav.time_reservations'),
      group_reservations: tolerantList(DocfavGroupReservation, 'docfav.group_reservations'),
    });
    const week = {
      appointments: corpus(docfavBase),
      time_reservations: corpus(docfavBase),
      group_reservations: corpus(docfavBase),
    };
    const fastWeek = DocfavAvailability.parse(week);
    const plainWeek = plainAvailability.parse(week);
    expect(ordered(fastWeek.appointments)).toEqual(ordered(plainWeek.appointments));
    expect(ordered(fastWeek.time_reservations)).toEqual(ordered(plainWeek.time_reservations));
    expect(ordered(fastWeek.group_reservations)).toEqual(ordered(plainWeek.group_reservations));
    expect(unreadableIn(fastWeek)).toEqual(unreadableIn(plainWeek));
  });
});
