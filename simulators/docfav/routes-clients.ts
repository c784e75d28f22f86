import { ApiError, isoOffset, notFound, validationError } from './envelope';
import {
  bodyObject,
  isUuid,
  optionalBoolean,
  optionalString,
  queryDate,
  queryEnum,
  queryInt,
  queryString,
} from './params';
import type { Api, ClinicCtx } from './api';
import type { DocfavStore } from './store';
import { toLocal } from './tz';
import type { Client } from './types';

const CLIENT_ORDER = ['name.asc', 'name.desc', 'created_at.asc', 'created_at.desc'] as const;
type ClientOrder = (typeof CLIENT_ORDER)[number];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function fullname(c: Pick<Client, 'firstname' | 'lastname'>): string {
  return [c.firstname, c.lastname].filter(Boolean).join(' ');
}

/** Lower case without accents, so "garcia" finds "García" and "pena" finds "Peña". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function clientJson(c: Client) {
  const [y, m, d] = c.birthDate?.split('-') ?? [];
  return {
    id: c.id,
    client_number: c.client_number,
    firstname: c.firstname,
    lastname: c.lastname,
    fullname: fullname(c),
    email: c.email,
    phone: c.phone,
    gender: c.gender,
    date_of_birth: c.birthDate ? { dayOfBirth: d, monthOfBirth: m, yearOfBirth: y } : null,
    address: c.address,
    city: c.city,
    province: c.province,
    post_code: c.post_code,
    country_code: c.country_code,
    id_card: c.id_card,
    note: c.note,
    tags: c.tags,
    is_active: c.is_active,
    is_company: c.is_company,
    walk_in: c.walk_in,
    receive_reminders: c.receive_reminders,
    receive_campaigns: c.receive_campaigns,
    has_photo: c.has_photo,
    created_at: isoOffset(c.createdAt),
  };
}

function sortClients(list: Client[], order: ClientOrder): Client[] {
  const [field, dir] = order.split('.') as ['name' | 'created_at', 'asc' | 'desc'];
  const sign = dir === 'asc' ? 1 : -1;
  return list.sort((a, b) =>
    field === 'name'
      ? sign * fullname(a).localeCompare(fullname(b), 'es', { sensitivity: 'base' })
      : sign * (a.createdAt.getTime() - b.createdAt.getTime()),
  );
}

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** A client is "active" on the dates they have an appointment, in the staff calendar's zone. */
function activeBetween(store: DocfavStore, client: Client, from?: string, to?: string): boolean {
  for (const a of store.appointments.values()) {
    if (a.clientId !== client.id) continue;
    const zone = store.staffCalendars.get(a.staffCalendarId)?.timezone ?? 'Europe/Madrid';
    const date = toLocal(a.from, zone).date;
    if ((from === undefined || date >= from) && (to === undefined || date <= to)) return true;
  }
  return false;
}

function listClients({ store, clinic, req, auth }: ClinicCtx) {
  const q = req.query;
  const limit = queryInt(q, 'limit', { default: 10, min: 1, max: 100 });
  const offset = queryInt(q, 'offset', { default: 0, min: 0 });
  const order = queryEnum(q, 'order_by', CLIENT_ORDER) ?? 'name.asc';
  const gender = queryEnum(q, 'gender', ['male', 'female'] as const);
  const minAge = queryInt(q, 'min_age', { min: 0, max: 150 });
  const maxAge = queryInt(q, 'max_age', { min: 0, max: 150 });
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) {
    throw validationError('min_age', 'min_age must not be greater than max_age');
  }
  const activityFrom = queryDate(q, 'activity_from');
  const activityTo = queryDate(q, 'activity_to');
  if (activityFrom && activityTo && activityFrom > activityTo) {
    throw validationError('activity_from', 'activity_from must not be after activity_to');
  }
  const today = toLocal(store.now(), auth.user.timezone).date;

  const matches = [...store.clients.values()].filter((c) => {
    if (c.clinicId !== clinic.id) return false;
    if (gender && c.gender !== gender) return false;
    if (minAge !== undefined || maxAge !== undefined) {
      if (!c.birthDate) return false;
      const age = ageOn(c.birthDate, today);
      if ((minAge !== undefined && age < minAge) || (maxAge !== undefined && age > maxAge)) {
        return false;
      }
    }
    if ((activityFrom || activityTo) && !activeBetween(store, c, activityFrom, activityTo)) {
      return false;
    }
    return true;
  });
  const page = sortClients(matches, order).slice(offset, offset + limit);
  return {
    data: { clients: page.map(clientJson), meta: { limit, offset, total: matches.length } },
  };
}

function matchesKeyword(c: Client, keyword: string): boolean {
  const needle = fold(keyword);
  const texts = [
    c.firstname,
    c.lastname,
    fullname(c),
    c.email ?? '',
    c.id_card ?? '',
    c.phone ?? '',
  ];
  if (texts.some((t) => fold(t).includes(needle))) return true;
  // Phones are typed every which way: "600 555 012", "+34600555012", "600-555-012".
  const digits = keyword.replace(/\D/g, '');
  return (
    /^[\d\s+().-]+$/.test(keyword) &&
    digits.length >= 3 &&
    (c.phone ?? '').replace(/\D/g, '').includes(digits)
  );
}

function autocomplete({ store, clinic, req }: ClinicCtx) {
  const keyword = queryString(req.query, 'keyword', true);
  const limit = queryInt(req.query, 'limit', { default: 20, min: 1, max: 100 });
  const offset = queryInt(req.query, 'offset', { default: 0, min: 0 });
  const order = queryEnum(req.query, 'order_by', CLIENT_ORDER) ?? 'name.asc';
  const found = [...store.clients.values()].filter(
    (c) => c.clinicId === clinic.id && matchesKeyword(c, keyword),
  );
  return {
    data: sortClients(found, order)
      .slice(offset, offset + limit)
      .map((c) => ({
        id: c.id,
        fullname: fullname(c),
        email: c.email,
        telephone: c.phone,
        client_number: c.client_number,
      })),
  };
}

function createClient({ store, clinic, req }: ClinicCtx) {
  const body = bodyObject(req.body);
  const name = optionalString(body, 'name', 'name', 100)?.trim() ?? '';
  const surname = optionalString(body, 'surname', 'surname', 100)?.trim() ?? '';
  const email = optionalString(body, 'email', 'email', 254)?.trim() || null;
  const telephone = optionalString(body, 'telephone', 'telephone', 32)?.trim() || null;
  const walkIn = optionalBoolean(body, 'walk_in') ?? false;
  if (email !== null && !EMAIL.test(email)) {
    throw validationError('email', 'email must be a valid email address');
  }
  if (telephone !== null && !/^\+?[\d\s().-]{6,}$/.test(telephone)) {
    throw validationError('telephone', 'telephone must be a phone number');
  }
  if (!name && !surname && !email && !telephone && !walkIn) {
    throw validationError('name', 'Provide at least one of name, surname, email or telephone');
  }
  if (email !== null && store.findClientByEmail(clinic.id, email)) {
    throw new ApiError(409, 'CLIENT_EMAIL_EXISTS', 'A client with this email already exists');
  }
  const c = store.createClient({
    clinicId: clinic.id,
    firstname: name,
    lastname: surname,
    email,
    phone: telephone,
    walk_in: walkIn,
  });
  return {
    status: 201,
    data: {
      id: c.id,
      client_number: c.client_number,
      name: c.firstname,
      surname: c.lastname,
      fullname: fullname(c),
      email: c.email,
      telephone: c.phone,
    },
  };
}

export function registerClientRoutes(api: Api): void {
  api.clinicRoute('GET', '/clients', ['clients:read'], listClients);
  // Before /clients/:clientId, or "autocomplete" would be looked up as a client id.
  api.clinicRoute('GET', '/clients/autocomplete', ['clients:read'], autocomplete);
  api.clinicRoute('GET', '/clients/:clientId', ['clients:read'], ({ store, clinic, req }) => {
    const id = req.params.clientId ?? '';
    const c = isUuid(id) ? store.clients.get(id) : undefined;
    if (!c || c.clinicId !== clinic.id) throw notFound('Client');
    return { data: clientJson(c) };
  });
  api.clinicRoute('POST', '/clients', ['clients:write'], createClient);
}
