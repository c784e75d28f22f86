import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, eachDate, isoWeekday, localToUtc, toLocal } from './tz';

const MADRID = 'Europe/Madrid';
const iso = (d: Date) => d.toISOString();

describe('tz helpers', () => {
  it('converts Madrid wall time to UTC on both sides of the 2026 changes', () => {
    expect(iso(localToUtc('2026-03-28', '09:00', MADRID))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(localToUtc('2026-03-29', '09:00', MADRID))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(localToUtc('2026-10-24', '09:00', MADRID))).toBe('2026-10-24T07:00:00.000Z');
    expect(iso(localToUtc('2026-10-25', '09:00', MADRID))).toBe('2026-10-25T08:00:00.000Z');
    expect(iso(localToUtc('2026-03-29', '00:00', MADRID))).toBe('2026-03-28T23:00:00.000Z');
  });

  it('moves skipped times past the gap and picks standard time for repeated ones', () => {
    expect(iso(localToUtc('2026-03-29', '02:30', MADRID))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(localToUtc('2026-10-25', '02:30', MADRID))).toBe('2026-10-25T01:30:00.000Z');
    // Only the repeated hour: the hours around it read as usual.
    expect(iso(localToUtc('2026-10-25', '01:59', MADRID))).toBe('2026-10-24T23:59:00.000Z');
    expect(iso(localToUtc('2026-10-25', '03:00', MADRID))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('reads 24:00 as the midnight ending the day and refuses what is not a time', () => {
    expect(iso(localToUtc('2026-03-28', '24:00', MADRID))).toBe('2026-03-28T23:00:00.000Z');
    expect(() => localToUtc('2026-03-28', '25:00', MADRID)).toThrow(RangeError);
    expect(() => localToUtc('2026-02-30', '09:00', MADRID)).toThrow(RangeError);
  });

  it('reads instants back as local wall time', () => {
    expect(toLocal(new Date('2026-03-29T22:30:00Z'), MADRID)).toMatchObject({
      date: '2026-03-30',
      time: '00:30',
    });
    expect(toLocal(new Date('2026-01-01T00:00:00Z'), 'America/New_York').date).toBe('2025-12-31');
  });

  it('does calendar arithmetic on local dates', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(daysBetween('2026-03-30', '2026-03-02')).toBe(-28);
    expect(eachDate('2026-03-30', '2026-04-02')).toEqual([
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
    ]);
  });
});
