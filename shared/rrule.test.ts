import { describe, expect, it } from 'vitest';
import { expandRRule, parseRRule } from './rrule';

const BERLIN = 'Europe/Berlin';
const iso = (d: Date) => d.toISOString();

describe('parseRRule', () => {
  it('reads the spec examples', () => {
    expect(parseRRule('FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=MO,TU,WE,TH,FR')).toMatchObject({
      freq: 'WEEKLY',
      interval: 3,
      wkst: 7,
      byDay: [1, 2, 3, 4, 5],
      until: null,
    });
    expect(parseRRule('RRULE:FREQ=WEEKLY;UNTIL=20150101T000000Z')?.until?.toISOString()).toBe(
      '2015-01-01T00:00:00.000Z',
    );
  });

  it.each([
    '',
    'FREQ=HOURLY',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=WEEKLY;INTERVAL=0',
    'FREQ=WEEKLY;BYSETPOS=1',
    'garbage',
  ])('refuses %j rather than guess', (text) => {
    expect(parseRRule(text)).toBeUndefined();
  });
});

describe('expandRRule', () => {
  const weekly = (rule: string, dtstart: string, from: string, to: string, durationMs = 3600_000) =>
    expandRRule({
      rule: parseRRule(rule)!,
      dtstart: new Date(dtstart),
      durationMs,
      timeZone: BERLIN,
      from: new Date(from),
      to: new Date(to),
    }).map((o) => iso(o.start));

  it('keeps the wall-clock time across the spring DST change (2026-03-29)', () => {
    // Wednesdays 09:00 Berlin: 08:00Z in winter, 07:00Z in summer.
    expect(
      weekly(
        'FREQ=WEEKLY;BYDAY=WE',
        '2026-03-18T09:00:00+01:00',
        '2026-03-16T00:00:00Z',
        '2026-04-05T00:00:00Z',
      ),
    ).toEqual(['2026-03-18T08:00:00.000Z', '2026-03-25T08:00:00.000Z', '2026-04-01T07:00:00.000Z']);
  });

  it('keeps the wall-clock time across the autumn DST change (2026-10-25)', () => {
    expect(
      weekly(
        'FREQ=DAILY',
        '2026-10-24T09:00:00+02:00',
        '2026-10-24T00:00:00Z',
        '2026-10-27T00:00:00Z',
      ),
    ).toEqual(['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });

  it('honours INTERVAL with WKST, UNTIL and COUNT', () => {
    const every3 = weekly(
      'FREQ=WEEKLY;INTERVAL=3;WKST=SU;BYDAY=MO',
      '2026-01-05T10:00:00+01:00',
      '2026-01-01T00:00:00Z',
      '2026-03-01T00:00:00Z',
    );
    expect(every3).toEqual([
      '2026-01-05T09:00:00.000Z',
      '2026-01-26T09:00:00.000Z',
      '2026-02-16T09:00:00.000Z',
    ]);
    expect(
      weekly(
        'FREQ=DAILY;UNTIL=20260107T235959Z',
        '2026-01-05T10:00:00+01:00',
        '2026-01-01T00:00:00Z',
        '2026-02-01T00:00:00Z',
      ),
    ).toHaveLength(3);
    expect(
      weekly(
        'FREQ=DAILY;COUNT=2',
        '2026-01-05T10:00:00+01:00',
        '2026-01-06T00:00:00Z',
        '2026-02-01T00:00:00Z',
      ),
    ).toEqual(['2026-01-06T09:00:00.000Z']);
  });

  it('finds occurrences far from the start without walking 99 years', () => {
    const started = performance.now();
    const out = weekly(
      'FREQ=WEEKLY;BYDAY=FR',
      '2014-03-14T13:00:00+01:00',
      '2026-11-23T00:00:00Z',
      '2026-11-30T00:00:00Z',
    );
    expect(out).toEqual(['2026-11-27T12:00:00.000Z']);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('includes an occurrence that started before the window but overlaps it', () => {
    expect(
      weekly(
        'FREQ=DAILY',
        '2026-01-05T23:00:00+01:00',
        '2026-01-07T00:00:00Z',
        '2026-01-07T06:00:00Z',
        3 * 3600_000,
      ),
    ).toEqual(['2026-01-06T22:00:00.000Z']);
  });
});
