import { isValidTimeZone } from '../../shared/time';
import { validationError } from './envelope';
import { isUuid, optionalBoolean, optionalString, parseIsoDateTime } from './params';
import type { DocfavStore } from './store';
import type { Client, Clinic, Service, StaffCalendar } from './types';

/** Reads and checks the body of POST /appointments; every refusal names the offending field. */

const BEHAVIOURS = ['confirmed', 'pending', 'cancelled'] as const;
const MAX_ITEMS = 20;
const MAX_DURATION_MS = 24 * 3_600_000;

export interface NewAppointmentItem {
  service: Service;
  staffCalendar: StaffCalendar;
  from: Date;
  to: Date;
  note: string | null;
}

export interface NewAppointmentsInput {
  client: Client | null;
  timezone: string;
  items: NewAppointmentItem[];
  sendReminder: boolean;
  behaviour: (typeof BEHAVIOURS)[number];
  force: boolean;
}

function uuidField(obj: Record<string, unknown>, field: string, label: string): string {
  const v = obj[field];
  if (v === undefined || v === null || v === '')
    throw validationError(label, `${label} is required`);
  if (typeof v !== 'string' || !isUuid(v)) throw validationError(label, `${label} must be a UUID`);
  return v;
}

function instantField(obj: Record<string, unknown>, field: string, label: string): Date {
  const v = obj[field];
  if (v === undefined || v === null || v === '')
    throw validationError(label, `${label} is required`);
  const d = typeof v === 'string' ? parseIsoDateTime(v) : null;
  if (!d) {
    throw validationError(
      label,
      `${label} must be an ISO 8601 datetime in UTC (e.g. 2026-02-05T15:00:00Z)`,
    );
  }
  return d;
}

function parseItem(
  store: DocfavStore,
  clinic: Clinic,
  raw: unknown,
  index: number,
): NewAppointmentItem {
  const at = `appointments[${index}]`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw validationError(at, `${at} must be an object`);
  }
  const item = raw as Record<string, unknown>;
  const serviceId = uuidField(item, 'service', `${at}.service`);
  const service = store.services.get(serviceId);
  if (!service || service.clinicId !== clinic.id || !service.is_active) {
    throw validationError(`${at}.service`, `${at}.service is not an active service of this clinic`);
  }
  const scId = uuidField(item, 'back_office_staff_calendar', `${at}.back_office_staff_calendar`);
  const staffCalendar = store.staffCalendars.get(scId);
  if (!staffCalendar || staffCalendar.clinicId !== clinic.id || !staffCalendar.is_active) {
    throw validationError(
      `${at}.back_office_staff_calendar`,
      `${at}.back_office_staff_calendar is not an active staff calendar of this clinic`,
    );
  }
  const from = instantField(item, 'from', `${at}.from`);
  const to = instantField(item, 'to', `${at}.to`);
  if (to <= from) throw validationError(`${at}.to`, `${at}.to must be after ${at}.from`);
  if (to.getTime() - from.getTime() > MAX_DURATION_MS) {
    throw validationError(`${at}.to`, `${at} must not last more than 24 hours`);
  }
  const note = optionalString(item, 'note', `${at}.note`) ?? null;
  return { service, staffCalendar, from, to, note };
}

export function parseNewAppointments(
  store: DocfavStore,
  clinic: Clinic,
  body: Record<string, unknown>,
): NewAppointmentsInput {
  let client: Client | null = null;
  if (body.client !== undefined && body.client !== null) {
    const id = uuidField(body, 'client', 'client');
    const found = store.clients.get(id);
    if (!found || found.clinicId !== clinic.id) {
      throw validationError('client', 'client is not a client of this clinic');
    }
    client = found;
  }
  const timezone = optionalString(body, 'timezone') ?? 'Europe/Madrid';
  if (!isValidTimeZone(timezone)) {
    throw validationError('timezone', `timezone must be an IANA time zone, got "${timezone}"`);
  }
  const list = body.appointments;
  if (list === undefined || list === null) {
    throw validationError('appointments', 'appointments is required');
  }
  if (!Array.isArray(list) || list.length === 0) {
    throw validationError('appointments', 'appointments must be a non-empty array');
  }
  if (list.length > MAX_ITEMS) {
    throw validationError('appointments', `appointments must hold at most ${MAX_ITEMS} items`);
  }
  const items = list.map((raw: unknown, i) => parseItem(store, clinic, raw, i));
  const behaviour = body.behaviour ?? 'confirmed';
  if (typeof behaviour !== 'string' || !(BEHAVIOURS as readonly string[]).includes(behaviour)) {
    throw validationError('behaviour', `behaviour must be one of ${BEHAVIOURS.join(', ')}`);
  }
  return {
    client,
    timezone,
    items,
    sendReminder: optionalBoolean(body, 'send_reminder') ?? true,
    behaviour: behaviour as NewAppointmentsInput['behaviour'],
    force: optionalBoolean(body, 'force') ?? false,
  };
}
