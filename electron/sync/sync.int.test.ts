import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarData } from '../../shared/contract';
import { DOCFAV_DEMO_IDS, type DocfavSimulator } from '../../simulators/docfav';
import { DEMO_CALENDARS, type DoctenaSimulator } from '../../simulators/doctena';
import { silentLogger } from '../log';
import { startHarness, type Harness } from '../testing/harness';
import type { SyncEngine, SyncEngineOptions } from './engine';

// The sync engine against both simulators over real HTTP, with one shared, movable clock.

let h: Harness;
let doctena: DoctenaSimulator;
let docfav: DocfavSimulator;
let engine: SyncEngine;
let emitted: { event: string; payload: unknown }[];
let notified: { calendarName: string }[];
/** Told of every push as it happens, so a test can wait for one without timers. */
let onEmit: ((event: string) => void) | undefined;

const week = {
  from: new Date('2026-11-23T00:00:00+01:00'),
  to: new Date('2026-11-30T00:00:00+01:00'),
};
const calendarId = (DEMO_CALENDARS as Record<string, { _id: string }>).general!._id;

function buildEngine(timing: Pick<SyncEngineOptions, 'graceMs' | 'slowAfterMs'> = {}) {
  return h.syncEngine({
    emit: (event, payload) => {
      emitted.push({ event, payload });
      onEmit?.(event);
    },
    logger: silentLogger,
    onNewBooking: ({ calendarName }) => notified.push({ calendarName }),
    ...timing,
  });
}

const byVendorId = (data: CalendarData, vendorId: string) =>
  data.events.filter((e) => e.vendorId === vendorId);
const advance = (ms: number) => {
  h.setNow(new Date(h.now().getTime() + ms));
};

beforeEach(async () => {
  emitted = [];
  notified = [];
  onEmit = undefined;
  h = await startHarness({ now: new Date('2026-11-24T09:00:00Z') });
  ({ doctena, docfav } = h);
  engine = buildEngine();
});

afterEach(async () => {
  await h.close();
});

describe('sync against the simulators', () => {
  it('merges both platforms for the week, with availability and calendars', async () => {
    const data = await engine.range(week);
    const sources = new Set(data.events.map((e) => e.source));
    expect(sources).toEqual(new Set(['doctena', 'docfav']));
    expect(data.events.filter((e) => e.kind === 'doctena-booking').length).toBeGreaterThan(10);
    expect(data.events.filter((e) => e.kind === 'docfav-appointment').length).toBeGreaterThan(10);
    expect(data.events.some((e) => e.kind === 'docfav-recurring-event')).toBe(true);
    expect(data.events.some((e) => e.kind === 'doctena-blocking' && e.recurrence)).toBe(true);
    expect(data.availability.some((w) => w.source === 'doctena')).toBe(true);
    expect(data.availability.some((w) => w.source === 'docfav')).toBe(true);
    expect(data.calendars).toHaveLength(5);
    expect(data.accounts.map((a) => a.state)).toEqual(['ok', 'ok']);
    expect(data.offline).toBe(false);
    expect(new Set(data.events.map((e) => e.id)).size).toBe(data.events.length);
  });

  it('does not ask again for data that is still fresh, and shares concurrent requests', async () => {
    await engine.range(week);
    const before = doctena.requestCount() + docfav.requestCount();
    await Promise.all([engine.range(week), engine.range(week), engine.range(week)]);
    expect(doctena.requestCount() + docfav.requestCount()).toBe(before);
  });

  it('makes the minimum requests in a steady-state refresh', async () => {
    await engine.range(week);
    advance(60_000);
    const [dt, df] = [doctena.requestCount(), docfav.requestCount()];
    await engine.refresh(week);
    // Doctena: bookings + blockings per calendar; Docfav: one availability call per clinic-week.
    expect(doctena.requestCount() - dt).toBe(2 * 2);
    expect(docfav.requestCount() - df).toBe(1);
  });

  it('picks up a new Doctena booking incrementally and announces it without health details', async () => {
    await engine.range(week);
    advance(60_000);
    const added = doctena.store.addBooking({
      calendar_id: calendarId,
      starts: new Date('2026-11-26T15:00:00+01:00'),
      ends: new Date('2026-11-26T15:30:00+01:00'),
      contact: {
        first_name: 'Erika Musterfrau',
        email: 'erika@example.org',
        phone_number: '+49 30 55501234',
      },
      reason: 'Impfung',
      status: 'WAITING',
    });
    const data = await engine.refresh(week);
    expect(byVendorId(data, added._id)).toHaveLength(1);
    const announced = emitted.filter((e) => e.event === 'booking:new');
    expect(announced).toHaveLength(1);
    expect(JSON.stringify(announced)).not.toMatch(/Erika|Impfung|example\.org/);
    expect(notified).toEqual([{ calendarName: 'Allgemeinmedizin' }]);
  });

  it('updates a cancelled booking in place, never duplicating it', async () => {
    const first = await engine.range(week);
    const target = first.events.find(
      (e) => e.kind === 'doctena-booking' && e.status !== 'cancelled',
    )!;
    advance(60_000);
    doctena.store.updateBooking(target.vendorId, { status: 'CANCELLED' });
    const data = await engine.refresh(week);
    const copies = byVendorId(data, target.vendorId);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.status).toBe('cancelled');
    expect(copies[0]!.vendorStatus).toBe('CANCELLED');
    expect(data.events).toHaveLength(first.events.length);
    expect(emitted.filter((e) => e.event === 'booking:new')).toHaveLength(0);
  });

  it('follows a reschedule made on the server', async () => {
    const first = await engine.range(week);
    const target = first.events.find((e) => e.kind === 'doctena-booking')!;
    advance(60_000);
    const starts = new Date('2026-11-27T16:00:00+01:00');
    doctena.store.updateBooking(target.vendorId, {
      starts,
      ends: new Date(starts.getTime() + 30 * 60_000),
      status: 'RESCHEDULED',
    });
    const moved = byVendorId(await engine.refresh(week), target.vendorId);
    expect(moved).toHaveLength(1);
    expect(moved[0]!.start).toBe('2026-11-27T15:00:00Z');
    expect(moved[0]!.status).toBe('rescheduled');
  });

  it('sees Docfav appointments appear, change status and disappear', async () => {
    await engine.range(week);
    advance(60_000);
    const created = docfav.store.createAppointment({
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
      source: 'backoffice',
      sendReminder: false,
    });
    let data = await engine.refresh(week);
    expect(byVendorId(data, created.id)).toHaveLength(1);
    expect(emitted.some((e) => e.event === 'booking:new')).toBe(true);

    advance(60_000);
    created.behaviour = 'cancelled';
    data = await engine.refresh(week);
    expect(byVendorId(data, created.id)[0]!.status).toBe('cancelled');

    advance(60_000);
    docfav.store.appointments.delete(created.id);
    data = await engine.refresh(week);
    expect(byVendorId(data, created.id)).toHaveLength(0);
  });

  it('keeps showing one account when the other fails, with a plain error', async () => {
    const first = await engine.range(week);
    advance(60_000);
    doctena.faults.add({ method: '*', path: '/**', kind: '500' });
    const data = await engine.refresh(week);
    const status = Object.fromEntries(data.accounts.map((a) => [a.id, a]));
    expect(status.dt!.state).toBe('error');
    expect(status.dt!.error?.code).toBe('server');
    expect(status.df!.state).toBe('ok');
    // The failing account's last-known events stay on screen.
    expect(data.events).toHaveLength(first.events.length);
    expect(data.offline).toBe(false);
    expect(emitted).toContainEqual({
      event: 'sync:finished',
      payload: expect.objectContaining({ accountId: 'dt', ok: false }),
    });
  });

  it('rides out a 429 during sync by waiting as told', async () => {
    await engine.range(week);
    advance(60_000);
    docfav.faults.add({
      method: 'GET',
      path: '/backofficeclinics/*/availability',
      kind: '429',
      times: 1,
      retryAfterSeconds: 1,
    });
    const data = await engine.refresh(week);
    expect(data.accounts.every((a) => a.state === 'ok')).toBe(true);
    expect(docfav.faults.served['429']).toBe(1);
  });

  it('backs off for as long as a long Retry-After asks, without asking again', async () => {
    await engine.range(week);
    advance(60_000);
    docfav.faults.add({
      method: 'GET',
      path: '/backofficeclinics/*/availability',
      kind: '429',
      retryAfterSeconds: 3600,
    });
    let data = await engine.refresh(week);
    const status = data.accounts.find((a) => a.id === 'df');
    expect(status?.error?.code).toBe('rate-limited');
    expect(engine.pollDelayMs()).toBeGreaterThan(3500_000);
    const before = docfav.requestCount();
    advance(60_000);
    data = await engine.refresh(week);
    expect(docfav.requestCount()).toBe(before);
    expect(data.accounts.find((a) => a.id === 'dt')?.state).toBe('ok');
  });

  it('reports offline, with the last-known week, when no platform answers', async () => {
    const first = await engine.range(week);
    advance(60_000);
    for (const sim of [doctena, docfav]) sim.faults.add({ method: '*', path: '/**', kind: 'drop' });
    const data = await engine.refresh(week);
    expect(data.offline).toBe(true);
    expect(data.lastSyncAt).toBe('2026-11-24T09:00:00Z');
    expect(data.events).toHaveLength(first.events.length);
  });

  it('shows Doctena after the grace period while every Docfav request hangs, and names Docfav', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      docfav.faults.add({ method: '*', path: '/**', kind: 'hang' });
      engine.stop();
      engine = buildEngine({ graceMs: 1_000, slowAfterMs: 4_000 });
      const doctenaSynced = new Promise<void>((resolve) => {
        onEmit = (event) => event === 'sync:finished' && resolve();
      });
      let answered: CalendarData | undefined;
      void engine.range(week).then((data) => (answered = data));
      // Doctena answers over real HTTP; then only the grace period passes, on the fake clock.
      await doctenaSynced;
      await vi.advanceTimersByTimeAsync(0);
      expect(answered).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(answered?.events.length).toBeGreaterThan(10);
      expect(new Set(answered?.events.map((e) => e.source))).toEqual(new Set(['doctena']));
      expect(answered?.accounts.find((a) => a.id === 'df')?.state).toBe('syncing');

      await vi.advanceTimersByTimeAsync(3_000);
      expect(emitted).toContainEqual({ event: 'sync:slow', payload: { accountId: 'df' } });
      const data = await engine.range(week);
      expect(data.accounts.find((a) => a.id === 'df')?.slow).toBe('missing');
      expect(data.accounts.find((a) => a.id === 'dt')?.slow).toBeUndefined();
      expect(data.offline).toBe(false);
    } finally {
      engine.stop();
      vi.useRealTimers();
    }
  });

  it('polls the range on screen on the configured interval', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await engine.range(week);
      const before = doctena.requestCount();
      engine.start();
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.waitFor(() => expect(doctena.requestCount()).toBeGreaterThan(before));
    } finally {
      engine.stop();
      vi.useRealTimers();
    }
  });
});
