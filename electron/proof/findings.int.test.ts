import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addDocfavAppointment,
  addDoctenaBooking,
  clearLucia,
  docfavAppointmentId,
  doctenaBookingId,
  GENERAL,
  liveAppointmentsOfPatient,
  startHarness,
  WEEK,
  type Harness,
} from '../testing/harness';

/**
 * The smallest reproductions of what the soak found, one per bug, each marked `it.fails` so the
 * suite stays green while the bug is there and turns red the day it is fixed: then drop the
 * `.fails`, and the test guards the fix.
 */

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  clearLucia(h);
});
afterEach(async () => {
  await h.close();
});

describe('found by the fault-injection soak', () => {
  // Incremental Doctena syncs cannot see a deleted blocking (no tombstones), so a confirmed
  // DELETE must drop it from the cache even when the re-read after it fails.
  it('takes deleted blocked time off the calendar even when the re-read fails', async () => {
    await h.engine.range(WEEK);
    const created = await h.actions.createBlockings({
      title: 'Team meeting',
      calendars: [{ accountId: 'dt', calendarId: GENERAL }],
      ranges: [{ start: '2026-11-26T13:00:00Z', end: '2026-11-26T14:00:00Z' }],
      recurrence: null,
    });
    const id = created.created[0]!.id;
    // The re-read lists the calendar's blockings; three failures outlast its read retries.
    h.doctena.faults.add({ method: 'GET', path: '/calendars/*/blockings', kind: '500', times: 3 });
    expect(await h.actions.deleteBlocking({ eventId: id })).toEqual({ deleted: true });
    h.doctena.faults.clear();
    expect(h.doctena.store.blockings.size).toBeGreaterThan(0);
    expect([...h.doctena.store.blockings.values()].some((b) => b.title === 'Team meeting')).toBe(
      false,
    );
    // Doctena no longer has it; the calendar must not show it, now or after the next refresh.
    h.setNow(new Date(h.now().getTime() + 60_000));
    const shown = (await h.engine.refresh(WEEK)).events.filter((e) => e.id === id);
    expect(shown).toEqual([]);
  });

  // A patient who cancelled online since the last sync must not be booked again by a drag: the
  // move first checks that the old appointment is still live (electron/actions/docfav-move.ts).
  it('does not book a patient again by moving an appointment cancelled meanwhile', async () => {
    const old = addDocfavAppointment(h, '2026-11-26T09:00:00+01:00');
    await h.engine.range(WEEK);
    // The patient cancels in Docfav; Frontdesk has not synced since.
    h.docfav.store.appointments.get(old.id)!.behaviour = 'cancelled';
    expect(liveAppointmentsOfPatient(h)).toHaveLength(0);

    await h.actions
      .move({
        eventId: docfavAppointmentId(old.id),
        start: '2026-11-26T11:00:00Z',
        end: '2026-11-26T11:30:00Z',
        notifyPatient: false,
        force: false,
      })
      .catch(() => undefined);
    expect(liveAppointmentsOfPatient(h)).toHaveLength(0);
  });

  // The Doctena side of the same race: Doctena would turn a moved cancelled booking RESCHEDULED
  // (live again), so the move reads the booking's status first (electron/actions/move.ts).
  it('does not bring a Doctena booking back by moving it after the patient cancelled', async () => {
    const booking = addDoctenaBooking(h, '2026-11-26T10:00:00+01:00', { status: 'CONFIRMED' });
    await h.engine.range(WEEK);
    h.doctena.store.updateBooking(booking._id, { status: 'CANCELLED' });
    await h.actions
      .move({
        eventId: doctenaBookingId(booking._id),
        start: '2026-11-26T12:00:00Z',
        end: '2026-11-26T12:30:00Z',
        notifyPatient: false,
        force: false,
      })
      .catch(() => undefined);
    expect(h.doctena.store.bookings.get(booking._id)?.status).toBe('CANCELLED');
  });
});
