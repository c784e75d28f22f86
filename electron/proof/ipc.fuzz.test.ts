import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channelNames,
  channels,
  IpcResult,
  isChannel,
  type CalendarData,
  type Channel,
} from '../../shared/contract';
import { LANGUAGES } from '../../shared/settings';
import {
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  DOCFAV_REVOKED_API_KEY,
  startDocfavSimulator,
  type DocfavSimulator,
} from '../../simulators/docfav';
import {
  DEMO_CALENDARS,
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
  type DoctenaSimulator,
} from '../../simulators/doctena';
import { createServices, type Runtime } from '../core/services';
import { createMemorySecretStore, createMemorySettingsStore } from '../core/stores';
import { silentLogger } from '../log';
import {
  badValue,
  HUGE,
  MARKER,
  mutate,
  mutation,
  pollutingObject,
  prototypesClean,
} from './adversarial';

/**
 * Fuzzes every IPC channel through the real dispatcher of services connected to both simulators
 * over real HTTP. The schema is the oracle: an input it refuses must come back as a typed
 * `invalid-input` without a single request leaving the process; an input it accepts must get an
 * output that parses with the channel's output schema, or a typed error that is not our own bug.
 *
 * The accounts are managed ones (from the environment) on purpose: the fuzzer sends valid
 * `accounts:disconnect` and `demo:set` calls too, and managed accounts survive those, so the
 * later channels still have a connected practice to aim at.
 */

const NOW = new Date('2026-11-24T09:00:00Z'); // a Tuesday; the simulators seed around it
const WEEK = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' };
const NEXT_WEEK = { from: '2026-11-30T00:00:00+01:00', to: '2026-12-07T00:00:00+01:00' };
const RUNS_PER_CHANNEL = 140;
const UNKNOWN_CHANNEL_RUNS = 200;
const SEED = 20261124;
const ctx = { transport: 'web' as const };

const DT = 'managed-doctena';
const DF = 'managed-docfav';
const GENERAL = DEMO_CALENDARS.general._id;
const PAEDIATRICS = DEMO_CALENDARS.paediatrics._id;
const LUCIA = DOCFAV_DEMO_IDS.staffCalendars.lucia;

let doctena: DoctenaSimulator;
let docfav: DocfavSimulator;
let runtime: Runtime;
/** Every fetch the services attempted, whether or not it was let out of the process. */
let fetchAttempts = 0;
let knownIds: string[] = [];

interface Tally {
  calls: number;
  valid: number;
  ok: number;
  requestsByValid: number;
  codes: Record<string, number>;
}
const tallies = new Map<string, Tally>();
const internalErrors: string[] = [];
/** Requests made while handling refused input: asserted zero per call, summed for the figures. */
let requestsByRefused = 0;

const requests = () => doctena.requestCount() + docfav.requestCount();

function tally(channel: string): Tally {
  let t = tallies.get(channel);
  if (!t) {
    t = { calls: 0, valid: 0, ok: 0, requestsByValid: 0, codes: {} };
    tallies.set(channel, t);
  }
  return t;
}

beforeAll(async () => {
  // Thousands of calls under a frozen clock would spend a real hourly budget; rate limiting has
  // its own proof in the soak test.
  [doctena, docfav] = await Promise.all([
    startDoctenaSimulator({ now: NOW }),
    startDocfavSimulator({ now: NOW, rateLimitPerHour: 1_000_000 }),
  ]);
  const origins = new Set([new URL(doctena.url).origin, new URL(docfav.url).origin]);
  // A valid connect call may name any URL (or the real platforms' defaults): nothing may leave
  // loopback, so those are refused the way an unreachable host is.
  const guardedFetch: typeof fetch = (input, init) => {
    fetchAttempts += 1;
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!origins.has(url.origin)) {
      const cause = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      return Promise.reject(new TypeError('fetch failed', { cause }));
    }
    return globalThis.fetch(input, init);
  };
  runtime = createServices({
    app: { name: 'Frontdesk', version: '0.0.0', platform: 'linux' },
    settings: createMemorySettingsStore(),
    secrets: createMemorySecretStore(),
    logger: silentLogger,
    fetch: guardedFetch,
    now: () => NOW,
    push: () => {},
    env: {
      FRONTDESK_DOCTENA_URL: doctena.baseUrl,
      FRONTDESK_DOCTENA_LOGIN: DOCTENA_DEMO_LOGIN,
      FRONTDESK_DOCTENA_PASSWORD: DOCTENA_DEMO_PASSWORD,
      FRONTDESK_DOCTENA_TIMEZONE: 'Europe/Berlin',
      FRONTDESK_DOCFAV_URL: docfav.baseUrl,
      FRONTDESK_DOCFAV_API_KEY: DOCFAV_DEMO_API_KEY,
    },
  });
  await runtime.start();
  // Nothing may run between two calls, or a request could not be pinned on the call that made it.
  runtime.services.sync.stop();
  knownIds = await warm();
  expect(knownIds.length).toBeGreaterThan(100);
});

afterAll(async () => {
  await runtime?.stop();
  await Promise.all([doctena?.close(), docfav?.close()]);
  printFigures();
});

/** Fills the cache (reloading accounts empties it) and returns the ids it holds. */
async function warm(): Promise<string[]> {
  const ids: string[] = [];
  for (const range of [WEEK, NEXT_WEEK]) {
    const result = await runtime.dispatch('calendar:range', range, ctx);
    if (!result.ok) throw new Error(`warm-up failed: ${result.error.code}`);
    ids.push(...(result.value as CalendarData).events.map((e) => e.id));
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const minutes = (n: number) => n * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A valid instant in the two synced weeks, on a quarter hour. */
const instant = fc
  .integer({ min: 0, max: 14 * 24 * 4 - 1 })
  .map((q) => iso(Date.parse(WEEK.from) + minutes(15 * q)));

/** Mostly near the synced weeks, sometimes at the edges of what the schema allows. */
const range = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.integer({ min: -7 * 24, max: 14 * 24 }), fc.integer({ min: 1, max: 42 * 24 }))
      .map(([startHour, hours]) => {
        const from = Date.parse(WEEK.from) + startHour * 3_600_000;
        return { from: iso(from), to: iso(from + hours * 3_600_000) };
      }),
    weight: 8,
  },
  {
    arbitrary: fc.constantFrom(
      { from: '0000-01-01T00:00:00Z', to: '0000-01-02T00:00:00Z' },
      { from: '9999-12-30T00:00:00Z', to: '9999-12-31T23:59:59.999Z' },
      { from: '1970-01-01T00:00:00Z', to: '1970-01-01T00:00:00.001Z' },
      { from: '2026-11-24T09:00:00+14:00', to: '2026-11-24T09:00:00-12:00' },
      { from: '2026-11-24T09:00:00.123456789Z', to: '2026-11-25T09:00:00Z' },
    ),
    weight: 1,
  },
);

/** Ids in the cache, ids of another account or kind, well-formed unknown ids, garbage. */
function eventIds(): fc.Arbitrary<string> {
  const known = fc.constantFrom(...knownIds);
  const otherAccount = known.map((id) =>
    id.includes(`:${DT}:`) ? id.replace(`:${DT}:`, `:${DF}:`) : id.replace(`:${DF}:`, `:${DT}:`),
  );
  const otherKind = known.map((id) =>
    id
      .replace('doctena-booking', 'doctena-blocking')
      .replace('docfav-appointment', 'docfav-time-reservation'),
  );
  const otherVendor = known.map((id) =>
    id.startsWith('doctena:')
      ? id.replace('doctena:', 'docfav:')
      : id.replace('docfav:', 'doctena:'),
  );
  const unknown = fc.constantFrom(
    `doctena:${DT}:doctena-booking:000000000000000000000000`,
    `doctena:${DT}:doctena-blocking:000000000000000000000000`,
    `doctena:${DT}:doctena-blocking:../../calendars/${GENERAL}`,
    `docfav:${DF}:docfav-appointment:d0cfa000-0000-4000-8000-999999999999`,
    `docfav:${DF}:docfav-appointment:`,
    `doctena:demo-doctena:doctena-booking:1`,
    `doctena:${DT}:not-a-kind:1`,
    `${'x'.repeat(299)}:`,
    '__proto__',
    'constructor',
  );
  return fc.oneof(
    { arbitrary: known, weight: 2 },
    { arbitrary: otherAccount, weight: 1 },
    { arbitrary: otherKind, weight: 1 },
    { arbitrary: otherVendor, weight: 1 },
    { arbitrary: unknown, weight: 2 },
    { arbitrary: fc.string({ minLength: 1, maxLength: 300 }), weight: 1 },
  );
}

const calendarRef = fc.constantFrom(
  { accountId: DT, calendarId: GENERAL },
  { accountId: DT, calendarId: PAEDIATRICS },
  { accountId: DF, calendarId: LUCIA },
  { accountId: DT, calendarId: LUCIA },
  { accountId: 'nobody', calendarId: GENERAL },
);

const slot = instant.chain((start) =>
  fc.integer({ min: 1, max: 16 }).map((q) => ({
    start,
    end: iso(Date.parse(start) + minutes(15 * q)),
  })),
);

const accountId = fc.oneof(
  fc.constantFrom(DT, DF, 'demo-doctena', 'nope'),
  fc.string({ minLength: 1, maxLength: 64 }),
);

/**
 * The simulator, now and then an address the guarded fetch refuses. Sparingly: a read that cannot
 * connect is retried with backoff, and each one costs about a second.
 */
function reachableMostly(simulator: string): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constant(simulator), weight: 15 },
    { arbitrary: fc.constant('https://192.0.2.1/api'), weight: 1 },
    // Refused by the contract: a secret would go to a file or over the network in clear.
    {
      arbitrary: fc.constantFrom('http://192.0.2.1/api', 'file:///etc/passwd', 'ftp://x.test/'),
      weight: 1,
    },
  );
}

/** Valid inputs per channel (by the contract's schemas; the handlers may still refuse them). */
function validInput(channel: Channel): fc.Arbitrary<unknown> {
  switch (channel) {
    case 'app:info':
    case 'settings:get':
    case 'accounts:list':
    case 'guard:suggestions':
    case 'guard:status':
    case 'guard:run':
      return fc.constant({});
    case 'settings:update':
      return fc.record({
        patch: fc.record(
          {
            language: fc.constantFrom(null, ...LANGUAGES),
            pollIntervalSeconds: fc.integer({ min: 30, max: 3600 }),
            notifyPatientDefault: fc.boolean(),
            showCancelled: fc.boolean(),
            weekStartDay: fc.integer({ min: 0, max: 6 }),
            workingHours: fc.constantFrom(
              { start: '07:00', end: '20:00' },
              { start: '00:00', end: '24:00' },
            ),
            slotMinutes: fc.constantFrom(5, 10, 15, 20, 30),
            desktopNotifications: fc.boolean(),
            launchAtLogin: fc.boolean(),
            // An enabled mapping would start background guard runs, which could not be told
            // apart from requests made by the call being checked.
            guard: fc.record({
              mappings: fc.constant([]),
              weeksAhead: fc.integer({ min: 1, max: 26 }),
              mirrorReservations: fc.boolean(),
            }),
            calendarColours: fc.dictionary(
              fc.string({ minLength: 1, maxLength: 200 }),
              fc.constantFrom('#1d5fd1', '#ABCDEF', '#000000'),
              { maxKeys: 5 },
            ),
            serviceColours: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
      });
    case 'accounts:connectDoctena':
      return fc.record(
        {
          login: fc.nat().map((n) => `fuzz-${n}@example.org`),
          password: fc.string({ minLength: 1, maxLength: 40 }),
          baseUrl: reachableMostly(doctena.baseUrl),
          label: fc.string({ maxLength: 20 }),
          timezone: fc.constantFrom('Europe/Berlin', 'UTC', 'Pacific/Chatham'),
        },
        { requiredKeys: ['login', 'password', 'baseUrl'] },
      );
    case 'accounts:discoverDocfav':
      return fc.record(
        {
          apiKey: fc.constantFrom(DOCFAV_DEMO_API_KEY, DOCFAV_REVOKED_API_KEY, 'df_pk_nope'),
          baseUrl: reachableMostly(docfav.baseUrl),
        },
        { requiredKeys: ['apiKey', 'baseUrl'] },
      );
    case 'accounts:connectDocfav':
      // Not the demo key: a second connected copy of the clinic would double every later sync.
      return fc.record(
        {
          apiKey: fc.constantFrom(DOCFAV_REVOKED_API_KEY, 'df_pk_nope'),
          baseUrl: reachableMostly(docfav.baseUrl),
          clinicIds: fc.array(fc.constantFrom(DOCFAV_DEMO_IDS.clinic, 'x'), { maxLength: 2 }),
          label: fc.string({ maxLength: 20 }),
        },
        { requiredKeys: ['apiKey', 'baseUrl', 'clinicIds'] },
      );
    case 'accounts:disconnect':
      return fc.record({ accountId });
    case 'accounts:setTimezone':
      return fc.record({ accountId, timezone: fc.constantFrom('Europe/Berlin', 'UTC') });
    case 'demo:set':
      return fc.record({ enabled: fc.boolean() });
    case 'event:setStatus':
      return fc.record({
        eventId: eventIds(),
        action: fc.constantFrom('confirm', 'cancel', 'no-show', 'unconfirm'),
        notifyPatient: fc.boolean(),
      });
    case 'event:move':
      return fc
        .record({ eventId: eventIds(), slot, notifyPatient: fc.boolean(), force: fc.boolean() })
        .map(({ slot: s, ...rest }) => ({ ...rest, start: s.start, end: s.end }));
    case 'blocking:create':
      return fc.record({
        title: fc.string({ minLength: 1, maxLength: 30 }).map((t) => `Fuzz ${t}`),
        calendars: fc.array(calendarRef, { minLength: 1, maxLength: 2 }),
        ranges: fc.array(slot, { minLength: 1, maxLength: 2 }),
        recurrence: fc.constantFrom(
          null,
          'FREQ=WEEKLY;COUNT=2',
          'FREQ=DAILY;UNTIL=20261201T000000Z',
        ),
      });
    case 'blocking:update':
      return fc.record(
        {
          eventId: eventIds(),
          title: fc.string({ minLength: 1, maxLength: 30 }).map((t) => `Fuzz ${t}`),
          start: instant,
          end: instant,
          recurrence: fc.constantFrom(null, 'FREQ=WEEKLY;COUNT=2'),
        },
        { requiredKeys: ['eventId'] },
      );
    case 'blocking:delete':
      return fc.record({ eventId: eventIds() });
    // Ids the calendar does not hold: a real cancel here would change what other cases read.
    case 'bulk:cancel':
      return fc.record({
        eventIds: fc.array(fc.string({ minLength: 1, maxLength: 300 }), {
          minLength: 1,
          maxLength: 5,
        }),
        notifyPatient: fc.boolean(),
      });
    case 'bulk:progress':
      return fc.record({ id: fc.stringMatching(/^[a-z0-9]{8,32}$/) });
    case 'patients:search':
      return fc
        .record({
          calendar: calendarRef,
          query: fc.oneof(
            fc.constantFrom('garc', 'Peña', '600 555', 'example.org', '  ab  '),
            fc.string({ minLength: 2, maxLength: 100 }),
          ),
        })
        .map(({ calendar, query }) => ({ ...calendar, query }));
    case 'patients:create':
      return fc
        .record({
          calendar: calendarRef,
          firstName: fc.string({ minLength: 1, maxLength: 20 }).map((n) => `Fuzz ${n}`),
          lastName: fc.string({ maxLength: 20 }),
          phone: fc.constantFrom('', '+34 600 555 999', 'not a phone'),
          email: fc.oneof(
            fc.constant(''),
            fc.nat().map((n) => `fuzz-${n}@example.org`),
          ),
          walkIn: fc.boolean(),
        })
        .map(({ calendar, ...rest }) => ({ ...calendar, ...rest }));
    case 'booking:options':
      return calendarRef;
    case 'booking:create':
      return fc
        .record({
          calendar: calendarRef,
          serviceId: fc.oneof(fc.constant(DOCFAV_DEMO_IDS.services.consulta), fc.uuid()),
          clientId: fc.oneof(
            fc.constantFrom(...[...docfav.store.clients.keys()].slice(0, 3)),
            fc.uuid(),
          ),
          slot,
          note: fc.string({ maxLength: 200 }),
          sendReminder: fc.boolean(),
          status: fc.constantFrom('confirmed', 'pending'),
          force: fc.boolean(),
        })
        .map(({ calendar, slot: s, ...rest }) => ({ ...calendar, ...rest, ...s }));
    case 'calendar:range':
    case 'sync:refresh':
      return range;
    case 'slots:find':
      // Exactly one of the two lengths: minutes, or a service (sometimes one that is not there).
      return fc
        .record(
          {
            calendar: calendarRef,
            length: fc.oneof(
              {
                arbitrary: fc.integer({ min: 5, max: 480 }).map((m) => ({ durationMinutes: m })),
                weight: 4,
              },
              {
                arbitrary: fc
                  .constantFrom(DOCFAV_DEMO_IDS.services.consulta, 'nope')
                  .map((id) => ({ serviceId: id })),
                weight: 1,
              },
            ),
            from: instant,
            weeks: fc.integer({ min: 1, max: 8 }),
            maxResults: fc.integer({ min: 1, max: 100 }),
          },
          { requiredKeys: ['calendar', 'length', 'from'] },
        )
        .map(({ calendar, length, ...rest }) => ({ ...calendar, ...length, ...rest }));
    case 'events:search':
      return fc.record({
        query: fc.oneof(
          fc.constantFrom(
            'garcia',
            'Müller',
            '+49',
            '555',
            'example.org',
            '  ab  ',
            'Hoffmann Mathilda',
            '0049 30 555',
          ),
          fc.string({ minLength: 2, maxLength: 100 }),
        ),
      });
    case 'patients:get':
      return fc.record({ eventId: eventIds() });
    case 'print:daySheet':
      // The web bridge has no printer: every valid call answers `unsupported`.
      return fc.record({
        output: fc.constantFrom('paper', 'pdf'),
        day: fc.constantFrom('2026-12-01', '2027-02-28', '2024-02-29'),
      });
    case 'calendar:toConfirm':
      return fc.record(
        {
          from: fc.oneof(
            range.map((r) => r.from),
            fc.constantFrom('1999-12-31T23:59:59Z', '2099-12-31T23:00:00-01:00'),
          ),
          weeks: fc.integer({ min: 1, max: 8 }),
        },
        { requiredKeys: [] },
      );
  }
}

function inputFor(channel: Channel): fc.Arbitrary<unknown> {
  const valid = validInput(channel);
  return fc.oneof(
    { arbitrary: valid, weight: 2 },
    { arbitrary: fc.tuple(valid, mutation).map(([v, m]) => mutate(v, m)), weight: 6 },
    { arbitrary: badValue, weight: 2 },
    { arbitrary: pollutingObject, weight: 1 },
  );
}

const ACTION_CHANNELS = new Set<string>([
  'event:setStatus',
  'event:move',
  'blocking:update',
  'blocking:delete',
  'patients:get',
]);

// ---------------------------------------------------------------------------------------------
// The check every call goes through

async function check(channel: unknown, input: unknown): Promise<void> {
  const name = isChannel(channel) ? channel : '(unknown channel)';
  const t = tally(name);
  t.calls += 1;
  const valid = isChannel(channel) && channels[channel].input.safeParse(input).success;
  const eventId =
    valid && typeof input === 'object' && input !== null && 'eventId' in input
      ? String(input.eventId)
      : undefined;
  const cached = eventId !== undefined && runtime.services.sync.findEvent(eventId) !== undefined;
  const before = { sims: requests(), fetches: fetchAttempts };

  let raw: unknown;
  try {
    raw = await runtime.dispatch(channel, input, ctx);
  } catch (err) {
    throw new Error(`an exception escaped the dispatcher on ${name}`, { cause: err });
  }
  const after = { sims: requests(), fetches: fetchAttempts };

  const parsed = IpcResult.safeParse(raw);
  expect(parsed.success, `${name}: the result is not a typed IpcResult`).toBe(true);
  const result = raw as IpcResult;
  const code = result.ok ? 'ok' : result.error.code;
  t.codes[code] = (t.codes[code] ?? 0) + 1;

  if (!isChannel(channel)) {
    requestsByRefused += after.sims - before.sims + (after.fetches - before.fetches);
    expect(code).toBe('unknown-channel');
    expect(after).toEqual(before);
  } else if (!valid) {
    requestsByRefused += after.sims - before.sims + (after.fetches - before.fetches);
    expect(code, `${name}: an input its schema refuses was not refused`).toBe('invalid-input');
    expect(after, `${name}: refused input still reached a platform`).toEqual(before);
  } else {
    t.valid += 1;
    t.requestsByValid += after.sims - before.sims;
    if (result.ok) {
      t.ok += 1;
      const out = channels[channel].output.safeParse(result.value);
      expect(out.success, `${name}: output does not parse with its schema`).toBe(true);
    } else {
      expect(code, `${name}: a valid input was refused as malformed`).not.toBe('invalid-input');
      if (code === 'internal')
        internalErrors.push(`${name}: ${JSON.stringify(result.error.details)}`);
    }
    if (ACTION_CHANNELS.has(channel) && !cached) {
      // An id the calendar does not hold is answered from the cache: it costs no request.
      expect(after, `${name}: an unknown event id reached a platform`).toEqual(before);
    }
  }

  if (!result.ok) {
    // No sentence crosses IPC (the renderer words the code), and values are never echoed: they
    // may be patient data (and here, a megabyte).
    expect(result.error).not.toHaveProperty('message');
    expect(JSON.stringify(result.error.details ?? {})).not.toContain(MARKER);
  }
  expect(prototypesClean(), `${name}: a prototype was polluted`).toBe(true);
}

// ---------------------------------------------------------------------------------------------

describe('IPC fuzzing through the real dispatcher', () => {
  it.each(channelNames.map((c, i) => [c, i] as const))(
    '%s: refuses what its schema refuses, answers the rest in its output schema',
    async (channel, index) => {
      // Reloading accounts (connect, disconnect, demo) empties the cache: fill it again.
      knownIds = await warm();
      await fc.assert(
        fc.asyncProperty(inputFor(channel), (input) => check(channel, input)),
        { numRuns: RUNS_PER_CHANNEL, seed: SEED + index, endOnFailure: true },
      );
    },
    60_000,
  );

  it('refuses every unknown channel, whatever comes with it', async () => {
    const channel = fc.oneof(
      fc.constantFrom<unknown>(
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'valueOf',
        'app:info ',
        ' app:info',
        'APP:INFO',
        'app:info\u0000',
        'app:Info',
        'calendar:range/../app:info',
        'secrets:dump',
        'accounts:export',
        'event:',
        '',
        HUGE,
      ),
      fc.string({ maxLength: 30 }),
      badValue,
    );
    await fc.assert(
      fc.asyncProperty(
        channel.filter((c) => !isChannel(c)),
        fc.oneof(fc.constant({}), badValue),
        (c, input) => check(c, input),
      ),
      { numRuns: UNKNOWN_CHANNEL_RUNS, seed: SEED - 1, endOnFailure: true },
    );
  });

  // zod's "Unrecognized key" issue quotes the key; describeIssues() must not pass it on (a key is
  // the caller's text, possibly patient data, possibly a megabyte).
  it('never echoes the name of an unknown key back to the caller', async () => {
    const result = await runtime.dispatch('app:info', { [`${MARKER} Erika Musterfrau`]: 1 }, ctx);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(MARKER);
  });

  it('refuses writes outside the sane window with a reason, before any request', async () => {
    const blocking = knownIds.find((id) => id.includes(':doctena-blocking:')) ?? knownIds[0];
    const booking = knownIds.find((id) => id.includes(':doctena-booking:')) ?? knownIds[0];
    // The window is the real clock's (the contract reads it at parse time), so this slot is too.
    const soon = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 2 * 86_400_000;
    const inWeek = {
      start: new Date(soon).toISOString(),
      end: new Date(soon + 3_600_000).toISOString(),
    };
    const calls: [Channel, unknown, string][] = [
      // The finding: a blocking moved to year 1 through blocking:update.
      [
        'blocking:update',
        { eventId: blocking, start: '0001-01-01T00:00:00Z' },
        'time-out-of-range',
      ],
      ['blocking:update', { eventId: blocking, end: '2099-01-01T00:00:00Z' }, 'time-out-of-range'],
      [
        'blocking:update',
        { eventId: blocking, start: inWeek.end, end: inWeek.start },
        'end-not-after-start',
      ],
      [
        'blocking:create',
        {
          title: 'Fuzz',
          calendars: [{ accountId: DT, calendarId: GENERAL }],
          ranges: [inWeek, { start: '0000-01-01T00:00:00Z', end: '0000-01-02T00:00:00Z' }],
          recurrence: null,
        },
        'time-out-of-range',
      ],
      [
        'event:move',
        {
          eventId: booking,
          start: '0001-01-01T09:00:00Z',
          end: '0001-01-01T09:30:00Z',
          notifyPatient: false,
          force: false,
        },
        'time-out-of-range',
      ],
      [
        'event:move',
        {
          eventId: booking,
          start: inWeek.start,
          end: inWeek.start,
          notifyPatient: false,
          force: false,
        },
        'end-not-after-start',
      ],
      [
        'accounts:discoverDocfav',
        { apiKey: DOCFAV_DEMO_API_KEY, baseUrl: 'file:///etc/passwd' },
        'base-url-invalid',
      ],
      [
        'accounts:connectDoctena',
        {
          login: DOCTENA_DEMO_LOGIN,
          password: DOCTENA_DEMO_PASSWORD,
          baseUrl: 'http://192.0.2.1/api/v2',
        },
        'base-url-insecure',
      ],
    ];
    for (const [channel, input, reason] of calls) {
      const before = { sims: requests(), fetches: fetchAttempts };
      const result = await runtime.dispatch(channel, input, ctx);
      expect(result, channel).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', details: { reason } },
      });
      expect({ sims: requests(), fetches: fetchAttempts }, channel).toEqual(before);
    }
  });

  it('never lets a handler fail with an internal error on valid input', () => {
    expect(internalErrors).toEqual([]);
  });
});

function printFigures() {
  const rows = [...tallies.entries()];
  const total = rows.reduce((n, [, t]) => n + t.calls, 0);
  const codes: Record<string, number> = {};
  for (const [, t] of rows) {
    for (const [code, n] of Object.entries(t.codes)) codes[code] = (codes[code] ?? 0) + n;
  }
  const lines = [
    `IPC fuzz: ${total} calls, ${rows.length} channels (unknown ones as one row), seed ${SEED}`,
    `${'channel'.padEnd(26)} ${'calls'.padStart(6)} ${'valid'.padStart(6)} ${'ok'.padStart(5)} ${'requests'.padStart(9)}  errors by code`,
    ...rows.map(
      ([name, t]) =>
        `${name.padEnd(26)} ${String(t.calls).padStart(6)} ${String(t.valid).padStart(6)} ${String(t.ok).padStart(5)} ${String(t.requestsByValid).padStart(9)}  ${Object.entries(
          t.codes,
        )
          .filter(([c]) => c !== 'ok')
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')}`,
    ),
    `results by code: ${Object.entries(codes)
      .sort((a, b) => b[1] - a[1])
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}`,
    `requests made by refused input: ${requestsByRefused}; internal errors on valid input: ${internalErrors.length}`,
  ];
  console.log(lines.join('\n'));
}
