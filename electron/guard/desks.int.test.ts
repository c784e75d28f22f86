import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GuardStatus } from '../../shared/contract';
import { DOCFAV_DEMO_IDS } from '../../simulators/docfav';
import type { Blocking } from '../../simulators/doctena';
import {
  LUCIA,
  LUCIA_DOCTENA,
  NOW,
  addAppointment,
  asIntervals,
  expectedBusy,
  guardSettings,
  mirrorsIn,
  startHarness,
  type Harness,
  type Pc,
  type PcOptions,
} from '../testing/harness';
import { MIRROR_TITLES } from './marker';

// Two or three reception desks running the guard on one Doctena + Docfav pair, each with its own
// clients, caches and options, as separate PCs would.

let sims: Harness;

beforeEach(async () => {
  sims = await startHarness({ luciaOnDoctena: true });
});
afterEach(async () => {
  await sims.close();
});

const MINUTE = 60_000;
/** Another PC, stopped with the harness. */
const desk = (options: PcOptions = {}) => sims.pc(options);
const runOk = async (pc: Pc) => {
  const status = await pc.guard.run();
  expect(status.errors).toEqual([]);
  return status;
};
const wrote = (s: GuardStatus) => s.created + s.updated + s.deleted;
const appointments = () => asIntervals(mirrorsIn(sims));
const reserved = () => asIntervals(mirrorsIn(sims, LUCIA_DOCTENA, 'reserved'));
const snapshot = () => new Map([...sims.doctena.store.blockings].map(([id, b]) => [id, { ...b }]));

/** A Docfav time reservation of Lucía's ("Formación", say: the name never leaves Docfav). */
function reserve(from: string, to: string): void {
  sims.docfav.store.put(sims.docfav.store.timeReservations, {
    id: `reservation-${from}`,
    clinicId: DOCFAV_DEMO_IDS.clinic,
    staffCalendarId: LUCIA,
    name: 'Formación interna',
    from: new Date(from),
    to: new Date(to),
    note: null,
  });
}

describe('a desk whose Docfav copy is minutes old', () => {
  it('never removes or moves a mirror that another desk has just made from its own cache', async () => {
    const fresh = desk();
    const stale = desk({ guard: { docfavCacheMs: 10 * 60_000 } });
    // Moved below: it is mirrored by both desks at its first time.
    const moved = addAppointment(sims, new Date('2026-11-30T19:00:00Z'), 30);
    await runOk(fresh);
    await runOk(stale); // reads, and keeps, every week
    expect(appointments()).toEqual(expectedBusy(sims, 2));

    // Three minutes later: a new booking and a moved one on Docfav, mirrored at once by the
    // desk that reads Docfav afresh.
    sims.setNow(new Date(NOW.getTime() + 3 * MINUTE));
    const added = addAppointment(sims, new Date('2026-11-28T08:00:00Z'), 30);
    moved.from = new Date('2026-12-02T20:00:00Z');
    moved.to = new Date('2026-12-02T20:30:00Z');
    expect(await runOk(fresh)).toMatchObject({ created: 1, updated: 1, deleted: 0 });
    const made = snapshot();

    // The other desk's copy still has the old week: it would have removed the new mirror and
    // moved the other back. It reads those weeks again instead, and leaves both.
    expect(wrote(await runOk(stale))).toBe(0);
    expect(snapshot()).toEqual(made);
    expect(appointments()).toContainEqual({ start: added.from.getTime(), end: added.to.getTime() });
    expect(appointments()).toEqual(expectedBusy(sims, 2));
  });

  it('nor from the sync engine’s copy of the week on screen', async () => {
    const fresh = desk();
    const stale = desk();
    await runOk(fresh);
    // The stale desk's engine syncs this week, then Docfav changes, then its guard runs within
    // the poll interval: the engine's copy would have counted as fresh enough.
    const docfav = stale.runtimes.get('df')!;
    await docfav.source.sync({ from: NOW, to: new Date(NOW.getTime() + 1) });
    sims.setNow(new Date(NOW.getTime() + 30_000));
    addAppointment(sims, new Date('2026-11-26T19:30:00Z'), 45); // this Thursday, after hours
    expect((await runOk(fresh)).created).toBe(1);
    const made = snapshot();
    expect(wrote(await runOk(stale))).toBe(0);
    expect(snapshot()).toEqual(made);
    expect(appointments()).toEqual(expectedBusy(sims, 2));
  });
});

describe('desks whose options differ', () => {
  it('converge: after a few rounds, a further round of each desk writes nothing', async () => {
    // One mirrors reserved time, for three weeks; one mirrors appointments only, for two.
    const wide = desk({ settings: guardSettings({ mirrorReservations: true, weeksAhead: 3 }) });
    const narrow = desk({ settings: guardSettings({ mirrorReservations: false, weeksAhead: 2 }) });
    // A reservation overlapping an appointment, and one on its own.
    const [first] = expectedBusy(sims, 2).filter((i) => i.start > NOW.getTime());
    reserve(new Date(first!.start - 30 * MINUTE).toISOString(), new Date(first!.end).toISOString());
    reserve('2026-11-27T18:00:00Z', '2026-11-27T19:00:00Z');

    for (let round = 0; round < 3; round++) {
      await runOk(wide);
      await runOk(narrow);
      await Promise.all([runOk(wide), runOk(narrow)]);
    }
    const before = snapshot();
    expect(wrote(await runOk(wide))).toBe(0);
    expect(wrote(await runOk(narrow))).toBe(0);
    expect(snapshot()).toEqual(before);

    expect(appointments()).toEqual(expectedBusy(sims, 3));
    const covered = (from: string, to: string) =>
      reserved().some((m) => m.start <= Date.parse(from) && m.end >= Date.parse(to));
    expect(covered('2026-11-27T18:00:00Z', '2026-11-27T19:00:00Z')).toBe(true);
    expect(reserved().length).toBeGreaterThan(1);
  });

  it('a desk that stops mirroring reserved time takes them out once; one that never did leaves them', async () => {
    const on = desk({ settings: guardSettings({ mirrorReservations: true }) });
    const off = desk({ settings: guardSettings({ mirrorReservations: false }) });
    reserve('2026-11-27T18:00:00Z', '2026-11-27T19:00:00Z');
    await runOk(on);
    const made = reserved();
    expect(made.length).toBeGreaterThan(0);
    await runOk(off);
    await runOk(off);
    expect(reserved()).toEqual(made);

    on.setGuard({ mirrorReservations: false });
    await runOk(on);
    expect(reserved()).toEqual([]);
    expect(appointments()).toEqual(expectedBusy(sims, 2));
  });

  it('reads a legacy "Docfav · busy" mirror of reserved time as a stale appointment mirror', async () => {
    reserve('2026-11-27T18:00:00Z', '2026-11-27T19:00:00Z');
    // What an earlier version with reserved time switched on left behind.
    const legacy = sims.doctena.store.addBlocking({
      calendar_id: LUCIA_DOCTENA,
      title: MIRROR_TITLES.appointment,
      starts: new Date('2026-11-27T18:00:00Z'),
      ends: new Date('2026-11-27T19:00:00Z'),
    });
    const pc = desk({ settings: guardSettings({ mirrorReservations: true }) });
    await runOk(pc);
    expect(wrote(await runOk(pc))).toBe(0);
    expect(appointments()).toEqual(expectedBusy(sims, 2));
    expect(appointments()).not.toContainEqual({
      start: legacy.starts.getTime(),
      end: legacy.ends.getTime(),
    });
    expect(reserved()).toContainEqual({
      start: legacy.starts.getTime(),
      end: legacy.ends.getTime(),
    });
  });
});

describe('blockings made by people', () => {
  it('are never touched, whatever look-alike title they carry, by desks of any options', async () => {
    const [busy] = expectedBusy(sims, 2).filter((i) => i.start > NOW.getTime());
    const at = (title: string, start: number, end: number, recurrence = ''): Blocking =>
      sims.doctena.store.addBlocking({
        calendar_id: LUCIA_DOCTENA,
        title,
        starts: new Date(start),
        ends: new Date(end),
        recurrence,
      });
    const free = Date.parse('2026-11-28T05:00:00Z');
    const people = [
      at('docfav · busy', busy!.start, busy!.end),
      at('Docfav · busy ', free, free + 30 * MINUTE),
      at('DOCFAV  ·  RESERVED', free + 60 * MINUTE, free + 90 * MINUTE),
      at('Docfav·busy', busy!.start, busy!.end),
      at('Docfav · busy (Lucía)', free + 120 * MINUTE, free + 150 * MINUTE),
      // The exact title on a weekly series: a series is never the guard's.
      at(MIRROR_TITLES.appointment, free + 180 * MINUTE, free + 210 * MINUTE, 'FREQ=WEEKLY'),
    ].map((b) => ({ ...b }));
    const a = desk({ settings: guardSettings({ mirrorReservations: true }) });
    const b = desk({ settings: guardSettings({ mirrorReservations: false }) });
    for (let round = 0; round < 2; round++) await Promise.all([runOk(a), runOk(b)]);
    a.setGuard({ mirrorReservations: false });
    await runOk(a);
    for (const person of people) {
      expect(sims.doctena.store.blockings.get(person._id)).toEqual(person);
    }
    expect(appointments()).toEqual(expectedBusy(sims, 2));
  });
});
