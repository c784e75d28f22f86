import { describe, expect, it } from 'vitest';
import type { CalendarInfo } from '../../../shared/domain';
import { appointment, booking } from '../../test/testing';
import { buildDaySheet, dayBounds, localDay } from './daySheet';

const calendars: CalendarInfo[] = [
  {
    id: 'c1',
    source: 'doctena',
    accountId: 'a',
    name: 'General practice',
    owner: 'Dr. Anna Schmidt',
    timezone: null,
    clinicId: null,
    locationId: null,
  },
  {
    id: 'sc1',
    source: 'docfav',
    accountId: 'b',
    name: 'Joaquín Prieto',
    owner: 'Joaquín Prieto',
    timezone: null,
    clinicId: null,
    locationId: null,
  },
  {
    id: 'c2',
    source: 'doctena',
    accountId: 'a',
    name: 'Empty',
    owner: '',
    timezone: null,
    clinicId: null,
    locationId: null,
  },
];

const at = (hours: number, minutes = 0) => new Date(2026, 10, 25, hours, minutes).toISOString();

const late = booking({
  id: 'late',
  start: at(16),
  end: at(16, 30),
  reason: 'Vaccination',
  patient: {
    name: 'Anna Weber',
    phone: '+49 30 555',
    email: null,
    insurance: null,
    clientId: null,
  },
});
const early = booking({ id: 'early', start: at(8), end: at(8, 15), noShow: true });
const docfav = appointment({ id: 'df', start: at(9), end: at(9, 30), reason: 'Fisioterapia' });
const block = booking({ id: 'block', kind: 'doctena-blocking', start: at(12), end: at(13) });
const nextDay = booking({ id: 'next', start: at(24, 30), end: at(25) });

describe('the day sheet', () => {
  it('lists the day’s appointments per practitioner in time order, without blocks', () => {
    const sheet = buildDaySheet(
      [late, block, docfav, early, nextDay],
      calendars,
      '2026-11-25',
      null,
    );
    expect(sheet.map((s) => s.practitioner)).toEqual([
      'General practice · Dr. Anna Schmidt',
      'Joaquín Prieto',
    ]);
    expect(sheet[0]!.rows.map((r) => r.id)).toEqual(['early', 'late']);
    expect(sheet[0]!.rows[0]!.status).toBe('no-show');
    expect(sheet[0]!.rows[1]).toMatchObject({
      patient: 'Anna Weber',
      reason: 'Vaccination',
      phone: '+49 30 555',
      status: 'waiting',
    });
  });

  it('prints one practitioner, even with an empty day', () => {
    expect(buildDaySheet([late, docfav], calendars, '2026-11-25', 'b|sc1')).toEqual([
      expect.objectContaining({ key: 'b|sc1', rows: [expect.objectContaining({ id: 'df' })] }),
    ]);
    expect(buildDaySheet([late], calendars, '2026-11-25', 'a|c2')).toEqual([
      { key: 'a|c2', practitioner: 'Empty', rows: [] },
    ]);
    expect(buildDaySheet([late], calendars, '2026-11-26', null)).toEqual([]);
  });

  it('counts days in local time, across a change of daylight saving time', () => {
    const { start, end } = dayBounds('2026-10-25');
    expect(localDay(start)).toBe('2026-10-25');
    expect(localDay(end)).toBe('2026-10-26');
    expect(localDay(new Date(end.getTime() - 1))).toBe('2026-10-25');
  });
});
