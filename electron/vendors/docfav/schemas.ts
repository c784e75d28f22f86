import { z } from 'zod';
import {
  fastReader,
  isNum,
  isText,
  readId,
  readInstant,
  readNum,
  readText,
  UNSURE,
} from '../fast-read';
import {
  list,
  LooseBoolean,
  nullish,
  soft,
  tolerantList,
  WireInstant,
  WireLocalDate,
  WireLocalDateTime,
  WireTimeOfDay,
} from '../wire';

/**
 * Docfav Public API v1 as it arrives on the wire: every answer is `{ data, errors, meta }`.
 * Lenient on purpose: unknown fields pass through, status words are kept as sent, optional fields
 * may be missing, and arrays may be missing or null. Ids and times we cannot do without are
 * required. Lists of records are read item by item (`tolerantList`): an unreadable record is left
 * out and counted instead of failing the whole answer.
 */

/** Every id in the spec is a UUID. Ids go into URL paths, so nothing else is ever sent. */
export const DOCFAV_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

// One envelope per data schema, made once: zod compiles an object's parser on its first use, and
// a schema made afresh per request paid for that compilation on every request.
const envelopes = new WeakMap<z.ZodType, z.ZodType>();

export function envelope<T extends z.ZodType>(data: T) {
  const made = envelopes.get(data) as ReturnType<typeof makeEnvelope<T>> | undefined;
  if (made) return made;
  const fresh = makeEnvelope(data);
  envelopes.set(data, fresh);
  return fresh;
}

function makeEnvelope<T extends z.ZodType>(data: T) {
  return z.looseObject({ data, errors: list(DocfavErrorItem), meta: nullish(DocfavMeta) });
}

export const DocfavErrorEnvelope = z.looseObject({ errors: list(DocfavErrorItem) });

const id = z.string().min(1);
// Ids the sync itself puts into paths: a record with another id is left out as unreadable.
const pathId = z.string().regex(DOCFAV_ID);
// Everything but ids and times is soft: a wrong type reads as null, the record is still shown.
const text = soft(z.string());
const num = soft(z.number());
const bool = soft(z.boolean());

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
  id: pathId,
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
  id: pathId,
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

// Sent as strings in the spec ("15", "03", "1990"); numbers are read too.
const datePart = soft(z.union([z.string(), z.number()]).transform(String));

export const DocfavClientRecord = z.looseObject({
  id,
  client_number: num,
  firstname: text,
  lastname: text,
  fullname: text,
  email: text,
  phone: text,
  gender: text,
  date_of_birth: soft(
    z.looseObject({ dayOfBirth: datePart, monthOfBirth: datePart, yearOfBirth: datePart }),
  ),
  note: text,
  // A tag that is not text is left out, not the client.
  tags: soft(
    z.array(z.unknown()).transform((t) => t.filter((x): x is string => typeof x === 'string')),
  ),
  is_active: bool,
  walk_in: bool,
  receive_reminders: bool,
  created_at: text,
});
export type DocfavClientRecord = z.output<typeof DocfavClientRecord>;

export const DocfavClientPage = z.looseObject({
  clients: tolerantList(DocfavClientRecord, 'docfav.clients'),
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
  start: WireTimeOfDay,
  end: WireTimeOfDay,
  type: text,
});

export const DocfavScheduleDay = z.looseObject({
  day: text,
  date: WireLocalDate,
  type: text,
  hours: tolerantList(DocfavScheduleHour, 'docfav.schedules.hours', 'start'),
});

export const DocfavStaffSchedule = z.looseObject({
  ...who,
  schedules: tolerantList(DocfavScheduleDay, 'docfav.schedules.days', 'date'),
});
export type DocfavStaffSchedule = z.output<typeof DocfavStaffSchedule>;

export const DocfavOccupiedStaff = z.looseObject({
  ...who,
  working_hours: tolerantList(
    z.looseObject({ date: WireLocalDate, from: WireTimeOfDay, to: WireTimeOfDay, type: text }),
    'docfav.occupied.working_hours',
    'date',
  ),
  day_offs: tolerantList(
    z.looseObject({ id: text, date: WireLocalDate, reason: text }),
    'docfav.occupied.day_offs',
  ),
  time_offs: tolerantList(
    z.looseObject({ id: text, from: WireLocalDateTime, to: WireLocalDateTime, reason: text }),
    'docfav.occupied.time_offs',
  ),
  appointments: tolerantList(
    z.looseObject({
      id,
      from: WireInstant,
      to: WireInstant,
      behaviour: text,
      client_id: text,
      service_name: text,
    }),
    'docfav.occupied.appointments',
  ),
  time_reservations: tolerantList(
    z.looseObject({ id, from: WireInstant, to: WireInstant, reason: text }),
    'docfav.occupied.time_reservations',
  ),
  group_reservations: tolerantList(
    z.looseObject({ id, from: WireInstant, to: WireInstant, name: text }),
    'docfav.occupied.group_reservations',
  ),
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
  available_slots: tolerantList(
    z.looseObject({
      date: z.string(),
      day: text,
      type: text,
      slots: tolerantList(
        z.looseObject({
          from: WireInstant,
          to: WireInstant,
          available: LooseBoolean,
          hour_type: text,
        }),
        'docfav.slots',
        'from',
      ),
    }),
    'docfav.slots.days',
    'date',
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

// The week feed's records read by hand (see fast-read.ts): a busy clinic's week is thousands.
// Whether an appointment is already what the reader below would make of it (then it is handed
// back as sent, see fastReader): every field the reader reads, checked the same way. A field
// added to the schema belongs here too; fast-read.test.ts sets every field to odd values.
const APPOINTMENT_TEXTS = [
  'client_id',
  'client_name',
  'service_id',
  'service_name',
  'calendar_id',
  'staff_id',
  'status',
  'sale_status',
  'note',
  'source',
] as const;
const appointmentAsSent = (a: Record<string, unknown>) =>
  readId(a.id) !== UNSURE &&
  readInstant(a.booked_from) !== UNSURE &&
  readInstant(a.booked_to) !== UNSURE &&
  isNum(a.price) &&
  APPOINTMENT_TEXTS.every((key) => isText(a[key]));
export const fastDocfavAppointment = fastReader<DocfavAppointment>(
  DocfavAppointment.shape,
  (a) => {
    const id = readId(a.id);
    const from = readInstant(a.booked_from);
    const to = readInstant(a.booked_to);
    if (id === UNSURE || from === UNSURE || to === UNSURE) return undefined;
    return {
      id,
      client_id: readText(a.client_id),
      client_name: readText(a.client_name),
      service_id: readText(a.service_id),
      service_name: readText(a.service_name),
      calendar_id: readText(a.calendar_id),
      staff_id: readText(a.staff_id),
      booked_from: from,
      booked_to: to,
      status: readText(a.status),
      sale_status: readText(a.sale_status),
      note: readText(a.note),
      price: readNum(a.price),
      source: readText(a.source),
    };
  },
  appointmentAsSent,
);

export const fastDocfavTimeReservation = fastReader<DocfavTimeReservation>(
  DocfavTimeReservation.shape,
  (r) => {
    const id = readId(r.id);
    const from = readInstant(r.booked_from);
    const to = readInstant(r.booked_to);
    if (id === UNSURE || from === UNSURE || to === UNSURE) return undefined;
    return {
      id,
      back_office_staff_calendar_id: readText(r.back_office_staff_calendar_id),
      name: readText(r.name),
      booked_from: from,
      booked_to: to,
      note: readText(r.note),
    };
  },
);

export const fastDocfavGroupReservation = fastReader<DocfavGroupReservation>(
  DocfavGroupReservation.shape,
  (g) => {
    const id = readId(g.id);
    const from = readInstant(g.booked_from);
    const to = readInstant(g.booked_to);
    if (id === UNSURE || from === UNSURE || to === UNSURE) return undefined;
    return {
      id,
      back_office_staff_calendar_id: readText(g.back_office_staff_calendar_id),
      calendar_id: readText(g.calendar_id),
      service_id: readText(g.service_id),
      service_name: readText(g.service_name),
      name: readText(g.name),
      booked_from: from,
      booked_to: to,
      capacity: readNum(g.capacity),
      participants: readNum(g.participants),
      note: readText(g.note),
    };
  },
);

/** Local wall times WITHOUT an offset, plus the zone they are meant in. */
export const DocfavRecurringEvent = z.looseObject({
  id,
  back_office_staff_calendar_id: text,
  name: text,
  booked_from: WireLocalDateTime,
  booked_to: WireLocalDateTime,
  is_recurring_event: bool,
  original_id: text,
  timezone: text,
});
export type DocfavRecurringEvent = z.output<typeof DocfavRecurringEvent>;

export const DocfavAvailability = z.looseObject({
  appointments: tolerantList(DocfavAppointment, 'docfav.appointments', 'id', fastDocfavAppointment),
  time_reservations: tolerantList(
    DocfavTimeReservation,
    'docfav.time_reservations',
    'id',
    fastDocfavTimeReservation,
  ),
  group_reservations: tolerantList(
    DocfavGroupReservation,
    'docfav.group_reservations',
    'id',
    fastDocfavGroupReservation,
  ),
  recurring_events: tolerantList(DocfavRecurringEvent, 'docfav.recurring_events'),
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

// The list answers, read item by item.
export const DocfavProfiles = tolerantList(DocfavProfile, 'docfav.profiles');
export const DocfavClinics = tolerantList(DocfavClinic, 'docfav.clinics');
export const DocfavLocations = tolerantList(DocfavLocation, 'docfav.calendars');
export const DocfavStaffList = tolerantList(DocfavStaff, 'docfav.staff');
export const DocfavStaffCalendars = tolerantList(DocfavStaffCalendar, 'docfav.staffcalendars');
export const DocfavServices = tolerantList(DocfavService, 'docfav.services');
export const DocfavClientMatches = tolerantList(DocfavClientMatch, 'docfav.clients.autocomplete');
export const DocfavStaffSchedules = tolerantList(
  DocfavStaffSchedule,
  'docfav.schedules',
  'staff_calendar_id',
);
export const DocfavOccupied = tolerantList(
  DocfavOccupiedStaff,
  'docfav.occupied',
  'staff_calendar_id',
);
export const DocfavSlots = tolerantList(
  DocfavSlotsStaff,
  'docfav.slots.staff',
  'staff_calendar_id',
);
