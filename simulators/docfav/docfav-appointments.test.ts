import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allConflicts } from './agenda';
import {
  DOCFAV_DEMO_IDS as IDS,
  DOCFAV_LIMITED_SCOPES_API_KEY,
  startDocfavSimulator,
  type DocfavSimulator,
} from './index';
import { LOCAL_NO_OFFSET, UTC_Z, client, expectEnvelope, expectError } from './test-helpers';
import { localToUtc, timeOf } from './tz';

/** The availability feed (7-day window, recurring events in local time) and appointment writes. */

interface AppointmentJson {
  id: string;
  client_id: string | null;
  client_name: string | null;
  service_id: string;
  service_name: string;
  calendar_id: string;
  staff_id: string;
  booked_from: string;
  booked_to: string;
  status: string;
  sale_status: string;
  note: string | null;
  price: number;
  source: string;
}
interface RecurringJson {
  id: string;
  back_office_staff_calendar_id: string;
  name: string;
  booked_from: string;
  booked_to: string;
  is_recurring_event: boolean;
  original_id: string;
  timezone: string;
}
interface Availability {
  appointments: AppointmentJson[];
  time_reservations: {
    id: string;
    back_office_staff_calendar_id: string;
    name: string;
    booked_from: string;
    booked_to: string;
    note: string | null;
  }[];
  group_reservations: { id: string; back_office_staff_calendar_id: string; name: string }[];
  recurring_events: RecurringJson[];
}
interface Created {
  id: string;
  appointment_number: number;
  client_id: string | null;
  service_id: string;
  service_name: string;
  booked_from: string;
  booked_to: string;
  status: string;
  note: string | null;
}

let sim: DocfavSimulator;
const call = client(() => sim.baseUrl);
const clinic = `/backofficeclinics/${IDS.clinic}`;
const SC = IDS.staffCalendars;
// The local week of 23–29 March 2026, as UTC: Monday 00:00 CET to Sunday 24:00 CEST.
const WEEK = 'start_date=2026-03-22T23:00:00Z&end_date=2026-03-29T22:00:00Z';

beforeAll(async () => {
  sim = await startDocfavSimulator({ now: new Date('2026-03-25T10:00:00Z') });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
});

const availability = (query: string) => call<Availability>(`${clinic}/availability?${query}`);

/** A free stretch of a staff calendar's morning on a local date. */
function freeSlot(scId: string, date: string, minutes = 30): { from: string; to: string } {
  const sc = sim.store.staffCalendars.get(scId);
  if (!sc) throw new Error('unknown staff calendar');
  for (let m = 9 * 60; m + minutes <= 14 * 60; m += 15) {
    const from = localToUtc(date, timeOf(m), sc.timezone);
    const to = localToUtc(date, timeOf(m + minutes), sc.timezone);
    if (allConflicts(sim.store, sc, from, to).length === 0) {
      return {
        from: from.toISOString().replace('.000', ''),
        to: to.toISOString().replace('.000', ''),
      };
    }
  }
  throw new Error(`no free slot on ${date}`);
}

function newAppointment(slot: { from: string; to: string }, scId: string = SC.lucia) {
  return {
    service: IDS.services.fisioterapia,
    back_office_staff_calendar: scId,
    from: slot.from,
    to: slot.to,
    note: 'Creada desde Frontdesk',
  };
}

describe('GET availability', () => {
  it('returns the week with the spec fields; calendar_id is the STAFF calendar', async () => {
    const res = await availability(WEEK);
    expect(res.status).toBe(200);
    expectEnvelope(res.body);
    const { appointments, time_reservations, group_reservations } = res.body.data;
    expect(appointments.length).toBeGreaterThan(15);
    const staffCalendars: string[] = Object.values(SC);
    for (const a of appointments) {
      expect(staffCalendars).toContain(a.calendar_id);
      expect(a.booked_from).toMatch(UTC_Z);
      expect(a.booked_to).toMatch(UTC_Z);
      expect(['confirmed', 'pending', 'unconfirmed', 'cancelled', 'no_show']).toContain(a.status);
      expect(Object.keys(a).sort()).toEqual(
        [
          'id',
          'client_id',
          'client_name',
          'service_id',
          'service_name',
          'calendar_id',
          'staff_id',
          'booked_from',
          'booked_to',
          'status',
          'sale_status',
          'note',
          'price',
          'source',
        ].sort(),
      );
    }
    const sorted = appointments.map((a) => a.booked_from);
    expect(sorted).toEqual([...sorted].sort());
    expect(time_reservations).toContainEqual({
      id: expect.any(String),
      back_office_staff_calendar_id: SC.lucia,
      name: 'Formación interna',
      booked_from: '2026-03-25T11:00:00Z',
      booked_to: '2026-03-25T12:00:00Z',
      note: null,
    });
    expect(group_reservations).toEqual([
      expect.objectContaining({
        back_office_staff_calendar_id: SC.carmen,
        name: 'Pilates terapéutico (grupo)',
      }),
    ]);
    expect(res.body.data.recurring_events).toEqual([]);
  });

  it('includes cancelled appointments', async () => {
    const first = (await availability(WEEK)).body.data.appointments[0];
    if (!first) throw new Error('empty week');
    const put = await call(`${clinic}/appointments/${first.id}/behaviour`, {
      method: 'PUT',
      body: { behaviour: 'cancelled' },
    });
    expect(put.status).toBe(200);
    const again = (await availability(WEEK)).body.data.appointments.find((a) => a.id === first.id);
    expect(again?.status).toBe('cancelled');
  });

  it('sends recurring events only when both local dates are given, as local times', async () => {
    expect(
      (await availability(`${WEEK}&local_start_date=2026-03-23`)).body.data.recurring_events,
    ).toEqual([]);
    const res = await availability(`${WEEK}&local_start_date=2026-03-23&local_end_date=2026-03-29`);
    const events = res.body.data.recurring_events;
    expect(events).toHaveLength(3);
    for (const e of events) {
      expect(e).toMatchObject({
        name: 'Reunión de equipo',
        booked_from: '2026-03-23T08:30:00',
        booked_to: '2026-03-23T09:00:00',
        is_recurring_event: true,
        timezone: 'Europe/Madrid',
      });
      expect(e.booked_from).toMatch(LOCAL_NO_OFFSET);
      expect(e.original_id).not.toBe(e.id);
    }
    expect(events.map((e) => e.back_office_staff_calendar_id).sort()).toEqual(
      Object.values(SC).sort(),
    );
  });

  it('keeps recurring events at 08:30 local on both sides of both 2026 DST changes', async () => {
    const mondays = async (utc: string, localStart: string, localEnd: string) => {
      const res = await availability(
        `${utc}&local_start_date=${localStart}&local_end_date=${localEnd}&staff_id=${IDS.staff.lucia}`,
      );
      expect(res.status).toBe(200);
      return res.body.data.recurring_events.map((e) => [e.booked_from, e.booked_to]);
    };
    // Weeks containing the last Sunday of March (29th) and of October (25th), and the weeks after.
    expect(await mondays(WEEK, '2026-03-23', '2026-03-29')).toEqual([
      ['2026-03-23T08:30:00', '2026-03-23T09:00:00'],
    ]);
    expect(
      await mondays(
        'start_date=2026-03-29T22:00:00Z&end_date=2026-04-05T21:59:59Z',
        '2026-03-30',
        '2026-04-05',
      ),
    ).toEqual([['2026-03-30T08:30:00', '2026-03-30T09:00:00']]);
    expect(
      await mondays(
        'start_date=2026-10-18T22:00:00Z&end_date=2026-10-25T22:00:00Z',
        '2026-10-19',
        '2026-10-25',
      ),
    ).toEqual([['2026-10-19T08:30:00', '2026-10-19T09:00:00']]);
    expect(
      await mondays(
        'start_date=2026-10-25T23:00:00Z&end_date=2026-11-01T22:59:59Z',
        '2026-10-26',
        '2026-11-01',
      ),
    ).toEqual([['2026-10-26T08:30:00', '2026-10-26T09:00:00']]);
  });

  it('refuses more than 7 days, even by the hour a DST week gains', async () => {
    const exact = 'start_date=2026-03-23T00:00:00Z&end_date=2026-03-30T00:00:00Z';
    expect((await availability(exact)).status).toBe(200);
    const over = 'start_date=2026-03-23T00:00:00Z&end_date=2026-03-30T00:00:01Z';
    const err = expectError(await availability(over), 400, 'VALIDATION_ERROR');
    expect(err.message).toMatch(/7 days/);
    // Local week 19–25 Oct runs 7 days and 1 hour in UTC: a client must split it.
    const octoberWeek = 'start_date=2026-10-18T22:00:00Z&end_date=2026-10-25T23:00:00Z';
    expectError(await availability(octoberWeek), 400, 'VALIDATION_ERROR');
    const localSpan = `${WEEK}&local_start_date=2026-03-20&local_end_date=2026-03-29`;
    expectError(await availability(localSpan), 400, 'VALIDATION_ERROR');
  });

  it('validates its dates', async () => {
    const cases: [string, string][] = [
      ['end_date=2026-03-29T22:00:00Z', 'start_date'],
      ['start_date=2026-03-22T23:00:00Z', 'end_date'],
      ['start_date=2026-03-23&end_date=2026-03-29', 'start_date'],
      ['start_date=2026-03-23T00:00:00&end_date=2026-03-29T00:00:00Z', 'start_date'],
      ['start_date=2026-03-29T00:00:00Z&end_date=2026-03-23T00:00:00Z', 'end_date'],
      [`${WEEK}&local_start_date=23/03/2026&local_end_date=2026-03-29`, 'local_start_date'],
      [`${WEEK}&result_type=everything`, 'result_type'],
      [`${WEEK}&client_id=42`, 'client_id'],
      [`${WEEK}&limit=0`, 'limit'],
    ];
    for (const [query, field] of cases) {
      const err = expectError(await availability(query), 400, 'VALIDATION_ERROR');
      expect({ query, field: err.field }).toEqual({ query, field });
    }
    // An explicit offset is still an instant; encoded "+" is accepted.
    expect(
      (await availability('start_date=2026-03-23T00:00:00%2B01:00&end_date=2026-03-29T00:00:00Z'))
        .status,
    ).toBe(200);
  });

  it('filters by result_type, client, staff, calendar, sale status, and pages', async () => {
    const all = (await availability(WEEK)).body.data.appointments;
    const reservations = await availability(`${WEEK}&result_type=time_reservations`);
    expect(reservations.body.data.appointments).toEqual([]);
    expect(reservations.body.data.time_reservations.length).toBeGreaterThan(0);

    const someone = all.find((a) => a.client_id)?.client_id ?? '';
    const mine = (await availability(`${WEEK}&client_id=${someone}`)).body.data;
    expect(mine.appointments.map((a) => a.id)).toEqual(
      all.filter((a) => a.client_id === someone).map((a) => a.id),
    );

    const javier = (await availability(`${WEEK}&staff_id=${IDS.staff.javier}`)).body.data;
    expect(javier.appointments.every((a) => a.calendar_id === SC.javier)).toBe(true);
    expect(javier.group_reservations).toEqual([]);

    const byStaffCalendar = (await availability(`${WEEK}&calendar_id=${SC.carmen}`)).body.data;
    expect(byStaffCalendar.appointments.every((a) => a.calendar_id === SC.carmen)).toBe(true);
    const byLocation = (await availability(`${WEEK}&calendar_id=${IDS.calendar}`)).body.data;
    expect(byLocation.appointments).toHaveLength(all.length);

    const paid = (await availability(`${WEEK}&sale_status=paid`)).body.data.appointments;
    expect(paid.length).toBeGreaterThan(0);
    expect(paid.every((a) => a.sale_status === 'paid')).toBe(true);

    const page = (await availability(`${WEEK}&result_type=appointments&limit=5&offset=3`)).body.data
      .appointments;
    expect(page.map((a) => a.id)).toEqual(all.slice(3, 8).map((a) => a.id));
  });
});

describe('POST appointments', () => {
  const post = (body: unknown) => call<Created[]>(`${clinic}/appointments`, { body });

  it('creates appointments that then show in availability', async () => {
    const slot = freeSlot(SC.lucia, '2026-03-26');
    const clientId = [...sim.store.clients.values()][0]?.id;
    const res = await post({
      client: clientId,
      timezone: 'Europe/Madrid',
      appointments: [newAppointment(slot)],
      send_reminder: false,
      behaviour: 'pending',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual([
      {
        id: expect.any(String),
        appointment_number: expect.any(Number),
        client_id: clientId,
        service_id: IDS.services.fisioterapia,
        service_name: 'Fisioterapia',
        booked_from: slot.from,
        booked_to: slot.to,
        status: 'pending',
        note: 'Creada desde Frontdesk',
      },
    ]);
    const listed = (await availability(WEEK)).body.data.appointments.find(
      (a) => a.id === res.body.data[0]?.id,
    );
    expect(listed).toMatchObject({
      calendar_id: SC.lucia,
      staff_id: IDS.staff.lucia,
      status: 'pending',
      sale_status: 'pending',
      price: 4500,
      source: 'api',
    });
  });

  it('defaults to confirmed and books walk-ins without a client', async () => {
    const res = await post({
      appointments: [newAppointment(freeSlot(SC.javier, '2026-03-24'), SC.javier)],
    });
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({ status: 'confirmed', client_id: null });
  });

  it('refuses overlaps with 409 APPOINTMENT_OVERLAP unless forced', async () => {
    const slot = freeSlot(SC.lucia, '2026-03-26');
    const first = await post({ appointments: [newAppointment(slot)] });
    expect(first.status).toBe(201);
    const again = await post({ appointments: [newAppointment(slot)] });
    const err = expectError(again, 409, 'APPOINTMENT_OVERLAP');
    expect(err.conflicts).toEqual([
      expect.objectContaining({ index: 0, type: 'appointment', id: first.body.data[0]?.id }),
    ]);
    // Another practitioner at the same time is fine.
    expect((await post({ appointments: [newAppointment(slot, SC.carmen)] })).status).toBe(201);
    const forced = await post({ appointments: [newAppointment(slot)], force: true });
    expect(forced.status).toBe(201);
  });

  it('refuses an overlap with a time reservation, and within one request', async () => {
    const lunch = { from: '2026-03-25T11:30:00Z', to: '2026-03-25T12:30:00Z' };
    const err = expectError(
      await post({ appointments: [newAppointment(lunch)] }),
      409,
      'APPOINTMENT_OVERLAP',
    );
    expect(err.conflicts?.map((c) => c.type)).toEqual(['time_reservation']);
    const slot = freeSlot(SC.lucia, '2026-03-26');
    const twice = await post({ appointments: [newAppointment(slot), newAppointment(slot)] });
    expect(expectError(twice, 409, 'APPOINTMENT_OVERLAP').conflicts?.[0]?.index).toBe(1);
  });

  it('lets cancelled appointments be overlapped, and books cancelled ones freely', async () => {
    const slot = freeSlot(SC.lucia, '2026-03-26');
    const first = await post({ appointments: [newAppointment(slot)] });
    const id = first.body.data[0]?.id;
    await call(`${clinic}/appointments/${id}/behaviour`, {
      method: 'PUT',
      body: { behaviour: 'cancelled' },
    });
    expect((await post({ appointments: [newAppointment(slot)] })).status).toBe(201);
    const cancelled = await post({ appointments: [newAppointment(slot)], behaviour: 'cancelled' });
    expect(cancelled.status).toBe(201);
  });

  it('validates every field and names it', async () => {
    const slot = freeSlot(SC.lucia, '2026-03-26');
    const good = newAppointment(slot);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const cases: [unknown, string][] = [
      [{}, 'appointments'],
      [{ appointments: [] }, 'appointments'],
      [{ appointments: 'x' }, 'appointments'],
      [{ appointments: [42] }, 'appointments[0]'],
      [{ appointments: [{ ...good, service: undefined }] }, 'appointments[0].service'],
      [{ appointments: [{ ...good, service: unknown }] }, 'appointments[0].service'],
      [
        { appointments: [{ ...good, back_office_staff_calendar: 'x' }] },
        'appointments[0].back_office_staff_calendar',
      ],
      [{ appointments: [good, { ...good, from: '26/03/2026 10:00' }] }, 'appointments[1].from'],
      [{ appointments: [{ ...good, to: slot.from }] }, 'appointments[0].to'],
      [{ appointments: [{ ...good, note: 5 }] }, 'appointments[0].note'],
      [{ appointments: [good], client: unknown }, 'client'],
      [{ appointments: [good], client: 'abc' }, 'client'],
      [{ appointments: [good], timezone: 'Mars/Olympus' }, 'timezone'],
      [{ appointments: [good], behaviour: 'no_show' }, 'behaviour'],
      [{ appointments: [good], send_reminder: 'yes' }, 'send_reminder'],
      [{ appointments: [good], force: 'true' }, 'force'],
    ];
    for (const [body, field] of cases) {
      const err = expectError(await post(body), 400, 'VALIDATION_ERROR');
      expect({ body, field: err.field }).toEqual({ body, field });
      expect(err.message).toContain(field);
    }
    const broken = await call(`${clinic}/appointments`, { rawBody: '{"appointments": [' });
    expectError(broken, 400, 'VALIDATION_ERROR');
  });

  it('needs appointments:write', async () => {
    const res = await call(`${clinic}/appointments`, {
      key: DOCFAV_LIMITED_SCOPES_API_KEY,
      body: { appointments: [] },
    });
    expect(expectError(res, 403, 'INSUFFICIENT_SCOPES').missing_scopes).toEqual([
      'appointments:write',
    ]);
  });
});

describe('PUT behaviour and DELETE', () => {
  const anyId = () => [...sim.store.appointments.keys()][0] ?? '';
  const put = (id: string, body: unknown) =>
    call<{ appointment_id: string; behaviour: string; message: string }>(
      `${clinic}/appointments/${id}/behaviour`,
      { method: 'PUT', body },
    );

  it('sets each allowed behaviour', async () => {
    const id = anyId();
    for (const behaviour of ['unconfirmed', 'confirmed', 'no_show', 'cancelled']) {
      const res = await put(id, { behaviour });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({
        appointment_id: id,
        behaviour,
        message: 'Appointment behaviour updated successfully',
      });
      expect(sim.store.appointments.get(id)?.behaviour).toBe(behaviour);
    }
  });

  it('refuses other behaviours and unknown appointments', async () => {
    for (const body of [{ behaviour: 'pending' }, {}, { behaviour: 3 }]) {
      const err = expectError(await put(anyId(), body), 400, 'VALIDATION_ERROR');
      expect(err.field).toBe('behaviour');
    }
    expectError(
      await put('00000000-0000-4000-8000-000000000000', { behaviour: 'confirmed' }),
      404,
      'NOT_FOUND',
    );
  });

  it('deletes, then answers 404', async () => {
    const id = anyId();
    const res = await call<{ message: string }>(`${clinic}/appointments/${id}`, {
      method: 'DELETE',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ message: 'Appointment deleted successfully' });
    expect(sim.store.appointments.has(id)).toBe(false);
    expectError(await call(`${clinic}/appointments/${id}`, { method: 'DELETE' }), 404, 'NOT_FOUND');
    expectError(await put(id, { behaviour: 'confirmed' }), 404, 'NOT_FOUND');
  });
});
