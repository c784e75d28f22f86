import { describe, expect, it } from 'vitest';
import type { AvailabilityWindow, CalendarEvent } from '../../shared/domain';
import { zoneOffsetMs } from '../../shared/time';
import { expandTimeblocks } from '../sync/timeblocks';
import { freeTime } from './doctena';
import { intersect, slotsIn, subtract, type Interval } from './intervals';
import { pairedWith } from './index';

const at = (iso: string) => Date.parse(iso);
const span = (a: string, b: string): Interval => ({ start: at(a), end: at(b) });
const iso = (list: Interval[]) =>
  list.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]);
const MIN = 60_000;
const grid = (zone: string, from: number, to: number, minutes: number, step = 15, max = 100) => ({
  from,
  to,
  durationMs: minutes * MIN,
  stepMs: step * MIN,
  offsetAt: (ms: number) => zoneOffsetMs(ms, zone),
  max,
});

describe('subtract', () => {
  it('takes bookings out of working hours, touching and overlapping ones merged', () => {
    const hours = [span('2026-11-25T08:00:00Z', '2026-11-25T11:30:00Z')];
    const busy = [
      span('2026-11-25T09:00:00Z', '2026-11-25T09:30:00Z'),
      span('2026-11-25T09:30:00Z', '2026-11-25T10:00:00Z'),
      span('2026-11-25T09:45:00Z', '2026-11-25T10:15:00Z'),
      // Before and after the hours: nothing to take.
      span('2026-11-25T06:00:00Z', '2026-11-25T07:00:00Z'),
      span('2026-11-25T12:00:00Z', '2026-11-25T13:00:00Z'),
    ];
    expect(iso(subtract(hours, busy))).toEqual([
      ['2026-11-25T08:00:00.000Z', '2026-11-25T09:00:00.000Z'],
      ['2026-11-25T10:15:00.000Z', '2026-11-25T11:30:00.000Z'],
    ]);
  });

  it('leaves nothing when a blocking covers the whole day, and everything when nothing is busy', () => {
    const hours = [
      span('2026-11-25T08:00:00Z', '2026-11-25T11:30:00Z'),
      span('2026-11-25T13:00:00Z', '2026-11-25T17:00:00Z'),
    ];
    expect(subtract(hours, [span('2026-11-25T00:00:00Z', '2026-11-26T00:00:00Z')])).toEqual([]);
    expect(subtract(hours, [])).toEqual(hours);
  });

  it('cuts a blocking that starts inside one working range and ends inside the next', () => {
    const hours = [
      span('2026-11-25T08:00:00Z', '2026-11-25T11:30:00Z'),
      span('2026-11-25T13:00:00Z', '2026-11-25T17:00:00Z'),
    ];
    const busy = [span('2026-11-25T11:00:00Z', '2026-11-25T14:00:00Z')];
    expect(iso(subtract(hours, busy))).toEqual([
      ['2026-11-25T08:00:00.000Z', '2026-11-25T11:00:00.000Z'],
      ['2026-11-25T14:00:00.000Z', '2026-11-25T17:00:00.000Z'],
    ]);
  });
});

describe('intersect (a practitioner paired on both platforms)', () => {
  it('is free only where both are free', () => {
    // Doctena 9–12:30 and 14–18, Docfav 9–14 and 16–20 (Berlin and Madrid share the offset).
    const doctena = [
      span('2026-11-25T08:00:00Z', '2026-11-25T11:30:00Z'),
      span('2026-11-25T13:00:00Z', '2026-11-25T17:00:00Z'),
    ];
    const docfav = [
      span('2026-11-25T08:00:00Z', '2026-11-25T13:00:00Z'),
      span('2026-11-25T15:00:00Z', '2026-11-25T19:00:00Z'),
    ];
    const both = [
      ['2026-11-25T08:00:00.000Z', '2026-11-25T11:30:00.000Z'],
      ['2026-11-25T15:00:00.000Z', '2026-11-25T17:00:00.000Z'],
    ];
    expect(iso(intersect(doctena, docfav))).toEqual(both);
    expect(iso(intersect(docfav, doctena))).toEqual(both);
    expect(intersect(doctena, [])).toEqual([]);
  });

  it('keeps a slot only when it fits in the shared time', () => {
    const doctena = [span('2026-11-25T08:00:00Z', '2026-11-25T09:00:00Z')];
    const docfav = [span('2026-11-25T08:30:00Z', '2026-11-25T10:00:00Z')];
    const from = at('2026-11-25T00:00:00Z');
    const to = at('2026-11-26T00:00:00Z');
    expect(iso(slotsIn(intersect(doctena, docfav), grid('Europe/Berlin', from, to, 30)))).toEqual([
      ['2026-11-25T08:30:00.000Z', '2026-11-25T09:00:00.000Z'],
    ]);
    expect(slotsIn(intersect(doctena, docfav), grid('Europe/Berlin', from, to, 45))).toEqual([]);
  });

  it('finds the pair in the guard settings, enabled pairs only, from either side', () => {
    const pair = (docfav: string, doctena: string, enabled = true) => ({
      docfav: { accountId: 'df', calendarId: docfav },
      doctena: { accountId: 'dt', calendarId: doctena },
      enabled,
    });
    const mappings = [
      pair('lucia', 'general'),
      pair('javier', 'general'),
      pair('carmen', 'x', false),
    ];
    expect(pairedWith(mappings, 'docfav', { accountId: 'df', calendarId: 'lucia' })).toEqual([
      { accountId: 'dt', calendarId: 'general' },
    ]);
    expect(pairedWith(mappings, 'doctena', { accountId: 'dt', calendarId: 'general' })).toEqual([
      { accountId: 'df', calendarId: 'lucia' },
      { accountId: 'df', calendarId: 'javier' },
    ]);
    expect(pairedWith(mappings, 'docfav', { accountId: 'df', calendarId: 'carmen' })).toEqual([]);
    // The same id on another account is another calendar.
    expect(pairedWith(mappings, 'docfav', { accountId: 'other', calendarId: 'lucia' })).toEqual([]);
  });
});

describe('slotsIn', () => {
  it('starts slots on the wall clock’s grid, never before the search starts, and stops at max', () => {
    const free = [span('2026-11-25T08:07:00Z', '2026-11-25T10:00:00Z')];
    const from = at('2026-11-25T08:20:00Z');
    const slots = slotsIn(free, grid('Europe/Berlin', from, at('2026-11-26T00:00:00Z'), 30, 15, 3));
    expect(iso(slots)).toEqual([
      ['2026-11-25T08:30:00.000Z', '2026-11-25T09:00:00.000Z'],
      ['2026-11-25T08:45:00.000Z', '2026-11-25T09:15:00.000Z'],
      ['2026-11-25T09:00:00.000Z', '2026-11-25T09:30:00.000Z'],
    ]);
  });

  it('uses the zone’s own round times where its offset is not whole hours', () => {
    // Kolkata is UTC+5:30: 09:05 local is 03:35Z; on a 20-minute grid the first start is 09:20.
    const free = [span('2026-11-25T03:35:00Z', '2026-11-25T05:00:00Z')];
    const slots = slotsIn(
      free,
      grid('Asia/Kolkata', at('2026-11-25T00:00:00Z'), at('2026-11-26T00:00:00Z'), 20, 20, 1),
    );
    expect(iso(slots)).toEqual([['2026-11-25T03:50:00.000Z', '2026-11-25T04:10:00.000Z']]);
  });

  it('stays on the quarter hours through the night the clocks go back', () => {
    // Berlin, 25 Oct 2026: 03:00 CEST becomes 02:00 CET; free from 01:50 CEST to 03:40 CET.
    const free = [span('2026-10-24T23:50:00Z', '2026-10-25T02:40:00Z')];
    const slots = slotsIn(
      free,
      grid('Europe/Berlin', at('2026-10-24T00:00:00Z'), at('2026-10-27T00:00:00Z'), 60, 15),
    );
    const local = slots.map((s) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Berlin',
        hour: '2-digit',
        minute: '2-digit',
      }).format(s.start),
    );
    // Real time, not wall time: the hour from 02:00 to 03:00 comes twice, both on the grid.
    expect(local).toEqual(['02:00', '02:15', '02:30', '02:45', '02:00', '02:15', '02:30']);
  });
});

describe('Doctena free time: opening hours minus live bookings and blockings', () => {
  const calendarId = 'general';
  const context = { accountId: 'dt', calendarId, timeZone: 'Europe/Berlin' };
  const hours = (from: string, to: string) =>
    expandTimeblocks(
      [{ begins_at: '09:00', ends_at: '12:00', weekdays: [0, 1, 2, 3, 4, 5, 6], status: 'ACTIVE' }],
      { ...context, from: new Date(from), to: new Date(to) },
    );
  const event = (
    kind: CalendarEvent['kind'],
    status: CalendarEvent['status'],
    start: string,
    end: string,
    calendar = calendarId,
  ) => ({ kind, status, start, end, calendarId: calendar });

  it('leaves out live bookings and blockings, keeps cancelled and expired ones free', () => {
    const windows = hours('2026-11-25T00:00:00+01:00', '2026-11-26T00:00:00+01:00');
    const free = freeTime(
      windows,
      [
        event(
          'doctena-booking',
          'waiting',
          '2026-11-25T09:00:00+01:00',
          '2026-11-25T09:30:00+01:00',
        ),
        event(
          'doctena-booking',
          'cancelled',
          '2026-11-25T10:00:00+01:00',
          '2026-11-25T10:30:00+01:00',
        ),
        event(
          'doctena-booking',
          'expired',
          '2026-11-25T10:30:00+01:00',
          '2026-11-25T11:00:00+01:00',
        ),
        event(
          'doctena-blocking',
          'confirmed',
          '2026-11-25T11:30:00+01:00',
          '2026-11-25T13:00:00+01:00',
        ),
        // Another calendar's booking is not this one's business.
        event(
          'doctena-booking',
          'confirmed',
          '2026-11-25T09:30:00+01:00',
          '2026-11-25T11:30:00+01:00',
          'other',
        ),
      ],
      calendarId,
    );
    expect(iso(free)).toEqual([['2026-11-25T08:30:00.000Z', '2026-11-25T10:30:00.000Z']]);
  });

  it('follows the wall clock across both clock changes (spring and autumn)', () => {
    const autumn = freeTime(
      hours('2026-10-24T00:00:00+02:00', '2026-10-26T00:00:00+01:00'),
      [],
      calendarId,
    );
    expect(iso(autumn)).toEqual([
      ['2026-10-24T07:00:00.000Z', '2026-10-24T10:00:00.000Z'],
      ['2026-10-25T08:00:00.000Z', '2026-10-25T11:00:00.000Z'],
    ]);
    const spring = freeTime(
      hours('2026-03-28T00:00:00+01:00', '2026-03-30T00:00:00+02:00'),
      [],
      calendarId,
    );
    expect(iso(spring)).toEqual([
      ['2026-03-28T08:00:00.000Z', '2026-03-28T11:00:00.000Z'],
      ['2026-03-29T07:00:00.000Z', '2026-03-29T10:00:00.000Z'],
    ]);
  });

  it('ignores availability that is not working time', () => {
    const windows: AvailabilityWindow[] = [
      {
        ...context,
        source: 'doctena',
        kind: 'day-off',
        start: '2026-11-25T08:00:00Z',
        end: '2026-11-25T11:00:00Z',
      },
    ];
    expect(freeTime(windows, [], calendarId)).toEqual([]);
  });
});
