import { describe, expect, it } from 'vitest';
import {
  addDays,
  addDaysInZone,
  formatInstant,
  formatLocalDate,
  hasOffset,
  instantToLocal,
  isoWeekInZone,
  isoWeekStartDate,
  isoWeekday,
  isValidTimeZone,
  localDateTimeToInstant,
  localToInstant,
  parseLocalDate,
  parseLocalDateTime,
  parseLocalTime,
  zoneOffsetMs,
} from './time';

const at = (text: string) => {
  const d = parseLocalDateTime(text);
  if (!d) throw new Error(`bad fixture ${text}`);
  return d;
};
const iso = (d: Date) => formatInstant(d);
const HOUR = 3_600_000;

describe.each(['Europe/Berlin', 'Europe/Madrid'])('%s', (zone) => {
  describe('spring forward, Sunday 2026-03-29', () => {
    it('reads ordinary times on either side of the change', () => {
      expect(iso(localToInstant(at('2026-03-29T01:59:59'), zone))).toBe('2026-03-29T00:59:59Z');
      expect(iso(localToInstant(at('2026-03-29T03:00:00'), zone))).toBe('2026-03-29T01:00:00Z');
      expect(iso(localToInstant(at('2026-03-28T09:00:00'), zone))).toBe('2026-03-28T08:00:00Z');
      expect(iso(localToInstant(at('2026-03-30T09:00:00'), zone))).toBe('2026-03-30T07:00:00Z');
    });

    it('pushes a time inside the gap forward by the gap', () => {
      // 02:30 never happens; a clock set by hand shows 03:30 CEST.
      const instant = localToInstant(at('2026-03-29T02:30:00'), zone);
      expect(iso(instant)).toBe('2026-03-29T01:30:00Z');
      expect(instantToLocal(instant, zone)).toMatchObject({ hour: 3, minute: 30 });
      expect(iso(localToInstant(at('2026-03-29T02:00:00'), zone))).toBe('2026-03-29T01:00:00Z');
    });

    it('knows the offsets', () => {
      expect(zoneOffsetMs('2026-03-29T00:59:59Z', zone)).toBe(HOUR);
      expect(zoneOffsetMs('2026-03-29T01:00:00Z', zone)).toBe(2 * HOUR);
    });

    it('has a 167-hour ISO week', () => {
      const week = isoWeekInZone('2026-03-26T12:00:00Z', zone);
      expect(formatLocalDate(week.monday)).toBe('2026-03-23');
      expect(iso(week.start)).toBe('2026-03-22T23:00:00Z');
      expect(iso(week.end)).toBe('2026-03-29T22:00:00Z');
      expect(week.end.getTime() - week.start.getTime()).toBe(167 * HOUR);
    });

    it('adds local days keeping the wall time', () => {
      const sat = localToInstant(at('2026-03-28T09:00:00'), zone);
      const sun = addDaysInZone(sat, 1, zone);
      expect(iso(sun)).toBe('2026-03-29T07:00:00Z');
      expect(instantToLocal(sun, zone)).toMatchObject({ day: 29, hour: 9, weekday: 7 });
      expect(iso(addDaysInZone(sun, -1, zone))).toBe(iso(sat));
    });
  });

  describe('fall back, Sunday 2026-10-25', () => {
    it('picks the earlier of the two 02:30s', () => {
      const instant = localToInstant(at('2026-10-25T02:30:00'), zone);
      expect(iso(instant)).toBe('2026-10-25T00:30:00Z');
      // The second 02:30 (CET) reads the same on the wall.
      expect(instantToLocal('2026-10-25T01:30:00Z', zone)).toMatchObject({ hour: 2, minute: 30 });
    });

    it('reads ordinary times on either side of the change', () => {
      expect(iso(localToInstant(at('2026-10-25T01:59:00'), zone))).toBe('2026-10-24T23:59:00Z');
      expect(iso(localToInstant(at('2026-10-25T03:00:00'), zone))).toBe('2026-10-25T02:00:00Z');
      expect(iso(localToInstant(at('2026-10-26T08:00:00'), zone))).toBe('2026-10-26T07:00:00Z');
    });

    it('has a 169-hour ISO week', () => {
      const week = isoWeekInZone('2026-10-25T20:00:00Z', zone);
      expect(formatLocalDate(week.monday)).toBe('2026-10-19');
      expect(iso(week.start)).toBe('2026-10-18T22:00:00Z');
      expect(iso(week.end)).toBe('2026-10-25T23:00:00Z');
      expect(week.end.getTime() - week.start.getTime()).toBe(169 * HOUR);
    });

    it('puts a late Sunday instant in the week it belongs to locally', () => {
      // 23:30 UTC on Sunday is already Monday 00:30 in CET.
      const week = isoWeekInZone('2026-10-25T23:30:00Z', zone);
      expect(formatLocalDate(week.monday)).toBe('2026-10-26');
    });

    it('adds local days across the change', () => {
      const sat = localToInstant(at('2026-10-24T09:00:00'), zone);
      expect(iso(addDaysInZone(sat, 2, zone))).toBe('2026-10-26T08:00:00Z');
    });
  });

  it('treats 24:00 as the midnight ending the day', () => {
    const end = localDateTimeToInstant(
      { year: 2026, month: 3, day: 28 },
      { hour: 24, minute: 0 },
      zone,
    );
    expect(iso(end)).toBe('2026-03-28T23:00:00Z');
  });
});

describe('calendar arithmetic', () => {
  it('knows ISO weekdays and week starts', () => {
    expect(isoWeekday({ year: 2026, month: 3, day: 29 })).toBe(7);
    expect(isoWeekday({ year: 2026, month: 3, day: 30 })).toBe(1);
    expect(isoWeekStartDate({ year: 2026, month: 3, day: 29 })).toEqual({
      year: 2026,
      month: 3,
      day: 23,
    });
    expect(isoWeekStartDate({ year: 2027, month: 1, day: 1 })).toEqual({
      year: 2026,
      month: 12,
      day: 28,
    });
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({
      year: 2028,
      month: 2,
      day: 29,
    });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({
      year: 2026,
      month: 2,
      day: 28,
    });
  });

  it('parses dates and times strictly', () => {
    expect(parseLocalDate('2026-02-29')).toBeUndefined();
    expect(parseLocalDate('2026-13-01')).toBeUndefined();
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalTime('8:05')).toEqual({ hour: 8, minute: 5, second: 0 });
    expect(parseLocalTime('25:00')).toBeUndefined();
    expect(parseLocalDateTime('2026-03-06T08:00:00')).toMatchObject({ day: 6, hour: 8 });
    expect(parseLocalDateTime('2026-03-06T08:00:00Z')).toBeUndefined();
  });

  it('tells exact instants from wall times', () => {
    expect(hasOffset('2026-03-06T08:00:00Z')).toBe(true);
    expect(hasOffset('2026-03-06T08:00:00+01:00')).toBe(true);
    expect(hasOffset('2026-03-06T08:00:00')).toBe(false);
    expect(hasOffset('2026-03-06')).toBe(false);
  });

  it('rejects unknown zones instead of falling back to UTC', () => {
    expect(isValidTimeZone('Europe/Madrid')).toBe(true);
    expect(isValidTimeZone('Europe/Nowhere')).toBe(false);
    expect(() => instantToLocal(0, 'Europe/Nowhere')).toThrow(RangeError);
  });

  it('works for zones far from Europe', () => {
    // Sydney: clocks go back at 03:00 on 2026-04-05; 02:30 happens twice.
    expect(iso(localToInstant(at('2026-04-05T02:30:00'), 'Australia/Sydney'))).toBe(
      '2026-04-04T15:30:00Z',
    );
    expect(iso(localToInstant(at('2026-03-06T08:00:00'), 'UTC'))).toBe('2026-03-06T08:00:00Z');
  });
});
