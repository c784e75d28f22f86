import { describe, expect, it } from 'vitest';
import { openingScrollTime } from './opening-scroll';

const week = { start: new Date(2026, 11, 7), end: new Date(2026, 11, 14) };
const hours = [
  { kind: 'working' as const, start: new Date(2026, 11, 8, 9, 30).toISOString() },
  { kind: 'working' as const, start: new Date(2026, 11, 9, 8, 0).toISOString() },
];

describe('where the grid opens', () => {
  it('an hour before now on a range that holds today', () => {
    expect(openingScrollTime(hours, week, new Date(2026, 11, 9, 14, 40))).toBe('13:00:00');
    expect(openingScrollTime(hours, week, new Date(2026, 11, 9, 0, 10))).toBe('00:00:00');
  });

  it('at the earliest start of work on any other range', () => {
    expect(openingScrollTime(hours, week, new Date(2026, 11, 14, 10))).toBe('08:00:00');
    expect(openingScrollTime(hours, null, new Date(2026, 11, 9, 10))).toBe('08:00:00');
  });

  it('nowhere in particular when nobody works and today is elsewhere', () => {
    expect(openingScrollTime([], week, new Date(2027, 0, 1))).toBeUndefined();
  });
});
