import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOCFAV_DEMO_IDS, type DocfavSimulator } from '../../simulators/docfav';
import { DEMO_CALENDARS, type DoctenaSimulator } from '../../simulators/doctena';
import { createMemoryLogger, startHarness, type Harness, type LogLine } from '../testing/harness';
import { healthFields } from './health';
import type { SyncSource } from './source';

// One odd record, or working hours that do not load, over real HTTP against both simulators: the
// account stays ok, its events are shown, and what is missing is reported beside it.

const NOW = new Date('2026-11-24T09:00:00Z');
const week = {
  from: new Date('2026-11-23T00:00:00+01:00'),
  to: new Date('2026-11-30T00:00:00+01:00'),
};
const nextWeek = {
  from: new Date('2026-11-30T00:00:00+01:00'),
  to: new Date('2026-12-07T00:00:00+01:00'),
};
const GENERAL = (DEMO_CALENDARS as Record<string, { _id: string }>).general!._id;
const SCHEDULES = '/backofficeclinics/*/calendars/*/schedules';

let h: Harness;
let doctena: DoctenaSimulator;
let docfav: DocfavSimulator;
let logLines: LogLine[];

function setup() {
  const logger = createMemoryLogger();
  logLines = logger.lines;
  // A failure is answered at once: no retry waits on the wall clock.
  const runtimes = h.accountRuntimes({ logger, client: { http: { retry: { retries: 0 } } } });
  const engine = h.syncEngine({ runtimes, logger });
  const source = (id: string): SyncSource => runtimes.get(id)!.source;
  return { engine, source };
}

beforeEach(async () => {
  h = await startHarness({ now: NOW });
  ({ doctena, docfav } = h);
});

afterEach(async () => {
  await h.close();
});

describe('one unreadable record', () => {
  it('is left out and counted; the Doctena account stays ok and shows the rest', async () => {
    const yearZero = new Date(Date.UTC(2000, 0, 1));
    yearZero.setUTCFullYear(0);
    doctena.store.addBlocking({
      calendar_id: GENERAL,
      title: 'Erika Musterfrau',
      starts: yearZero,
      ends: new Date(yearZero.getTime() + 3_600_000),
      recurrence: 'FREQ=WEEKLY',
    });
    const { engine, source } = setup();

    const data = await engine.range(week);
    const dt = data.accounts.find((a) => a.id === 'dt');
    expect(dt).toMatchObject({ state: 'ok', error: null, unreadable: 1 });
    expect(data.events.filter((e) => e.kind === 'doctena-booking').length).toBeGreaterThan(10);
    expect(data.events.some((e) => e.kind === 'doctena-blocking')).toBe(true);
    expect(healthFields(source('dt'))).toEqual({ unreadable: 1, warnings: [] });
    expect(healthFields(source('df'))).toEqual({ unreadable: 0, warnings: [] });
    // Logged by id, never by what it says.
    expect(logLines.some((l) => l.message.includes('unreadable'))).toBe(true);
    expect(JSON.stringify(logLines)).not.toContain('Musterfrau');

    // Still counted after incremental syncs, which do not bring it again.
    await engine.refresh(week);
    expect(healthFields(source('dt')).unreadable).toBe(1);
  });
});

describe('working hours that do not load', () => {
  it('leave the Docfav account ok with its appointments, and warn only about the hours', async () => {
    docfav.faults.add({ method: 'GET', path: SCHEDULES, kind: '500' });
    const { engine, source } = setup();

    const data = await engine.range(week);
    const df = data.accounts.find((a) => a.id === 'df');
    expect(df).toMatchObject({
      state: 'ok',
      error: null,
      warnings: ['working-hours-unavailable'],
    });
    expect(data.events.filter((e) => e.kind === 'docfav-appointment').length).toBeGreaterThan(10);
    expect(data.availability.some((w) => w.source === 'docfav')).toBe(false);
    expect(healthFields(source('df'))).toEqual({
      unreadable: 0,
      warnings: ['working-hours-unavailable'],
    });

    // Not asked again on every poll: the hours wait, the appointments are refreshed.
    const before = docfav.requestCount();
    await engine.refresh(week);
    expect(docfav.requestCount() - before).toBe(1);
  });

  it('answering 404 (a location Docfav no longer finds) is a warning, not an error', async () => {
    const { engine, source } = setup();
    await engine.range(week);
    expect(healthFields(source('df')).warnings).toEqual([]);
    docfav.store.calendars.delete(DOCFAV_DEMO_IDS.calendar);

    const data = await engine.range(nextWeek);
    expect(data.accounts.find((a) => a.id === 'df')).toMatchObject({ state: 'ok', error: null });
    expect(data.events.filter((e) => e.kind === 'docfav-appointment').length).toBeGreaterThan(0);
    expect(healthFields(source('df')).warnings).toEqual(['working-hours-unavailable']);
    expect(
      logLines.find((l) => l.message === 'docfav working hours unavailable')?.fields,
    ).toMatchObject({ code: 'not-found' });
  });

  it('leave the Doctena account ok too (timeblocks)', async () => {
    doctena.faults.add({ method: 'GET', path: '/calendars/*/timeblocks', kind: '500' });
    const { engine, source } = setup();
    const data = await engine.range(week);
    expect(data.accounts.find((a) => a.id === 'dt')).toMatchObject({ state: 'ok', error: null });
    expect(data.events.some((e) => e.kind === 'doctena-booking')).toBe(true);
    expect(healthFields(source('dt')).warnings).toEqual(['working-hours-unavailable']);

    doctena.faults.clear();
    const again = await engine.refresh(week);
    expect(again.availability.some((w) => w.source === 'doctena')).toBe(true);
    expect(healthFields(source('dt')).warnings).toEqual([]);
  });
});
