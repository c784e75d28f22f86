/**
 * The simulator's in-memory model. Instants are `Date` (UTC); anything Docfav defines in local time
 * (working hours, day offs, recurring events) is kept as local date/time strings plus a zone.
 */
import type { LocalDate, LocalTime } from './tz';

export const SCOPES = [
  'user:read',
  'profiles:read',
  'backofficeclinics:read',
  'staff:read',
  'services:read',
  'clients:read',
  'clients:write',
  'appointments:read',
  'appointments:write',
] as const;
export type Scope = (typeof SCOPES)[number];

export type ApiKeyStatus = 'active' | 'revoked' | 'expired';

export interface ApiKey {
  key: string;
  userId: string;
  scopes: Scope[];
  status: ApiKeyStatus;
  /** An active key past this instant answers API_KEY_EXPIRED too. */
  expiresAt: Date | null;
  /** Null: any address. The simulator only ever sees 127.0.0.1. */
  allowedIps: string[] | null;
  rateLimitPerHour: number;
}

export interface User {
  id: string;
  email: string;
  firstname: string;
  lastname: string;
  timezone: string;
  locale: string;
  country_code: string;
  status: 'active' | 'inactive';
  /** Docfav can switch the API off per account: every request then answers 503 API_DISABLED. */
  apiDisabled: boolean;
  /** Clinics the user manages; any other clinic answers 403 CLINIC_MANAGER_ACCESS_DENIED. */
  clinicIds: string[];
}

export interface Profile {
  id: string;
  userId: string;
  type: 'professional';
  back_office_clinic_id: string;
  last_selected: boolean;
}

export interface Clinic {
  id: string;
  name: string;
  business_name: string;
  vat_number: string;
  issuer_type: 'company' | 'individual';
  address: string;
  city: string;
  zip_code: string;
  has_logo: boolean;
  custom_email: string | null;
  default_appointments_behaviour: 'confirmed' | 'pending';
  subscription_status: 'active' | 'trialing' | 'cancelled';
}

/** What Docfav calls a calendar: a physical (or online) location of a clinic. */
export interface Location {
  id: string;
  clinicId: string;
  name: string;
  address: string;
  city: string;
  zip_code: string;
  type: 'onsite' | 'online';
  is_active: boolean;
}

export interface Staff {
  id: string;
  clinicId: string;
  name: string;
  surname: string;
  email: string;
  is_active: boolean;
}

/** A practitioner in a location: the unit appointments are booked against. */
export interface StaffCalendar {
  id: string;
  clinicId: string;
  staffId: string;
  calendarId: string;
  email: string;
  telephone: string;
  slot_duration: number;
  is_active: boolean;
  timezone: string;
}

export interface Service {
  id: string;
  clinicId: string;
  name: string;
  /** Cents. */
  price: number;
  /** Minutes. */
  duration: number;
  color: string;
  is_active: boolean;
  vat_rate: number;
}

export interface Client {
  id: string;
  clinicId: string;
  client_number: number;
  firstname: string;
  lastname: string;
  email: string | null;
  phone: string | null;
  gender: 'male' | 'female' | null;
  /** Local date of birth, YYYY-MM-DD. */
  birthDate: LocalDate | null;
  address: string | null;
  city: string | null;
  province: string | null;
  post_code: string | null;
  country_code: string | null;
  id_card: string | null;
  note: string | null;
  tags: string[];
  is_active: boolean;
  is_company: boolean;
  walk_in: boolean;
  receive_reminders: boolean;
  receive_campaigns: boolean;
  has_photo: boolean;
  createdAt: Date;
}

export const APPOINTMENT_STATUSES = [
  'confirmed',
  'pending',
  'unconfirmed',
  'cancelled',
  'no_show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const SALE_STATUSES = ['pending', 'paid', 'partially_paid', 'refunded'] as const;
export type SaleStatus = (typeof SALE_STATUSES)[number];

export type AppointmentSource = 'backoffice' | 'marketplace' | 'widget' | 'api';

export interface Appointment {
  id: string;
  clinicId: string;
  appointment_number: number;
  /** Null for a walk-in booked without a client. */
  clientId: string | null;
  serviceId: string;
  staffCalendarId: string;
  from: Date;
  to: Date;
  behaviour: AppointmentStatus;
  sale_status: SaleStatus;
  note: string | null;
  /** Cents. */
  price: number;
  source: AppointmentSource;
  sendReminder: boolean;
  createdAt: Date;
}

export interface TimeReservation {
  id: string;
  clinicId: string;
  staffCalendarId: string;
  name: string;
  from: Date;
  to: Date;
  note: string | null;
}

export interface GroupReservation {
  id: string;
  clinicId: string;
  staffCalendarId: string;
  serviceId: string | null;
  name: string;
  from: Date;
  to: Date;
  capacity: number;
  participants: number;
  note: string | null;
}

/** A weekly event defined in local time: it stays at 08:30 local across DST changes. */
export interface RecurringSchedule {
  id: string;
  clinicId: string;
  staffCalendarId: string;
  name: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  startTime: LocalTime;
  endTime: LocalTime;
  /** Zone the rule runs in; the staff calendar's zone when null. */
  timezone: string | null;
  validFrom: LocalDate | null;
  validUntil: LocalDate | null;
}

export interface TimeRange {
  start: LocalTime;
  end: LocalTime;
}

/** Local working hours per ISO weekday (1 = Monday); a missing day is not worked. */
export type WeeklyHours = Partial<Record<number, TimeRange[]>>;

export interface DayOff {
  id: string;
  staffCalendarId: string;
  date: LocalDate;
  reason: string;
}

export interface TimeOff {
  id: string;
  staffCalendarId: string;
  from: Date;
  to: Date;
  reason: string;
}
