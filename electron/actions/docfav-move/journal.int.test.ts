import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/contract';
import { createFileJournal, MoveEntry } from '../journal';
import {
  addDocfavAppointment,
  clearLucia,
  docfavAppointmentId,
  IDS,
  liveAppointmentsOfPatient,
  LUCIA,
  NOW,
  startHarness,
  WEEK,
  type Harness,
} from '../../testing/harness';
import { lastMarker, markerText, moveKey } from '../../vendors/docfav/move-marker';

// The write journal of a Docfav move, against the simulator over real HTTP: a desk that dies
// mid-move, an answer that comes too late, and two desks moving the same appointment at once.
// Findings 1 to 3 of issue 12; each ended with the patient booked twice before the journal.

const OLD = '2026-11-26T09:00:00+01:00';
const TARGET = { start: '2026-11-26T10:00:00Z', end: '2026-11-26T10:30:00Z' };
const OTHER_TARGET = { start: '2026-11-26T12:00:00Z', end: '2026-11-26T12:30:00Z' };
const BEHAVIOUR_PUT = '/backofficeclinics/*/appointments/*/behaviour';
const CREATE = '/backofficeclinics/*/appointments';

let dir: string;
const desks: Harness[] = [];

async function desk(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness({ timeoutMs: 1_500, ...options });
  desks.push(h);
  return h;
}

const move = async (h: Harness, eventId: string, target: { start: string; end: string }) =>
  channels['event:move'].output.parse(
    await h.actions.move({ eventId, ...target, notifyPatient: false, force: false }),
  );

const settled = (h: Harness) =>
  h.emitted.filter((e) => e.event === 'move:settled').map((e) => e.payload);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'frontdesk-journal-'));
});
afterEach(async () => {
  // The simulators belong to the first desk: close the others first.
  for (const h of desks.reverse()) await h.close();
  desks.length = 0;
  rmSync(dir, { recursive: true, force: true });
});

describe('a desk that dies in the middle of a Docfav move', () => {
  it('finishes the move at its next start: one live appointment, at the new time', async () => {
    const first = await desk({ journal: createFileJournal(dir) });
    clearLucia(first);
    const old = addDocfavAppointment(first, OLD);
    await first.engine.range(WEEK);
    // The cancel never gets through: the desk is "killed" while it waits for it.
    first.docfav.faults.add({ method: 'PUT', path: BEHAVIOUR_PUT, kind: 'hang' });
    void first.actions
      .move({ eventId: docfavAppointmentId(old.id), ...TARGET, notifyPatient: false, force: false })
      .catch(() => undefined);
    await vi.waitFor(() => expect(readStep(dir)).toBe('booked'), { timeout: 10_000 });
    first.tap.cut();
    first.moves.stop();
    expect(liveAppointmentsOfPatient(first)).toHaveLength(2);

    // What is on disk names ids and times only.
    const text = readFileSync(path.join(dir, readdirSync(dir)[0] ?? ''), 'utf8');
    expect(text).not.toMatch(/Primera|visita|@|\+49|Musterfrau/);

    first.docfav.faults.clear();
    const restarted = await desk({ sharedWith: first, journal: createFileJournal(dir) });
    await restarted.engine.range(WEEK);
    restarted.setNow(new Date(NOW.getTime() + 5_000));
    await restarted.moves.run();
    const live = liveAppointmentsOfPatient(first);
    expect(live).toHaveLength(1);
    expect(live[0]?.from.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(old.behaviour).toBe('cancelled');
    expect(settled(restarted)).toEqual([
      { accountId: 'df', outcome: 'moved', start: iso(TARGET.start) },
    ]);
  });

  it('finds a booking made just before the crash by its marker, though no id was recorded', async () => {
    const first = await desk({ journal: createFileJournal(dir) });
    clearLucia(first);
    const old = addDocfavAppointment(first, OLD);
    await first.engine.range(WEEK);
    // The booking is made, but the desk dies before its answer arrives.
    first.tap.holdAnswer('POST', /\/appointments$/);
    void first.actions
      .move({ eventId: docfavAppointmentId(old.id), ...TARGET, notifyPatient: false, force: false })
      .catch(() => undefined);
    await vi.waitFor(() => expect(liveAppointmentsOfPatient(first)).toHaveLength(2), {
      timeout: 10_000,
    });
    first.tap.cut();
    first.moves.stop();
    expect(readStep(dir)).toBe('booking');

    const restarted = await desk({ sharedWith: first, journal: createFileJournal(dir) });
    restarted.setNow(new Date(NOW.getTime() + 5_000));
    await restarted.moves.run();
    expect(liveAppointmentsOfPatient(first).map((a) => a.from.toISOString())).toEqual([
      '2026-11-26T10:00:00.000Z',
    ]);
    expect(old.behaviour).toBe('cancelled');
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1); // verifying
  });

  it('keeps removing the new booking when the cancel and the clean-up both failed', async () => {
    const h = await desk({ journal: createFileJournal(dir) });
    clearLucia(h);
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    h.docfav.faults.add({ method: 'PUT', path: BEHAVIOUR_PUT, kind: '503', times: 3 });
    h.docfav.faults.add({ method: 'DELETE', path: `${CREATE}/*`, kind: '503', times: 3 });
    const result = await h.actions
      .move({ eventId: docfavAppointmentId(old.id), ...TARGET, notifyPatient: false, force: false })
      .then(
        () => 'moved',
        (e: { details?: { outcome?: string } }) => e.details?.outcome,
      );
    expect(result).toBe('duplicated');
    expect(liveAppointmentsOfPatient(h)).toHaveLength(2);
    expect(readStep(dir)).toBe('compensating');

    // Docfav is back; the next pass (after any sync, or its own timer) repairs it.
    h.docfav.faults.clear();
    h.setNow(new Date(NOW.getTime() + 60_000));
    await h.moves.run();
    expect(liveAppointmentsOfPatient(h).map((a) => a.id)).toEqual([old.id]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(0);
    expect(settled(h)).toEqual([{ accountId: 'df', outcome: 'not-moved', start: null }]);
  });
});

describe('an answer that comes after the timeout', () => {
  it('stays pending, keeps looking, and finishes the move when the late booking shows up', async () => {
    const h = await desk();
    clearLucia(h);
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    // Docfav saves the booking 3 s after the request: after the desk's 1.5 s timeout.
    h.docfav.faults.add({ method: 'POST', path: CREATE, kind: 'delay', delayMs: 3_000, times: 1 });
    const result = await move(h, docfavAppointmentId(old.id), TARGET);
    expect(result.status).toBe('pending');

    await vi.waitFor(() => expect(liveAppointmentsOfPatient(h)).toHaveLength(2), {
      timeout: 10_000,
    });
    h.setNow(new Date(NOW.getTime() + 10_000));
    await h.moves.run();
    const live = liveAppointmentsOfPatient(h);
    expect(live.map((a) => a.from.toISOString())).toEqual(['2026-11-26T10:00:00.000Z']);
    expect(old.behaviour).toBe('cancelled');
    expect(settled(h)).toEqual([{ accountId: 'df', outcome: 'moved', start: iso(TARGET.start) }]);
    expect((await h.engine.range(WEEK)).pendingIds).toEqual([]);
  });
});

/** Two desks on one appointment; both book before either cancels (the first cancel waits). */
async function racingDesks() {
  const a = await desk();
  clearLucia(a);
  const old = addDocfavAppointment(a, OLD);
  const b = await desk({ sharedWith: a });
  await Promise.all([a.engine.range(WEEK), b.engine.range(WEEK)]);
  a.docfav.faults.add({
    method: 'PUT',
    path: BEHAVIOUR_PUT,
    kind: 'delay',
    delayMs: 500,
    times: 2,
  });
  return { a, b, old, id: docfavAppointmentId(old.id) };
}

describe('two desks moving the same appointment at the same moment', () => {
  it('ends with one live booking; the desk that lost says where the other desk moved it', async () => {
    const { a, b, old, id } = await racingDesks();
    const [ra, rb] = await Promise.all([move(a, id, TARGET), move(b, id, OTHER_TARGET)]);

    const live = liveAppointmentsOfPatient(a);
    expect(live).toHaveLength(1);
    expect(old.behaviour).toBe('cancelled');
    const statuses = [ra.status, rb.status].sort();
    expect(statuses).toEqual(['moved', 'moved-elsewhere']);
    const loser = ra.status === 'moved-elsewhere' ? ra : rb;
    if (loser.status !== 'moved-elsewhere') throw new Error('unreachable');
    expect(Date.parse(loser.start)).toBe(live[0]?.from.getTime());
    expect(lastMarker(live[0]?.note)?.rootId).toBe(old.id);

    // Later checks on both desks change nothing.
    for (const h of [a, b]) {
      h.setNow(new Date(NOW.getTime() + 5 * 60_000));
      await h.moves.run();
    }
    expect(liveAppointmentsOfPatient(a)).toHaveLength(1);
  });

  it('finds the other desk’s booking in another week, neither of them the original’s', async () => {
    const { a, b, id } = await racingDesks();
    const nextWeek = { start: '2026-12-03T10:00:00Z', end: '2026-12-03T10:30:00Z' };
    const weekAfter = { start: '2026-12-10T10:00:00Z', end: '2026-12-10T10:30:00Z' };
    const results = await Promise.all([move(a, id, nextWeek), move(b, id, weekAfter)]);
    expect(results.map((r) => r.status).sort()).toEqual(['moved', 'moved-elsewhere']);
    expect(liveAppointmentsOfPatient(a)).toHaveLength(1);
  });

  it('compares a losing booking that was moved on before its desk removed it', async () => {
    const a = await desk();
    clearLucia(a);
    const old = addDocfavAppointment(a, OLD);
    const c = await desk({ sharedWith: a });
    await a.engine.range(WEEK);
    const ra = await move(a, docfavAppointmentId(old.id), TARGET);
    expect(ra.status).toBe('moved');
    // Another desk's booking for the same original, marked later, that its desk has not yet
    // removed (it is slow, or down): to everyone else it looks like an ordinary appointment.
    const marker = markerText({
      moveId: 'bbbbbbbbbbbb',
      rootId: old.id,
      path: [moveKey(NOW.getTime() + 1, 'bbbbbbbbbbbb')],
    });
    const stale = addDocfavAppointment(a, '2026-11-26T15:00:00+01:00', { note: marker });
    await c.engine.range(WEEK);
    const rc = await move(c, docfavAppointmentId(stale.id), OTHER_TARGET);
    // Its root is the original appointment: it is compared with the booking that won, and gives way.
    expect(rc.status).toBe('moved-elsewhere');
    const live = liveAppointmentsOfPatient(a);
    expect(live).toHaveLength(1);
    expect(live[0]?.from.toISOString()).toBe(iso(TARGET.start));
  });

  it('a desk that declared victory before it saw the other booking gives way on a later check', async () => {
    const a = await desk();
    clearLucia(a);
    const old = addDocfavAppointment(a, OLD);
    await a.engine.range(WEEK);
    const b = await desk({ sharedWith: a });
    await b.engine.range(WEEK);
    const id = docfavAppointmentId(old.id);
    // A moves first and finishes; B's view is stale and it moves the same appointment again,
    // but with an earlier marker (B's clock is behind): B's booking must be the one that stays.
    b.setNow(new Date(NOW.getTime() - 60_000));
    const ra = await move(a, id, TARGET);
    expect(ra.status).toBe('moved');
    // B's own check of the old appointment would stop it; force the race past that check.
    const bEvent = b.engine.findEvent(id);
    expect(bEvent?.status).toBe('confirmed');
    const entry = b.moves.begin({
      accountId: 'df',
      clinicId: IDS.clinic,
      locationId: IDS.calendar,
      timeZone: 'Europe/Madrid',
      staffCalendarId: LUCIA,
      serviceId: IDS.services.consulta,
      clientId: bEvent?.patient?.clientId ?? null,
      oldId: old.id,
      rootId: old.id,
      lineage: [],
      oldStart: bEvent?.start ?? '',
      oldEnd: bEvent?.end ?? '',
      ...OTHER_TARGET,
    });
    // B's booking lands (made just as A finished), with B's marker.
    const marker = markerText({
      moveId: entry.id,
      rootId: old.id,
      path: [moveKey(Date.parse(entry.markedAt), entry.id)],
    });
    const created = addDocfavAppointment(a, OTHER_TARGET.start, { note: marker });
    b.journal.put({ ...entry, step: 'booked', newId: created.id });
    b.moves.release(entry.id);
    b.setNow(new Date(NOW.getTime()));
    await b.moves.run();
    // B's booking has the earlier marker: it stays, and A gives way at its next check.
    a.setNow(new Date(NOW.getTime() + 30_000));
    await a.moves.run();
    const live = liveAppointmentsOfPatient(a);
    expect(live.map((x) => x.id)).toEqual([created.id]);
    expect(settled(a)).toEqual([
      { accountId: 'df', outcome: 'moved-elsewhere', start: iso(OTHER_TARGET.start) },
    ]);
  });
});

const iso = (time: string) => new Date(time).toISOString();

/** The step on disk, read as a restarted desk would, without touching the folder. */
function readStep(folder: string): MoveEntry['step'] | undefined {
  const file = readdirSync(folder).find((name) => name.endsWith('.json'));
  return file
    ? MoveEntry.parse(JSON.parse(readFileSync(path.join(folder, file), 'utf8'))).step
    : undefined;
}
