import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import {
  addDocfavAppointment,
  addDoctenaBooking,
  clearLucia,
  demoClientId,
  docfavAppointmentId,
  doctenaBlockingId,
  doctenaBookingId,
  failure,
  GENERAL,
  IDS,
  liveAppointmentsOfPatient,
  LUCIA,
  NOW,
  startHarness,
  WEEK,
  type Harness,
} from '../testing/harness';

// Drag and resize against both simulators over real HTTP.

let h: Harness;

async function restart(options: { timeoutMs?: number } = {}) {
  await h.close();
  h = await startHarness(options);
  clearLucia(h);
}

beforeEach(async () => {
  h = await startHarness();
  clearLucia(h);
});
afterEach(async () => {
  await h.close();
});

const move = async (
  eventId: string,
  start: string,
  end: string,
  options: { notifyPatient?: boolean; force?: boolean } = {},
) =>
  channels['event:move'].output.parse(
    await h.actions.move({
      eventId,
      start,
      end,
      notifyPatient: options.notifyPatient ?? false,
      force: options.force ?? false,
    }),
  );

const err = (e: { code: string; details?: Record<string, unknown> }) => ({
  code: e.code,
  reason: e.details?.reason,
});

const BEHAVIOUR_PUT = '/backofficeclinics/*/appointments/*/behaviour';

describe('Doctena moves', () => {
  it('moves a booking; Doctena makes it RESCHEDULED and tells the patient when asked', async () => {
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00', { status: 'CONFIRMED' });
    await h.engine.range(WEEK);
    const result = await move(
      doctenaBookingId(booking._id),
      '2026-11-26T15:00:00Z',
      '2026-11-26T15:30:00Z',
      { notifyPatient: true },
    );
    expect(result.status).toBe('moved');
    if (result.status !== 'moved') return;
    expect(result.event).toMatchObject({
      start: '2026-11-26T15:00:00Z',
      end: '2026-11-26T15:30:00Z',
      status: 'rescheduled',
    });
    expect(h.doctena.store.bookings.get(booking._id)?.status).toBe('RESCHEDULED');
    expect(h.doctena.store.notifications).toMatchObject([
      { booking_id: booking._id, kind: 'rescheduling' },
    ]);
    const shown = (await h.engine.range(WEEK)).events.filter((e) => e.vendorId === booking._id);
    expect(shown.map((e) => e.start)).toEqual(['2026-11-26T15:00:00Z']);
  });

  it('records no notification when the patient is not to be told', async () => {
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00');
    await h.engine.range(WEEK);
    await move(doctenaBookingId(booking._id), '2026-11-25T13:00:00Z', '2026-11-25T13:30:00Z');
    expect(h.doctena.store.bookings.get(booking._id)?.status).toBe('RESCHEDULED');
    expect(h.doctena.store.notifications).toHaveLength(0);
  });

  it('moves a one-off blocking, and refuses one occurrence of a repeating one', async () => {
    const single = h.doctena.store.addBlocking({
      calendar_id: GENERAL,
      title: 'Praxisbesprechung',
      starts: new Date('2026-11-27T12:00:00+01:00'),
      ends: new Date('2026-11-27T13:00:00+01:00'),
    });
    const series = h.doctena.store.addBlocking({
      calendar_id: GENERAL,
      title: 'Mittagspause',
      starts: new Date('2026-11-23T12:30:00+01:00'),
      ends: new Date('2027-11-23T13:30:00+01:00'),
      recurrence: 'FREQ=WEEKLY;BYDAY=MO,TH',
    });
    const data = await h.engine.range(WEEK);
    const moved = await move(
      doctenaBlockingId(single._id),
      '2026-11-27T14:00:00Z',
      '2026-11-27T15:00:00Z',
    );
    expect(moved.status).toBe('moved');
    expect(h.doctena.store.blockings.get(single._id)?.starts.toISOString()).toBe(
      '2026-11-27T14:00:00.000Z',
    );

    const occurrence = data.events.find(
      (e) => e.vendorId === series._id && e.start.startsWith('2026-11-26'),
    );
    expect(occurrence?.id).toContain('@');
    const err = await failure(
      move(occurrence?.id ?? '', '2026-11-26T14:00:00Z', '2026-11-26T15:00:00Z'),
    );
    expect(err.code).toBe('validation');
    expect(err.reason).toBe('recurring-occurrence');
  });

  it('refuses to move a past or cancelled booking', async () => {
    const past = addDoctenaBooking(h, '2026-11-24T08:00:00+01:00');
    const cancelled = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00', { status: 'CANCELLED' });
    await h.engine.range(WEEK);
    const before = h.requests();
    const a = await failure(
      move(doctenaBookingId(past._id), '2026-11-26T10:00:00Z', '2026-11-26T10:30:00Z'),
    );
    expect(a.reason).toBe('started');
    const b = await failure(
      move(doctenaBookingId(cancelled._id), '2026-11-26T10:00:00Z', '2026-11-26T10:30:00Z'),
    );
    expect(b.reason).toBe('cancelled-no-move');
    expect([a.code, b.code]).toEqual(['validation', 'validation']);
    expect(h.requests()).toBe(before);
  });
});

describe('Docfav moves', () => {
  const OLD = '2026-11-26T09:00:00+01:00';
  const TARGET = { start: '2026-11-26T10:00:00Z', end: '2026-11-26T10:30:00Z' };

  it('re-books the patient at the new time and cancels the old appointment', async () => {
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    const result = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end);
    expect(result.status).toBe('moved');
    if (result.status !== 'moved') return;

    expect(old.behaviour).toBe('cancelled');
    const live = liveAppointmentsOfPatient(h);
    expect(live).toHaveLength(1);
    const created = live[0];
    expect(created).toMatchObject({
      clientId: demoClientId(h),
      serviceId: IDS.services.consulta,
      staffCalendarId: LUCIA,
      behaviour: 'confirmed',
    });
    expect(created?.from.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    // The move's marker (ids and a time, no names) lets any desk find this booking later.
    expect(created?.note).toMatch(
      /^Primera visita\nmoved from 2026-11-26 09:00\n\[frontdesk-move [0-9a-f]{16} of \S+ path \d+-[0-9a-f]{8}\]$/,
    );
    expect(created?.note).toContain(`of ${old.id} path`);
    expect(result.event).toMatchObject({
      id: docfavAppointmentId(created?.id ?? ''),
      start: TARGET.start,
      status: 'confirmed',
      calendarId: LUCIA,
    });

    const shown = (await h.engine.range(WEEK)).events;
    expect(shown.find((e) => e.id === docfavAppointmentId(old.id))?.status).toBe('cancelled');
    expect(shown.find((e) => e.id === result.event.id)?.start).toBe(TARGET.start);
  });

  it('keeps an unconfirmed appointment unconfirmed at its new time', async () => {
    const old = addDocfavAppointment(h, OLD, { behaviour: 'unconfirmed', note: null });
    await h.engine.range(WEEK);
    const result = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end);
    expect(result.status).toBe('moved');
    const [created] = liveAppointmentsOfPatient(h);
    expect(created?.behaviour).toBe('pending');
    expect(created?.note).toMatch(/^moved from 2026-11-26 09:00\n\[frontdesk-move /);
  });

  it('moves by a quarter of an hour, overlapping only itself', async () => {
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    const result = await move(
      docfavAppointmentId(old.id),
      '2026-11-26T08:15:00Z',
      '2026-11-26T08:45:00Z',
    );
    expect(result.status).toBe('moved');
    expect(liveAppointmentsOfPatient(h).map((a) => a.from.toISOString())).toEqual([
      '2026-11-26T08:15:00.000Z',
    ]);
  });

  it('reports conflicts with neutral labels and writes nothing; with force it moves', async () => {
    const old = addDocfavAppointment(h, OLD);
    const other = h.docfav.store.createAppointment({
      clinicId: IDS.clinic,
      clientId: [...h.docfav.store.clients.values()][1]?.id ?? null,
      serviceId: IDS.services.revision,
      staffCalendarId: LUCIA,
      from: new Date('2026-11-26T10:15:00Z'),
      to: new Date('2026-11-26T10:30:00Z'),
      behaviour: 'confirmed',
      sale_status: 'pending',
      note: 'Dolor lumbar',
      price: 3000,
      source: 'backoffice',
      sendReminder: false,
    });
    await h.engine.range(WEEK);
    const count = h.docfav.store.appointments.size;

    const asked = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end);
    expect(asked).toEqual({
      status: 'conflict',
      conflicts: [
        {
          type: 'appointment',
          start: '2026-11-26T10:15:00Z',
          end: '2026-11-26T10:30:00Z',
        },
      ],
    });
    expect(JSON.stringify(asked)).not.toMatch(/Dolor|García|Garcia/);
    expect(h.docfav.store.appointments.size).toBe(count);
    expect(old.behaviour).toBe('confirmed');

    const forced = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end, {
      force: true,
    });
    expect(forced.status).toBe('moved');
    expect(old.behaviour).toBe('cancelled');
    expect(other.behaviour).toBe('confirmed');
    expect(liveAppointmentsOfPatient(h)).toHaveLength(1);
  });

  it('labels a reserved time and hours off without their names', async () => {
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    // Wednesday 12:00–13:00 in Madrid is Lucía's "Formación interna"; 21:00 is after hours.
    const reserved = await move(
      docfavAppointmentId(old.id),
      '2026-11-25T11:00:00Z',
      '2026-11-25T11:30:00Z',
    );
    expect(reserved).toMatchObject({
      status: 'conflict',
      conflicts: [{ type: 'time_reservation' }],
    });
    expect(JSON.stringify(reserved)).not.toMatch(/Formación/);
    const late = await move(
      docfavAppointmentId(old.id),
      '2026-11-26T20:00:00Z',
      '2026-11-26T20:30:00Z',
    );
    expect(late).toMatchObject({
      status: 'conflict',
      conflicts: [{ type: 'outside_working_hours' }],
    });
  });

  it('repeats a cancellation that failed once (it is safe to send twice) and completes', async () => {
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    h.docfav.faults.add({ method: 'PUT', path: BEHAVIOUR_PUT, kind: '500', times: 1 });
    const result = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end);
    expect(result.status).toBe('moved');
    expect(old.behaviour).toBe('cancelled');
    expect(liveAppointmentsOfPatient(h)).toHaveLength(1);
  });

  it('takes the new booking back when Docfav refuses to cancel the old one', async () => {
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    // 503 API_DISABLED is a refusal: nothing was done, and it will not be done later either.
    h.docfav.faults.add({ method: 'PUT', path: BEHAVIOUR_PUT, kind: '503', times: 1 });
    const err = await failure(move(docfavAppointmentId(old.id), TARGET.start, TARGET.end));
    expect(err.code).toBe('unavailable');
    expect(err.reason).toBe('compensated');
    expect(err.details).toMatchObject({ outcome: 'not-applied', step: 'cancel-old' });

    const live = liveAppointmentsOfPatient(h);
    expect(live.map((a) => a.id)).toEqual([old.id]);
    expect(old.behaviour).toBe('confirmed');
    const shown = (await h.engine.range(WEEK)).events.filter(
      (e) => e.kind === 'docfav-appointment' && e.calendarId === LUCIA,
    );
    expect(shown.map((e) => [e.id, e.status])).toEqual([
      [docfavAppointmentId(old.id), 'confirmed'],
    ]);
  });

  it('reports both bookings plainly when even the clean-up fails', async () => {
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    h.docfav.faults.add({ method: 'PUT', path: BEHAVIOUR_PUT, kind: '503', times: 3 });
    h.docfav.faults.add({
      method: 'DELETE',
      path: '/backofficeclinics/*/appointments/*',
      kind: '503',
      times: 3,
    });
    const err = await failure(move(docfavAppointmentId(old.id), TARGET.start, TARGET.end));
    expect(err.reason).toBe('repairing');
    expect(err.details).toMatchObject({ outcome: 'duplicated' });
    expect(liveAppointmentsOfPatient(h)).toHaveLength(2);
  });

  it('finds a booking that timed out but was made, and does not book twice', async () => {
    await restart({ timeoutMs: 1_500 });
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    h.tap.holdAnswer('POST', /\/appointments$/);
    const result = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end);
    expect(result.status).toBe('moved');
    const live = liveAppointmentsOfPatient(h);
    expect(live).toHaveLength(1);
    expect(live[0]?.from.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(old.behaviour).toBe('cancelled');
    const atTarget = [...h.docfav.store.appointments.values()].filter(
      (a) => a.from.toISOString() === '2026-11-26T10:00:00.000Z',
    );
    expect(atTarget).toHaveLength(1);
  });

  it('never concludes from one read that a booking without an answer was not made', async () => {
    await restart({ timeoutMs: 1_500 });
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    const count = h.docfav.store.appointments.size;
    // The simulator hangs before acting on the request: nothing is ever booked.
    h.docfav.faults.add({
      method: 'POST',
      path: '/backofficeclinics/*/appointments',
      kind: 'hang',
      times: 1,
    });
    const result = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end);
    // Not "try again": Docfav may still save it, and a retry could book twice.
    expect(result.status).toBe('pending');
    expect(h.moves.open()).toHaveLength(1);
    expect((await h.engine.range(WEEK)).pendingIds).toContain(docfavAppointmentId(old.id));
    const again = await failure(move(docfavAppointmentId(old.id), TARGET.start, TARGET.end));
    expect(err(again)).toMatchObject({ code: 'conflict', reason: 'move-pending' });

    // Read after read finds nothing, but only the settle time turns that into "not made".
    for (let minutes = 1; minutes <= 3; minutes++) {
      h.setNow(new Date(NOW.getTime() + minutes * 60_000));
      await h.moves.run();
    }
    expect(h.moves.open()).toHaveLength(0);
    expect(h.emitted.filter((e) => e.event === 'move:settled').map((e) => e.payload)).toEqual([
      { accountId: 'df', outcome: 'not-moved', start: null },
    ]);
    expect(h.docfav.store.appointments.size).toBe(count);
    expect(old.behaviour).toBe('confirmed');
  });

  it('settles a cancellation that timed out after Docfav made it', async () => {
    await restart({ timeoutMs: 1_500 });
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    h.tap.holdAnswer('PUT', /\/behaviour$/);
    const result = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end);
    expect(result.status).toBe('moved');
    expect(old.behaviour).toBe('cancelled');
    expect(liveAppointmentsOfPatient(h)).toHaveLength(1);
  });

  it('under a 429 storm, repeats a cancel only in the HTTP layer, then finishes the move later', async () => {
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    const writes: string[] = [];
    const stop = h.docfav.observe(({ method }) => {
      if (method !== 'GET') writes.push(method);
    });
    // Every cancel is refused with 429; the HTTP layer's retries are the only repeats.
    h.docfav.faults.add({ method: 'PUT', path: BEHAVIOUR_PUT, kind: '429', retryAfterSeconds: 0 });
    const result = await move(docfavAppointmentId(old.id), TARGET.start, TARGET.end);
    // "Not now" is not "no": the move is not undone, the cancel waits for the journal.
    expect(result.status).toBe('pending');
    // One create, then the first PUT and its 2 retries (the harness allows 2); nothing deleted.
    expect(writes).toEqual(['POST', 'PUT', 'PUT', 'PUT']);
    expect(liveAppointmentsOfPatient(h)).toHaveLength(2);

    h.docfav.faults.clear();
    h.setNow(new Date(NOW.getTime() + 60_000));
    await h.moves.run();
    stop();
    expect(liveAppointmentsOfPatient(h).map((a) => a.from.toISOString())).toEqual([
      '2026-11-26T10:00:00.000Z',
    ]);
    expect(old.behaviour).toBe('cancelled');
  });

  it('reports a read storm as rate-limited, not as a network failure, and writes nothing', async () => {
    const old = addDocfavAppointment(h, OLD);
    await h.engine.range(WEEK);
    const before = h.docfav.requestCount();
    h.docfav.faults.add({
      method: 'GET',
      path: '/backofficeclinics/*/availability',
      kind: '429',
      retryAfterSeconds: 0,
    });
    const err = await failure(move(docfavAppointmentId(old.id), TARGET.start, TARGET.end));
    expect(err.code).toBe('rate-limited');
    expect(err.details).toMatchObject({ outcome: 'not-applied', reason: 'check-failed' });
    // One read and its 2 retries: no stacked loops.
    expect(h.docfav.requestCount() - before).toBe(3);
  });

  it('refuses read-only kinds and past appointments without asking Docfav', async () => {
    const past = addDocfavAppointment(h, '2026-11-24T09:00:00+01:00');
    const data = await h.engine.range(WEEK);
    const before = h.requests();
    const recurring = data.events.find((e) => e.kind === 'docfav-recurring-event');
    const reserved = data.events.find((e) => e.kind === 'docfav-time-reservation');
    for (const id of [recurring?.id, reserved?.id, docfavAppointmentId(past.id)]) {
      const err = await failure(move(id ?? '', TARGET.start, TARGET.end));
      expect(err.code).toBe('validation');
    }
    expect(h.requests()).toBe(before);
  });
});
