import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DOCFAV_DEMO_IDS as IDS,
  DOCFAV_LIMITED_SCOPES_API_KEY,
  startDocfavSimulator,
  type DocfavSimulator,
} from './index';
import { client, expectEnvelope, expectError } from './test-helpers';

/**
 * schedules, occupied, check-availability, available-slots. The clock sits in the week that
 * ends with the March 2026 DST change (Sunday 29th); October's change is on Sunday 25th.
 */

interface Hours {
  start: string;
  end: string;
  type: string;
}
interface ScheduleDay {
  day: string;
  date: string;
  type: string;
  hours: Hours[];
}
interface StaffSchedules {
  staff_id: string;
  staff_calendar_id: string;
  name: string;
  schedules: ScheduleDay[];
}
interface Occupied {
  staff_calendar_id: string;
  working_hours: { date: string; from: string; to: string; type: string }[];
  day_offs: { id: string; date: string; reason: string }[];
  time_offs: { id: string; from: string; to: string; reason: string }[];
  appointments: { id: string; from: string; to: string; behaviour: string }[];
  time_reservations: { id: string; from: string; to: string; reason: string }[];
  group_reservations: { id: string; from: string; to: string }[];
}
interface Check {
  available: boolean;
  requested: { from: string; to: string; staff_calendar_id: string };
  conflicts: { type: string; id: string | null; from: string; to: string }[];
}
interface Slot {
  from: string;
  to: string;
  available: boolean;
  hour_type: string;
}
interface SlotsOf {
  staff_calendar_id: string;
  timezone: string;
  slot_duration: number;
  available_slots: { date: string; day: string; type: string; slots: Slot[] }[];
}

let sim: DocfavSimulator;
const call = client(() => sim.baseUrl);
const cal = `/backofficeclinics/${IDS.clinic}/calendars/${IDS.calendar}`;
const SC = IDS.staffCalendars;

beforeAll(async () => {
  sim = await startDocfavSimulator({ now: new Date('2026-03-25T10:00:00Z') });
});
afterAll(() => sim.close());
beforeEach(async () => {
  await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
});

describe('schedules', () => {
  const get = (query: string) => call<StaffSchedules[]>(`${cal}/schedules?${query}`);

  it('gives local working hours per day, weekends empty, day offs marked', async () => {
    const res = await get('start_date=2026-03-23&end_date=2026-03-29');
    expectEnvelope(res.body);
    expect(res.body.data.map((s) => s.name)).toEqual([
      'Dra. Lucía Fernández',
      'Dr. Javier Moreno',
      'Dra. Carmen Ruiz',
    ]);
    const lucia = res.body.data.find((s) => s.staff_calendar_id === SC.lucia);
    expect(lucia?.staff_id).toBe(IDS.staff.lucia);
    expect(lucia?.schedules).toHaveLength(7);
    expect(lucia?.schedules[0]).toEqual({
      day: 'MONDAY',
      date: '2026-03-23',
      type: 'REGULAR_DAY',
      hours: [
        { start: '09:00', end: '14:00', type: 'WORKING_DAY' },
        { start: '16:00', end: '20:00', type: 'WORKING_DAY' },
      ],
    });
    // Same local hours after the DST change on Sunday.
    expect(lucia?.schedules[6]).toMatchObject({ day: 'SUNDAY', hours: [] });
    const javier = res.body.data.find((s) => s.staff_calendar_id === SC.javier);
    expect(javier?.schedules[4]).toEqual({
      day: 'FRIDAY',
      date: '2026-03-27',
      type: 'DAY_OFF',
      hours: [],
    });
  });

  it('includes time offs as local hours', async () => {
    const res = await get('start_date=2026-03-31');
    const carmen = res.body.data.find((s) => s.staff_calendar_id === SC.carmen);
    expect(carmen?.schedules).toHaveLength(1);
    expect(carmen?.schedules[0]?.hours).toContainEqual({
      start: '16:00',
      end: '18:00',
      type: 'TIME_OFF',
    });
  });

  it('validates dates and the calendar', async () => {
    expect(expectError(await get(''), 400, 'VALIDATION_ERROR').field).toBe('start_date');
    expectError(await get('start_date=2026-02-30'), 400, 'VALIDATION_ERROR');
    const back = await get('start_date=2026-03-25&end_date=2026-03-24');
    expect(expectError(back, 400, 'VALIDATION_ERROR').field).toBe('end_date');
    const other = `/backofficeclinics/${IDS.clinic}/calendars/${IDS.otherCalendar}/schedules`;
    expectError(await call(`${other}?start_date=2026-03-25`), 404, 'NOT_FOUND');
  });
});

describe('occupied', () => {
  const get = (query: string) => call<Occupied[]>(`${cal}/occupied?${query}`);

  it('lists what occupies each staff calendar, without cancelled appointments', async () => {
    const [a] = [...sim.store.appointments.values()].filter(
      (x) => x.staffCalendarId === SC.lucia && x.from.toISOString().startsWith('2026-03-24'),
    );
    if (!a) throw new Error('seed has no appointment for Lucía on the 24th');
    a.behaviour = 'cancelled';
    const res = await get(`start_date=2026-03-23&end_date=2026-03-27`);
    expect(res.body.data).toHaveLength(3);
    const lucia = res.body.data.find((s) => s.staff_calendar_id === SC.lucia);
    expect(lucia?.working_hours).toHaveLength(10);
    expect(lucia?.working_hours[0]).toEqual({
      date: '2026-03-23',
      from: '09:00',
      to: '14:00',
      type: 'WORKING_DAY',
    });
    expect(lucia?.appointments.map((x) => x.id)).not.toContain(a.id);
    expect(lucia?.appointments.every((x) => x.behaviour !== 'cancelled')).toBe(true);
    expect(lucia?.time_reservations).toContainEqual({
      id: expect.any(String),
      from: '2026-03-25T11:00:00Z',
      to: '2026-03-25T12:00:00Z',
      reason: 'Formación interna',
    });
    const javier = res.body.data.find((s) => s.staff_calendar_id === SC.javier);
    expect(javier?.day_offs).toEqual([
      { id: expect.any(String), date: '2026-03-27', reason: 'Asuntos propios' },
    ]);
    expect(javier?.working_hours).toHaveLength(8);
    const carmen = res.body.data.find((s) => s.staff_calendar_id === SC.carmen);
    expect(carmen?.group_reservations).toHaveLength(1);
  });

  it('filters by staff calendar and requires both dates and both scopes', async () => {
    const one = await get(
      `start_date=2026-03-31&end_date=2026-03-31&staff_calendar_id=${SC.carmen}`,
    );
    expect(one.body.data.map((s) => s.staff_calendar_id)).toEqual([SC.carmen]);
    expect(one.body.data[0]?.time_offs).toEqual([
      {
        id: expect.any(String),
        from: '2026-03-31T14:00:00Z',
        to: '2026-03-31T16:00:00Z',
        reason: 'Formación externa',
      },
    ]);
    const wrong = `start_date=2026-03-31&end_date=2026-03-31&staff_calendar_id=${IDS.calendar}`;
    expectError(await get(wrong), 404, 'NOT_FOUND');
    expect(expectError(await get('start_date=2026-03-31'), 400, 'VALIDATION_ERROR').field).toBe(
      'end_date',
    );
    const limited = await call(`${cal}/occupied?start_date=2026-03-31&end_date=2026-03-31`, {
      key: DOCFAV_LIMITED_SCOPES_API_KEY,
    });
    expect(expectError(limited, 403, 'INSUFFICIENT_SCOPES').missing_scopes).toEqual(['staff:read']);
  });
});

describe('check-availability', () => {
  const check = (scId: string, from: string, to: string) =>
    call<Check>(`${cal}/check-availability?staff_calendar_id=${scId}&from=${from}&to=${to}`);
  const types = async (scId: string, from: string, to: string) =>
    (await check(scId, from, to)).body.data.conflicts.map((c) => c.type);

  it('names every kind of conflict', async () => {
    expect(await types(SC.lucia, '2026-03-25T11:00:00Z', '2026-03-25T11:30:00Z')).toEqual([
      'time_reservation',
    ]);
    expect(await types(SC.carmen, '2026-03-26T17:00:00Z', '2026-03-26T17:30:00Z')).toEqual([
      'group_reservation',
    ]);
    expect(await types(SC.javier, '2026-03-27T09:00:00Z', '2026-03-27T09:30:00Z')).toEqual([
      'day_off',
    ]);
    expect(await types(SC.carmen, '2026-03-31T14:30:00Z', '2026-03-31T15:00:00Z')).toEqual([
      'time_off',
    ]);
    expect(await types(SC.lucia, '2026-03-28T10:00:00Z', '2026-03-28T10:30:00Z')).toEqual([
      'outside_working_hours',
    ]);
    // Monday 30th is summer time: 06:30Z is 08:30 local, before the 09:00 opening.
    expect(await types(SC.lucia, '2026-03-30T06:30:00Z', '2026-03-30T07:00:00Z')).toEqual([
      'outside_working_hours',
    ]);
    const live = [...sim.store.appointments.values()].find(
      (a) => a.staffCalendarId === SC.javier && a.behaviour !== 'cancelled',
    );
    if (!live) throw new Error('no live appointment in the seed');
    const res = await check(SC.javier, live.from.toISOString(), live.to.toISOString());
    expect(res.body.data.available).toBe(false);
    expect(res.body.data.conflicts).toContainEqual(
      expect.objectContaining({ type: 'appointment', id: live.id }),
    );
  });

  it('says available for a free slot and echoes the request', async () => {
    const slots = await call<SlotsOf[]>(
      `${cal}/available-slots?start_date=2026-03-26&end_date=2026-03-26&staff_calendar_id=${SC.lucia}&slot_duration=30`,
    );
    const free = slots.body.data[0]?.available_slots[0]?.slots.find((s) => s.available);
    if (!free) throw new Error('Lucía has no free slot on the 26th');
    const ok = await check(SC.lucia, free.from, free.to);
    expect(ok.body.data).toEqual({
      available: true,
      requested: { from: free.from, to: free.to, staff_calendar_id: SC.lucia },
      conflicts: [],
    });
  });

  it('validates its parameters', async () => {
    const base = `${cal}/check-availability`;
    const missing = await call(`${base}?from=2026-03-25T10:00:00Z&to=2026-03-25T10:30:00Z`);
    expect(expectError(missing, 400, 'VALIDATION_ERROR').field).toBe('staff_calendar_id');
    const noZone = await check(SC.lucia, '2026-03-25T10:00:00', '2026-03-25T10:30:00Z');
    expect(expectError(noZone, 400, 'VALIDATION_ERROR').field).toBe('from');
    const reversed = await check(SC.lucia, '2026-03-25T10:30:00Z', '2026-03-25T10:00:00Z');
    expect(expectError(reversed, 400, 'VALIDATION_ERROR').field).toBe('to');
    const unknown = await check(
      '00000000-0000-4000-8000-000000000000',
      '2026-03-25T10:00:00Z',
      '2026-03-25T10:30:00Z',
    );
    expectError(unknown, 404, 'NOT_FOUND');
  });
});

describe('available-slots', () => {
  const slots = async (scId: string, start: string, end: string, extra = '') =>
    (
      await call<SlotsOf[]>(
        `${cal}/available-slots?staff_calendar_id=${scId}&start_date=${start}&end_date=${end}${extra}`,
      )
    ).body.data[0];

  it('converts local working hours to UTC across the March DST change', async () => {
    const lucia = await slots(SC.lucia, '2026-03-27', '2026-03-30');
    expect(lucia).toMatchObject({ timezone: 'Europe/Madrid', slot_duration: 15 });
    const days = lucia?.available_slots ?? [];
    expect(days.map((d) => [d.date, d.day, d.slots.length])).toEqual([
      ['2026-03-27', 'FRIDAY', 36],
      ['2026-03-28', 'SATURDAY', 0],
      ['2026-03-29', 'SUNDAY', 0],
      ['2026-03-30', 'MONDAY', 36],
    ]);
    expect(days[0]?.slots[0]).toMatchObject({
      from: '2026-03-27T08:00:00Z',
      to: '2026-03-27T08:15:00Z',
      hour_type: 'WORKING_DAY',
    });
    expect(days[0]?.slots[20]?.from).toBe('2026-03-27T15:00:00Z');
    expect(days[3]?.slots[0]?.from).toBe('2026-03-30T07:00:00Z');
    expect(days[3]?.slots[35]?.to).toBe('2026-03-30T18:00:00Z');
  });

  it('converts local working hours to UTC across the October DST change', async () => {
    const days = (await slots(SC.carmen, '2026-10-23', '2026-10-26'))?.available_slots ?? [];
    expect(days[0]?.slots[0]?.from).toBe('2026-10-23T07:00:00Z');
    expect(days[3]?.slots[0]?.from).toBe('2026-10-26T08:00:00Z');
    expect(days[3]?.slots.at(-1)?.to).toBe('2026-10-26T19:00:00Z');
  });

  it('marks busy slots, checks the service fits, honours slot_duration', async () => {
    const day = (await slots(SC.lucia, '2026-03-25', '2026-03-25', '&service_duration=30'))
      ?.available_slots[0];
    const at = (from: string) => day?.slots.find((s) => s.from === from);
    expect(at('2026-03-25T11:00:00Z')?.available).toBe(false); // Formación interna
    expect(at('2026-03-25T12:45:00Z')?.available).toBe(false); // 13:45 + 30 min > 14:00
    const half = await slots(SC.lucia, '2026-03-25', '2026-03-25', '&slot_duration=30');
    expect(half?.slot_duration).toBe(30);
    expect(half?.available_slots[0]?.slots).toHaveLength(18);
    const dayOff = await slots(SC.javier, '2026-03-27', '2026-03-27');
    expect(dayOff?.available_slots[0]).toMatchObject({ type: 'DAY_OFF', slots: [] });
  });

  it('lists every staff calendar of the location without a filter, and validates', async () => {
    const res = await call<SlotsOf[]>(
      `${cal}/available-slots?start_date=2026-03-25&end_date=2026-03-25`,
    );
    expect(res.body.data.map((s) => s.staff_calendar_id).sort()).toEqual(
      [SC.lucia, SC.javier, SC.carmen].sort(),
    );
    const bad = await call(
      `${cal}/available-slots?start_date=2026-03-25&end_date=2026-03-25&slot_duration=0`,
    );
    expect(expectError(bad, 400, 'VALIDATION_ERROR').field).toBe('slot_duration');
  });
});
