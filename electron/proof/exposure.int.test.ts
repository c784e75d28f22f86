import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channels,
  type CalendarData,
  type Channel,
  type IpcResult,
  type Range,
} from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import type { PatientCard, PatientSearchResult } from '../../shared/patients';
import { DOCFAV_DEMO_API_KEY, DOCFAV_DEMO_IDS } from '../../simulators/docfav';
import {
  DEMO_CALENDARS,
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
} from '../../simulators/doctena';
import { wordNotice, type DeskNotice } from '../core/notify';
import { startHarness, type Harness, type TestRuntime } from '../testing/harness';

/**
 * What the renderer can see. After a full sync of the demo practice (with a new booking and a
 * double booking made on the way, so every push event fires), every read channel is called and
 * every push and desktop notice is kept. No secret may appear anywhere; patient data (names,
 * phones, e-mails, insurance, notes, reasons) only inside the events of `calendar:range`,
 * `sync:refresh`, `events:search` and `patients:get` and in the patients those two answer with,
 * only in the fields made for it, and, for the calendar, only for events in the range asked for.
 */

const DAY = 86_400_000;
const ctx = { transport: 'web' as const };

/** Where patient data may be: the event fields the details panel and the event title show. */
const PATIENT_FIELDS = ['patient', 'note', 'reason', 'title'] as const;
/** Channels whose output is events; everything else must carry no patient data at all. */
const EVENT_CHANNELS = new Set<Channel>([
  'calendar:range',
  'sync:refresh',
  'events:search',
  'patients:get',
  'calendar:toConfirm',
]);
/** They find a patient across time: a search by its words, a card by its appointment. */
const ACROSS_TIME = new Set<Channel>(['events:search', 'patients:get']);
/** Where a search hit and a patient card hold the patient themselves. */
const PERSON_FIELDS = ['name', 'phone', 'email', 'birthDate', 'note', 'tags', 'insurance'] as const;
const PATIENT_KEYS = /^(patient|phone|email|e-mail|insurance|note|reason|contact|clientId)$/i;

let h: Harness;
let runtime: TestRuntime;
const pushed: { event: string; payload: unknown }[] = [];
const notices: DeskNotice[] = [];
const outputs: { channel: Channel; input: unknown; value: unknown }[] = [];
const needles = new Set<string>();
/** Needles read from the platforms' own data, to prove the search for them can succeed at all. */
const platformNeedles = new Set<string>();

/** The Monday-based week `offset` weeks from this one, as the renderer would ask for it. */
function week(offset: number): Range {
  const today = new Date();
  const monday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const start = monday - ((today.getUTCDay() + 6) % 7) * DAY + offset * 7 * DAY;
  return { from: new Date(start).toISOString(), to: new Date(start + 7 * DAY).toISOString() };
}

async function call<C extends Channel>(channel: C, input: unknown): Promise<unknown> {
  const result = (await runtime.dispatch(channel, input, ctx)) as IpcResult;
  if (!result.ok)
    throw new Error(`${channel}: ${result.error.code} ${JSON.stringify(result.error.details)}`);
  outputs.push({ channel, input, value: result.value });
  return result.value;
}

function demoBaseUrl(accountId: string): string {
  const found = runtime.services.accounts().get(accountId);
  if (!found) throw new Error(`the demo has no ${accountId}`);
  return found.account.baseUrl;
}

/** Straight to the demo's Docfav, as another receptionist or the patient's booking page would. */
async function docfav<T>(path: string, init: RequestInit = {}): Promise<T> {
  const base = `${demoBaseUrl('demo-docfav')}/backofficeclinics/${DOCFAV_DEMO_IDS.clinic}`;
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'X-Api-Key': DOCFAV_DEMO_API_KEY, 'Content-Type': 'application/json' },
  });
  if (!res.ok) throw new Error(`docfav ${path}: ${res.status}`);
  return ((await res.json()) as { data: T }).data;
}

async function bookOnDocfav(staffCalendarId: string, start: string, end: string) {
  const { clients } = await docfav<{ clients: { id: string }[] }>('/clients?limit=1');
  await docfav('/appointments', {
    method: 'POST',
    body: JSON.stringify({
      client: clients[0]?.id,
      appointments: [
        {
          service: DOCFAV_DEMO_IDS.services.consulta,
          back_office_staff_calendar: staffCalendarId,
          from: start,
          to: end,
        },
      ],
      force: true,
    }),
  });
}

beforeAll(async () => {
  // On the wall clock: the demo practice is seeded from this week, and so are the harness's
  // simulators, which therefore hold the same patients as the demo (see below).
  h = await startHarness({ now: 'wall' });
  runtime = h.services({
    accounts: false,
    push: (event, payload) => pushed.push({ event, payload }),
    notify: (notice) => notices.push(notice),
  });
  await runtime.start();
  runtime.services.sync.stop();

  // A full sync of the demo: last, this and next week.
  for (const offset of [-1, 0, 1]) await call('calendar:range', week(offset));
  // The "To confirm" list reads weeks ahead on its own: its answer is held to its own from–to.
  await call('calendar:toConfirm', {});

  // Pair Lucía (Docfav) with Allgemeinmedizin (Doctena), then book Lucía over a future Doctena
  // booking: the guard must announce the double booking (`conflict:new`), and the next sync the
  // new Docfav booking (`booking:new`).
  const next = (await call('calendar:range', week(1))) as CalendarData;
  const target = next.events.find(
    (e) =>
      e.kind === 'doctena-booking' &&
      e.calendarId === DEMO_CALENDARS.general._id &&
      e.status !== 'cancelled' &&
      Date.parse(e.start) > Date.now(),
  );
  if (!target) throw new Error('no future Doctena booking next week to double-book');
  await call('settings:update', {
    patch: {
      guard: {
        mappings: [
          {
            docfav: { accountId: 'demo-docfav', calendarId: DOCFAV_DEMO_IDS.staffCalendars.lucia },
            doctena: { accountId: 'demo-doctena', calendarId: DEMO_CALENDARS.general._id },
            enabled: true,
          },
        ],
        weeksAhead: 4,
        mirrorReservations: false,
      },
    },
  });
  await bookOnDocfav(DOCFAV_DEMO_IDS.staffCalendars.lucia, target.start, target.end);
  await call('sync:refresh', week(1));
  await call('guard:run', {});

  // Every read channel, as the renderer calls them.
  await call('app:info', {});
  await call('settings:get', {});
  await call('accounts:list', {});
  await call('guard:suggestions', {});
  await call('guard:status', {});
  for (const offset of [-1, 0, 1]) {
    await call('calendar:range', week(offset));
    await call('sync:refresh', week(offset));
  }
  for (const query of ['garcia', 'müller', 'example.org', '555', 'ma', 'lopez maria']) {
    await call('events:search', { query });
  }
  const shown = (await call('calendar:range', week(0))) as CalendarData;
  for (const kind of ['docfav-appointment', 'doctena-booking']) {
    const event = shown.events.find((e) => e.kind === kind && e.patient);
    if (event) await call('patients:get', { eventId: event.id });
  }

  // Patient data as the platforms hold it: the demo is seeded from the week, so the harness's
  // simulators hold the same patients as the demo's (electron/log.int.test.ts relies on the same).
  const { doctena, docfav: docfavSim } = h;
  for (const calendarId of doctena.store.calendars.keys()) {
    for (const b of doctena.store.listBookings(calendarId)) {
      for (const text of [
        b.contact.first_name,
        b.contact.email,
        b.contact.phone_number,
        b.reason,
        b.problem,
      ]) {
        if (text && text.length >= 5) platformNeedles.add(text);
      }
    }
  }
  for (const c of docfavSim.store.clients.values()) {
    for (const text of [`${c.firstname} ${c.lastname}`, c.email, c.phone, c.note, c.id_card]) {
      if (text && text.length >= 5) platformNeedles.add(text);
    }
  }
  for (const a of docfavSim.store.appointments.values()) {
    if (a.note && a.note.length >= 8) platformNeedles.add(a.note);
  }
  for (const text of platformNeedles) needles.add(text);
  // And as the app itself showed them.
  for (const { value } of outputs) {
    for (const e of eventsOf(value)) {
      for (const text of [e.patient?.name, e.patient?.phone, e.patient?.email, e.note]) {
        if (text && text.length >= 5) needles.add(text);
      }
    }
  }
}, 60_000);

afterAll(async () => {
  await h?.close();
});

function eventsOf(value: unknown): CalendarEvent[] {
  if (Array.isArray(value)) return value as CalendarEvent[];
  if (value && typeof value === 'object' && 'events' in value) {
    return (value as CalendarData).events;
  }
  if (value && typeof value === 'object' && 'matches' in value) {
    return (value as PatientSearchResult).matches.flatMap((m) => m.appointments);
  }
  if (value && typeof value === 'object' && 'appointments' in value) {
    return (value as PatientCard).appointments;
  }
  return [];
}

function withoutPerson<T extends object>(person: T): Partial<T> {
  const allowed: readonly string[] = PERSON_FIELDS;
  return Object.fromEntries(
    Object.entries(person).filter(([key]) => !allowed.includes(key)),
  ) as Partial<T>;
}

/** The output with the fields that may hold patient data taken out of every event. */
function withoutPatientFields(value: unknown): unknown {
  const allowed: readonly string[] = PATIENT_FIELDS;
  const strip = (e: CalendarEvent) =>
    Object.fromEntries(Object.entries(e).filter(([key]) => !allowed.includes(key)));
  if (Array.isArray(value)) return (value as CalendarEvent[]).map(strip);
  if (value && typeof value === 'object' && 'events' in value) {
    return { ...value, events: (value as CalendarData).events.map(strip) };
  }
  if (value && typeof value === 'object' && 'matches' in value) {
    const result = value as PatientSearchResult;
    return {
      ...result,
      matches: result.matches.map((m) => ({
        ...withoutPerson(m),
        appointments: m.appointments.map(strip),
      })),
    };
  }
  if (value && typeof value === 'object' && 'appointments' in value) {
    const card = value as PatientCard;
    return { ...withoutPerson(card), appointments: card.appointments.map(strip) };
  }
  return value;
}

function keysIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) keysIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      keysIn(v, out);
    }
  }
  return out;
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

function found(text: string): string[] {
  const lower = text.toLowerCase();
  return [...needles].filter((n) => lower.includes(n.toLowerCase()));
}

describe('what the renderer can see', () => {
  it('covered every read channel and every push event', () => {
    const called = new Set(outputs.map((o) => o.channel));
    for (const channel of [
      'app:info',
      'settings:get',
      'accounts:list',
      'guard:suggestions',
      'guard:status',
      'guard:run',
      'calendar:range',
      'sync:refresh',
      'events:search',
      'patients:get',
    ] as const) {
      expect(called, channel).toContain(channel);
      expect(Object.hasOwn(channels, channel)).toBe(true);
    }
    const events = new Set(pushed.map((p) => p.event));
    for (const event of ['sync:finished', 'booking:new', 'conflict:new', 'guard:finished']) {
      expect(events, event).toContain(event);
    }
    expect(needles.size).toBeGreaterThan(150);
    // A control: the platforms' patient data is found where it belongs, so its absence elsewhere
    // means something (and not that the simulators started here hold other patients).
    const allowed = JSON.stringify(
      outputs.filter((o) => EVENT_CHANNELS.has(o.channel)).flatMap((o) => eventsOf(o.value)),
    ).toLowerCase();
    const seen = [...platformNeedles].filter((n) => allowed.includes(n.toLowerCase()));
    expect(seen.length).toBeGreaterThan(50);
    console.log(
      `exposure: ${outputs.length} channel outputs (${called.size} channels), ${pushed.length} push events (${[...events].join(', ')}), ${notices.length} desktop notices, ${needles.size} patient-data needles (${seen.length} of the platforms' found in event fields, none elsewhere)`,
    );
  });

  it('never lets a secret or an auth header out', () => {
    const everything = JSON.stringify({ outputs, pushed, notices });
    const basic = Buffer.from(`${DOCTENA_DEMO_LOGIN}:${DOCTENA_DEMO_PASSWORD}`).toString('base64');
    expect(everything).not.toContain(DOCFAV_DEMO_API_KEY);
    expect(everything).not.toContain(basic);
    expect(everything).not.toMatch(/authorization|x-api-key|basic [a-z0-9+/=]{8,}/i);
    // The demo password is the word "demo", which the app rightly says everywhere: no field may
    // be exactly it, and no key may name a secret.
    for (const text of stringsIn({ outputs, pushed, notices })) {
      expect(text).not.toBe(DOCTENA_DEMO_PASSWORD);
    }
    // `secretStorage` (the kind of store) and `hasSecret` (a yes/no) say nothing of the secret.
    const harmless = new Set(['secretStorage', 'hasSecret']);
    for (const key of keysIn({ outputs, pushed })) {
      if (harmless.has(key)) continue;
      expect(key).not.toMatch(/password|secret|api_?key|token|credential|auth/i);
    }
  });

  it('keeps patient data out of every channel but the calendar’s events', () => {
    for (const { channel, value } of outputs) {
      const rest = EVENT_CHANNELS.has(channel) ? withoutPatientFields(value) : value;
      const json = JSON.stringify(rest);
      expect(found(json), `${channel} carries patient data outside the event fields`).toEqual([]);
      for (const key of keysIn(rest)) {
        expect(key, `${channel} has a patient field outside the events`).not.toMatch(PATIENT_KEYS);
      }
    }
  });

  it('only sends patient data for the range that was asked for', () => {
    for (const { channel, input, value } of outputs) {
      if (!EVENT_CHANNELS.has(channel) || ACROSS_TIME.has(channel)) continue;
      // The "To confirm" list is asked for weeks ahead and answers with the range it read.
      const range = channel === 'calendar:toConfirm' ? (value as Range) : (input as Range);
      for (const e of eventsOf(value)) {
        const overlaps =
          Date.parse(e.end) > Date.parse(range.from) && Date.parse(e.start) < Date.parse(range.to);
        expect(overlaps, `${channel}: ${e.id} lies outside ${range.from}–${range.to}`).toBe(true);
      }
    }
  });

  it('pushes and notifies times and calendars only', () => {
    for (const { event, payload } of pushed) {
      expect(found(JSON.stringify(payload)), `${event} carries patient data`).toEqual([]);
      for (const key of keysIn(payload)) expect(key, event).not.toMatch(PATIENT_KEYS);
    }
    for (const notice of notices) {
      const { title, body } = wordNotice(notice, 'en');
      expect(found(`${title} ${body} ${JSON.stringify(notice)}`)).toEqual([]);
    }
  });
});
