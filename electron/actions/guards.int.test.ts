import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

// What every action refuses before a request goes out, one write per event, and clean logs.

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  clearLucia(h);
});
afterEach(async () => {
  await h.close();
});

const GARBAGE = [
  'garbage',
  '',
  '../../../etc/passwd',
  'doctena:dt:doctena-booking:000000000000000000000000',
  'doctena:dt:no-such-kind:abc',
  'doctena:nobody:doctena-booking:abc',
  'docfav:df:docfav-appointment:d0cfa000-0000-4000-8000-00000000ffff',
  '__proto__',
  'constructor',
];

describe('unknown events', () => {
  it('refuses garbage ids on every channel with a typed error and no request', async () => {
    await h.engine.range(WEEK);
    const before = h.requests();
    for (const eventId of GARBAGE) {
      const errors = await Promise.all([
        failure(h.actions.setStatus({ eventId, action: 'confirm', notifyPatient: false })),
        failure(
          h.actions.move({
            eventId,
            start: '2026-11-26T10:00:00Z',
            end: '2026-11-26T10:30:00Z',
            notifyPatient: false,
            force: false,
          }),
        ),
        failure(h.actions.updateBlocking({ eventId, title: 'x' })),
        failure(h.actions.deleteBlocking({ eventId })),
      ]);
      for (const err of errors) {
        expect(err.code).toBe('not-found');
        expect(err.reason).toBe('entry-gone');
        expect(err.message).not.toContain(eventId || '\u0000');
      }
    }
    expect(h.requests()).toBe(before);
  });

  it('needs a synced calendar: before the first sync nothing is known, and nothing is sent', async () => {
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00');
    const before = h.requests();
    const err = await failure(
      h.actions.setStatus({
        eventId: doctenaBookingId(booking._id),
        action: 'confirm',
        notifyPatient: false,
      }),
    );
    expect(err.code).toBe('not-found');
    expect(h.requests()).toBe(before);
  });
});

describe('one write per event at a time', () => {
  it('refuses a second write to an event while the first is being saved', async () => {
    const appt = addDocfavAppointment(h, '2026-11-26T09:00:00+01:00');
    await h.engine.range(WEEK);
    const eventId = docfavAppointmentId(appt.id);
    const first = h.actions.move({
      eventId,
      start: '2026-11-26T10:00:00Z',
      end: '2026-11-26T10:30:00Z',
      notifyPatient: false,
      force: false,
    });
    const second = await failure(
      h.actions.setStatus({ eventId, action: 'cancel', notifyPatient: false }),
    );
    expect(second.code).toBe('conflict');
    expect(second.reason).toBe('write-pending');
    expect((await first).status).toBe('moved');
    expect(appt.behaviour).toBe('cancelled');
  });

  it('lets writes to different events run side by side, and the same event again afterwards', async () => {
    const a = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00');
    const b = addDoctenaBooking(h, '2026-11-25T11:00:00+01:00');
    await h.engine.range(WEEK);
    const [ra, rb] = await Promise.all([
      h.actions.setStatus({
        eventId: doctenaBookingId(a._id),
        action: 'confirm',
        notifyPatient: false,
      }),
      h.actions.setStatus({
        eventId: doctenaBookingId(b._id),
        action: 'cancel',
        notifyPatient: false,
      }),
    ]);
    expect([ra.event?.status, rb.event?.status]).toEqual(['confirmed', 'cancelled']);
    const again = await h.actions.setStatus({
      eventId: doctenaBookingId(a._id),
      action: 'cancel',
      notifyPatient: false,
    });
    expect(again.event?.status).toBe('cancelled');
  });
});

describe('logging', () => {
  it('logs ids and codes only: no patient names, contacts, notes or secrets', async () => {
    const booking = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00');
    const appt = addDocfavAppointment(h, '2026-11-26T09:00:00+01:00', { note: 'Dolor lumbar' });
    await h.engine.range(WEEK);
    await h.actions.setStatus({
      eventId: doctenaBookingId(booking._id),
      action: 'cancel',
      notifyPatient: true,
    });
    // Docfav refuses the cancel (API disabled): the move is undone, and every step is logged.
    h.docfav.faults.add({
      method: 'PUT',
      path: '/backofficeclinics/*/appointments/*/behaviour',
      kind: '503',
      times: 3,
    });
    await failure(
      h.actions.move({
        eventId: docfavAppointmentId(appt.id),
        start: '2026-11-26T10:00:00Z',
        end: '2026-11-26T10:30:00Z',
        notifyPatient: false,
        force: false,
      }),
    );
    const client = [...h.docfav.store.clients.values()][0];
    const logged = JSON.stringify(h.logger.lines);
    expect(h.logger.lines.length).toBeGreaterThan(0);
    for (const secret of [
      'Erika',
      'Musterfrau',
      'example.org',
      '5550199',
      'Impfung',
      'Dolor',
      'moved from',
      client?.firstname ?? 'no-client',
      client?.lastname ?? 'no-client',
      'df_pk_demo',
      'demo@frontdesk',
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});
