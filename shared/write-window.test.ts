import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from './contract';
import { writeTimeProblem, writeWindow } from './write-window';

const NOW = Date.parse('2026-11-24T09:00:00Z');

describe('the write window', () => {
  it('runs from one year back to five years ahead', () => {
    expect(writeWindow(NOW)).toEqual({
      earliest: Date.parse('2025-11-24T09:00:00Z'),
      latest: Date.parse('2031-11-24T09:00:00Z'),
    });
  });

  it.each([
    [{ start: '2026-11-24T10:00:00Z', end: '2026-11-24T11:00:00Z' }, null],
    [{ start: '2025-11-24T09:00:00Z' }, null],
    [{ end: '2031-11-24T09:00:00Z' }, null],
    [{}, null],
    [{ start: '0001-01-01T00:00:00Z' }, 'time-out-of-range'],
    [{ start: '0000-01-01T00:00:00Z', end: '0000-01-01T01:00:00Z' }, 'time-out-of-range'],
    [{ start: '2025-11-24T08:59:59Z' }, 'time-out-of-range'],
    [{ end: '2031-11-24T09:00:01Z' }, 'time-out-of-range'],
    [{ start: 'not a date' }, 'time-out-of-range'],
    [{ start: new Date(Number.NaN) }, 'time-out-of-range'],
    [{ start: '2026-11-24T10:00:00Z', end: '2026-11-24T10:00:00Z' }, 'end-not-after-start'],
    [{ start: '2026-11-24T11:00:00+01:00', end: '2026-11-24T10:30:00Z' }, null],
    [{ start: '2026-11-24T11:00:00Z', end: '2026-11-24T10:00:00Z' }, 'end-not-after-start'],
  ] as const)('%j → %s', (times, problem) => {
    expect(writeTimeProblem(times, NOW)).toBe(problem);
  });
});

describe('the contract refuses writes outside the window', () => {
  beforeEach(() => {
    // Only Date: the refinement reads "now" when it parses.
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const reasons = (result: { success: boolean; error?: { issues: unknown[] } }) =>
    (result.error?.issues ?? []).map((i) => (i as { params?: { reason?: string } }).params?.reason);

  it('blocking:update: a start in year 1 (the finding) and an end not after its start', () => {
    const update = channels['blocking:update'].input;
    const eventId = 'doctena:dt:doctena-blocking:abc';
    expect(update.safeParse({ eventId, start: '0001-01-01T00:00:00Z' }).success).toBe(false);
    expect(reasons(update.safeParse({ eventId, start: '0001-01-01T00:00:00Z' }))).toEqual([
      'time-out-of-range',
    ]);
    expect(
      reasons(
        update.safeParse({ eventId, start: '2026-11-24T10:00:00Z', end: '2026-11-24T09:00:00Z' }),
      ),
    ).toEqual(['end-not-after-start']);
    expect(update.safeParse({ eventId, title: 'Team meeting' }).success).toBe(true);
    expect(update.safeParse({ eventId, end: '2026-11-25T10:00:00Z' }).success).toBe(true);
  });

  it('blocking:create: every range is checked', () => {
    const create = channels['blocking:create'].input;
    const base = {
      title: 'Vacation',
      calendars: [{ accountId: 'dt', calendarId: 'c' }],
      recurrence: null,
    };
    const ok = { start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' };
    expect(create.safeParse({ ...base, ranges: [ok] }).success).toBe(true);
    const far = { start: '2040-01-01T00:00:00Z', end: '2040-01-02T00:00:00Z' };
    const result = create.safeParse({ ...base, ranges: [ok, far] });
    expect(reasons(result)).toEqual(['time-out-of-range']);
    expect(result.error?.issues[0]?.path).toEqual(['ranges', 1]);
  });

  it('event:move', () => {
    const move = channels['event:move'].input;
    const base = { eventId: 'x', notifyPatient: false, force: false };
    expect(
      move.safeParse({ ...base, start: '2026-11-25T10:00:00Z', end: '2026-11-25T10:30:00Z' })
        .success,
    ).toBe(true);
    expect(
      reasons(
        move.safeParse({ ...base, start: '1999-11-25T10:00:00Z', end: '2026-11-25T10:30:00Z' }),
      ),
    ).toEqual(['time-out-of-range']);
  });
});
