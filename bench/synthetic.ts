import type {
  AvailabilityWindow,
  CalendarEvent,
  CalendarInfo,
  EventStatus,
  Source,
} from '../shared/domain';
import { eventId } from '../shared/domain';
import type { SyncSource, TimeRange } from '../electron/sync/source';
import { overlaps } from '../electron/sync/source';

/** Deterministic pseudo-random numbers, so every bench run sees the same data. */
export function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const DOCTENA_STATUSES = ['WAITING', 'HANDLED', 'CONFIRMED', 'RESCHEDULED', 'CANCELLED', 'EXPIRED'];
const DOCFAV_STATUSES = ['confirmed', 'pending', 'unconfirmed', 'cancelled', 'no_show'];

/** Raw Doctena bookings as the API sends them (before validation). */
export function rawDoctenaBookings(count: number, weekStart: Date, seed = 1): unknown[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const start =
      weekStart.getTime() +
      Math.floor(rand() * 5) * 24 * HOUR +
      (8 + Math.floor(rand() * 20) / 2) * HOUR;
    // As Doctena sends them: the practice's wall time with its offset (November: +01:00).
    const iso = (ms: number) => `${new Date(ms + HOUR).toISOString().slice(0, 19)}+01:00`;
    return {
      _id: `b${i.toString(16).padStart(23, '0')}`,
      created_at: iso(start - 48 * HOUR),
      updated_at: iso(start - 24 * HOUR - i * 7_000),
      title: `Patient ${i} (doxter)`,
      starts: iso(start),
      ends: iso(start + HOUR / 2),
      status: DOCTENA_STATUSES[i % DOCTENA_STATUSES.length],
      reason: 'Kontrolltermin',
      no_show: 'false',
      contact: {
        email: `p${i}@example.org`,
        first_name: `Patient ${i}`,
        phone_number: '+49 30 5550000',
      },
      confirmation_link: '',
      insurance: i % 2 ? 'GKV' : 'PKV',
      problem: 'Vertigo',
    };
  });
}

/** A raw Docfav availability payload with `count` appointments. */
export function rawDocfavAvailability(count: number, weekStart: Date, seed = 2): unknown {
  const rand = prng(seed);
  return {
    appointments: Array.from({ length: count }, (_, i) => {
      const start =
        weekStart.getTime() +
        Math.floor(rand() * 5) * 24 * HOUR +
        (8 + Math.floor(rand() * 20) / 2) * HOUR;
      return {
        id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
        client_id: `c${i}`,
        client_name: `Cliente ${i}`,
        service_id: 's1',
        service_name: 'Fisioterapia',
        calendar_id: `sc${i % 3}`,
        staff_id: `st${i % 3}`,
        booked_from: new Date(start).toISOString().replace('.000', ''),
        booked_to: new Date(start + HOUR / 2).toISOString().replace('.000', ''),
        status: DOCFAV_STATUSES[i % DOCFAV_STATUSES.length],
        sale_status: 'pending',
        note: null,
        price: 5000,
        source: 'backoffice',
      };
    }),
    time_reservations: [],
    group_reservations: [],
    recurring_events: [],
  };
}

/** `count` bench calendars with ids `${prefix}${i}` and names `${label} ${i + 1}`. */
export function benchCalendars(
  count: number,
  prefix: string,
  label: string,
  sourceOf: (i: number) => Source,
): CalendarInfo[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    source: sourceOf(i),
    accountId: 'bench',
    name: `${label} ${i + 1}`,
    owner: `Dr. Bench ${i + 1}`,
    timezone: 'Europe/Berlin',
    clinicId: null,
    locationId: null,
  }));
}

/** One appointment on `calendar`, as the main process hands it to the renderer. */
export function benchEvent(
  calendar: CalendarInfo,
  vendorId: string,
  e: {
    start: string;
    end: string;
    name: string;
    status: EventStatus;
    reason: string | null;
    movable: boolean;
  },
): CalendarEvent {
  const kind = calendar.source === 'doctena' ? 'doctena-booking' : 'docfav-appointment';
  return {
    id: eventId(calendar.source, 'bench', kind, vendorId),
    vendorId,
    kind,
    source: calendar.source,
    accountId: 'bench',
    calendarId: calendar.id,
    start: e.start,
    end: e.end,
    title: e.name,
    status: e.status,
    vendorStatus: null,
    noShow: false,
    patient: { name: e.name, phone: null, email: null, insurance: null, clientId: null },
    reason: e.reason,
    serviceId: null,
    note: null,
    recurrence: null,
    timezone: null,
    updatedAt: null,
    actions: e.movable ? ['move'] : [],
  };
}

/** A source that serves ready-made calendars, events and working hours, and never syncs. */
export function benchSource(
  calendars: CalendarInfo[],
  events: CalendarEvent[],
  windows: AvailabilityWindow[] = [],
): SyncSource {
  return {
    accountId: 'bench',
    vendor: 'doctena',
    label: 'Benchmark practice',
    calendars: () => calendars,
    isFresh: () => true,
    sync: () => Promise.resolve({ changed: 0, newBookings: [] }),
    eventsIn: (range: TimeRange) => events.filter((e) => overlaps(e.start, e.end, range)),
    availabilityIn: (range: TimeRange) => windows.filter((w) => overlaps(w.start, w.end, range)),
    minPollIntervalMs: () => undefined,
  };
}

/**
 * A ready-made source holding `count` domain events in one week over five calendars, for the
 * paint benchmark: what the renderer draws does not depend on where the events came from.
 */
export function syntheticSource(
  count: number,
  weekStart: Date,
  options: { weeks?: number; movable?: boolean } = {},
): SyncSource {
  const rand = prng(3);
  const calendars = benchCalendars(5, 'cal', 'Calendar', (i) => (i < 2 ? 'doctena' : 'docfav'));
  const statuses = ['waiting', 'confirmed', 'rescheduled', 'confirmed', 'no-show'] as const;
  // Week 0's ids end in `e<i>`, later weeks' in `w<week>e<i>`, so a bench can wait for one week's.
  const events: CalendarEvent[] = Array.from({ length: count * (options.weeks ?? 1) }, (_, n) => {
    const week = Math.floor(n / count);
    const i = n % count;
    const start =
      weekStart.getTime() +
      week * 7 * 24 * HOUR +
      Math.floor(rand() * 7) * 24 * HOUR +
      (7 + Math.floor(rand() * 24) / 2) * HOUR;
    const calendar = calendars[i % calendars.length] ?? calendars[0];
    if (!calendar) throw new Error('no calendars');
    return benchEvent(calendar, week ? `w${week}e${i}` : `e${i}`, {
      start: new Date(start).toISOString(),
      end: new Date(start + HOUR / 2).toISOString(),
      name: `Patient ${i}`,
      status: statuses[i % statuses.length] ?? 'confirmed',
      reason: 'Kontrolle',
      movable: options.movable ?? false,
    });
  });
  return benchSource(calendars, events);
}
