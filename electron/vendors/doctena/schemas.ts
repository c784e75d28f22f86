import { z } from 'zod';
import { LooseBoolean, nullish, WireInstant } from '../wire';

/**
 * Doctena Sync API v2.1 as it arrives on the wire. Lenient on purpose: unknown fields pass through,
 * status words are kept as sent (the spec's own example uses the undocumented UNVERIFIED), and
 * optional fields may be missing. What we cannot do without (ids, start and end) is required.
 */

export const DoctenaCalendar = z.looseObject({
  _id: z.string().min(1),
  name: nullish(z.string()),
  profile_name: nullish(z.string()),
});
export type DoctenaCalendar = z.output<typeof DoctenaCalendar>;

export const DoctenaTimeblock = z.looseObject({
  // The list example in the spec has no _id.
  _id: nullish(z.string()),
  begins_at: nullish(z.string()),
  ends_at: nullish(z.string()),
  activated: LooseBoolean,
  status: nullish(z.string()),
  recurrence: nullish(z.string()),
  valid_forever: z.boolean().nullish(),
  valid_from: nullish(z.string()),
  valid_until: nullish(z.string()),
  beat: nullish(z.number()),
  weekdays: nullish(z.array(z.number())),
  every_n_weeks: nullish(z.number()),
  updated_at: nullish(z.string()),
  calendar_id: nullish(z.string()),
});
export type DoctenaTimeblock = z.output<typeof DoctenaTimeblock>;

export const DoctenaContact = z.looseObject({
  email: nullish(z.string()),
  /** Holds the full name, despite its name. */
  first_name: nullish(z.string()),
  phone_number: nullish(z.string()),
});

export const DoctenaBooking = z.looseObject({
  _id: z.string().min(1),
  created_at: nullish(z.string()),
  updated_at: nullish(z.string()),
  title: nullish(z.string()),
  starts: WireInstant,
  ends: WireInstant,
  /** WAITING, HANDLED, UNVERIFIED, CONFIRMED, RESCHEDULED, CANCELLED/CANCELED, EXPIRED, or new. */
  status: nullish(z.string()),
  reason: nullish(z.string()),
  /** Sent as "true"/"false" strings; booleans and absence accepted too. */
  no_show: LooseBoolean,
  contact: nullish(DoctenaContact),
  confirmation_link: nullish(z.string()),
  insurance: nullish(z.string()),
  problem: nullish(z.string()),
});
export type DoctenaBooking = z.output<typeof DoctenaBooking>;

export const DoctenaBlocking = z.looseObject({
  _id: z.string().min(1),
  created_at: nullish(z.string()),
  updated_at: nullish(z.string()),
  title: nullish(z.string()),
  /** iCal RRULE, with or without the `RRULE:` prefix; empty for a one-off blocking. */
  recurrence: nullish(z.string()),
  starts: WireInstant,
  ends: WireInstant,
});
export type DoctenaBlocking = z.output<typeof DoctenaBlocking>;

export const DoctenaCalendars = z.array(DoctenaCalendar);
export const DoctenaTimeblocks = z.array(DoctenaTimeblock);
export const DoctenaBookings = z.array(DoctenaBooking);
export const DoctenaBlockings = z.array(DoctenaBlocking);

/** DELETE answers `{}`; an empty body is fine too. */
export const DoctenaEmpty = z.unknown();

/** How Doctena reports errors: `{ "error": "updated is missing" }`. */
export const DoctenaErrorBody = z.looseObject({ error: z.string() });
