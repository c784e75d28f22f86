import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import {
  addDocfavAppointment,
  addDoctenaBooking,
  clearLucia,
  docfavAppointmentId,
  doctenaBookingId,
  failure,
  startHarness,
  WEEK,
  type Harness,
} from '../testing/harness';

// Confirm, cancel, no-show and undo against both simulators over real HTTP.

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  clearLucia(h);
});
afterEach(async () => {
  await h.close();
});

const setStatus = async (
  eventId: string,
  action: 'confirm' | 'cancel' | 'no-show' | 'unconfirm',
  notifyPatient = false,
) =>
  channels['event:setStatus'].output.parse(
    await h.actions.setStatus({ eventId, action, notifyPatient }),
  );

describe('Doctena status changes', () => {
  it('confirms a waiting booking; the calendar shows it at once', async () => {
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00');
    await h.engine.range(WEEK);
    const result = await setStatus(doctenaBookingId(booking._id), 'confirm', true);
    expect(result.event?.status).toBe('confirmed');
    // Doctena has no way back to WAITING.
    expect(result.undo).toBeNull();
    expect(h.doctena.store.bookings.get(booking._id)?.status).toBe('CONFIRMED');
    expect(h.doctena.store.notifications).toMatchObject([
      { booking_id: booking._id, kind: 'confirmation' },
    ]);
    const shown = (await h.engine.range(WEEK)).events.filter((e) => e.vendorId === booking._id);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.status).toBe('confirmed');
  });

  it('cancels without notifying, offers re-confirming as undo, and the undo works', async () => {
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00', { status: 'CONFIRMED' });
    await h.engine.range(WEEK);
    const id = doctenaBookingId(booking._id);
    const cancelled = await setStatus(id, 'cancel');
    expect(cancelled.event?.status).toBe('cancelled');
    expect(cancelled.undo).toBe('confirm');
    expect(h.doctena.store.bookings.get(booking._id)?.status).toBe('CANCELLED');
    expect(h.doctena.store.notifications).toHaveLength(0);

    // Same simulated second: Doctena's updated_at does not change, the re-read must still count.
    const undone = await setStatus(id, 'confirm');
    expect(undone.event?.status).toBe('confirmed');
    expect(h.doctena.store.bookings.get(booking._id)?.status).toBe('CONFIRMED');
    expect(h.engine.findEvent(id)?.status).toBe('confirmed');
  });

  it('marks a no-show once the time has passed, cancelling in the same request', async () => {
    const booking = addDoctenaBooking(h, '2026-11-24T08:30:00+01:00', { status: 'CONFIRMED' });
    await h.engine.range(WEEK);
    const result = await setStatus(doctenaBookingId(booking._id), 'no-show');
    expect(result.event).toMatchObject({ status: 'no-show', noShow: true });
    expect(result.undo).toBeNull();
    expect(h.doctena.store.bookings.get(booking._id)).toMatchObject({
      status: 'CANCELLED',
      no_show: 'true',
    });
  });

  it('refuses a no-show before the appointment time, without asking Doctena', async () => {
    const booking = addDoctenaBooking(h, '2026-11-24T15:00:00+01:00');
    await h.engine.range(WEEK);
    const before = h.requests();
    const err = await failure(setStatus(doctenaBookingId(booking._id), 'no-show'));
    expect(err.code).toBe('validation');
    expect(err.reason).toBe('not-started');
    expect(h.requests()).toBe(before);
    expect(h.doctena.store.bookings.get(booking._id)?.no_show).toBe('false');
  });

  it('refuses "unconfirm", which Doctena does not have', async () => {
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00', { status: 'CONFIRMED' });
    await h.engine.range(WEEK);
    const err = await failure(setStatus(doctenaBookingId(booking._id), 'unconfirm'));
    expect(err.code).toBe('validation');
    expect(err.reason).toBe('no-unconfirmed');
  });

  it('settles a status change Doctena did not answer by reading it back', async () => {
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00');
    await h.engine.range(WEEK);
    h.doctena.faults.add({ method: 'PUT', path: '/calendars/*/bookings/*', kind: '500', times: 1 });
    const err = await failure(setStatus(doctenaBookingId(booking._id), 'confirm'));
    // The fault answered before the server acted: the read-back shows nothing changed.
    expect(err.details).toMatchObject({ outcome: 'unknown', checked: true, reason: 'not-seen' });
    expect(err.reason).toBe('not-seen');
    expect(h.doctena.store.bookings.get(booking._id)?.status).toBe('WAITING');
  });

  it('settles a status change that timed out after Doctena made it, without repeating it', async () => {
    await h.close();
    h = await startHarness({ timeoutMs: 1_500 });
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00');
    await h.engine.range(WEEK);
    h.tap.holdAnswer('PUT', /\/bookings\//);
    const done = await setStatus(doctenaBookingId(booking._id), 'confirm', true);
    // It had gone through: reported as done, not as an error to repeat.
    expect(done.event?.status).toBe('confirmed');
    expect(h.doctena.store.bookings.get(booking._id)?.status).toBe('CONFIRMED');
    expect(h.doctena.store.notifications).toHaveLength(1);
  });
});

describe('Docfav status changes', () => {
  it('confirms an unconfirmed appointment; undo reverts it to unconfirmed', async () => {
    const appt = addDocfavAppointment(h, '2026-11-26T09:00:00+01:00', { behaviour: 'unconfirmed' });
    await h.engine.range(WEEK);
    const id = docfavAppointmentId(appt.id);
    const confirmed = await setStatus(id, 'confirm');
    expect(confirmed.event?.status).toBe('confirmed');
    expect(confirmed.undo).toBe('unconfirm');
    expect(appt.behaviour).toBe('confirmed');

    const undone = await setStatus(id, 'unconfirm');
    expect(undone.event).toMatchObject({ status: 'waiting', vendorStatus: 'unconfirmed' });
    expect(undone.undo).toBe('confirm');
    expect(appt.behaviour).toBe('unconfirmed');
  });

  it('cancels a confirmed appointment; undo confirms it again', async () => {
    const appt = addDocfavAppointment(h, '2026-11-26T09:00:00+01:00');
    await h.engine.range(WEEK);
    const id = docfavAppointmentId(appt.id);
    const cancelled = await setStatus(id, 'cancel');
    expect(cancelled.event?.status).toBe('cancelled');
    expect(cancelled.undo).toBe('confirm');
    expect(appt.behaviour).toBe('cancelled');
    const shown = (await h.engine.range(WEEK)).events.find((e) => e.id === id);
    expect(shown?.status).toBe('cancelled');

    const undone = await setStatus(id, 'confirm');
    expect(undone.event?.status).toBe('confirmed');
    expect(appt.behaviour).toBe('confirmed');
  });

  it('marks a no-show after the start, with the previous behaviour as undo', async () => {
    const appt = addDocfavAppointment(h, '2026-11-24T09:00:00+01:00');
    await h.engine.range(WEEK);
    const id = docfavAppointmentId(appt.id);
    const result = await setStatus(id, 'no-show');
    expect(result.event?.status).toBe('no-show');
    expect(result.undo).toBe('confirm');
    expect(appt.behaviour).toBe('no_show');
    const undone = await setStatus(id, 'confirm');
    expect(undone.event?.status).toBe('confirmed');
  });

  it('refuses a no-show before the start, without asking Docfav', async () => {
    const appt = addDocfavAppointment(h, '2026-11-26T09:00:00+01:00');
    await h.engine.range(WEEK);
    const before = h.requests();
    const err = await failure(setStatus(docfavAppointmentId(appt.id), 'no-show'));
    expect(err.code).toBe('validation');
    expect(err.reason).toBe('not-started');
    expect(h.requests()).toBe(before);
    expect(appt.behaviour).toBe('confirmed');
  });

  it('refuses status changes on reserved times and recurring events', async () => {
    const data = await h.engine.range(WEEK);
    for (const kind of ['docfav-time-reservation', 'docfav-recurring-event'] as const) {
      const event = data.events.find((e) => e.kind === kind);
      expect(event).toBeDefined();
      const err = await failure(setStatus(event?.id ?? '', 'cancel'));
      expect(err.code).toBe('validation');
      expect(err.reason).toBe('read-only-kind');
    }
  });
});
