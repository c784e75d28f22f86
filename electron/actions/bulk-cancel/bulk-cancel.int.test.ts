import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract';
import {
  addDocfavAppointment,
  addDoctenaBooking,
  clearLucia,
  docfavAppointmentId,
  doctenaBookingId,
  startHarness,
  WEEK,
  type Harness,
} from '../../testing/harness';
import { BulkCancels } from '.';
import { createBulkJournal } from './entry';

// A vacation over booked days: its bookings cancelled as one journaled action, on both platforms.

let h: Harness;
let dir: string;

beforeEach(async () => {
  h = await startHarness();
  clearLucia(h);
  dir = mkdtempSync(path.join(tmpdir(), 'frontdesk-bulk-'));
});
afterEach(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

function bulkOn(cancel?: (eventId: string, notify: boolean) => Promise<unknown>) {
  return new BulkCancels({
    journal: createBulkJournal(dir),
    cancel:
      cancel ??
      ((eventId, notifyPatient) =>
        h.actions.setStatus({ eventId, action: 'cancel', notifyPatient })),
    findEvent: (id) => h.engine.findEvent(id),
    logger: h.logger,
    now: h.now,
  });
}

const journalFiles = () => readdirSync(path.join(dir, 'bulk-cancel'));

describe('bulk cancel', () => {
  it('cancels every booking on both platforms, notifying the patients, and closes its entry', async () => {
    const a = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00', { status: 'CONFIRMED' });
    const b = addDoctenaBooking(h, '2026-11-26T11:00:00+01:00');
    const c = addDocfavAppointment(h, '2026-11-26T12:00:00+01:00');
    await h.engine.range(WEEK);
    const bulk = bulkOn();
    const ids = [doctenaBookingId(a._id), doctenaBookingId(b._id), docfavAppointmentId(c.id)];
    const started = channels['bulk:cancel'].output.parse(
      bulk.start({ eventIds: ids, notifyPatient: true }),
    );
    expect(started.items.map((i) => i.state)).toEqual(['todo', 'todo', 'todo']);
    // The intent is on disk before the first answer: ids and states only.
    const [file] = journalFiles();
    expect(readFileSync(path.join(dir, 'bulk-cancel', file ?? ''), 'utf8')).not.toMatch(/Erika/);
    await bulk.settled(started.id);

    const result = bulk.progress(started.id);
    expect(result).toMatchObject({ done: true });
    expect(result?.items.map((i) => i.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(h.doctena.store.bookings.get(a._id)?.status).toBe('CANCELLED');
    expect(h.doctena.store.bookings.get(b._id)?.status).toBe('CANCELLED');
    expect(h.docfav.store.appointments.get(c.id)?.behaviour).toBe('cancelled');
    expect(h.doctena.store.notifications.map((n) => n.booking_id).sort()).toEqual(
      [a._id, b._id].sort(),
    );
    expect(journalFiles()).toEqual([]);
  });

  it('reports a failure per appointment and still cancels the others', async () => {
    const a = addDoctenaBooking(h, '2026-11-25T10:00:00+01:00');
    const b = addDoctenaBooking(h, '2026-11-25T11:00:00+01:00');
    await h.engine.range(WEEK);
    h.doctena.faults.add({
      method: 'PUT',
      path: `/calendars/*/bookings/${a._id}`,
      kind: '500',
      times: 1,
    });
    const bulk = bulkOn();
    const started = bulk.start({
      eventIds: [doctenaBookingId(a._id), doctenaBookingId(b._id)],
      notifyPatient: false,
    });
    await bulk.settled(started.id);
    const result = bulk.progress(started.id);
    expect(result?.done).toBe(true);
    expect(result?.items[0]).toMatchObject({
      state: 'failed',
      error: { code: expect.any(String) },
    });
    expect(result?.items[1]).toMatchObject({ state: 'cancelled', error: null });
    expect(h.doctena.store.bookings.get(a._id)?.status).toBe('WAITING');
    expect(h.doctena.store.bookings.get(b._id)?.status).toBe('CANCELLED');
  });

  it('is finished from the journal after a crash mid-way, without cancelling twice', async () => {
    const bookings = ['09:00', '10:00', '11:00'].map((t) =>
      addDoctenaBooking(h, `2026-11-25T${t}:00+01:00`, { status: 'CONFIRMED' }),
    );
    const ids = bookings.map((b) => doctenaBookingId(b._id));
    await h.engine.range(WEEK);
    // The desk dies right after Doctena cancelled the second booking, before the journal moved on.
    let crashed!: () => void;
    const crash = new Promise<void>((resolve) => (crashed = resolve));
    let calls = 0;
    const first = bulkOn(async (eventId, notifyPatient) => {
      await h.actions.setStatus({ eventId, action: 'cancel', notifyPatient });
      calls += 1;
      if (calls === 2) {
        crashed();
        return new Promise<never>(() => undefined);
      }
      return undefined;
    });
    const { id } = first.start({ eventIds: ids, notifyPatient: true });
    await crash;
    first.stop();
    expect(journalFiles()).toHaveLength(1);
    expect(h.doctena.store.notifications).toHaveLength(2);

    // The next start reads the folder again and finishes the rest.
    const second = bulkOn();
    await second.run({ all: true });
    for (const b of bookings) expect(h.doctena.store.bookings.get(b._id)?.status).toBe('CANCELLED');
    // One cancellation per patient: the second booking was seen cancelled already.
    expect(h.doctena.store.notifications.map((n) => n.booking_id).sort()).toEqual(
      bookings.map((b) => b._id).sort(),
    );
    expect(second.progress(id)?.items.map((i) => i.state)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(journalFiles()).toEqual([]);
    second.stop();
  });
});
