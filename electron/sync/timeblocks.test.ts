import { describe, expect, it } from 'vitest';
import { expandTimeblocks } from './timeblocks';

const context = (from: string, to: string) => ({
  accountId: 'acc',
  calendarId: 'cal',
  timeZone: 'Europe/Berlin',
  from: new Date(from),
  to: new Date(to),
});

const block = {
  begins_at: '09:15',
  ends_at: '13:30',
  activated: true,
  status: 'ACTIVE',
  weekdays: [1, 2, 3, 4, 5],
  valid_forever: true,
  valid_from: '2013-12-10T01:00:00+01:00',
  valid_until: '2013-12-10T01:00:00+01:00',
  every_n_weeks: 1,
};

describe('Doctena timeblock expansion', () => {
  it('gives one window per weekday, ignoring valid_until when valid_forever', () => {
    const out = expandTimeblocks(
      [block],
      context('2026-11-23T00:00:00+01:00', '2026-11-30T00:00:00+01:00'),
    );
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual({
      source: 'doctena',
      accountId: 'acc',
      calendarId: 'cal',
      kind: 'working',
      start: '2026-11-23T08:15:00Z',
      end: '2026-11-23T12:30:00Z',
    });
  });

  it('keeps wall-clock hours in the spring DST week', () => {
    const out = expandTimeblocks(
      [block],
      context('2026-03-23T00:00:00+01:00', '2026-03-30T00:00:00+02:00'),
    );
    expect(out.map((w) => w.start)).toEqual([
      '2026-03-23T08:15:00Z',
      '2026-03-24T08:15:00Z',
      '2026-03-25T08:15:00Z',
      '2026-03-26T08:15:00Z',
      '2026-03-27T08:15:00Z',
    ]);
    const next = expandTimeblocks(
      [block],
      context('2026-03-30T00:00:00+02:00', '2026-03-31T00:00:00+02:00'),
    );
    expect(next.map((w) => w.start)).toEqual(['2026-03-30T07:15:00Z']);
  });

  it('keeps wall-clock hours in the autumn DST week (Sunday 2026-10-25 open)', () => {
    const sunday = { ...block, weekdays: [0], begins_at: '01:00', ends_at: '04:00' };
    const out = expandTimeblocks(
      [sunday],
      context('2026-10-19T00:00:00+02:00', '2026-10-26T00:00:00+01:00'),
    );
    // 01:00 CEST = 23:00Z the day before; 04:00 CET = 03:00Z: a 4-hour window on the long night.
    expect(out).toEqual([
      expect.objectContaining({ start: '2026-10-24T23:00:00Z', end: '2026-10-25T03:00:00Z' }),
    ]);
  });

  it('skips inactive and deleted blocks, out-of-validity days and off-weeks of every_n_weeks', () => {
    const range = context('2026-11-23T00:00:00+01:00', '2026-12-07T00:00:00+01:00');
    expect(expandTimeblocks([{ ...block, activated: false }], range)).toEqual([]);
    expect(expandTimeblocks([{ ...block, status: 'DELETED' }], range)).toEqual([]);
    expect(expandTimeblocks([{ ...block, status: 'INACTIVE' }], range)).toEqual([]);
    const limited = { ...block, valid_forever: false, valid_until: '2026-11-25T00:00:00+01:00' };
    expect(expandTimeblocks([limited], range)).toHaveLength(3);
    const fortnightly = {
      ...block,
      weekdays: [1],
      every_n_weeks: 2,
      valid_from: '2026-11-16T00:00:00+01:00',
    };
    expect(expandTimeblocks([fortnightly], range).map((w) => w.start)).toEqual([
      '2026-11-30T08:15:00Z',
    ]);
  });
});
