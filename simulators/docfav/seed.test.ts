import { describe, expect, it } from 'vitest';
import { isLive, overlaps, withinWorkingHours } from './agenda';
import { DOCFAV_DEMO_IDS, demoFirstMonday, seedDocfav } from './seed';
import { DocfavStore } from './store';
import { addDays, toLocal } from './tz';

function seeded(now: string): DocfavStore {
  const at = new Date(now);
  const store = new DocfavStore({ now: () => at });
  seedDocfav(store);
  return store;
}

const snapshot = (s: DocfavStore) =>
  JSON.stringify({
    clients: [...s.clients.values()],
    appointments: [...s.appointments.values()],
    reservations: [...s.timeReservations.values()],
  });

describe('seedDocfav', () => {
  it('is deterministic for a given now', () => {
    expect(snapshot(seeded('2026-03-25T10:00:00Z'))).toBe(snapshot(seeded('2026-03-25T10:00:00Z')));
  });

  for (const now of ['2026-03-25T10:00:00Z', '2026-10-21T16:00:00Z', '2026-01-04T22:30:00Z']) {
    it(`builds a plausible practice around ${now}`, () => {
      const store = seeded(now);
      const monday = demoFirstMonday(new Date(now));
      const appointments = [...store.appointments.values()];
      expect(appointments).toHaveLength(75);
      expect(store.clients.size).toBe(40);
      expect(store.services.size).toBe(5);

      const dates = new Set(appointments.map((a) => toLocal(a.from, 'Europe/Madrid').date));
      for (const date of dates) {
        expect(date >= monday && date <= addDays(monday, 20)).toBe(true);
      }
      // The week containing now is the middle one.
      const today = toLocal(new Date(now), 'Europe/Madrid').date;
      expect(today >= addDays(monday, 7) && today <= addDays(monday, 13)).toBe(true);

      for (const a of appointments) {
        const sc = store.staffCalendars.get(a.staffCalendarId);
        if (!sc) throw new Error('appointment without staff calendar');
        expect(withinWorkingHours(store, sc, a.from, a.to)).toBe(true);
        const clashes = [
          ...appointments.filter((b) => b !== a && isLive(b)),
          ...store.timeReservations.values(),
          ...store.groupReservations.values(),
          ...store.timeOffs.values(),
        ].filter(
          (b) => b.staffCalendarId === a.staffCalendarId && overlaps(a.from, a.to, b.from, b.to),
        );
        expect(clashes).toEqual([]);
      }

      const count = (status: string) => appointments.filter((a) => a.behaviour === status).length;
      expect(count('confirmed')).toBeGreaterThan(37);
      expect(count('cancelled')).toBeGreaterThan(0);
      expect(count('pending') + count('unconfirmed')).toBeGreaterThan(0);
      const noShows = appointments.filter((a) => a.behaviour === 'no_show');
      expect(noShows).toHaveLength(1);
      expect(noShows[0]?.to.getTime()).toBeLessThanOrEqual(new Date(now).getTime());
    });
  }

  it('uses plainly fictional contact data', () => {
    const store = seeded('2026-03-25T10:00:00Z');
    for (const c of store.clients.values()) {
      if (c.email !== null) expect(c.email).toMatch(/@example\.(org|com)$/);
      expect(c.phone).toMatch(/^\+34600555\d{3}$/);
    }
    for (const s of store.staffCalendars.values()) expect(s.email).toMatch(/example\.org$/);
  });

  it('defines the blocks the demo needs', () => {
    const store = seeded('2026-03-25T10:00:00Z');
    expect(store.groupReservations.size).toBe(1);
    expect(store.dayOffs.size).toBe(1);
    expect(store.timeOffs.size).toBe(1);
    expect(store.timeReservations.size).toBeGreaterThanOrEqual(3);
    const schedules = [...store.recurringSchedules.values()];
    expect(schedules.map((s) => [s.name, s.weekdays, s.startTime, s.endTime])).toEqual(
      Object.values(DOCFAV_DEMO_IDS.staffCalendars).map(() => [
        'Reunión de equipo',
        [1],
        '08:30',
        '09:00',
      ]),
    );
  });
});
