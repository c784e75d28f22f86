import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, type IpcResult } from '../../shared/contract';
import type { PatientSearchResult } from '../../shared/patients';
import type { Client } from '../../simulators/docfav';
import {
  addDocfavAppointment,
  docfavAppointmentId,
  doctenaBookingId,
  failure,
  GENERAL,
  NOW,
  startHarness,
  WEEK,
  type Harness,
} from '../testing/harness';
import { createPatients, type Patients } from '.';

const DAY = 86_400_000;
let h: Harness;
let patients: Patients;

beforeEach(async () => {
  h = await startHarness();
  patients = createPatients({
    sync: h.engine,
    accounts: () => h.runtimes,
    logger: h.logger,
    now: h.now,
  });
});
afterEach(() => h.close());

/** A demo client with an appointment on Lucía's calendar this week, so the desk holds it. */
function bookedClient(): Client {
  const client = [...h.docfav.store.clients.values()].find((c) => c.email && c.phone);
  if (!client) throw new Error('the Docfav demo has no client with e-mail and phone');
  return client;
}

function doctenaBooking(name: string, phone: string, start: Date, updatedAt?: Date) {
  return h.doctena.store.addBooking({
    calendar_id: GENERAL,
    starts: start,
    ends: new Date(start.getTime() + 30 * 60_000),
    contact: { first_name: name, email: '', phone_number: phone },
    status: 'CONFIRMED',
    created_at: updatedAt ?? new Date(start.getTime() - DAY),
    ...(updatedAt ? { updated_at: updatedAt } : {}),
  });
}

const names = (result: PatientSearchResult) => result.matches.map((m) => m.name);

describe('searching across time', () => {
  it('finds a Docfav patient by "Lastname Firstname" through the autocomplete, with one request', async () => {
    const client = bookedClient();
    const appointment = addDocfavAppointment(h, '2026-11-26T09:00:00Z');
    appointment.clientId = client.id;
    await h.engine.range(WEEK);
    const surname = client.lastname.split(' ')[0] ?? '';
    const before = h.docfav.requestCount();

    const result = await patients.search(`${surname} ${client.firstname}`);

    expect(h.docfav.requestCount() - before).toBe(1);
    const hit = result.matches.find((m) => m.name === `${client.firstname} ${client.lastname}`);
    expect(hit, names(result).join(', ')).toBeDefined();
    expect(hit?.phone).toBe(client.phone);
    expect(hit?.email).toBe(client.email);
    expect(hit?.appointments.map((a) => a.id)).toContain(docfavAppointmentId(appointment.id));
    // Every word must be there: a surname alone with another first name is not her.
    const other = await patients.search(`${surname} Zzyzx`);
    expect(names(other)).not.toContain(`${client.firstname} ${client.lastname}`);
  });

  it('finds a Docfav patient by phone, however the number is typed', async () => {
    await h.engine.range(WEEK);
    const client = bookedClient();
    const national = (client.phone ?? '').replace(/^\+34/, '');
    for (const typed of [
      `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`,
      `0034 ${national}`,
      `+34 ${national}`,
    ]) {
      const result = await patients.search(typed);
      expect(names(result), typed).toContain(`${client.firstname} ${client.lastname}`);
    }
  });

  it('finds Doctena bookings far outside the week on screen, by name in any order', async () => {
    // Booked and last touched long ago: the first sync asks for everything since 1970.
    const old = doctenaBooking(
      'Mathilda Hoffmann',
      '030 5550177',
      new Date(NOW.getTime() - 300 * DAY),
      new Date(NOW.getTime() - 301 * DAY),
    );
    await h.engine.range(WEEK);
    // One booked later, weeks ahead, comes with the next incremental sync.
    h.setNow(new Date(NOW.getTime() + 120_000));
    const later = doctenaBooking(
      'Mathilda Hoffmann',
      '+49 30 5550177',
      new Date(NOW.getTime() + 60 * DAY),
    );
    await h.engine.refresh(WEEK);

    const result = await patients.search('Hoffmann Mathilda');
    const hit = result.matches.find((m) => m.name === 'Mathilda Hoffmann');
    expect(hit?.sources).toEqual(['doctena']);
    expect(hit?.appointments.map((a) => a.id)).toEqual([
      doctenaBookingId(old._id),
      doctenaBookingId(later._id),
    ]);
    // The same by phone, typed with the country code, and without it.
    for (const typed of ['+49 30 555 0177', '030-555-0177']) {
      const byPhone = await patients.search(typed);
      expect(names(byPhone), typed).toContain('Mathilda Hoffmann');
    }
    expect(names(await patients.search('Hoffmann Erika'))).not.toContain('Mathilda Hoffmann');
  });

  it('shows one patient booked on both platforms as one hit', async () => {
    const client = bookedClient();
    const appointment = addDocfavAppointment(h, '2026-11-26T09:00:00Z');
    appointment.clientId = client.id;
    const booking = doctenaBooking(
      `${client.firstname} ${client.lastname}`,
      client.phone ?? '',
      new Date('2026-11-25T10:00:00Z'),
    );
    await h.engine.range(WEEK);

    const result = await patients.search(client.firstname + ' ' + client.lastname);
    const hits = result.matches.filter((m) => m.name === `${client.firstname} ${client.lastname}`);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.sources).toEqual(['docfav', 'doctena']);
    expect(hits[0]?.appointments.map((a) => a.id)).toEqual(
      expect.arrayContaining([doctenaBookingId(booking._id), docfavAppointmentId(appointment.id)]),
    );
  });

  it('still searches what it holds when Docfav cannot be asked, and says so', async () => {
    const client = bookedClient();
    const appointment = addDocfavAppointment(h, '2026-11-26T09:00:00Z');
    appointment.clientId = client.id;
    await h.engine.range(WEEK);
    h.docfav.faults.add({
      method: 'GET',
      path: '/backofficeclinics/*/clients/autocomplete',
      kind: '500',
      times: 10,
    });

    const result = await patients.search(client.lastname);

    expect(result.failed).toEqual([
      expect.objectContaining({
        accountId: 'df',
        error: expect.objectContaining({ code: 'server' }),
      }),
    ]);
    const hit = result.matches.find((m) =>
      m.appointments.some((a) => a.id === docfavAppointmentId(appointment.id)),
    );
    expect(hit).toBeDefined();
  });
});

describe('the patient card', () => {
  it('reads a Docfav client with exactly one request and logs nothing about them', async () => {
    const client = bookedClient();
    client.note = 'Prefiere llamadas por la tarde';
    client.tags = ['habitual', 'alergia'];
    client.receive_reminders = false;
    client.birthDate = '1961-04-09';
    const appointment = addDocfavAppointment(h, '2026-11-26T09:00:00Z');
    appointment.clientId = client.id;
    const second = addDocfavAppointment(h, '2026-11-27T09:00:00Z');
    second.clientId = client.id;
    await h.engine.range(WEEK);
    const before = { docfav: h.docfav.requestCount(), doctena: h.doctena.requestCount() };
    h.logger.lines.length = 0;

    const card = await patients.card(docfavAppointmentId(appointment.id));

    expect(h.docfav.requestCount() - before.docfav).toBe(1);
    expect(h.doctena.requestCount() - before.doctena).toBe(0);
    expect(card).toMatchObject({
      source: 'docfav',
      name: `${client.firstname} ${client.lastname}`,
      phone: client.phone,
      email: client.email,
      birthDate: '1961-04-09',
      note: 'Prefiere llamadas por la tarde',
      tags: ['habitual', 'alergia'],
      reminders: false,
    });
    expect(card.appointments.map((a) => a.id)).toEqual([docfavAppointmentId(second.id)]);
    // A second opening asks again: nothing was kept.
    await patients.card(docfavAppointmentId(appointment.id));
    expect(h.docfav.requestCount() - before.docfav).toBe(2);

    const log = JSON.stringify(h.logger.lines);
    for (const text of [
      client.firstname,
      client.lastname,
      client.phone,
      client.email,
      '1961',
      'tarde',
      'alergia',
    ]) {
      expect(log).not.toContain(text);
    }
    // A control: the desk's log was written meanwhile (the request itself, without its answer).
    expect(h.logger.lines.some((l) => l.message === 'vendor request')).toBe(true);
  });

  it('gives a Doctena booking the same card from its contact, without a request', async () => {
    const booking = doctenaBooking(
      'Mathilda Hoffmann',
      '030 5550177',
      new Date('2026-11-25T10:00:00Z'),
    );
    const earlier = doctenaBooking('Mathilda Hoffmann', '', new Date('2026-11-23T10:00:00Z'));
    await h.engine.range(WEEK);
    const before = h.requests();

    const card = await patients.card(doctenaBookingId(booking._id));

    expect(h.requests()).toBe(before);
    expect(card).toMatchObject({
      source: 'doctena',
      name: 'Mathilda Hoffmann',
      phone: '030 5550177',
      birthDate: null,
      reminders: null,
      tags: [],
    });
    expect(card.appointments.map((a) => a.id)).toEqual([doctenaBookingId(earlier._id)]);
  });

  it('refuses an id the desk does not hold, without a request', async () => {
    await h.engine.range(WEEK);
    const before = h.requests();
    const err = await failure(
      patients.card(docfavAppointmentId('00000000-0000-4000-8000-000000000000')),
    );
    expect(err.code).toBe('not-found');
    expect(h.requests()).toBe(before);
  });

  it('answers through the IPC contract', async () => {
    await h.engine.range(WEEK);
    const runtime = h.services();
    await runtime.start();
    runtime.services.sync.stop();
    const ctx = { transport: 'web' as const };
    const range = { from: WEEK.from.toISOString(), to: WEEK.to.toISOString() };
    const week = (await runtime.dispatch('calendar:range', range, ctx)) as IpcResult;
    expect(week.ok).toBe(true);
    const data = channels['calendar:range'].output.parse(week.ok ? week.value : null);
    const appointment = data.events.find(
      (e) => e.kind === 'docfav-appointment' && e.patient?.clientId,
    );
    if (!appointment) throw new Error('no Docfav appointment with a client this week');

    const card = (await runtime.dispatch(
      'patients:get',
      { eventId: appointment.id },
      ctx,
    )) as IpcResult;
    expect(card.ok && channels['patients:get'].output.safeParse(card.value).success).toBe(true);
    const found = (await runtime.dispatch(
      'events:search',
      { query: appointment.patient?.name ?? '' },
      ctx,
    )) as IpcResult;
    expect(found.ok).toBe(true);
    const result = channels['events:search'].output.parse(found.ok ? found.value : null);
    expect(result.matches.some((m) => m.appointments.some((a) => a.id === appointment.id))).toBe(
      true,
    );
  });
});
