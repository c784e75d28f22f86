import { z } from 'zod';
import { list, LooseBoolean, nullish, WireInstant } from '../wire';

/**
 * Docfav Public API v1 as it arrives on the wire: every answer is `{ data, errors, meta }`.
 * Lenient on purpose: unknown fields pass through, status words are kept as sent, optional fields
 * may be missing, and arrays may be missing or null. Ids and times we cannot do without are
 * required.
 */

export const DocfavErrorItem = z.looseObject({
  code: nullish(z.string()),
  message: nullish(z.string()),
  field: nullish(z.string()),
  missing_scopes: nullish(z.array(z.string())),
});
export type DocfavErrorItem = z.output<typeof DocfavErrorItem>;

export const DocfavMeta = z.looseObject({
  timestamp: nullish(z.string()),
  api_version: nullish(z.string()),
});

export function envelope<T extends z.ZodType>(data: T) {
  return z.looseObject({ data, errors: list(DocfavErrorItem), meta: nullish(DocfavMeta) });
}

export const DocfavErrorEnvelope = z.looseObject({ errors: list(DocfavErrorItem) });

const id = z.string().min(1);
const text = nullish(z.string());
const num = nullish(z.number());
const bool = z.boolean().nullish();

export const DocfavMe = z.looseObject({
  id,
  email: text,
  fullname: text,
  firstname: text,
  lastname: text,
  timezone: text,
  locale: text,
  country_code: text,
  status: text,
});
export type DocfavMe = z.output<typeof DocfavMe>;

export const DocfavProfile = z.looseObject({
  id,
  type: text,
  back_office_clinic_id: text,
  last_selected: bool,
});
export type DocfavProfile = z.output<typeof DocfavProfile>;

export const DocfavClinic = z.looseObject({
  id,
  name: text,
  business_name: text,
  vat_number: text,
  issuer_type: text,
  address: text,
  city: text,
  zip_code: text,
  has_logo: bool,
  custom_email: text,
  default_appointments_behaviour: text,
  subscription_status: text,
});
export type DocfavClinic = z.output<typeof DocfavClinic>;

/** What Docfav calls a calendar: a physical (or online) location of the clinic. */
export const DocfavLocation = z.looseObject({
  id,
  name: text,
  address: text,
  city: text,
  zip_code: text,
  type: text,
  is_active: bool,
});
export type DocfavLocation = z.output<typeof DocfavLocation>;

export const DocfavStaff = z.looseObject({
  id,
  name: text,
  surname: text,
  fullname: text,
  email: text,
  is_active: bool,
});
export type DocfavStaff = z.output<typeof DocfavStaff>;

/** A practitioner at a location: what appointments are booked against. */
export const DocfavStaffCalendar = z.looseObject({
  id,
  back_office_staff_id: text,
  /** The location's id. */
  calendar_id: text,
  email: text,
  telephone: text,
  slot_duration: num,
  is_active: bool,
  timezone: text,
});
export type DocfavStaffCalendar = z.output<typeof DocfavStaffCalendar>;

export const DocfavService = z.looseObject({
  id,
  name: text,
  price: num,
  duration: num,
  color: text,
  is_active: bool,
  vat_rate: num,
});
export type DocfavService = z.output<typeof DocfavService>;

export const DocfavClientRecord = z.looseObject({
  id,
  client_number: num,
  firstname: text,
  lastname: text,
  fullname: text,
  email: text,
  phone: text,
  gender: text,
  note: text,
  is_active: bool,
  walk_in: bool,
  created_at: text,
});
export type DocfavClientRecord = z.output<typeof DocfavClientRecord>;

export const DocfavClientPage = z.looseObject({
  clients: list(DocfavClientRecord),
  meta: nullish(z.looseObject({ limit: num, offset: num, total: num })),
});
export type DocfavClientPage = z.output<typeof DocfavClientPage>;

export const DocfavClientMatch = z.looseObject({
  id,
  fullname: text,
  email: text,
  telephone: text,
  client_number: num,
});
export type DocfavClientMatch = z.output<typeof DocfavClientMatch>;

export const DocfavCreatedClient = z.looseObject({
  id,
  client_number: num,
  name: text,
  surname: text,
  fullname: text,
  email: text,
  telephone: text,
});
export type DocfavCreatedClient = z.output<typeof DocfavCreatedClient>;

// Availability endpoints: the agenda of one location, per staff calendar.

const who = {
  staff_id: text,
  staff_calendar_id: id,
  name: text,
};

export const DocfavScheduleHour = z.looseObject({
  start: z.string(),
  end: z.string(),
  type: text,
});

export const DocfavScheduleDay = z.looseObject({
  day: text,
  date: z.string(),
  type: text,
  hours: list(DocfavScheduleHour),
});

export const DocfavStaffSchedule = z.looseObject({ ...who, schedules: list(DocfavScheduleDay) });
export type DocfavStaffSchedule = z.output<typeof DocfavStaffSchedule>;

export const DocfavOccupiedStaff = z.looseObject({
  ...who,
  working_hours: list(
    z.looseObject({ date: z.string(), from: z.string(), to: z.string(), type: text }),
  ),
  day_offs: list(z.looseObject({ id: text, date: z.string(), reason: text })),
  time_offs: list(z.looseObject({ id: text, from: z.string(), to: z.string(), reason: text })),
  appointments: list(
    z.looseObject({
      id,
      from: WireInstant,
      to: WireInstant,
      behaviour: text,
      client_id: text,
      service_name: text,
    }),
  ),
  time_reservations: list(z.looseObject({ id, from: WireInstant, to: WireInstant, reason: text })),
  group_reservations: list(z.looseObject({ id, from: WireInstant, to: WireInstant, name: text })),
});
export type DocfavOccupiedStaff = z.output<typeof DocfavOccupiedStaff>;

export const DocfavAvailabilityCheck = z.looseObject({
  available: z.boolean(),
  requested: nullish(z.looseObject({ from: text, to: text, staff_calendar_id: text })),
  conflicts: list(
    z.looseObject({ type: text, id: text, from: text, to: text, reason: text, behaviour: text }),
  ),
});
export type DocfavAvailabilityCheck = z.output<typeof DocfavAvailabilityCheck>;

export const DocfavSlotsStaff = z.looseObject({
  ...who,
  timezone: text,
  slot_duration: num,
  available_slots: list(
    z.looseObject({
      date: z.string(),
      day: text,
      type: text,
      slots: list(
        z.looseObject({
          from: WireInstant,
          to: WireInstant,
          available: LooseBoolean,
          hour_type: text,
        }),
      ),
    }),
  ),
});
export type DocfavSlotsStaff = z.output<typeof DocfavSlotsStaff>;

// The week feed.

export const DocfavAppointment = z.looseObject({
  id,
  client_id: text,
  client_name: text,
  service_id: text,
  service_name: text,
  /** Despite the name, the STAFF calendar id. */
  calendar_id: text,
  staff_id: text,
  booked_from: WireInstant,
  booked_to: WireInstant,
  /** confirmed, pending, unconfirmed, cancelled, no_show, or a word we do not know yet. */
  status: text,
  sale_status: text,
  note: text,
  price: num,
  source: text,
});
export type DocfavAppointment = z.output<typeof DocfavAppointment>;

export const DocfavTimeReservation = z.looseObject({
  id,
  back_office_staff_calendar_id: text,
  name: text,
  booked_from: WireInstant,
  booked_to: WireInstant,
  note: text,
});
export type DocfavTimeReservation = z.output<typeof DocfavTimeReservation>;

/** The spec only ever shows this array empty; fields beyond id and times are a best reading. */
export const DocfavGroupReservation = z.looseObject({
  id,
  back_office_staff_calendar_id: text,
  calendar_id: text,
  service_id: text,
  service_name: text,
  name: text,
  booked_from: WireInstant,
  booked_to: WireInstant,
  capacity: num,
  participants: num,
  note: text,
});
export type DocfavGroupReservation = z.output<typeof DocfavGroupReservation>;

/** Local wall times WITHOUT an offset, plus the zone they are meant in. */
export const DocfavRecurringEvent = z.looseObject({
  id,
  back_office_staff_calendar_id: text,
  name: text,
  booked_from: z.string(),
  booked_to: z.string(),
  is_recurring_event: bool,
  original_id: text,
  timezone: text,
});
export type DocfavRecurringEvent = z.output<typeof DocfavRecurringEvent>;

export const DocfavAvailability = z.looseObject({
  appointments: list(DocfavAppointment),
  time_reservations: list(DocfavTimeReservation),
  group_reservations: list(DocfavGroupReservation),
  recurring_events: list(DocfavRecurringEvent),
});
export type DocfavAvailability = z.output<typeof DocfavAvailability>;

export const DocfavCreatedAppointment = z.looseObject({
  id,
  appointment_number: num,
  client_id: text,
  service_id: text,
  service_name: text,
  booked_from: WireInstant,
  booked_to: WireInstant,
  status: text,
  note: text,
});
export type DocfavCreatedAppointment = z.output<typeof DocfavCreatedAppointment>;

export const DocfavBehaviourResult = z.looseObject({
  appointment_id: text,
  behaviour: text,
  message: text,
});
export type DocfavBehaviourResult = z.output<typeof DocfavBehaviourResult>;

export const DocfavDeleteResult = z.looseObject({ message: text });
