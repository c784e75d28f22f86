import { describe, expect, it } from 'vitest';
import type { AvailabilityWindow, CalendarInfo } from '../../shared/domain';
import { columnBackground, dayColumns, refusal } from './columns';

const calendar = (id: string, source: CalendarInfo['source'], accountId = 'acc'): CalendarInfo => ({
  id,
  source,
  accountId,
  name: `Name ${id}`,
  owner: `Owner ${id}`,
  timezone: null,
  clinicId: null,
  locationId: null,
});

// Local times, as the grid draws them: the refusal rules work on the receptionist's clock.
const at = (hour: number, minute = 0) => new Date(2026, 10, 25, hour, minute);
const window = (
  calendarId: string,
  kind: AvailabilityWindow['kind'],
  from: number,
  to: number,
): AvailabilityWindow => ({
  source: 'doctena',
  accountId: 'acc',
  calendarId,
  kind,
  start: at(from).toISOString(),
  end: at(to).toISOString(),
});
const input = (calendarId: string, id: string) => ({
  id,
  extendedProps: { event: { accountId: 'acc', calendarId } },
});

describe('dayColumns', () => {
  const calendars = [calendar('d1', 'doctena'), calendar('f1', 'docfav'), calendar('f2', 'docfav')];

  it('makes one column per calendar switched on, from both platforms, in the sidebar order', () => {
    const columns = dayColumns(calendars, new Set(['acc|f1']), [], []);
    expect(columns.map((c) => [c.key, c.name, c.source])).toEqual([
      ['acc|d1', 'Name d1', 'doctena'],
      ['acc|f2', 'Name f2', 'docfav'],
    ]);
  });

  it('gives each column only its own events and its own working hours and days off', () => {
    const windows = [window('d1', 'working', 8, 12), window('f2', 'day-off', 0, 24)];
    const columns = dayColumns(calendars, new Set(), windows, [
      input('f2', 'e1'),
      input('d1', 'e2'),
      // The week grid's own shading carries no event: never put into a column.
      { id: 'bg-0', display: 'background' },
      input('gone', 'e3'),
    ]);
    const [d1, f1, f2] = columns;
    expect(d1?.events.map((e) => e.id)).toEqual(['e2']);
    expect(d1?.windows.map((w) => w.kind)).toEqual(['working']);
    expect(f1?.events).toEqual([]);
    expect(f1?.windows).toEqual([]);
    expect(f2?.events.map((e) => e.id)).toEqual(['e1']);
    expect(f2?.windows.map((w) => w.kind)).toEqual(['day-off']);
  });

  it('keeps two accounts’ calendars with the same id apart', () => {
    const twins = [calendar('c', 'doctena', 'a1'), calendar('c', 'doctena', 'a2')];
    const columns = dayColumns(
      twins,
      new Set(),
      [],
      [{ id: 'x', extendedProps: { event: { accountId: 'a2', calendarId: 'c' } } }],
    );
    expect(columns.map((c) => c.events.length)).toEqual([0, 1]);
  });

  it('shades a column with background events whose ids are unique across columns', () => {
    const windows = [window('d1', 'working', 8, 12), window('f1', 'working', 9, 13)];
    const ids = dayColumns(calendars, new Set(), windows, [])
      .flatMap(columnBackground)
      .map((b) => [b.id, b.display, b.classNames]);
    expect(ids).toEqual([
      ['acc|d1|bg-0', 'background', ['fd-availability-working']],
      ['acc|f1|bg-0', 'background', ['fd-availability-working']],
    ]);
  });
});

describe('refusal', () => {
  const day = [
    window('d1', 'working', 8, 12),
    window('d1', 'working', 13, 17),
    window('d1', 'time-off', 10, 11),
  ];

  it('lets a range inside working hours through', () => {
    expect(refusal(day, at(8), at(8, 30))).toBeNull();
    expect(refusal(day, at(16, 30), at(17))).toBeNull();
  });

  it('refuses a range in the lunch break, across it, or after hours', () => {
    expect(refusal(day, at(12, 15), at(12, 45))).toBe('break');
    expect(refusal(day, at(11, 45), at(13, 15))).toBe('break');
    expect(refusal(day, at(17), at(17, 30))).toBe('break');
    expect(refusal(day, at(7, 45), at(8, 15))).toBe('break');
  });

  it('refuses hours off inside working hours, even when only touched in part', () => {
    expect(refusal(day, at(9, 45), at(10, 15))).toBe('break');
  });

  it('refuses a day off', () => {
    expect(refusal([window('d1', 'day-off', 0, 24)], at(9), at(9, 30))).toBe('day-off');
  });

  it('leaves a day with no working hours known to the platform', () => {
    expect(refusal([], at(21), at(22))).toBeNull();
    // Working hours on another day say nothing about this one.
    const tomorrow = {
      kind: 'working' as const,
      start: at(32).toISOString(),
      end: at(40).toISOString(),
    };
    expect(refusal([tomorrow], at(9), at(9, 30))).toBeNull();
  });

  it('lets a range end exactly where the working hours end', () => {
    expect(refusal(day, at(11, 30), at(12))).toBeNull();
  });
});
