import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BookingInput, channels } from '../../../shared/contract';
import { DOCFAV_DEMO_API_KEY } from '../../../simulators/docfav';
import {
  addDocfavAppointment,
  clearLucia,
  docfavAppointmentId,
  failure,
  GENERAL,
  IDS,
  LUCIA,
  NOW,
  startHarness,
  WEEK,
  type Harness,
  type HarnessOptions,
} from '../../testing/harness';
import { lastMarker } from '../../vendors/docfav/move-marker';
import { createBookJournal } from './entry';
import { createBooking } from './index';

// New Docfav appointments against the simulator over real HTTP: the slot check, the marker, the
// journal that never lets a lost answer book twice, and the patient it is for.

const SLOT = { start: '2026-11-26T10:00:00Z', end: '2026-11-26T10:30:00Z' };
/** The same start as the app says it (`toISOString`). */
const SLOT_START = '2026-11-26T10:00:00.000Z';
const CREATE = /\/appointments$/;
const AVAILABILITY = '/backofficeclinics/*/availability';

let dir: string;
const desks: Harness[] = [];

async function desk(options: HarnessOptions = {}): Promise<Harness> {
  const h = await startHarness({ timeoutMs: 1_500, ...options });
  desks.push(h);
  return h;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'frontdesk-book-'));
});
afterEach(async () => {
  for (const h of desks.reverse()) await h.close();
  desks.length = 0;
  rmSync(dir, { recursive: true, force: true });
});

/** The booking actions of a harness's desk, as the app's handlers build them. */
function bookingOf(h: Harness) {
  return createBooking({
    sync: h.engine,
    accounts: () => h.runtimes,
    logger: h.logger,
    now: h.now,
    moves: h.moves,
    bookings: h.bookings,
  });
}

/** A desk with Lucía's week emptied and synced (the calendar knows her clinic and location). */
async function ready(options: HarnessOptions = {}) {
  const h = await desk(options);
  clearLucia(h);
  await h.engine.range(WEEK);
  return { h, booking: bookingOf(h) };
}

const patientOf = (h: Harness) => {
  const client = [...h.docfav.store.clients.values()].find((c) => c.lastname === 'García López');
  if (!client) throw new Error('the demo has no María García López');
  return client;
};

function input(h: Harness, patch: Partial<BookingInput> = {}): BookingInput {
  return BookingInput.parse({
    accountId: 'df',
    calendarId: LUCIA,
    serviceId: IDS.services.consulta,
    clientId: patientOf(h).id,
    ...SLOT,
    note: 'Llamó por teléfono',
    sendReminder: false,
    status: 'pending',
    force: false,
    ...patch,
  });
}

const luciasAppointments = (h: Harness) =>
  [...h.docfav.store.appointments.values()].filter((a) => a.staffCalendarId === LUCIA);
const settled = (h: Harness) =>
  h.emitted.filter((e) => e.event === 'booking:settled').map((e) => e.payload);

describe('booking a Docfav appointment', () => {
  it('checks the slot, books it with a marker, reads it back and leaves the journal empty', async () => {
    const { h, booking } = await ready();
    const result = channels['booking:create'].output.parse(await booking.book(input(h)));
    if (result.status !== 'booked') throw new Error(`not booked: ${result.status}`);

    const [made] = luciasAppointments(h);
    expect(luciasAppointments(h)).toHaveLength(1);
    expect(made).toMatchObject({ clientId: patientOf(h).id, behaviour: 'pending' });
    expect(made?.from.toISOString()).toBe(SLOT_START);
    expect(made?.note).toMatch(/^Llamó por teléfono\n\[frontdesk-book [a-z0-9]+ path \d+-/);
    // The calendar shows it as Docfav has it, the note without the marker.
    expect(result.event).toMatchObject({
      id: docfavAppointmentId(made?.id ?? ''),
      status: 'waiting',
      note: 'Llamó por teléfono',
      patient: { clientId: patientOf(h).id },
    });
    expect(h.bookJournal.list()).toEqual([]);
    expect(settled(h)).toEqual([]);
  });

  it('says what is in a taken slot by type only, writes nothing, and books over it with force', async () => {
    const { h, booking } = await ready();
    addDocfavAppointment(h, SLOT.start, { note: 'Revisión de Ana' });
    await h.engine.range(WEEK);
    const result = await booking.book(input(h));
    expect(result).toEqual({
      status: 'conflict',
      conflicts: [{ type: 'appointment', start: SLOT.start, end: SLOT.end }],
    });
    expect(JSON.stringify(result)).not.toMatch(/Ana|Revisión/);
    expect(luciasAppointments(h)).toHaveLength(1);
    expect(h.bookJournal.list()).toEqual([]);

    const forced = await booking.book(input(h, { force: true }));
    expect(forced.status).toBe('booked');
    expect(luciasAppointments(h)).toHaveLength(2);
  });

  it('answers a 409 overlap (taken between the check and the booking) with the conflicts', async () => {
    const h = await desk();
    clearLucia(h);
    // Another desk books the slot just after this desk's first check said it was free.
    let raced = false;
    const racing: typeof fetch = async (request, init) => {
      const response = await h.tap.fetch(request, init);
      const url = String(request instanceof Request ? request.url : request);
      if (!raced && url.includes('check-availability')) {
        raced = true;
        addDocfavAppointment(h, SLOT.start);
      }
      return response;
    };
    const runtimes = h.accountRuntimes({ fetch: racing, accounts: ['df'] });
    const engine = h.syncEngine({ runtimes });
    await engine.range(WEEK);
    const booking = createBooking({
      sync: engine,
      accounts: () => runtimes,
      logger: h.logger,
      now: h.now,
      moves: h.moves,
      bookings: h.bookings,
    });
    const requests = h.docfav.requestCount();
    const result = await booking.book(input(h));
    expect(result).toEqual({
      status: 'conflict',
      conflicts: [{ type: 'appointment', start: SLOT.start, end: SLOT.end }],
    });
    // check, the refused create (409 APPOINTMENT_OVERLAP), and the check that says what is there.
    expect(h.docfav.requestCount() - requests).toBe(3);
    expect(luciasAppointments(h)).toHaveLength(1);
    expect(h.bookJournal.list()).toEqual([]);
  });

  it('refuses a Doctena calendar by name, without a request: Doctena cannot create bookings', async () => {
    const { h, booking } = await ready();
    const requests = h.requests();
    const err = await failure(booking.book({ ...input(h), accountId: 'dt', calendarId: GENERAL }));
    expect(err).toMatchObject({ code: 'validation', reason: 'doctena-no-booking' });
    expect(h.requests()).toBe(requests);
  });

  it('stops at a key revoked while the dialog was open: nothing booked, nothing journaled', async () => {
    const { h, booking } = await ready();
    expect((await booking.options({ accountId: 'df', calendarId: LUCIA })).services).not.toEqual(
      [],
    );
    const key = h.docfav.store.apiKeys.get(DOCFAV_DEMO_API_KEY);
    if (!key) throw new Error('no demo key');
    key.status = 'revoked';
    for (const attempt of [
      booking.book(input(h)),
      booking.searchPatients({ accountId: 'df', calendarId: LUCIA, query: 'garc' }),
    ]) {
      const err = await failure(attempt);
      expect(err.code).toBe('auth');
      expect(err.details?.vendorCode).toBe('API_KEY_REVOKED');
    }
    expect(luciasAppointments(h)).toEqual([]);
    expect(h.bookJournal.list()).toEqual([]);
  });
});

describe('a booking whose answer is lost', () => {
  it('is found by its marker at once: booked once, reported booked', async () => {
    const { h, booking } = await ready();
    h.tap.holdAnswer('POST', CREATE);
    const result = await booking.book(input(h));
    expect(result.status).toBe('booked');
    expect(luciasAppointments(h)).toHaveLength(1);
    expect(h.bookJournal.list()).toEqual([]);
  });

  it('stays pending when it cannot be found yet, refuses the same slot meanwhile, and settles once', async () => {
    const { h, booking } = await ready();
    h.tap.holdAnswer('POST', CREATE);
    // The read-back straight after fails too, until Docfav is back.
    h.docfav.faults.add({ method: 'GET', path: AVAILABILITY, kind: '503' });
    expect(await booking.book(input(h))).toEqual({ status: 'pending' });
    expect(h.bookJournal.list()).toHaveLength(1);
    expect((await h.engine.range(WEEK)).openWrites).toBe(1);

    // The receptionist tries again: refused before anything is sent, so never twice.
    const requests = h.docfav.requestCount();
    const again = await failure(booking.book(input(h)));
    expect(again).toMatchObject({ code: 'conflict', reason: 'booking-pending' });
    expect(h.docfav.requestCount()).toBe(requests);

    h.docfav.faults.clear();
    h.setNow(new Date(NOW.getTime() + 5_000));
    await h.bookings.run();
    expect(luciasAppointments(h)).toHaveLength(1);
    expect(h.bookJournal.list()).toEqual([]);
    expect(settled(h)).toEqual([{ accountId: 'df', outcome: 'booked', start: SLOT_START }]);
    const week = await h.engine.range(WEEK);
    expect(week.openWrites).toBe(0);
    expect(
      week.events.some((e) => e.id === docfavAppointmentId(luciasAppointments(h)[0]?.id ?? '')),
    ).toBe(true);
  });

  it('is found by a desk restarted after dying mid-booking, from the journal on disk', async () => {
    const first = await desk({ bookJournal: createBookJournal(dir) });
    clearLucia(first);
    await first.engine.range(WEEK);
    first.tap.holdAnswer('POST', CREATE);
    void bookingOf(first)
      .book(input(first))
      .catch(() => undefined);
    await vi.waitFor(() => expect(luciasAppointments(first)).toHaveLength(1), { timeout: 10_000 });
    first.tap.cut();
    first.bookings.stop();

    // What is on disk names ids and times only.
    const files = readdirSync(path.join(dir, 'bookings'));
    expect(files).toHaveLength(1);
    const text = readFileSync(path.join(dir, 'bookings', files[0] ?? ''), 'utf8');
    expect(text).not.toMatch(/Llamó|García|María|@|\+34/);

    const restarted = await desk({ sharedWith: first, bookJournal: createBookJournal(dir) });
    await restarted.bookings.run({ all: true });
    expect(luciasAppointments(first)).toHaveLength(1);
    expect(readdirSync(path.join(dir, 'bookings'))).toEqual([]);
    expect(settled(restarted)).toEqual([{ accountId: 'df', outcome: 'booked', start: SLOT_START }]);
  });

  it('settles as not made only after several looks and the settle time; then the slot can be booked', async () => {
    const { h, booking } = await ready({ moveTiming: { settleMs: 30_000 } });
    // The create never reaches Docfav (it hangs before the server acts), nor does a read at once.
    h.docfav.faults.add({
      method: 'POST',
      path: '/backofficeclinics/*/appointments',
      kind: 'hang',
    });
    h.docfav.faults.add({ method: 'GET', path: AVAILABILITY, kind: '503' });
    expect(await booking.book(input(h))).toEqual({ status: 'pending' });
    h.docfav.faults.clear();

    for (const seconds of [5, 15, 25]) {
      h.setNow(new Date(NOW.getTime() + seconds * 1000));
      await h.bookings.run();
      expect(settled(h)).toEqual([]);
    }
    h.setNow(new Date(NOW.getTime() + 60_000));
    await h.bookings.run();
    expect(settled(h)).toEqual([{ accountId: 'df', outcome: 'not-booked', start: SLOT_START }]);
    expect(luciasAppointments(h)).toEqual([]);
    expect((await booking.book(input(h))).status).toBe('booked');
  });
});

describe('a booking made here, moved later', () => {
  it('moves like a moved appointment: its marker starts the chain', async () => {
    const { h, booking } = await ready();
    const result = await booking.book(input(h, { status: 'confirmed' }));
    if (result.status !== 'booked') throw new Error('not booked');
    const rootId = lastMarker(luciasAppointments(h)[0]?.note)?.rootId;
    const moved = await h.actions.move({
      eventId: result.event.id,
      start: '2026-11-26T12:00:00Z',
      end: '2026-11-26T12:30:00Z',
      notifyPatient: false,
      force: false,
    });
    expect(moved.status).toBe('moved');
    const live = luciasAppointments(h).filter((a) => a.behaviour !== 'cancelled');
    expect(live).toHaveLength(1);
    expect(lastMarker(live[0]?.note)).toMatchObject({ rootId });
    expect(lastMarker(live[0]?.note)?.path).toHaveLength(2);
  });
});

describe('the patient of a booking', () => {
  it('is found by part of a name, accents ignored, or by phone', async () => {
    const { h, booking } = await ready();
    const ref = { accountId: 'df', calendarId: LUCIA };
    const byName = await booking.searchPatients({ ...ref, query: 'garcia lo' });
    expect(byName.map((p) => p.name)).toContain('María García López');
    const phone = patientOf(h).phone ?? '';
    const byPhone = await booking.searchPatients({ ...ref, query: phone.slice(-7) });
    expect(byPhone.map((p) => p.clientId)).toContain(patientOf(h).id);
  });

  it('is added new, as a walk-in too, and found again rather than added twice after a lost answer', async () => {
    const { h, booking } = await ready();
    const ref = { accountId: 'df', calendarId: LUCIA };
    const walkIn = await booking.createPatient({
      ...ref,
      firstName: 'Tomás',
      lastName: 'Ferrer Vidal',
      phone: '+34 600 555 901',
      email: '',
      walkIn: true,
    });
    expect(h.docfav.store.clients.get(walkIn.clientId)).toMatchObject({
      firstname: 'Tomás',
      walk_in: true,
    });

    const count = h.docfav.store.clients.size;
    h.tap.holdAnswer('POST', /\/clients$/);
    const found = await booking.createPatient({
      ...ref,
      firstName: 'Irene',
      lastName: 'Pardo Soler',
      phone: '',
      email: 'irene.pardo@example.org',
      walkIn: false,
    });
    expect(h.docfav.store.clients.size).toBe(count + 1);
    expect(found).toMatchObject({ name: 'Irene Pardo Soler', email: 'irene.pardo@example.org' });
    expect((await booking.book(input(h, { clientId: found.clientId }))).status).toBe('booked');
  });

  it('never reaches the log: not what is typed, not what is found, not the note', async () => {
    const { h, booking } = await ready();
    const ref = { accountId: 'df', calendarId: LUCIA };
    await booking.searchPatients({ ...ref, query: 'García' });
    await booking.createPatient({
      ...ref,
      firstName: 'Irene',
      lastName: 'Pardo Soler',
      phone: '+34 600 555 902',
      email: 'irene.pardo@example.org',
      walkIn: false,
    });
    await booking.book(input(h));
    const logged = JSON.stringify(h.logger.lines);
    expect(logged).not.toMatch(/García|Garc|Irene|Pardo|example\.org|555 902|Llamó/);
  });
});
