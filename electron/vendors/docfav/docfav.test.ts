import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AvailabilityWindow, CalendarEvent, CalendarInfo } from '../../../shared/domain';
import type { AppError } from '../../../shared/errors';
import {
  createFakeClock,
  createFakeFetch,
  createMemoryLogger,
  type Step,
} from '../../testing/fakes';
import { unreadableIn } from '../wire';
import { createDocfavClient } from './client';
import { directoryCalendars, discoverDocfav } from './discover';
import { describeDocfavError } from './errors';
import * as fx from './fixtures';
import {
  mapDocfavAppointment,
  mapDocfavAvailability,
  mapDocfavOccupied,
  mapDocfavRecurringEvent,
  mapDocfavSchedules,
  mapDocfavStatus,
} from './map';
import { fetchDocfavAvailability, splitRange } from './range';
import {
  DocfavAppointment,
  DocfavAvailability,
  DocfavAvailabilityCheck,
  DocfavBehaviourResult,
  DocfavClientMatch,
  DocfavClientPage,
  DocfavClientRecord,
  DocfavClinic,
  DocfavCreatedAppointment,
  DocfavCreatedClient,
  DocfavDeleteResult,
  DocfavLocation,
  DocfavMe,
  DocfavOccupiedStaff,
  DocfavProfile,
  DocfavRecurringEvent,
  DocfavService,
  DocfavSlotsStaff,
  DocfavStaff,
  DocfavStaffCalendar,
  DocfavStaffSchedule,
  envelope,
} from './schemas';

const json = (text: string): unknown => JSON.parse(text);
const data = <S extends z.ZodType>(text: string, schema: S): z.output<S> =>
  envelope(schema).parse(json(text)).data as z.output<S>;

const STAFF_CAL = '9cf404c3-951e-4895-8a14-18c68bd91ef4';
const ctx = { accountId: 'acc1', now: Date.parse('2026-03-06T08:00:00Z') };

describe('spec examples parse', () => {
  it.each([
    ['me', fx.meJson, DocfavMe],
    ['profiles', fx.profilesJson, z.array(DocfavProfile)],
    ['clinics', fx.clinicsJson, z.array(DocfavClinic)],
    ['clinic', fx.clinicJson, DocfavClinic],
    ['calendars', fx.calendarsJson, z.array(DocfavLocation)],
    ['staff', fx.staffJson, z.array(DocfavStaff)],
    ['staff calendars', fx.staffCalendarsJson, z.array(DocfavStaffCalendar)],
    ['services', fx.servicesJson, z.array(DocfavService)],
    ['clients', fx.clientsJson, DocfavClientPage],
    ['client', fx.clientJson, DocfavClientRecord],
    ['autocomplete', fx.autocompleteJson, z.array(DocfavClientMatch)],
    ['created client', fx.createdClientJson, DocfavCreatedClient],
    ['schedules', fx.schedulesJson, z.array(DocfavStaffSchedule)],
    ['occupied', fx.occupiedJson, z.array(DocfavOccupiedStaff)],
    ['check availability', fx.checkAvailabilityJson, DocfavAvailabilityCheck],
    ['available slots', fx.availableSlotsJson, z.array(DocfavSlotsStaff)],
    ['availability', fx.availabilityJson, DocfavAvailability],
    ['created appointments', fx.createdAppointmentsJson, z.array(DocfavCreatedAppointment)],
    ['behaviour', fx.behaviourJson, DocfavBehaviourResult],
    ['deleted', fx.deletedJson, DocfavDeleteResult],
  ] as const)('%s', (_name, text, schema) => {
    expect(envelope(schema).safeParse(json(text)).success).toBe(true);
  });

  it('reads the client page and its meta', () => {
    const page = data(fx.clientsJson, DocfavClientPage);
    expect(page.clients[0]?.fullname).toBe('Carlos Garcia');
    expect(page.meta?.total).toBe(156);
  });

  it('tolerates missing arrays and unknown fields', () => {
    const parsed = DocfavAvailability.parse({ appointments: null, extra: true });
    expect(parsed).toMatchObject({ appointments: [], recurring_events: [], extra: true });
  });
});

describe('availability map', () => {
  const availability = data(fx.availabilityJson, DocfavAvailability);

  it('maps the spec example: appointment, time reservation, recurring event', () => {
    const events = mapDocfavAvailability(availability, ctx);
    for (const e of events) expect(CalendarEvent.safeParse(e).success).toBe(true);
    expect(events.map((e) => e.kind)).toEqual([
      'docfav-appointment',
      'docfav-time-reservation',
      'docfav-recurring-event',
    ]);
    expect(events[0]).toEqual({
      id: 'docfav:acc1:docfav-appointment:31bd18a6-52be-4ad3-9b9f-78b684fc6f2a',
      vendorId: '31bd18a6-52be-4ad3-9b9f-78b684fc6f2a',
      kind: 'docfav-appointment',
      source: 'docfav',
      accountId: 'acc1',
      // The appointment's calendar_id is the staff calendar's.
      calendarId: STAFF_CAL,
      start: '2026-03-06T09:00:00Z',
      end: '2026-03-06T09:30:00Z',
      title: 'Carlos Garcia',
      status: 'confirmed',
      vendorStatus: 'confirmed',
      noShow: false,
      patient: {
        name: 'Carlos Garcia',
        phone: null,
        email: null,
        insurance: null,
        clientId: '68b70480-e924-4841-8038-e2e695971ff6',
      },
      reason: 'Consulta general',
      serviceId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
      note: 'Primera visita',
      recurrence: null,
      timezone: null,
      updatedAt: null,
      actions: ['cancel', 'move'],
    });
    expect(events[1]).toMatchObject({
      calendarId: STAFF_CAL,
      title: 'Lunch break',
      start: '2026-03-06T12:00:00Z',
      actions: [],
      patient: null,
    });
    // 08:00 in Madrid in March (CET) is 07:00 UTC.
    expect(events[2]).toMatchObject({
      id: 'docfav:acc1:docfav-recurring-event:b5c6d7e8-f9a0-1234-5678-9abcdef01234@2026-03-06T07:00:00Z',
      vendorId: 'b5c6d7e8-f9a0-1234-5678-9abcdef01234',
      start: '2026-03-06T07:00:00Z',
      end: '2026-03-06T07:30:00Z',
      recurrence: 'a1b2c3d4-0000-0000-0000-000000000001',
      timezone: 'Europe/Madrid',
      actions: [],
    });
  });

  it('maps group reservations read-only', () => {
    const events = mapDocfavAvailability(
      DocfavAvailability.parse({
        group_reservations: [
          {
            id: 'g1',
            back_office_staff_calendar_id: STAFF_CAL,
            name: 'Pilates',
            booked_from: '2026-03-06T17:00:00Z',
            booked_to: '2026-03-06T18:00:00Z',
            capacity: 8,
            participants: 5,
          },
        ],
      }),
      ctx,
    );
    expect(events).toEqual([
      expect.objectContaining({ kind: 'docfav-group-reservation', title: 'Pilates', actions: [] }),
    ]);
  });

  it.each([
    ['confirmed', 'confirmed'],
    ['pending', 'waiting'],
    ['unconfirmed', 'waiting'],
    ['cancelled', 'cancelled'],
    ['no_show', 'no-show'],
    ['rescheduled_by_robot', 'unknown'],
    [null, 'unknown'],
  ] as const)('status %s → %s, vendor word kept', (vendorStatus, status) => {
    const a = DocfavAppointment.parse({ ...availability.appointments[0], status: vendorStatus });
    const e = mapDocfavAppointment(a, ctx);
    expect(e?.status).toBe(status);
    expect(e?.vendorStatus).toBe(vendorStatus);
    expect(e?.noShow).toBe(status === 'no-show');
  });

  describe('actions', () => {
    const at = (from: string, status: string, now = ctx.now) =>
      mapDocfavAppointment(
        DocfavAppointment.parse({
          ...availability.appointments[0],
          booked_from: from,
          booked_to: '2026-03-20T10:00:00Z',
          status,
        }),
        { ...ctx, now, timeZones: { [STAFF_CAL]: 'Europe/Madrid' } },
      )?.actions;

    it('future live appointments: confirm (when not confirmed), cancel, move', () => {
      expect(at('2026-03-09T09:00:00Z', 'pending')).toEqual(['confirm', 'cancel', 'move']);
      expect(at('2026-03-09T09:00:00Z', 'unconfirmed')).toEqual(['confirm', 'cancel', 'move']);
      expect(at('2026-03-09T09:00:00Z', 'confirmed')).toEqual(['cancel', 'move']);
    });

    it('started today: confirm/cancel still, and no-show', () => {
      expect(at('2026-03-06T07:30:00Z', 'pending')).toEqual(['confirm', 'cancel', 'no-show']);
    });

    it('past: only no-show', () => {
      expect(at('2026-03-05T09:00:00Z', 'confirmed')).toEqual(['no-show']);
    });

    it('cancelled, no-show and unknown: nothing', () => {
      expect(at('2026-03-09T09:00:00Z', 'cancelled')).toEqual([]);
      expect(at('2026-03-05T09:00:00Z', 'no_show')).toEqual([]);
      expect(at('2026-03-09T09:00:00Z', 'mystery')).toEqual([]);
    });
  });

  describe('recurring events across DST (Madrid)', () => {
    const occurrence = (from: string, to: string, timezone: string | null = 'Europe/Madrid') =>
      mapDocfavRecurringEvent(
        DocfavRecurringEvent.parse({
          ...availability.recurring_events[0],
          booked_from: from,
          booked_to: to,
          timezone,
        }),
        ctx,
      );

    it('keeps 08:30 local on both sides of the spring change', () => {
      expect(occurrence('2026-03-27T08:30:00', '2026-03-27T09:00:00')?.start).toBe(
        '2026-03-27T07:30:00Z',
      );
      expect(occurrence('2026-03-30T08:30:00', '2026-03-30T09:00:00')?.start).toBe(
        '2026-03-30T06:30:00Z',
      );
    });

    it('pushes a time in the spring gap forward and takes the first of a doubled time', () => {
      expect(occurrence('2026-03-29T02:30:00', '2026-03-29T03:30:00')).toMatchObject({
        start: '2026-03-29T01:30:00Z',
        end: '2026-03-29T01:30:00Z',
      });
      expect(occurrence('2026-10-25T02:30:00', '2026-10-25T03:30:00')).toMatchObject({
        start: '2026-10-25T00:30:00Z',
        end: '2026-10-25T02:30:00Z',
      });
    });

    it('falls back to the staff calendar zone, and accepts exact instants', () => {
      const e = mapDocfavRecurringEvent(
        DocfavRecurringEvent.parse({
          ...availability.recurring_events[0],
          timezone: null,
        }),
        { ...ctx, timeZones: { [STAFF_CAL]: 'Atlantic/Canary' } },
      );
      expect(e).toMatchObject({ start: '2026-03-06T08:00:00Z', timezone: 'Atlantic/Canary' });
      expect(occurrence('2026-03-06T08:00:00Z', '2026-03-06T08:30:00Z')?.start).toBe(
        '2026-03-06T08:00:00Z',
      );
    });
  });
});

describe('working hours, day offs, time offs', () => {
  it('maps the schedules example', () => {
    const windows = mapDocfavSchedules(data(fx.schedulesJson, z.array(DocfavStaffSchedule)), ctx);
    for (const w of windows) expect(AvailabilityWindow.safeParse(w).success).toBe(true);
    expect(windows).toEqual([
      {
        source: 'docfav',
        accountId: 'acc1',
        calendarId: STAFF_CAL,
        kind: 'working',
        start: '2026-02-05T07:00:00Z',
        end: '2026-02-05T13:00:00Z',
      },
      expect.objectContaining({ start: '2026-02-05T15:00:00Z', end: '2026-02-05T19:00:00Z' }),
    ]);
  });

  it('maps day offs and time offs in schedules, DST day included', () => {
    const windows = mapDocfavSchedules(
      z.array(DocfavStaffSchedule).parse([
        {
          staff_calendar_id: STAFF_CAL,
          schedules: [
            { date: '2026-03-29', type: 'DAY_OFF', hours: [] },
            {
              date: '2026-03-30',
              type: 'REGULAR_DAY',
              hours: [
                { start: '08:00', end: '14:00', type: 'WORKING_DAY' },
                { start: '12:00', end: '24:00', type: 'TIME_OFF' },
              ],
            },
          ],
        },
      ]),
      ctx,
    );
    expect(windows.map((w) => [w.kind, w.start, w.end])).toEqual([
      // A 23-hour day.
      ['day-off', '2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'],
      ['working', '2026-03-30T06:00:00Z', '2026-03-30T12:00:00Z'],
      ['time-off', '2026-03-30T10:00:00Z', '2026-03-30T22:00:00Z'],
    ]);
  });

  it('maps the occupied example and its day offs and time offs', () => {
    const [staff] = data(fx.occupiedJson, z.array(DocfavOccupiedStaff));
    const windows = mapDocfavOccupied(
      [
        {
          ...(staff as DocfavOccupiedStaff),
          day_offs: [{ id: 'd1', date: '2026-10-25', reason: null }],
          time_offs: [
            { id: 't1', from: '2026-02-05T10:00:00Z', to: '2026-02-05T11:00:00Z', reason: null },
          ],
        },
      ],
      ctx,
    );
    expect(windows.map((w) => [w.kind, w.start, w.end])).toEqual([
      ['working', '2026-02-05T07:00:00Z', '2026-02-05T19:00:00Z'],
      // A 25-hour day.
      ['day-off', '2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'],
      ['time-off', '2026-02-05T10:00:00Z', '2026-02-05T11:00:00Z'],
    ]);
  });
});

describe('error codes', () => {
  const body = (code: string, extra: Record<string, unknown> = {}) => ({
    data: null,
    errors: [{ code, message: 'vendor text with maria@example.com', ...extra }],
    meta: null,
  });

  it('reads the spec error example', () => {
    expect(describeDocfavError(401, json(fx.errorJson))).toMatchObject({
      vendorCode: 'INVALID_API_KEY',
      code: 'auth',
    });
  });

  it.each([
    ['VALIDATION_ERROR', 'validation'],
    ['INVALID_API_KEY', 'auth'],
    ['API_KEY_REVOKED', 'auth'],
    ['API_KEY_EXPIRED', 'auth'],
    ['INSUFFICIENT_SCOPES', 'permission'],
    ['CLINIC_MANAGER_ACCESS_DENIED', 'permission'],
    ['IP_NOT_ALLOWED', 'permission'],
    ['NOT_FOUND', 'not-found'],
    ['CLIENT_EMAIL_EXISTS', 'conflict'],
    ['RATE_LIMIT_EXCEEDED', 'rate-limited'],
    ['INTERNAL_ERROR', 'server'],
    ['API_DISABLED', 'unavailable'],
  ])('%s → %s with its own message', (vendorCode, code) => {
    const described = describeDocfavError(400, body(vendorCode));
    expect(described).toMatchObject({ vendorCode, code });
    expect(JSON.stringify(described)).not.toMatch(/maria/);
  });

  it('gives every code a distinct message', () => {
    const codes = [
      'VALIDATION_ERROR',
      'INVALID_API_KEY',
      'API_KEY_REVOKED',
      'API_KEY_EXPIRED',
      'INSUFFICIENT_SCOPES',
      'CLINIC_MANAGER_ACCESS_DENIED',
      'IP_NOT_ALLOWED',
      'NOT_FOUND',
      'CLIENT_EMAIL_EXISTS',
      'RATE_LIMIT_EXCEEDED',
      'INTERNAL_ERROR',
      'API_DISABLED',
    ];
    // Each keeps its own code, for the renderer to word; none passes Docfav's text on.
    const described = codes.map((c) => describeDocfavError(400, body(c)));
    expect(described.map((d) => d?.vendorCode)).toEqual(codes);
    expect(JSON.stringify(described)).not.toMatch(/message/);
  });

  it('lists missing scopes, from the field or from the message', () => {
    const listed = describeDocfavError(
      403,
      body('INSUFFICIENT_SCOPES', { missing_scopes: ['staff:read', 'clients:write'] }),
    );
    expect(listed?.details).toEqual({ missingScopes: ['staff:read', 'clients:write'] });
    const fromText = describeDocfavError(403, {
      errors: [{ code: 'INSUFFICIENT_SCOPES', message: 'Missing scopes: appointments:write' }],
    });
    expect(fromText?.details).toEqual({ missingScopes: ['appointments:write'] });
  });

  it('passes on a validation field name, never its value', () => {
    expect(
      describeDocfavError(400, body('VALIDATION_ERROR', { field: 'end_date' }))?.details,
    ).toEqual({ field: 'end_date' });
  });
});

describe('client', () => {
  function client(steps: Step[]) {
    const fake = createFakeFetch(steps);
    const c = createDocfavClient({
      baseUrl: 'https://www.docfav.com/api-connector/v1',
      apiKey: 'df_pk_secret',
      fetch: fake.fetch,
      logger: createMemoryLogger(),
      http: { clock: createFakeClock(), random: () => 0 },
    });
    return { c, fake };
  }
  const CLINIC = '6edafcff-732d-4cce-8f16-f0d50d2b22b2';

  it('sends the API key and unwraps data', async () => {
    const { c, fake } = client([{ status: 200, raw: fx.meJson }]);
    expect((await c.me()).timezone).toBe('Europe/Madrid');
    expect(fake.calls[0]?.headers['x-api-key']).toBe('df_pk_secret');
    expect(fake.calls[0]?.url).toBe('https://www.docfav.com/api-connector/v1/me');
  });

  it('refuses more than 7 days before sending', async () => {
    const { c, fake } = client([{ status: 200, raw: fx.availabilityJson }]);
    const err = await c
      .availability({
        clinicId: CLINIC,
        startUtc: '2026-10-18T22:00:00Z',
        endUtc: '2026-10-25T23:00:00Z',
      })
      .catch((e: unknown) => e as AppError);
    expect(err).toMatchObject({ code: 'validation', details: { field: 'end_date' } });
    await expect(
      c.availability({
        clinicId: CLINIC,
        startUtc: '2026-03-02T00:00:00Z',
        endUtc: '2026-03-03T00:00:00Z',
        localStartDate: '2026-03-02',
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(fake.calls).toHaveLength(0);
  });

  it('sends the availability query in UTC', async () => {
    const { c, fake } = client([{ status: 200, raw: fx.availabilityJson }]);
    await c.availability({
      clinicId: CLINIC,
      startUtc: new Date('2026-03-05T23:00:00Z'),
      endUtc: '2026-03-06T23:59:59+01:00',
      localStartDate: '2026-03-06',
      localEndDate: '2026-03-06',
    });
    const url = new URL(fake.calls[0]?.url ?? '');
    expect(url.pathname).toBe(`/api-connector/v1/backofficeclinics/${CLINIC}/availability`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      start_date: '2026-03-05T23:00:00Z',
      end_date: '2026-03-06T22:59:59Z',
      local_start_date: '2026-03-06',
      local_end_date: '2026-03-06',
    });
  });

  it('pages through all staff calendars', async () => {
    const page = (n: number, from: number) => ({
      status: 200,
      body: {
        data: Array.from({ length: n }, (_, i) => ({ id: `sc${from + i}` })),
        errors: [],
        meta: null,
      },
    });
    const { c, fake } = client([page(100, 0), page(3, 100)]);
    const all = await c.staffCalendars(CLINIC);
    expect(all).toHaveLength(103);
    expect(fake.calls.map((call) => new URL(call.url).searchParams.get('offset'))).toEqual([
      '0',
      '100',
    ]);
  });

  it('creates appointments, sets behaviour, deletes', async () => {
    const { c, fake } = client([
      { status: 201, raw: fx.createdAppointmentsJson },
      { status: 200, raw: fx.behaviourJson },
      { status: 200, raw: fx.deletedJson },
    ]);
    const created = await c.createAppointments(CLINIC, {
      client: '68b70480-e924-4841-8038-e2e695971ff6',
      timezone: 'Europe/Madrid',
      appointments: [
        {
          service: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
          staffCalendar: STAFF_CAL,
          from: '2026-02-05T15:00:00Z',
          to: '2026-02-05T15:30:00Z',
          note: 'First consultation',
        },
      ],
      sendReminder: true,
      behaviour: 'confirmed',
    });
    expect(created[0]?.id).toBe('f47ac10b-58cc-4372-a567-0e02b2c3d479');
    expect(json(fake.calls[0]?.body ?? '')).toEqual(json(fx.createAppointmentsRequestJson));
    await c.setBehaviour(CLINIC, 'f47ac10b-58cc-4372-a567-0e02b2c3d479', {
      behaviour: 'cancelled',
    });
    expect(json(fake.calls[1]?.body ?? '')).toEqual(json(fx.behaviourRequestJson));
    await c.deleteAppointment(CLINIC, 'f47ac10b-58cc-4372-a567-0e02b2c3d479');
    expect(fake.calls.map((call) => call.method)).toEqual(['POST', 'PUT', 'DELETE']);
  });

  it('creates a client', async () => {
    const { c, fake } = client([{ status: 201, raw: fx.createdClientJson }]);
    const request = json(fx.createClientRequestJson) as Record<string, string>;
    await c.createClient(CLINIC, {
      name: request.name,
      surname: request.surname,
      email: request.email,
      telephone: request.telephone,
    });
    expect(json(fake.calls[0]?.body ?? '')).toEqual(json(fx.createClientRequestJson));
  });

  it('retries a plain 503 (a proxy), but not one that says API_DISABLED', async () => {
    const disabled = {
      status: 503,
      body: { data: null, errors: [{ code: 'API_DISABLED', message: 'x' }], meta: null },
    };
    const plain = client([
      { status: 503, raw: '<html>Service Unavailable</html>' },
      { status: 200, raw: fx.meJson },
    ]);
    await plain.c.me();
    expect(plain.fake.calls).toHaveLength(2);
    const off = client([disabled, { status: 200, raw: fx.meJson }]);
    await expect(off.c.me()).rejects.toMatchObject({ code: 'unavailable' });
    expect(off.fake.calls).toHaveLength(1);
  });

  it('keeps an unknown vendor code and falls back on the status', async () => {
    const { c } = client([
      { status: 422, body: { data: null, errors: [{ code: 'SOMETHING_NEW', message: 'x' }] } },
    ]);
    await expect(c.me()).rejects.toMatchObject({
      code: 'validation',
      details: { vendorCode: 'SOMETHING_NEW', status: 422 },
    });
  });

  it('turns an error envelope into a clear AppError', async () => {
    const { c } = client([
      {
        status: 403,
        body: {
          data: null,
          errors: [
            { code: 'INSUFFICIENT_SCOPES', message: 'x', missing_scopes: ['appointments:write'] },
          ],
        },
      },
    ]);
    await expect(
      c.deleteAppointment(CLINIC, 'f47ac10b-58cc-4372-a567-0e02b2c3d479'),
    ).rejects.toMatchObject({
      code: 'permission',
      details: {
        vendor: 'docfav',
        vendorCode: 'INSUFFICIENT_SCOPES',
        missingScopes: ['appointments:write'],
        status: 403,
        outcome: 'not-applied',
      },
    });
  });
});

describe('ranges longer than Docfav allows', () => {
  it('splits at 7 days', () => {
    const start = Date.parse('2026-10-18T22:00:00Z');
    const end = Date.parse('2026-10-25T23:00:00Z');
    expect(splitRange(start, end)).toEqual([
      { start, end: start + 7 * 86_400_000 },
      { start: start + 7 * 86_400_000, end },
    ]);
  });

  it('fetches the 169-hour autumn week in two requests and merges them', async () => {
    const calls: unknown[] = [];
    const availability = data(fx.availabilityJson, DocfavAvailability);
    const merged = await fetchDocfavAvailability(
      {
        availability: async (q) => {
          calls.push(q);
          return availability;
        },
      },
      {
        clinicId: 'c',
        start: '2026-10-18T22:00:00Z',
        end: '2026-10-25T23:00:00Z',
        timeZone: 'Europe/Madrid',
      },
    );
    expect(calls).toEqual([
      {
        clinicId: 'c',
        startUtc: Date.parse('2026-10-18T22:00:00Z'),
        endUtc: Date.parse('2026-10-25T22:00:00Z'),
        localStartDate: '2026-10-19',
        localEndDate: '2026-10-25',
      },
      {
        clinicId: 'c',
        startUtc: Date.parse('2026-10-25T22:00:00Z'),
        endUtc: Date.parse('2026-10-25T23:00:00Z'),
        localStartDate: '2026-10-25',
        localEndDate: '2026-10-25',
      },
    ]);
    expect(merged.appointments).toHaveLength(1);
    expect(merged.recurring_events).toHaveLength(1);
  });
});

describe('discovery', () => {
  const staff = data(fx.staffJson, z.array(DocfavStaff));
  const staffCalendars = data(fx.staffCalendarsJson, z.array(DocfavStaffCalendar));
  const locations = data(fx.calendarsJson, z.array(DocfavLocation));
  const clinics = data(fx.clinicsJson, z.array(DocfavClinic));

  it('names staff calendars after their practitioner', async () => {
    const found = await discoverDocfav(
      {
        me: async () => data(fx.meJson, DocfavMe),
        clinics: async () => clinics,
        calendars: async () => locations,
        staff: async () => staff,
        staffCalendars: async () => staffCalendars,
        services: async () => data(fx.servicesJson, z.array(DocfavService)),
      },
      'acc1',
    );
    expect(found.calendars).toEqual([
      {
        id: STAFF_CAL,
        source: 'docfav',
        accountId: 'acc1',
        name: 'Pedro García',
        owner: 'Pedro García',
        timezone: 'Europe/Madrid',
        clinicId: '6edafcff-732d-4cce-8f16-f0d50d2b22b2',
        locationId: '6e8e058e-f01b-454b-8d49-77589dadc7bd',
      },
    ]);
    for (const c of found.calendars) expect(CalendarInfo.safeParse(c).success).toBe(true);
    expect(found.timeZones).toEqual({ [STAFF_CAL]: 'Europe/Madrid' });
    expect(found.clinics[0]?.services[0]?.name).toBe('Fisioterapia');
  });

  it('adds the location when a practitioner works in two, and skips inactive calendars', () => {
    const base = staffCalendars[0] as DocfavStaffCalendar;
    const calendars = directoryCalendars(
      {
        clinic: clinics[0] as DocfavClinic,
        locations: [
          ...locations,
          { ...(locations[0] as DocfavLocation), id: 'l2', name: 'Bilbao' },
        ],
        staff,
        staffCalendars: [
          base,
          { ...base, id: 'sc2', calendar_id: 'l2', timezone: null },
          { ...base, id: 'sc3', is_active: false },
        ],
        services: [],
      },
      'acc1',
      'Europe/Madrid',
    );
    expect(calendars.map((c) => [c.id, c.name, c.timezone])).toEqual([
      [STAFF_CAL, 'Pedro García · Centro Getxo', 'Europe/Madrid'],
      ['sc2', 'Pedro García · Bilbao', 'Europe/Madrid'],
    ]);
  });
});

describe('status words', () => {
  it('keeps unknown words as unknown', () => {
    expect(mapDocfavStatus('CONFIRMED')).toBe('confirmed');
    expect(mapDocfavStatus('archived')).toBe('unknown');
  });
});

describe('unreadable records and ids in paths', () => {
  const CLINIC = '6edafcff-732d-4cce-8f16-f0d50d2b22b2';
  const LOCATION = '6e8e058e-f01b-454b-8d49-77589dadc7bd';
  function client(steps: Step[]) {
    const fake = createFakeFetch(steps);
    const logger = createMemoryLogger();
    const c = createDocfavClient({
      baseUrl: 'https://www.docfav.com/api-connector/v1',
      apiKey: 'df_pk_secret',
      fetch: fake.fetch,
      logger,
      http: { clock: createFakeClock(), random: () => 0 },
    });
    return { c, fake, logger };
  }
  const ok = (payload: unknown): Step => ({ status: 200, body: { data: payload, errors: [] } });
  const week = (json(fx.availabilityJson) as { data: Record<string, Record<string, unknown>[]> })
    .data;
  const appointment = week.appointments?.[0] ?? {};

  it('keeps the readable appointments when one cannot be read, and logs only its id', async () => {
    const broken = {
      ...appointment,
      id: '11111111-2222-4333-8444-555555555555',
      client_name: 'Ana Torres',
      booked_from: '0000-01-01T09:00:00Z',
    };
    const { c, logger } = client([
      ok({ ...week, appointments: [appointment, broken], recurring_events: [{ id: 'r' }] }),
    ]);
    const result = await c.availability({
      clinicId: CLINIC,
      startUtc: '2026-03-02T00:00:00Z',
      endUtc: '2026-03-09T00:00:00Z',
    });
    expect(result.appointments.map((a) => a.id)).toEqual([appointment.id]);
    expect(result.time_reservations).toHaveLength(1);
    expect(result.recurring_events).toHaveLength(0);
    expect(unreadableIn(result).map((i) => [i.list, i.id])).toEqual([
      ['docfav.appointments', '11111111-2222-4333-8444-555555555555'],
      ['docfav.recurring_events', 'r'],
    ]);
    expect(JSON.stringify(logger.lines)).not.toMatch(/Ana Torres|Carlos/);
  });

  it('reads a wrong-typed extra (a price sent as text) as null and keeps the appointment', async () => {
    const { c } = client([ok({ ...week, appointments: [{ ...appointment, price: '45,00' }] })]);
    const result = await c.availability({
      clinicId: CLINIC,
      startUtc: '2026-03-02T00:00:00Z',
      endUtc: '2026-03-09T00:00:00Z',
    });
    expect(result.appointments.map((a) => [a.id, a.price])).toEqual([[appointment.id, null]]);
    expect(unreadableIn(result)).toEqual([]);
  });

  it('leaves out one unreadable working day or hour, keeping the rest of the schedule', async () => {
    const staff = (json(fx.schedulesJson) as { data: Record<string, unknown>[] }).data[0] ?? {};
    const day = { day: 'FRIDAY', date: '2026-02-06', type: 'REGULAR_DAY' };
    const { c } = client([
      ok([
        {
          ...staff,
          schedules: [
            {
              ...day,
              hours: [
                { start: '08:00', end: '14:00' },
                { start: '8 am', end: '2 pm' },
              ],
            },
            { ...day, date: '0000-01-01', hours: [] },
          ],
        },
      ]),
    ]);
    const list = await c.schedules(CLINIC, LOCATION, { startDate: '2026-02-02' });
    expect(list[0]?.schedules.map((d) => d.hours.length)).toEqual([1]);
    expect(unreadableIn(list)).toHaveLength(2);
  });

  it('pages staff calendars by what was sent, unreadable ones included', async () => {
    const sc = (json(fx.staffCalendarsJson) as { data: Record<string, unknown>[] }).data[0] ?? {};
    const page = (start: number, size: number) =>
      Array.from({ length: size }, (_, i) => ({
        ...sc,
        id: `00000000-0000-4000-8000-${String(start + i).padStart(12, '0')}`,
      }));
    const first: Record<string, unknown>[] = page(0, 100);
    first[5] = { ...first[5], id: 42 };
    const { c, fake } = client([ok(first), ok(page(100, 3))]);
    const all = await c.staffCalendars(CLINIC);
    expect(all).toHaveLength(102);
    expect(unreadableIn(all)).toHaveLength(1);
    expect(fake.calls.map((call) => new URL(call.url).searchParams.get('offset'))).toEqual([
      '0',
      '100',
    ]);
  });

  it('leaves out a clinic or location whose id could not go into a path', async () => {
    const { c } = client([ok([{ id: '..' }, { id: CLINIC, name: 'Clínica' }])]);
    const clinics = await c.clinics();
    expect(clinics.map((x) => x.id)).toEqual([CLINIC]);
    expect(unreadableIn(clinics)).toHaveLength(1);
  });

  it.each(['..', '.', '', 'a/b', `${CLINIC}/..`, `${CLINIC}\n`, 'x'.repeat(500)])(
    'sends nothing for the id %j',
    async (bad) => {
      const { c, fake } = client([ok([])]);
      const attempts = [
        c.schedules(bad, LOCATION, { startDate: '2026-02-02' }),
        c.schedules(CLINIC, bad, { startDate: '2026-02-02' }),
        c.deleteAppointment(CLINIC, bad),
        c.setBehaviour(bad, LOCATION, { behaviour: 'confirmed' }),
        c.availability({
          clinicId: bad,
          startUtc: '2026-03-02T00:00:00Z',
          endUtc: '2026-03-03T00:00:00Z',
        }),
      ];
      for (const attempt of attempts) {
        await expect(attempt).rejects.toMatchObject({
          code: 'invalid-input',
          details: { vendor: 'docfav', reason: 'bad-id' },
        });
      }
      expect(fake.calls).toHaveLength(0);
    },
  );
});
