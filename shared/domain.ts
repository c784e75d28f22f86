import { z } from 'zod';

/**
 * The one model the calendar sees. Vendor clients map into it; nothing in the renderer knows a
 * vendor's wire format.
 */

export const Source = z.enum(['doctena', 'docfav']);
export type Source = z.infer<typeof Source>;

/** An instant with an explicit offset, e.g. 2026-03-06T09:00:00Z or 2026-03-06T10:00:00+01:00. */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

export const EventKind = z.enum([
  'doctena-booking',
  'doctena-blocking',
  'docfav-appointment',
  'docfav-time-reservation',
  'docfav-group-reservation',
  'docfav-recurring-event',
]);
export type EventKind = z.infer<typeof EventKind>;

/** The front-desk vocabulary both platforms' statuses are mapped onto. */
export const EventStatus = z.enum([
  'waiting',
  'confirmed',
  'rescheduled',
  'cancelled',
  'no-show',
  'expired',
  'unknown',
]);
export type EventStatus = z.infer<typeof EventStatus>;

export const EventAction = z.enum(['confirm', 'cancel', 'no-show', 'move', 'delete']);
export type EventAction = z.infer<typeof EventAction>;

export const Patient = z.object({
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Doctena only: GKV (public) or PKV (private), kept as sent. */
  insurance: z.string().nullable(),
  /** Docfav client id, needed to re-book on a move. */
  clientId: z.string().nullable(),
});
export type Patient = z.infer<typeof Patient>;

export const CalendarEvent = z.object({
  /** Unique across accounts and vendors: `${source}:${accountId}:${kind}:${vendorId}`. */
  id: z.string(),
  vendorId: z.string(),
  kind: EventKind,
  source: Source,
  accountId: z.string(),
  /** Doctena calendar id, or Docfav *staff calendar* id (what Docfav calls `calendar_id`). */
  calendarId: z.string(),
  start: Instant,
  end: Instant,
  title: z.string(),
  status: EventStatus,
  /** The vendor's own status word, kept as sent (e.g. HANDLED, UNVERIFIED, pending). */
  vendorStatus: z.string().nullable(),
  noShow: z.boolean(),
  patient: Patient.nullable(),
  /** Doctena reason/problem or Docfav service name. */
  reason: z.string().nullable(),
  serviceId: z.string().nullable(),
  note: z.string().nullable(),
  /** RRULE of a recurring Doctena blocking, or the series id of a Docfav recurring event. */
  recurrence: z.string().nullable(),
  /** IANA zone the vendor states for this event (Docfav recurring events); null when none. */
  timezone: z.string().nullable(),
  updatedAt: Instant.nullable(),
  actions: z.array(EventAction),
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;

/** Background availability: when a calendar takes patients, and when it explicitly does not. */
export const AvailabilityKind = z.enum(['working', 'day-off', 'time-off']);
export const AvailabilityWindow = z.object({
  source: Source,
  accountId: z.string(),
  calendarId: z.string(),
  kind: AvailabilityKind,
  start: Instant,
  end: Instant,
});
export type AvailabilityWindow = z.infer<typeof AvailabilityWindow>;

/** A calendar the user can toggle in the sidebar: a Doctena calendar or a Docfav staff calendar. */
export const CalendarInfo = z.object({
  id: z.string(),
  source: Source,
  accountId: z.string(),
  name: z.string(),
  /** Doctena profile name, or the Docfav practitioner's full name. */
  owner: z.string(),
  timezone: z.string().nullable(),
  /** Docfav only: the clinic and physical location the staff calendar belongs to. */
  clinicId: z.string().nullable(),
  locationId: z.string().nullable(),
});
export type CalendarInfo = z.infer<typeof CalendarInfo>;

export function eventId(source: Source, accountId: string, kind: EventKind, vendorId: string) {
  return `${source}:${accountId}:${kind}:${vendorId}`;
}
