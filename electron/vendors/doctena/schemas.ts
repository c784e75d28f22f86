import { z } from 'zod';
import {
  fastReader,
  isRecord,
  isText,
  readId,
  readInstant,
  readLooseBoolean,
  readText,
  UNSURE,
} from '../fast-read';
import { LooseBoolean, soft, tolerantList, WireInstant } from '../wire';

/**
 * Doctena Sync API v2.1 as it arrives on the wire. Lenient on purpose: unknown fields pass through,
 * status words are kept as sent (the spec's own example uses the undocumented UNVERIFIED), and
 * optional fields may be missing or of another type (read as null). What we cannot do without
 * (ids, start and end) is required; a record without it is left out of its list and counted.
 */

/**
 * Doctena's ids are MongoDB ObjectIds (24 hex digits) throughout the spec. They go into URL paths,
 * so nothing else is ever sent (see the client).
 */
export const DOCTENA_ID = /^[0-9a-f]{24}$/i;

export const DoctenaCalendar = z.looseObject({
  // Every sync puts it into a path: a calendar with another id is left out as unreadable.
  _id: z.string().regex(DOCTENA_ID),
  name: soft(z.string()),
  profile_name: soft(z.string()),
});
export type DoctenaCalendar = z.output<typeof DoctenaCalendar>;

export const DoctenaTimeblock = z.looseObject({
  // The list example in the spec has no _id.
  _id: soft(z.string()),
  begins_at: soft(z.string()),
  ends_at: soft(z.string()),
  activated: LooseBoolean,
  status: soft(z.string()),
  recurrence: soft(z.string()),
  valid_forever: soft(z.boolean()),
  valid_from: soft(z.string()),
  valid_until: soft(z.string()),
  beat: soft(z.number()),
  weekdays: soft(z.array(z.number())),
  every_n_weeks: soft(z.number()),
  updated_at: soft(z.string()),
  calendar_id: soft(z.string()),
});
export type DoctenaTimeblock = z.output<typeof DoctenaTimeblock>;

export const DoctenaContact = z.looseObject({
  email: soft(z.string()),
  /** Holds the full name, despite its name. */
  first_name: soft(z.string()),
  phone_number: soft(z.string()),
});

export const DoctenaBooking = z.looseObject({
  _id: z.string().min(1),
  created_at: soft(z.string()),
  updated_at: soft(z.string()),
  title: soft(z.string()),
  starts: WireInstant,
  ends: WireInstant,
  /** WAITING, HANDLED, UNVERIFIED, CONFIRMED, RESCHEDULED, CANCELLED/CANCELED, EXPIRED, or new. */
  status: soft(z.string()),
  reason: soft(z.string()),
  /** Sent as "true"/"false" strings; booleans and absence accepted too. */
  no_show: LooseBoolean,
  contact: soft(DoctenaContact),
  confirmation_link: soft(z.string()),
  insurance: soft(z.string()),
  problem: soft(z.string()),
});
export type DoctenaBooking = z.output<typeof DoctenaBooking>;

// The same record read by hand (see fast-read.ts): a first sync brings every booking ever made.
const fastContact = fastReader<z.output<typeof DoctenaContact>>(
  DoctenaContact.shape,
  (c) => ({
    email: readText(c.email),
    first_name: readText(c.first_name),
    phone_number: readText(c.phone_number),
  }),
  (c) => isText(c.email) && isText(c.first_name) && isText(c.phone_number),
);

export const fastDoctenaBooking = fastReader<DoctenaBooking>(DoctenaBooking.shape, (b) => {
  const id = readId(b._id);
  const starts = readInstant(b.starts);
  const ends = readInstant(b.ends);
  const noShow = readLooseBoolean(b.no_show);
  // soft(): anything but an object reads as null; an object is read, or left to zod.
  const contact = isRecord(b.contact) ? fastContact(b.contact) : null;
  if (id === UNSURE || starts === UNSURE || ends === UNSURE || noShow === UNSURE) return undefined;
  if (contact === undefined) return undefined;
  return {
    _id: id,
    created_at: readText(b.created_at),
    updated_at: readText(b.updated_at),
    title: readText(b.title),
    starts,
    ends,
    status: readText(b.status),
    reason: readText(b.reason),
    no_show: noShow,
    contact,
    confirmation_link: readText(b.confirmation_link),
    insurance: readText(b.insurance),
    problem: readText(b.problem),
  };
});

export const DoctenaBlocking = z.looseObject({
  _id: z.string().min(1),
  created_at: soft(z.string()),
  updated_at: soft(z.string()),
  title: soft(z.string()),
  /** iCal RRULE, with or without the `RRULE:` prefix; empty for a one-off blocking. */
  recurrence: soft(z.string()),
  starts: WireInstant,
  ends: WireInstant,
});
export type DoctenaBlocking = z.output<typeof DoctenaBlocking>;

// Lists are read item by item: an unreadable record is left out and counted, never fatal.
export const DoctenaCalendars = tolerantList(DoctenaCalendar, 'doctena.calendars', '_id');
export const DoctenaTimeblocks = tolerantList(DoctenaTimeblock, 'doctena.timeblocks', '_id');
export const DoctenaBookings = tolerantList(
  DoctenaBooking,
  'doctena.bookings',
  '_id',
  fastDoctenaBooking,
);
export const DoctenaBlockings = tolerantList(DoctenaBlocking, 'doctena.blockings', '_id');

/** DELETE answers `{}`; an empty body is fine too. */
export const DoctenaEmpty = z.unknown();

/** How Doctena reports errors: `{ "error": "updated is missing" }`. */
export const DoctenaErrorBody = z.looseObject({ error: z.string() });
