import { seedAppointments, seedBlocks } from './seed-agenda';
import {
  DEMO_CLIENTS,
  DEMO_CLIENT_NOTES,
  DEMO_STREETS,
  asciiSlug,
  dniLetter,
  prng,
  prngUuid,
} from './seed-data';
import {
  DOCFAV_API_DISABLED_API_KEY,
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  DOCFAV_DEMO_TIMEZONE,
  DOCFAV_EXPIRED_API_KEY,
  DOCFAV_IP_RESTRICTED_API_KEY,
  DOCFAV_LIMITED_SCOPES,
  DOCFAV_LIMITED_SCOPES_API_KEY,
  DOCFAV_OTHER_CLINIC_API_KEY,
  DOCFAV_REVOKED_API_KEY,
} from './seed-ids';
import type { DocfavStore } from './store';
import { addDays, isoWeekday, toLocal, type LocalDate } from './tz';
import type { WeeklyHours } from './types';

/**
 * A demo practice in Madrid around the week containing `now` (plus the weeks before and after),
 * and one key per authentication failure the spec lists. Same `now`, same data.
 */

export * from './seed-ids';

const IDS = DOCFAV_DEMO_IDS;
const TZ = DOCFAV_DEMO_TIMEZONE;

export interface SeedOptions {
  /** Anchor of the demo weeks; the store's clock when absent. */
  now?: Date;
  /** Hourly budget of the demo key; the store's default when absent. */
  rateLimitPerHour?: number;
}

/** Monday of the ISO week before the one containing `now`, in the practice's zone. */
export function demoFirstMonday(now: Date): LocalDate {
  const today = toLocal(now, TZ).date;
  return addDays(today, 1 - isoWeekday(today) - 7);
}

function seedAccounts(store: DocfavStore, now: Date, rateLimitPerHour: number | undefined): void {
  const user = (id: string, firstname: string, lastname: string, clinicIds: string[]) =>
    store.put(store.users, {
      id,
      email: `${asciiSlug(firstname)}.${asciiSlug(lastname)}@example.org`,
      firstname,
      lastname,
      timezone: TZ,
      locale: 'es_ES',
      country_code: 'ES',
      status: 'active',
      apiDisabled: false,
      clinicIds,
    });
  user(IDS.user, 'Recepción', 'Demo', [IDS.clinic]);
  user(IDS.disabledUser, 'Cuenta', 'Desactivada', [IDS.clinic]).apiDisabled = true;
  user(IDS.otherUser, 'Otra', 'Clínica', [IDS.otherClinic]);
  store.put(store.profiles, {
    id: IDS.profile,
    userId: IDS.user,
    type: 'professional',
    back_office_clinic_id: IDS.clinic,
    last_selected: true,
  });

  const demo = { userId: IDS.user };
  store.addApiKey({
    key: DOCFAV_DEMO_API_KEY,
    ...demo,
    ...(rateLimitPerHour === undefined ? {} : { rateLimitPerHour }),
  });
  store.addApiKey({ key: DOCFAV_REVOKED_API_KEY, ...demo, status: 'revoked' });
  store.addApiKey({
    key: DOCFAV_EXPIRED_API_KEY,
    ...demo,
    status: 'expired',
    expiresAt: new Date(now.getTime() - 86_400_000),
  });
  store.addApiKey({ key: DOCFAV_LIMITED_SCOPES_API_KEY, ...demo, scopes: DOCFAV_LIMITED_SCOPES });
  store.addApiKey({ key: DOCFAV_IP_RESTRICTED_API_KEY, ...demo, allowedIps: ['203.0.113.10'] });
  store.addApiKey({ key: DOCFAV_API_DISABLED_API_KEY, userId: IDS.disabledUser });
  store.addApiKey({ key: DOCFAV_OTHER_CLINIC_API_KEY, userId: IDS.otherUser });
}

function seedClinics(store: DocfavStore): void {
  const clinic = (id: string, name: string, city: string, zip: string, vat: string) =>
    store.put(store.clinics, {
      id,
      name,
      business_name: `${name} S.L.`,
      vat_number: vat,
      issuer_type: 'company',
      address: 'Calle Ficticia 12',
      city,
      zip_code: zip,
      has_logo: false,
      custom_email: `recepcion@${asciiSlug(name)}.example.org`,
      default_appointments_behaviour: 'confirmed',
      subscription_status: 'active',
    });
  clinic(IDS.clinic, 'Clínica Demo Salud', 'Madrid', '28001', 'B00000000');
  clinic(IDS.otherClinic, 'Clínica Norte Fisio', 'Bilbao', '48001', 'B00000001');
  const location = (id: string, clinicId: string, name: string, city: string, zip: string) =>
    store.put(store.calendars, {
      id,
      clinicId,
      name,
      address: `Calle Ficticia 12, ${city}`,
      city,
      zip_code: zip,
      type: 'onsite',
      is_active: true,
    });
  location(IDS.calendar, IDS.clinic, 'Centro Madrid', 'Madrid', '28001');
  location(IDS.otherCalendar, IDS.otherClinic, 'Centro Bilbao', 'Bilbao', '48001');
}

const WEEKDAY_HOURS: WeeklyHours = Object.fromEntries(
  [1, 2, 3, 4, 5].map((d) => [
    d,
    [
      { start: '09:00', end: '14:00' },
      { start: '16:00', end: '20:00' },
    ],
  ]),
);

function seedStaff(store: DocfavStore): void {
  const people = [
    ['lucia', 'Dra. Lucía', 'Fernández', '101'],
    ['javier', 'Dr. Javier', 'Moreno', '102'],
    ['carmen', 'Dra. Carmen', 'Ruiz', '103'],
  ] as const;
  for (const [slug, name, surname, phone] of people) {
    const email = `${slug}.${asciiSlug(surname)}@clinicademosalud.example.org`;
    store.put(store.staff, {
      id: IDS.staff[slug],
      clinicId: IDS.clinic,
      name,
      surname,
      email,
      is_active: true,
    });
    store.put(store.staffCalendars, {
      id: IDS.staffCalendars[slug],
      clinicId: IDS.clinic,
      staffId: IDS.staff[slug],
      calendarId: IDS.calendar,
      email,
      telephone: `+34600555${phone}`,
      slot_duration: 15,
      is_active: true,
      timezone: TZ,
    });
    store.workingHours.set(IDS.staffCalendars[slug], WEEKDAY_HOURS);
  }
  const other = 'd0cfa000-0000-4000-8000-000000000309';
  store.put(store.staff, {
    id: other,
    clinicId: IDS.otherClinic,
    name: 'Dr. Iker',
    surname: 'Etxeberria',
    email: 'iker.etxeberria@example.org',
    is_active: true,
  });
  store.put(store.staffCalendars, {
    id: 'd0cfa000-0000-4000-8000-000000000409',
    clinicId: IDS.otherClinic,
    staffId: other,
    calendarId: IDS.otherCalendar,
    email: 'iker.etxeberria@example.org',
    telephone: '+34600555109',
    slot_duration: 30,
    is_active: true,
    timezone: TZ,
  });
}

function seedServices(store: DocfavStore): void {
  const s = IDS.services;
  const services: [string, string, number, number, string][] = [
    [s.fisioterapia, 'Fisioterapia', 4500, 45, '#4CAF50'],
    [s.consulta, 'Consulta general', 5000, 30, '#2196F3'],
    [s.revision, 'Revisión', 3000, 15, '#FF9800'],
    [s.osteopatia, 'Osteopatía', 6000, 60, '#9C27B0'],
    [s.primeraVisita, 'Primera visita', 7000, 45, '#E91E63'],
  ];
  for (const [id, name, price, duration, color] of services) {
    store.put(store.services, {
      id,
      clinicId: IDS.clinic,
      name,
      price,
      duration,
      color,
      is_active: true,
      vat_rate: 21,
    });
  }
}

function seedClients(store: DocfavStore, rand: () => number, now: Date): string[] {
  return DEMO_CLIENTS.map((p, i) => {
    const n = i + 1;
    const year = 1945 + Math.floor(rand() * 63);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const domain = i % 2 === 0 ? 'example.org' : 'example.com';
    const firstSurname = p.lastname.split(' ')[0] ?? p.lastname;
    const created = new Date(now.getTime() - (14 + Math.floor(rand() * 700)) * 86_400_000);
    return store.createClient({
      id: prngUuid(rand),
      clinicId: IDS.clinic,
      firstname: p.firstname,
      lastname: p.lastname,
      // Every seventh patient gave no email, as at any real front desk.
      email: n % 7 === 0 ? null : `${asciiSlug(p.firstname)}.${asciiSlug(firstSurname)}@${domain}`,
      phone: `+34600555${String(n).padStart(3, '0')}`,
      gender: p.gender,
      birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      address: `${DEMO_STREETS[i % DEMO_STREETS.length] ?? 'Calle Ficticia'} ${n}`,
      city: 'Madrid',
      province: 'Madrid',
      post_code: `280${String(1 + (i % 50)).padStart(2, '0')}`,
      id_card: `${String(n).padStart(8, '0')}${dniLetter(n)}`,
      tags: n % 9 === 0 ? ['habitual'] : [],
      // What a front desk notes about a patient, for the patient card; no rand() draw, so the
      // rest of the seed stays as it was.
      note: DEMO_CLIENT_NOTES[n % DEMO_CLIENT_NOTES.length] ?? null,
      receive_reminders: n % 4 !== 0,
      receive_campaigns: n % 3 === 0,
      createdAt: created,
    }).id;
  });
}

export function seedDocfav(store: DocfavStore, options: SeedOptions = {}): void {
  const now = options.now ?? store.now();
  const rand = prng(0xd0cfa5);
  const monday = demoFirstMonday(now);
  seedAccounts(store, now, options.rateLimitPerHour);
  seedClinics(store);
  seedStaff(store);
  seedServices(store);
  const clientIds = seedClients(store, rand, now);
  seedBlocks(store, rand, monday);
  seedAppointments(store, rand, monday, now, clientIds);
}
