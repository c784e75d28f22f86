import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionList,
  hasStarted,
  instantMs,
  memoByText,
  isTodayOrLater,
  mapInto,
  toInstant,
} from './event-rules';

/** What toInstant must agree with: the platform's own parser, written canonically. */
function viaDate(text: string): string | null {
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
}

describe('toInstant', () => {
  it('writes Doctena and Docfav times as UTC with Z', () => {
    expect(toInstant('2014-03-10T11:15:00+01:00')).toBe('2014-03-10T10:15:00Z');
    expect(toInstant('2026-03-06T09:00:00Z')).toBe('2026-03-06T09:00:00Z');
    expect(toInstant('2026-07-01T09:00:00-04:30')).toBe('2026-07-01T13:30:00Z');
    expect(toInstant('2026-07-01T09:00:00+00:00')).toBe('2026-07-01T09:00:00Z');
  });

  it('crosses midnight, month and year ends', () => {
    expect(toInstant('2026-01-01T00:30:00+01:00')).toBe('2025-12-31T23:30:00Z');
    expect(toInstant('2026-02-28T23:30:00-01:00')).toBe('2026-03-01T00:30:00Z');
  });

  it('keeps milliseconds and other offset spellings', () => {
    expect(toInstant('2026-11-23T09:30:00.250+01:00')).toBe('2026-11-23T08:30:00.250Z');
    expect(toInstant('2026-11-23T09:30:00+0100')).toBe('2026-11-23T08:30:00Z');
  });

  it('refuses zone-less and unreadable times', () => {
    expect(toInstant('2026-03-06T08:00:00')).toBeNull();
    expect(toInstant('not a date+01:00')).toBeNull();
    expect(toInstant('')).toBeNull();
    expect(toInstant(null)).toBeNull();
  });

  it('agrees with Date for any time and offset', () => {
    const instant = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2060-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    const offset = fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15);
    // Half of them on the minute, as appointment times are (those are converted once and kept).
    fc.assert(
      fc.property(instant, offset, fc.boolean(), (date, minutes, onTheMinute) => {
        const unit = onTheMinute ? 60_000 : 1000;
        const local = new Date(Math.floor(date.getTime() / unit) * unit + minutes * 60_000);
        const sign = minutes < 0 ? '-' : '+';
        const abs = Math.abs(minutes);
        const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const text = `${local.toISOString().slice(0, 19)}${zone}`;
        expect(toInstant(text)).toBe(viaDate(text));
        expect(toInstant(text), 'the second time, from memory').toBe(viaDate(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('memoByText', () => {
  it('computes each text once, keeps false and NaN answers too, and stays within its bound', () => {
    const seen: string[] = [];
    const memo = memoByText((text: string) => {
      seen.push(text);
      return text === 'nan' ? NaN : text === 'no' ? false : text.length;
    }, 3);
    for (const text of ['a', 'no', 'nan', 'a', 'no', 'nan']) memo(text);
    expect(seen).toEqual(['a', 'no', 'nan']);
    expect(memo('no')).toBe(false);
    expect(memo('nan')).toBeNaN();
    memo('bb'); // a fourth text: the three kept are forgotten
    memo('a');
    expect(seen).toEqual(['a', 'no', 'nan', 'bb', 'a']);
  });
});

describe('instantMs', () => {
  it('is Date.parse, the first time and from memory', () => {
    for (const text of ['2026-11-24T08:30:00Z', '2026-11-24T08:30:00.250Z', 'junk']) {
      expect(instantMs(text)).toBe(Date.parse(text));
      expect(instantMs(text)).toBe(Date.parse(text));
    }
  });
});

describe('time rules', () => {
  const now = Date.parse('2026-11-24T09:00:00Z');
  it('take a start as text or as a number', () => {
    expect(hasStarted('2026-11-24T08:59:00Z', now)).toBe(true);
    expect(hasStarted(Date.parse('2026-11-24T09:01:00Z'), now)).toBe(false);
    // 00:30 in Berlin on the 24th is still "today" there, though the 23rd in UTC.
    expect(isTodayOrLater('2026-11-23T23:30:00Z', now, 'Europe/Berlin')).toBe(true);
    expect(isTodayOrLater(Date.parse('2026-11-23T22:30:00Z'), now, 'Europe/Berlin')).toBe(false);
  });
});

describe('actionList', () => {
  it('lists the set flags in one fixed order, whatever order they are given in', () => {
    expect(actionList({ move: true, confirm: true, cancel: true })).toEqual([
      'confirm',
      'cancel',
      'move',
    ]);
    expect(actionList({ delete: true, move: false })).toEqual(['delete']);
    expect(actionList({})).toEqual([]);
  });

  it('lists exactly the set flags for every combination', () => {
    const order = ['confirm', 'cancel', 'no-show', 'move', 'delete'] as const;
    const flag = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(fc.tuple(flag, flag, flag, flag, flag), (set) => {
        const flags = Object.fromEntries(order.map((action, i) => [action, set[i]]));
        expect(actionList(flags)).toEqual(order.filter((_, i) => set[i]));
      }),
    );
  });

  it('shares one frozen list per combination, so no event can change another', () => {
    const a = actionList({ cancel: true, 'no-show': true });
    expect(actionList({ 'no-show': true, cancel: true })).toBe(a);
    expect(() => a.push('move')).toThrow(TypeError);
    expect(a).toEqual(['cancel', 'no-show']);
  });
});

describe('mapInto', () => {
  it('keeps what maps to something, in order, after what is already there', () => {
    const out = mapInto([0], [1, 2, 3, 4], (n) => (n % 2 ? n * 10 : undefined));
    expect(out).toEqual([0, 10, 30]);
  });
});
