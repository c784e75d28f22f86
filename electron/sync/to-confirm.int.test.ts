import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Channel,
  ChannelInput,
  ChannelOutput,
  IpcResult,
  ToConfirmList,
} from '../../shared/contract';
import {
  addDocfavAppointment,
  addDoctenaBooking,
  clearLucia,
  docfavAppointmentId,
  doctenaBookingId,
  startHarness,
  WEEK,
  type Harness,
  type TestRuntime,
} from '../testing/harness';

// The "To confirm" list through the real dispatcher, on both simulators: what it holds across the
// weeks ahead, what reading those weeks costs, and that a confirmation takes an entry off it.

let h: Harness;
let app: TestRuntime;
/** Paths the app asked the platforms for, in order. */
let asked: string[];

beforeEach(async () => {
  h = await startHarness();
  asked = [];
  const counting: typeof fetch = (input, init) => {
    asked.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
    return globalThis.fetch(input, init);
  };
  app = h.services({ fetch: counting });
  await app.start();
  // Only the calls below may reach the platforms.
  app.services.sync.stop();
});
afterEach(() => h.close());

async function call<C extends Channel>(channel: C, input: ChannelInput<C>) {
  const result = (await app.dispatch(channel, input, { transport: 'web' })) as IpcResult<
    ChannelOutput<C>
  >;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

const TODAY = '2026-11-24T00:00:00+01:00';
const week = (start: string) => Math.floor((Date.parse(start) - WEEK.from.getTime()) / 604_800_000);
const toConfirm = () => call('calendar:toConfirm', { from: TODAY, weeks: 4 });
const ids = (list: ToConfirmList) => list.events.map((e) => e.id);

describe('the To confirm list', () => {
  it('lists both platforms across weeks, by start, and loses an entry once it is confirmed', async () => {
    clearLucia(h);
    const today = addDoctenaBooking(h, '2026-11-24T16:00:00+01:00');
    const inTwoWeeks = addDoctenaBooking(h, '2026-12-09T09:00:00+01:00');
    const handled = addDoctenaBooking(h, '2026-12-10T09:00:00+01:00', { status: 'HANDLED' });
    const yesterday = addDoctenaBooking(h, '2026-11-23T09:00:00+01:00');
    const expired = addDoctenaBooking(h, '2026-11-25T09:00:00+01:00', { status: 'EXPIRED' });
    const tooFar = addDoctenaBooking(h, '2027-01-12T09:00:00+01:00');
    const unconfirmed = addDocfavAppointment(h, '2026-11-26T11:00:00+01:00', {
      behaviour: 'unconfirmed',
    });
    const nextWeek = addDocfavAppointment(h, '2026-12-02T10:00:00+01:00', { behaviour: 'pending' });
    const inThreeWeeks = addDocfavAppointment(h, '2026-12-16T10:00:00+01:00', {
      behaviour: 'pending',
    });
    const confirmed = addDocfavAppointment(h, '2026-12-03T10:00:00+01:00');

    await call('calendar:range', { from: WEEK.from.toISOString(), to: WEEK.to.toISOString() });
    const list = await toConfirm();

    for (const id of [
      doctenaBookingId(today._id),
      doctenaBookingId(inTwoWeeks._id),
      doctenaBookingId(handled._id),
      docfavAppointmentId(unconfirmed.id),
      docfavAppointmentId(nextWeek.id),
      docfavAppointmentId(inThreeWeeks.id),
    ]) {
      expect(ids(list)).toContain(id);
    }
    for (const id of [
      doctenaBookingId(yesterday._id),
      doctenaBookingId(expired._id),
      doctenaBookingId(tooFar._id),
      docfavAppointmentId(confirmed.id),
    ]) {
      expect(ids(list)).not.toContain(id);
    }
    expect(list.events.every((e) => e.status === 'waiting')).toBe(true);
    expect(new Set(list.events.map((e) => e.source))).toEqual(new Set(['doctena', 'docfav']));
    expect(new Set(list.events.map((e) => week(e.start))).size).toBeGreaterThanOrEqual(3);
    const starts = list.events.map((e) => Date.parse(e.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(list.expiringIds).toContain(doctenaBookingId(today._id));
    expect(list.expiringIds).not.toContain(doctenaBookingId(inTwoWeeks._id));

    await call('event:setStatus', {
      eventId: docfavAppointmentId(nextWeek.id),
      action: 'confirm',
      notifyPatient: false,
    });
    await call('event:setStatus', {
      eventId: doctenaBookingId(inTwoWeeks._id),
      action: 'confirm',
      notifyPatient: false,
    });
    const after = await toConfirm();
    expect(ids(after)).not.toContain(docfavAppointmentId(nextWeek.id));
    expect(ids(after)).not.toContain(doctenaBookingId(inTwoWeeks._id));
    expect(ids(after)).toHaveLength(ids(list).length - 2);
    expect(h.docfav.store.appointments.get(nextWeek.id)?.behaviour).toBe('confirmed');
    expect(h.doctena.store.bookings.get(inTwoWeeks._id)?.status).toBe('CONFIRMED');
  });

  it('reads only the weeks ahead the calendar has not, once, and Doctena not at all', async () => {
    await call('calendar:range', { from: WEEK.from.toISOString(), to: WEEK.to.toISOString() });
    asked = [];
    await toConfirm();
    const availability = asked.filter((p) => p.endsWith('/availability'));
    // This week is on screen and fresh; the three after it are read, one request each.
    expect(availability).toHaveLength(3);
    expect(asked.filter((p) => p.includes('/api/v2/'))).toEqual([]);

    asked = [];
    await toConfirm();
    await call('calendar:range', { from: WEEK.from.toISOString(), to: WEEK.to.toISOString() });
    expect(asked).toEqual([]);
  });
});
