import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  addDays,
  formatInstant,
  instantToLocal,
  isoWeekStartDate,
  localToInstant,
  type LocalDate,
} from '../../../shared/time';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import {
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  startDocfavSimulator,
  type DocfavSimulator,
} from '../../../simulators/docfav';
import {
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
  type DoctenaSimulator,
} from '../../../simulators/doctena';
import { Traffic } from './traffic';

/**
 * The shared platforms every desk talks to: both simulators over real HTTP on 127.0.0.1, with a
 * two-week window (beyond the demo's seeded weeks, so it starts quiet) holding one Docfav
 * appointment per chaos patient and a few Doctena bookings on the paired practitioner.
 */

export const DOCFAV_ZONE = 'Europe/Madrid';
export const DOCTENA_ZONE = 'Europe/Berlin';
export const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** The paired practitioner: Docfav's Lucía, and her Doctena calendar (added here). */
export const LUCIA = DOCFAV_DEMO_IDS.staffCalendars.lucia;
export const LUCIA_DOCTENA = '5f3c1a2b4d6e8f0a1b2c3d0c';
export const CLINIC = DOCFAV_DEMO_IDS.clinic;
export const SERVICE = DOCFAV_DEMO_IDS.services.fisioterapia;
export const DOCFAV_MINUTES = 45;
export const DOCTENA_MINUTES = 30;
const DOCFAV_ACCOUNT = 'managed-docfav';
const DOCTENA_ACCOUNT = 'managed-doctena';

export const eventIds = {
  docfav: (id: string) => `docfav:${DOCFAV_ACCOUNT}:docfav-appointment:${id}`,
  booking: (id: string) => `doctena:${DOCTENA_ACCOUNT}:doctena-booking:${id}`,
  blocking: (id: string) => `doctena:${DOCTENA_ACCOUNT}:doctena-blocking:${id}`,
};

export interface World {
  doctena: DoctenaSimulator;
  docfav: DocfavSimulator;
  traffic: Traffic;
  /** The weekdays of the window, in the practice's zone. */
  days: LocalDate[];
  /** What every desk shows and syncs: the whole window (two weeks). */
  range: { from: string; to: string };
  /** Docfav client ids: each must end with exactly one live appointment. */
  clients: string[];
  /** Doctena booking ids made for the run. */
  bookings: string[];
  /** Free-looking Docfav starts (working hours), in ms. */
  docfavSlots: number[];
  doctenaSlots: number[];
  settings: Settings;
  /** When the run began (ms), to tell records' ages. */
  startedAt: number;
  /** A scratch folder for this run (the bundled desk, the journals); removed on close. */
  folder: string;
  env(): NodeJS.ProcessEnv;
  journalDir(desk: string): string;
  /** One unreadable record on each platform (see the "odd record" invariant). */
  addOddRecords(): void;
  close(): Promise<void>;
}

/** The n-th slot, wrapping round: there are always more slots than records placed in them. */
function slotAt(slots: readonly number[], n: number): number {
  const found = slots[n % slots.length];
  if (found === undefined) throw new Error('no slots');
  return found;
}

export async function startWorld(options: { clients: number; bookings: number }): Promise<World> {
  const startedAt = Date.now();
  const [doctena, docfav] = await Promise.all([
    startDoctenaSimulator(),
    // Injected 429s are the storm under test; the hourly budget is not.
    startDocfavSimulator({ rateLimitPerHour: 1_000_000 }),
  ]);
  const traffic = new Traffic([doctena, docfav]);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'frontdesk-chaos-'));

  // The week after the demo's seeded weeks, and the one after it.
  const today = instantToLocal(new Date(), DOCFAV_ZONE);
  const monday = addDays(isoWeekStartDate(today), 14);
  const days = Array.from({ length: 12 }, (_, i) => addDays(monday, i)).filter((_, i) => i % 7 < 5);
  const from = localToInstant({ ...monday, hour: 0, minute: 0, second: 0 }, DOCFAV_ZONE);
  const range = {
    from: formatInstant(from),
    to: formatInstant(new Date(from.getTime() + 14 * DAY_MS)),
  };
  const at = (day: LocalDate, hour: number, minute: number, zone: string) =>
    localToInstant({ ...day, hour, minute, second: 0 }, zone).getTime();
  // Docfav working hours: 09:00–14:00 and 16:00–20:00, in 45-minute steps.
  const docfavSlots = days.flatMap((day) =>
    [540, 585, 630, 675, 720, 960, 1005, 1050, 1095, 1140].map((m) =>
      at(day, Math.floor(m / 60), m % 60, DOCFAV_ZONE),
    ),
  );
  const doctenaSlots = days.flatMap((day) =>
    Array.from({ length: 16 }, (_, i) =>
      at(day, 8 + Math.floor(i / 2), (i % 2) * 30, DOCTENA_ZONE),
    ),
  );

  doctena.store.addCalendar({
    _id: LUCIA_DOCTENA,
    name: 'Physiotherapie',
    profile_name: 'Dr. Lucia Fernandez',
  });
  doctena.store.grant(DOCTENA_DEMO_LOGIN, LUCIA_DOCTENA);

  const clients = Array.from({ length: options.clients }, (_, i) => {
    const client = docfav.store.createClient({
      clinicId: CLINIC,
      firstname: 'Chaos',
      lastname: `Patient ${i + 1}`,
    });
    const start = slotAt(docfavSlots, i * 3);
    docfav.store.createAppointment({
      clinicId: CLINIC,
      clientId: client.id,
      serviceId: SERVICE,
      staffCalendarId: LUCIA,
      from: new Date(start),
      to: new Date(start + DOCFAV_MINUTES * MINUTE),
      behaviour: i % 2 === 0 ? 'confirmed' : 'pending',
      sale_status: 'pending',
      note: null,
      price: 4500,
      source: 'backoffice',
      sendReminder: false,
    });
    return client.id;
  });
  const bookings = Array.from({ length: options.bookings }, (_, i) => {
    const start = slotAt(doctenaSlots, i * 5 + 2);
    return doctena.store.addBooking({
      calendar_id: LUCIA_DOCTENA,
      starts: new Date(start),
      ends: new Date(start + DOCTENA_MINUTES * MINUTE),
      contact: { email: `chaos${i}@example.org`, first_name: `Chaos ${i}`, phone_number: '' },
    })._id;
  });

  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    desktopNotifications: false,
    demoWhenEmpty: false,
    guard: {
      mappings: [
        {
          docfav: { accountId: DOCFAV_ACCOUNT, calendarId: LUCIA },
          doctena: { accountId: DOCTENA_ACCOUNT, calendarId: LUCIA_DOCTENA },
          enabled: true,
        },
      ],
      weeksAhead: 5,
      mirrorReservations: false,
    },
  };

  return {
    doctena,
    docfav,
    traffic,
    days,
    range,
    clients,
    bookings,
    docfavSlots,
    doctenaSlots,
    settings,
    startedAt,
    folder,
    env: () => ({
      FRONTDESK_DOCTENA_URL: doctena.baseUrl,
      FRONTDESK_DOCTENA_LOGIN: DOCTENA_DEMO_LOGIN,
      FRONTDESK_DOCTENA_PASSWORD: DOCTENA_DEMO_PASSWORD,
      FRONTDESK_DOCTENA_TIMEZONE: DOCTENA_ZONE,
      FRONTDESK_DOCFAV_URL: docfav.baseUrl,
      FRONTDESK_DOCFAV_API_KEY: DOCFAV_DEMO_API_KEY,
      FRONTDESK_DOCFAV_CLINIC: CLINIC,
      FRONTDESK_DEMO: '0',
      CHAOS_SETTINGS: JSON.stringify(settings),
    }),
    journalDir: (desk) => path.join(folder, desk),
    addOddRecords: () => {
      // Year 0: a record Doctena really holds, on the calendar the guard reads in full.
      doctena.store.addBlocking({
        calendar_id: LUCIA_DOCTENA,
        title: 'Odd record',
        starts: new Date('0000-01-01T09:00:00Z'),
        ends: new Date('0000-01-01T10:00:00Z'),
      });
      // A price sent as text, in the window, on another practitioner.
      const start = new Date(slotAt(docfavSlots, 11));
      docfav.store.createAppointment({
        clinicId: CLINIC,
        clientId: null,
        serviceId: DOCFAV_DEMO_IDS.services.consulta,
        staffCalendarId: DOCFAV_DEMO_IDS.staffCalendars.javier,
        from: start,
        to: new Date(start.getTime() + 30 * MINUTE),
        behaviour: 'confirmed',
        sale_status: 'pending',
        note: null,
        price: '45,00' as unknown as number,
        source: 'backoffice',
        sendReminder: false,
      });
    },
    close: async () => {
      traffic.stop();
      await Promise.all([doctena.close(), docfav.close()]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
