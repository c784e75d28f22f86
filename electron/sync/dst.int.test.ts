import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../shared/domain';
import type { DocfavSimulator } from '../../simulators/docfav';
import { silentLogger } from '../log';
import { startHarness, type Harness } from '../testing/harness';
import { blockingOccurrences } from './doctena-source';
import type { SyncEngine } from './engine';

// Weeks with a DST change in Europe: the last Sundays of March (2026-03-29) and October (2026-10-25).

describe('recurring Doctena blockings across DST', () => {
  const series: CalendarEvent = {
    id: 'doctena:a:doctena-blocking:b1',
    vendorId: 'b1',
    kind: 'doctena-blocking',
    source: 'doctena',
    accountId: 'a',
    calendarId: 'c',
    start: '2026-03-18T11:30:00Z', // 12:30 CET
    // Per the spec, a recurring blocking's `ends` is the series' end date with the time of day.
    end: '2125-03-18T12:30:00Z',
    title: 'Teambesprechung',
    status: 'confirmed',
    vendorStatus: null,
    noShow: false,
    patient: null,
    reason: null,
    serviceId: null,
    note: null,
    recurrence: 'FREQ=WEEKLY;BYDAY=WE',
    timezone: null,
    updatedAt: null,
    actions: ['move', 'delete'],
  };

  it('keeps 12:30–13:30 local on both sides of the spring change, one event per occurrence', () => {
    const out = blockingOccurrences(series, 'Europe/Berlin', {
      from: new Date('2026-03-23T00:00:00+01:00'),
      to: new Date('2026-04-06T00:00:00+02:00'),
    });
    expect(out.map((e) => [e.start, e.end])).toEqual([
      ['2026-03-25T11:30:00Z', '2026-03-25T12:30:00Z'],
      ['2026-04-01T10:30:00Z', '2026-04-01T11:30:00Z'],
    ]);
    expect(new Set(out.map((e) => e.id)).size).toBe(2);
    // An occurrence is edited through the series' dialog, never dragged alone.
    expect(out.every((e) => !e.actions.includes('move') && e.actions.includes('delete'))).toBe(
      true,
    );
  });

  it('keeps 12:30 local after the autumn change', () => {
    const out = blockingOccurrences(series, 'Europe/Berlin', {
      from: new Date('2026-10-26T00:00:00+01:00'),
      to: new Date('2026-11-02T00:00:00+01:00'),
    });
    expect(out.map((e) => e.start)).toEqual(['2026-10-28T11:30:00Z']);
  });
});

describe('Docfav in the week the clocks go back', () => {
  let h: Harness;
  let sim: DocfavSimulator;
  let engine: SyncEngine;

  beforeAll(async () => {
    h = await startHarness({ now: new Date('2026-10-21T09:00:00Z') });
    sim = h.docfav;
    engine = h.syncEngine({ accounts: ['df'], logger: silentLogger });
  });
  afterAll(() => h.close());

  it('covers the 169-hour week with two availability calls and local-time recurring events', async () => {
    const week = {
      from: new Date('2026-10-19T00:00:00+02:00'),
      to: new Date('2026-10-26T00:00:00+01:00'),
    };
    await engine.range(week);
    h.setNow(new Date(h.now().getTime() + 120_000));
    const before = sim.requestCount();
    const data = await engine.refresh(week);
    expect(sim.requestCount() - before).toBe(2);
    expect(data.accounts[0]!.state).toBe('ok');
    const meeting = data.events.filter((e) => e.kind === 'docfav-recurring-event');
    expect(meeting.length).toBeGreaterThan(0);
    for (const event of meeting) {
      // The seeded team meeting is at 08:30 Madrid time: 06:30Z in summer time (CEST).
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Madrid',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(event.start));
      expect(local).toBe('08:30');
    }
    expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
  });
});
