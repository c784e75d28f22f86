import { describe, expect, it } from 'vitest';
import { parseRRule, recurringEnds } from './rrule';
import { formatInstant, parseInstant, zonedToInstant } from './time';

describe('formatInstant', () => {
  it('uses the Berlin offset of each instant, across both DST changes', () => {
    expect(formatInstant(new Date('2026-11-24T08:15:00Z'))).toBe('2026-11-24T09:15:00+01:00');
    expect(formatInstant(new Date('2026-07-01T10:00:00.987Z'))).toBe('2026-07-01T12:00:00+02:00');
    expect(formatInstant(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29T01:59:59+01:00');
    expect(formatInstant(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00+02:00');
    expect(formatInstant(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(formatInstant(new Date('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
    expect(formatInstant(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01T00:30:00+01:00');
  });
});

describe('zonedToInstant', () => {
  it('reads wall-clock times in Berlin', () => {
    const w = { year: 2026, month: 7, day: 1, hour: 9, minute: 0, second: 0 };
    expect(zonedToInstant(w).toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(zonedToInstant({ ...w, month: 1 }).toISOString()).toBe('2026-01-01T08:00:00.000Z');
  });

  it('moves a time in the spring-forward gap past the gap', () => {
    const gap = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 };
    expect(formatInstant(zonedToInstant(gap))).toBe('2026-03-29T03:30:00+02:00');
  });

  it('reads a time the clocks pass twice as the second, standard-time one', () => {
    const twice = { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 };
    expect(formatInstant(zonedToInstant(twice))).toBe('2026-10-25T02:30:00+01:00');
    expect(formatInstant(zonedToInstant({ ...twice, hour: 1 }))).toBe('2026-10-25T01:30:00+02:00');
  });
});

describe('parseInstant', () => {
  it('reads offsets, Z, fractions, and offset-less times as Berlin time', () => {
    const expected = '2026-11-24T08:15:00.000Z';
    for (const text of [
      '2026-11-24T09:15:00+01:00',
      '2026-11-24T09:15:00+0100',
      '2026-11-24T08:15:00Z',
      '2026-11-24T08:15:00.000Z',
      '2026-11-24T09:15:00',
      '2026-11-24T09:15',
      '2026-11-24T10:15:00+02:00',
      // What `+01:00` becomes after form or query decoding when sent unencoded.
      '2026-11-24T09:15:00 01:00',
    ]) {
      expect(parseInstant(text)?.toISOString(), text).toBe(expected);
    }
    expect(parseInstant('2026-07-01')?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('rejects what is not a valid time', () => {
    for (const text of [
      '',
      'yesterday',
      '2026-02-29T10:00:00Z',
      '2026-13-01',
      '2026-11-24T24:00:00Z',
      '2026-11-24T09:60:00Z',
      '24.11.2026 09:15',
      '1700000000',
    ]) {
      expect(parseInstant(text), text).toBeUndefined();
    }
  });
});

describe('recurrence end rule', () => {
  it('keeps 29 February inside February 99 years later', () => {
    const starts = new Date('2028-02-29T11:30:00Z');
    const ends = new Date('2028-02-29T12:30:00Z');
    expect(formatInstant(recurringEnds(starts, ends, undefined))).toBe('2127-02-28T13:30:00+01:00');
  });

  it('reads UNTIL as written, with or without time, and requires FREQ', () => {
    const parsed = parseRRule('RRULE:FREQ=WEEKLY;UNTIL=20150101T000000Z');
    expect(parsed).toEqual({
      ok: true,
      rule: {
        text: 'FREQ=WEEKLY;UNTIL=20150101T000000Z',
        freq: 'WEEKLY',
        until: { year: 2015, month: 1, day: 1 },
      },
    });
    expect(parseRRule('freq=daily;until=20260301').ok).toBe(true);
    expect(parseRRule('FREQ=DAILY;COUNT=0').ok).toBe(false);
    expect(parseRRule('INTERVAL=2').ok).toBe(false);
  });
});
