import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventId } from '../../shared/domain';
import { DOCFAV_DEMO_IDS } from '../../simulators/docfav';
import { GENERAL, startHarness, WEEK, type Harness } from '../testing/harness';

// The engine's lookups for the actions: cached events by id, and re-reading what a write touched.

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('finding a cached event by id', () => {
  it('answers every event the range shows, by its own id, without a request', async () => {
    const data = await h.engine.range(WEEK);
    const before = h.requests();
    for (const event of data.events) expect(h.engine.findEvent(event.id)).toEqual(event);
    expect(h.engine.findEvent('doctena:dt:doctena-booking:nope')).toBeUndefined();
    expect(h.engine.findEvent('docfav:df:docfav-appointment')).toBeUndefined();
    expect(h.engine.findEvent('nonsense')).toBeUndefined();
    expect(h.requests()).toBe(before);
  });

  it('answers a repeating blocking’s series id with its first occurrence', async () => {
    const series = h.doctena.store.addBlocking({
      calendar_id: GENERAL,
      title: 'Mittagspause',
      starts: new Date('2026-11-24T12:30:00+01:00'),
      ends: new Date('2027-11-24T13:30:00+01:00'),
      recurrence: 'FREQ=WEEKLY;BYDAY=TH',
    });
    await h.engine.range(WEEK);
    const first = h.engine.findEvent(eventId('doctena', 'dt', 'doctena-blocking', series._id));
    expect(first).toMatchObject({
      start: '2026-11-26T11:30:00Z',
      end: '2026-11-26T12:30:00Z',
      vendorId: series._id,
    });
    expect(first?.id).toBe(
      eventId('doctena', 'dt', 'doctena-blocking', `${series._id}@2026-11-26T11:30:00Z`),
    );
  });
});

describe('re-reading after a write', () => {
  it('puts a new Docfav appointment into the cache without announcing it as a new booking', async () => {
    await h.engine.range(WEEK);
    const made = h.docfav.store.createAppointment({
      clinicId: DOCFAV_DEMO_IDS.clinic,
      clientId: null,
      serviceId: DOCFAV_DEMO_IDS.services.consulta,
      staffCalendarId: DOCFAV_DEMO_IDS.staffCalendars.lucia,
      from: new Date('2026-11-27T07:00:00Z'),
      to: new Date('2026-11-27T07:30:00Z'),
      behaviour: 'confirmed',
      sale_status: 'pending',
      note: null,
      price: 5000,
      source: 'api',
      sendReminder: false,
    });
    const id = eventId('docfav', 'df', 'docfav-appointment', made.id);
    expect(h.engine.findEvent(id)).toBeUndefined();
    await h.engine.reload('df', {
      calendarId: DOCFAV_DEMO_IDS.staffCalendars.lucia,
      kind: 'docfav-appointment',
      vendorIds: [made.id],
      ranges: [{ from: new Date('2026-11-27T07:00:00Z'), to: new Date('2026-11-27T07:30:00Z') }],
    });
    expect(h.engine.findEvent(id)?.start).toBe('2026-11-27T07:00:00Z');
    expect(h.emitted.filter((e) => e.event === 'booking:new')).toEqual([]);
    expect(h.emitted.at(-1)).toMatchObject({ event: 'sync:finished', payload: { ok: true } });
  });

  it('keeps a Doctena change even when its updated_at did not move', async () => {
    const data = await h.engine.range(WEEK);
    const booking = data.events.find(
      (e) => e.kind === 'doctena-booking' && e.status !== 'cancelled',
    );
    const stored = h.doctena.store.bookings.get(booking?.vendorId ?? '');
    if (!booking || !stored) throw new Error('no demo booking');
    // Same updated_at, different status: what two writes within one second look like.
    h.doctena.store.bookings.set(stored._id, { ...stored, status: 'CANCELLED' });
    await h.engine.reload('dt', {
      calendarId: booking.calendarId,
      kind: 'doctena-booking',
      vendorIds: [booking.vendorId],
      ranges: [],
    });
    expect(h.engine.findEvent(booking.id)?.status).toBe('cancelled');
  });

  it('drops a Doctena blocking that is gone', async () => {
    const blocking = h.doctena.store.addBlocking({
      calendar_id: GENERAL,
      title: 'Wartung',
      starts: new Date('2026-11-27T08:00:00Z'),
      ends: new Date('2026-11-27T09:00:00Z'),
    });
    await h.engine.range(WEEK);
    const id = eventId('doctena', 'dt', 'doctena-blocking', blocking._id);
    expect(h.engine.findEvent(id)).toBeDefined();
    h.doctena.store.deleteBlocking(blocking._id);
    await h.engine.reload('dt', {
      calendarId: GENERAL,
      kind: 'doctena-blocking',
      vendorIds: [blocking._id],
      ranges: [],
    });
    expect(h.engine.findEvent(id)).toBeUndefined();
  });
});
