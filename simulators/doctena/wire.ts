import type { Blocking, Booking, Calendar, Timeblock } from './store';
import { formatInstant } from './time';

/** Renders store records exactly as the Doctena API sends them: field order and spellings of the spec. */

export function calendarToWire(c: Calendar) {
  return { _id: c._id, name: c.name, profile_name: c.profile_name };
}

export function timeblockToWire(t: Timeblock) {
  return {
    _id: t._id,
    begins_at: t.begins_at,
    ends_at: t.ends_at,
    activated: t.activated,
    status: t.status,
    recurrence: t.recurrence,
    valid_forever: t.valid_forever,
    valid_from: t.valid_from && formatInstant(t.valid_from),
    valid_until: t.valid_until && formatInstant(t.valid_until),
    beat: t.beat,
    weekdays: [...t.weekdays],
    every_n_weeks: t.every_n_weeks,
    updated_at: formatInstant(t.updated_at),
    calendar_id: t.calendar_id,
    hide_booked_times: t.hide_booked_times,
    margin_to_first_timeslots: t.margin_to_first_timeslots,
    range_limit_for_timeslots: t.range_limit_for_timeslots,
  };
}

export function bookingToWire(b: Booking) {
  return {
    _id: b._id,
    created_at: formatInstant(b.created_at),
    updated_at: formatInstant(b.updated_at),
    title: b.title,
    starts: formatInstant(b.starts),
    ends: formatInstant(b.ends),
    status: b.status,
    reason: b.reason,
    no_show: b.no_show,
    contact: {
      email: b.contact.email,
      first_name: b.contact.first_name,
      phone_number: b.contact.phone_number,
    },
    confirmation_link: b.confirmation_link,
    insurance: b.insurance,
    problem: b.problem,
  };
}

export function blockingToWire(b: Blocking) {
  return {
    _id: b._id,
    created_at: formatInstant(b.created_at),
    updated_at: formatInstant(b.updated_at),
    title: b.title,
    recurrence: b.recurrence,
    starts: formatInstant(b.starts),
    ends: formatInstant(b.ends),
  };
}
