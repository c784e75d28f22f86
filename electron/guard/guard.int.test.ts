import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { eventId } from '../../shared/domain';
import { formatInstant } from '../../shared/time';
import { DEMO_CALENDARS } from '../../simulators/doctena';
import {
  LUCIA_DOCTENA,
  LUCIA_MAPPING,
  NOW,
  addAppointment,
  asIntervals,
  expectedBusy,
  holdFirst,
  manualSchedule,
  mirrorsIn,
  startHarness,
  timeoutSwitch,
  type Harness,
  type Pc,
} from '../testing/harness';
import { MIRROR_TITLES } from './marker';
import { wordNotice, type DeskNotice } from '../core/notify';

// The guard against both simulators over real HTTP, with one shared clock.

let sims: Harness;
let pc: Pc;

beforeEach(async () => {
  sims = await startHarness({ luciaOnDoctena: true });
  pc = sims.pc();
});
afterEach(async () => {
  await sims.close();
});

const MIRROR_TITLE = MIRROR_TITLES.appointment;
const WEEKS = 2;
const mirrored = () => asIntervals(mirrorsIn(sims));
const expected = () => expectedBusy(sims, WEEKS);
const H = 3_600_000;
const runOk = async () => {
  const status = await pc.guard.run();
  expect(status.errors).toEqual([]);
  return status;
};

describe('mirroring Docfav busy times into Doctena', () => {
  it('first creates one mirror per busy interval, then has nothing to do', async () => {
    expect(expected().length).toBeGreaterThan(3);
    const first = await runOk();
    expect(mirrored()).toEqual(expected());
    expect(first).toMatchObject({ running: false, created: expected().length, deleted: 0 });
    expect(first.lastRunAt).toBe(formatInstant(NOW));
    expect(pc.emitted.filter((e) => e.event === 'guard:finished')).toHaveLength(1);

    const second = await runOk();
    expect(second).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(channels['guard:run'].output.parse(second)).toEqual(second);
  });

  it('follows Docfav: a new appointment, a move, a cancellation', async () => {
    await runOk();
    // After hours, so that no other appointment touches it.
    const added = addAppointment(sims, new Date('2026-11-27T19:30:00Z'), 45);
    const first = { start: added.from.getTime(), end: added.to.getTime() };
    expect((await runOk()).created).toBe(1);
    expect(mirrored()).toEqual(expected());
    expect(mirrored()).toContainEqual(first);

    added.from = new Date('2026-12-02T20:00:00Z');
    added.to = new Date('2026-12-02T20:30:00Z');
    const second = { start: added.from.getTime(), end: added.to.getTime() };
    expect(await runOk()).toMatchObject({ created: 0, updated: 1, deleted: 0 });
    expect(mirrored()).toEqual(expected());
    expect(mirrored()).toContainEqual(second);
    expect(mirrored()).not.toContainEqual(first);

    added.behaviour = 'cancelled';
    expect(await runOk()).toMatchObject({ created: 0, updated: 0, deleted: 1 });
    expect(mirrored()).toEqual(expected());
    expect(mirrored()).not.toContainEqual(second);
  });

  it('never touches blockings made by people, even where they overlap', async () => {
    const busy = expected()[0]!;
    const person = sims.doctena.store.addBlocking({
      calendar_id: LUCIA_DOCTENA,
      title: 'Fortbildung',
      starts: new Date(busy.start - H),
      ends: new Date(busy.end + H),
    });
    const lookalike = sims.doctena.store.addBlocking({
      calendar_id: LUCIA_DOCTENA,
      title: 'Docfav · busy (Lucía)',
      starts: new Date(busy.start),
      ends: new Date(busy.end),
    });
    await runOk();
    await runOk();
    expect(sims.doctena.store.blockings.get(person._id)).toEqual(person);
    expect(sims.doctena.store.blockings.get(lookalike._id)).toEqual(lookalike);
    expect(mirrored()).toEqual(expected());
  });

  it('removes duplicates and stray mirrors left by someone else, keeping the oldest', async () => {
    await runOk();
    const [first] = mirrorsIn(sims).sort((a, b) => a.starts.getTime() - b.starts.getTime());
    const copy = sims.doctena.store.addBlocking({
      calendar_id: LUCIA_DOCTENA,
      title: MIRROR_TITLE,
      starts: first!.starts,
      ends: first!.ends,
    });
    sims.doctena.store.addBlocking({
      calendar_id: LUCIA_DOCTENA,
      title: MIRROR_TITLE,
      starts: new Date('2026-11-28T03:00:00Z'),
      ends: new Date('2026-11-28T04:00:00Z'),
    });
    const status = await runOk();
    expect(status.deleted).toBe(2);
    expect(mirrored()).toEqual(expected());
    expect(sims.doctena.store.blockings.has(first!._id)).toBe(true);
    expect(sims.doctena.store.blockings.has(copy._id)).toBe(false);
  });

  it('does nothing for a disabled pairing', async () => {
    pc.setGuard({ mappings: [{ ...LUCIA_MAPPING, enabled: false }] });
    const before = sims.doctena.requestCount() + sims.docfav.requestCount();
    const status = await runOk();
    expect(status).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(mirrorsIn(sims)).toEqual([]);
    expect(sims.doctena.requestCount() + sims.docfav.requestCount()).toBe(before);
  });

  it('removes its mirrors once, when a calendar loses its last pairing, and only its own', async () => {
    await runOk();
    expect(mirrored()).toEqual(expected());
    const person = sims.doctena.store.addBlocking({
      calendar_id: LUCIA_DOCTENA,
      title: 'Fortbildung',
      starts: new Date(NOW.getTime() + 26 * H),
      ends: new Date(NOW.getTime() + 28 * H),
    });
    const paired = [LUCIA_MAPPING];
    const off = [{ ...LUCIA_MAPPING, enabled: false }];
    pc.setGuard({ mappings: off });
    pc.guard.pairingsChanged(paired, off);
    await runOk();
    expect(mirrorsIn(sims)).toEqual([]);
    const deleted = pc.emitted
      .filter((e) => e.event === 'guard:finished')
      .map((e) => (e.payload as { deleted: number }).deleted);
    expect(Math.max(...deleted)).toBe(expected().length);
    expect(sims.doctena.store.blockings.get(person._id)).toEqual(person);

    // Once done, later runs leave Doctena alone; switched on again, it mirrors again.
    const before = sims.doctena.requestCount();
    await runOk();
    expect(sims.doctena.requestCount()).toBe(before);
    pc.setGuard({ mappings: paired });
    pc.guard.pairingsChanged(off, paired);
    await runOk();
    expect(mirrored()).toEqual(expected());
  });

  it('keeps trying to remove the mirrors until Doctena lets it', async () => {
    await runOk();
    pc.setGuard({ mappings: [] });
    sims.doctena.faults.add({
      method: 'GET',
      path: `/calendars/${LUCIA_DOCTENA}/blockings`,
      kind: '500',
      times: 4,
    });
    pc.guard.pairingsChanged([LUCIA_MAPPING], []);
    const failed = await pc.guard.run();
    expect(failed.errors.length).toBeGreaterThan(0);
    expect(mirrored()).toEqual(expected());
    await runOk();
    expect(mirrorsIn(sims)).toEqual([]);
  });

  it('mirrors time reservations and day offs only when asked to', async () => {
    // Formación interna, Wednesday 12:00–13:00 in Madrid; a day off on Friday next week.
    const training = {
      start: Date.parse('2026-11-25T11:00:00Z'),
      end: Date.parse('2026-11-25T12:00:00Z'),
    };
    const dayOff = {
      start: Date.parse('2026-12-03T23:00:00Z'),
      end: Date.parse('2026-12-04T23:00:00Z'),
    };
    sims.docfav.store.put(sims.docfav.store.dayOffs, {
      id: 'day-off-lucia',
      staffCalendarId: LUCIA_MAPPING.docfav.calendarId,
      date: '2026-12-04',
      reason: 'Asuntos propios',
    });
    const reserved = () => mirrorsIn(sims, LUCIA_DOCTENA, 'reserved');
    const covered = (i: { start: number; end: number }) =>
      asIntervals(reserved()).some((m) => m.start <= i.start && m.end >= i.end);
    await runOk();
    expect(reserved()).toEqual([]);

    // Their own kind, under their own title, beside the appointments' mirrors.
    pc.setGuard({ mirrorReservations: true });
    await runOk();
    expect(covered(training)).toBe(true);
    expect(covered(dayOff)).toBe(true);
    expect(mirrored()).toEqual(expected());

    // Switched off here: taken out once, appointments' mirrors untouched.
    const appointments = mirrorsIn(sims);
    pc.setGuard({ mirrorReservations: false });
    await runOk();
    expect(reserved()).toEqual([]);
    expect(mirrorsIn(sims)).toEqual(appointments);
  });

  it('puts no patient data into Doctena or the log', async () => {
    addAppointment(sims, new Date('2026-11-26T16:00:00Z'), 30);
    await runOk();
    const titles = new Set(mirrorsIn(sims).map((b) => b.title));
    expect(titles).toEqual(new Set([MIRROR_TITLE]));
    const store = sims.docfav.store;
    const secrets = [
      ...[...store.clients.values()].flatMap((c) => [c.firstname, c.lastname, c.email ?? '']),
      ...[...store.services.values()].map((s) => s.name),
      ...[...store.appointments.values()].map((a) => a.note ?? ''),
      'Dolor lumbar',
      'demo@frontdesk.example',
    ].filter((s) => s.length > 3);
    const written = JSON.stringify([...sims.doctena.store.blockings.values()].map((b) => b.title));
    const logged = JSON.stringify(pc.logger.lines) + JSON.stringify(pc.emitted);
    for (const secret of secrets) {
      expect(written).not.toContain(secret);
      expect(logged).not.toContain(secret);
    }
  });
});

describe('Docfav’s request budget', () => {
  it('with nothing to write, uses the weeks the sync engine has just read, and the others once per cache period', async () => {
    pc = sims.pc({ guard: { docfavCacheMs: 10 * 60_000 } });
    const docfav = pc.runtimes.get('df')!;
    const sync = () =>
      docfav.source.sync({ from: sims.now(), to: new Date(sims.now().getTime() + 1) });
    await sync();
    const availability = () => sims.docfav.requestCount();

    // Two weeks ahead from a Tuesday touches three clinic-weeks. The first comes from the engine,
    // but mirrors are made in it, so it is read from Docfav too, right before writing.
    let before = availability();
    await runOk();
    expect(availability() - before).toBe(3);
    expect(mirrored()).toEqual(expected());

    before = availability();
    await runOk();
    expect(availability() - before).toBe(0);

    // Past the cache period, with nothing to write: the engine's week and two read.
    sims.setNow(new Date(NOW.getTime() + 11 * 60_000));
    await sync();
    before = availability();
    expect(await runOk()).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(availability() - before).toBe(2);
  });

  it('reads again from Docfav only the weeks it is about to write in', async () => {
    pc = sims.pc({ guard: { docfavCacheMs: 10 * 60_000 } });
    await runOk();
    // Someone deleted a mirror of next week in Doctena: it is made again, on a fresh read.
    const next = mirrorsIn(sims).find((b) => b.starts.getTime() > Date.parse('2026-12-01T00:00Z'));
    sims.doctena.store.blockings.delete(next!._id);
    const before = sims.docfav.requestCount();
    expect(await runOk()).toMatchObject({ created: 1, updated: 0, deleted: 0 });
    expect(sims.docfav.requestCount() - before).toBe(1);
    expect(mirrored()).toEqual(expected());
  });
});

describe('failures', () => {
  it('reports a failed create, and the next run converges', async () => {
    sims.doctena.faults.add({
      method: 'POST',
      path: `/calendars/${LUCIA_DOCTENA}/blockings`,
      kind: '500',
      times: 1,
    });
    const failed = await pc.guard.run();
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]).toMatchObject({ code: 'server', details: { outcome: 'unknown' } });
    expect(mirrored().length).toBe(expected().length - 1);
    const next = await runOk();
    expect(next.created).toBe(1);
    expect(mirrored()).toEqual(expected());
  });

  it('settles a write whose answer never came by reading, not by writing again', async () => {
    const clock = timeoutSwitch();
    const hold = holdFirst('POST', /\/blockings$/, 'lost-answer');
    // One write at a time: when the held one waits, its timeout is the only one pending.
    pc = sims.pc({ clock, fetch: hold.fetch, guard: { writeConcurrency: 1 } });
    const running = pc.guard.run();
    await hold.held;
    expect(clock.fire()).toBe(1);
    const failed = await running;
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]).toMatchObject({ code: 'timeout', details: { outcome: 'unknown' } });
    expect(failed.created).toBe(expected().length - 1);
    // The create whose answer was lost did reach Doctena: the next run finds it.
    expect(mirrored()).toEqual(expected());
    expect(await runOk()).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(mirrored()).toEqual(expected());
  });

  it('reports a hung delete, and the next run converges', async () => {
    const clock = timeoutSwitch();
    const hold = holdFirst('DELETE', /\/blockings\/[^/]+$/, 'hang');
    // No repeat in the HTTP layer: a repeated delete would go through, and this is about the
    // guard's own handling of a delete that never answered.
    pc = sims.pc({ clock, fetch: hold.fetch, retries: 0 });
    const added = addAppointment(sims, new Date('2026-11-28T08:00:00Z'), 30); // a Saturday
    await runOk();
    added.behaviour = 'no_show';
    const running = pc.guard.run();
    await hold.held;
    // The one delete is all that is in flight: its timeout fires now, as a hang's would.
    expect(clock.fire()).toBe(1);
    const failed = await running;
    expect(failed.errors.map((e) => e.code)).toEqual(['timeout']);
    expect(await runOk()).toMatchObject({ deleted: 1 });
    expect(mirrored()).toEqual(expected());
  });

  it('writes nothing when Docfav cannot be read', async () => {
    sims.docfav.faults.add({
      method: 'GET',
      path: '/backofficeclinics/*/availability',
      kind: '503',
    });
    const status = await pc.guard.run();
    expect(status.errors.length).toBeGreaterThan(0);
    expect(status.created + status.deleted).toBe(0);
    expect(mirrorsIn(sims)).toEqual([]);
  });
});

describe('the calendar view', () => {
  it('shows double bookings and the guard’s mirrors, and announces a new conflict once', async () => {
    const notices: DeskNotice[] = [];
    pc = sims.pc({ guard: { notify: (notice) => notices.push(notice) } });
    await runOk();
    const engine = sims.syncEngine({
      runtimes: pc.runtimes,
      emit: (event, payload) => pc.emitted.push({ event, payload }),
      logger: pc.logger,
      annotate: (events) => pc.guard.annotate(events),
    });
    const week = {
      from: new Date('2026-11-23T00:00:00+01:00'),
      to: new Date('2026-11-30T00:00:00+01:00'),
    };
    const busy = expected().find((i) => i.start > NOW.getTime() && i.end < week.to.getTime())!;
    const booking = sims.doctena.store.addBooking({
      calendar_id: LUCIA_DOCTENA,
      starts: new Date(busy.start - 15 * 60_000),
      ends: new Date(busy.start + 15 * 60_000),
      contact: {
        first_name: 'Erika Musterfrau',
        email: 'erika@example.org',
        phone_number: '+49 30 1',
      },
      status: 'WAITING',
    });
    const elsewhere = sims.doctena.store.addBooking({
      calendar_id: DEMO_CALENDARS.general._id,
      starts: new Date(busy.start),
      ends: new Date(busy.end),
      contact: { first_name: 'Max Muster', email: 'max@example.org', phone_number: '+49 30 2' },
    });

    const data = channels['calendar:range'].output.parse(await engine.range(week));
    const doctenaId = eventId('doctena', 'dt', 'doctena-booking', booking._id);
    expect(data.conflicts).toHaveLength(1);
    expect(data.conflicts[0]).toMatchObject({
      doctenaEventId: doctenaId,
      start: formatInstant(busy.start),
      end: formatInstant(busy.start + 15 * 60_000),
    });
    expect(data.conflicts.some((c) => c.doctenaEventId.endsWith(elsewhere._id))).toBe(false);
    const mirrorEvents = data.events.filter((e) => e.title === MIRROR_TITLE);
    expect(mirrorEvents.length).toBeGreaterThan(0);
    expect(new Set(data.mirrorIds)).toEqual(new Set(mirrorEvents.map((e) => e.id)));

    await engine.range(week);
    const announced = pc.emitted.filter((e) => e.event === 'conflict:new');
    expect(announced).toEqual([
      {
        event: 'conflict:new',
        payload: {
          doctenaEventId: doctenaId,
          start: formatInstant(busy.start),
          calendarName: 'Physiotherapie',
        },
      },
    ]);
    expect(JSON.stringify(announced)).not.toMatch(/Erika|example\.org/);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'double-booking', calendarName: 'Physiotherapie' });
    const worded = wordNotice(notices[0]!, 'en');
    expect(worded.title).toBe('Double booking');
    expect(worded.body).toMatch(/· Physiotherapie$/);
    expect(JSON.stringify(notices)).not.toMatch(/Erika|example\.org|Fisioterapia/);

    // A minute later, so the cancellation carries a newer updated_at than the booking.
    sims.setNow(new Date(NOW.getTime() + 60_000));
    sims.doctena.store.updateBooking(booking._id, { status: 'CANCELLED' });
    expect((await engine.refresh(week)).conflicts).toEqual([]);
  });

  it('runs by itself shortly after a successful sync, only with a pairing on', async () => {
    const timer = manualSchedule();
    pc = sims.pc({ guard: { schedule: timer.schedule } });
    pc.guard.syncFinished({ ok: false });
    pc.setGuard({ mappings: [{ ...LUCIA_MAPPING, enabled: false }] });
    pc.guard.syncFinished({ ok: true });
    expect(timer.pending()).toBe(0);

    // Two syncs in a row make one run.
    pc.setGuard({ mappings: [LUCIA_MAPPING] });
    pc.guard.syncFinished({ ok: true });
    pc.guard.syncFinished({ ok: true });
    expect(timer.pending()).toBe(1);
    timer.fire();
    const status = await pc.guard.run();
    expect(mirrored()).toEqual(expected());
    expect(pc.emitted.filter((e) => e.event === 'guard:finished').length).toBe(2);
    expect(status.running).toBe(false);
  });

  it('never runs twice at once: a run asked for meanwhile waits and runs once more', async () => {
    const [a, b, c] = await Promise.all([pc.guard.run(), pc.guard.run(), pc.guard.run()]);
    expect(a.created).toBe(expected().length);
    expect(b).toEqual(c);
    expect(b.created).toBe(0);
    expect(pc.emitted.filter((e) => e.event === 'guard:finished')).toHaveLength(2);
    expect(mirrored()).toEqual(expected());
  });

  it('suggests pairing Lucía with her Doctena calendar once both accounts are known', async () => {
    for (const runtime of pc.runtimes.values()) {
      await runtime.source.sync({ from: NOW, to: new Date(NOW.getTime() + 86_400_000) });
    }
    pc.setGuard({ mappings: [] });
    const suggestions = channels['guard:suggestions'].output.parse(pc.guard.suggestions());
    expect(suggestions).toEqual([
      {
        docfav: {
          accountId: 'df',
          calendarId: LUCIA_MAPPING.docfav.calendarId,
          name: 'Dra. Lucía Fernández',
        },
        doctena: {
          accountId: 'dt',
          calendarId: LUCIA_DOCTENA,
          name: 'Physiotherapie · Dr. Lucia Fernandez',
        },
      },
    ]);
  });
});
