import { afterEach, describe, expect, it } from 'vitest';
import type { SlotList } from '../../shared/contract';
import { DEFAULT_SETTINGS, type GuardMapping } from '../../shared/settings';
import { instantToLocal } from '../../shared/time';
import {
  addDocfavAppointment,
  addDoctenaBooking,
  clearLucia,
  failure,
  GENERAL,
  IDS,
  LUCIA,
  LUCIA_DOCTENA,
  LUCIA_MAPPING,
  NOW,
  startHarness,
  WEEK,
  type Harness,
} from '../testing/harness';
import { createSlotFinder } from './index';

/**
 * The slot finder against both simulators over real HTTP: what it costs in requests, and that
 * what it offers is free on the platform (both platforms, for a paired practitioner).
 */

let h: Harness;
afterEach(() => h.close());

const MINUTE = 60_000;
const THURSDAY = '2026-11-26T00:00:00+01:00';
const WEEK_MS = 7 * 86_400_000;

function finder(mappings: GuardMapping[] = []) {
  const settings = {
    ...DEFAULT_SETTINGS,
    guard: { ...DEFAULT_SETTINGS.guard, mappings },
  };
  return createSlotFinder({ accounts: () => h.runtimes, settings: () => settings, now: h.now });
}

/** What one call cost on the simulators, beside what the finder says it cost. */
async function counted(run: () => Promise<SlotList>) {
  const before = h.requests();
  const result = await run();
  return { result, sent: h.requests() - before };
}

const berlin = (iso: string) => {
  const l = instantToLocal(iso, 'Europe/Berlin');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${pad(l.month)}-${pad(l.day)} ${pad(l.hour)}:${pad(l.minute)}`;
};

describe('Docfav: available-slots with the service duration', () => {
  it('searches four weeks in one request, and what it offers Docfav agrees is available', async () => {
    h = await startHarness();
    await h.engine.range(WEEK);
    // Lucía is away for the next three weeks: her first free slot lies beyond any 7-day window.
    const back = new Date(NOW.getTime() + 20 * 86_400_000);
    h.docfav.store.put(h.docfav.store.timeOffs, {
      id: 'd0cfa000-0000-4000-8000-0000000e0001',
      staffCalendarId: LUCIA,
      from: NOW,
      to: back,
      reason: 'Vacaciones',
    });

    const { result, sent } = await counted(() =>
      finder()({
        accountId: 'df',
        calendarId: LUCIA,
        durationMinutes: 45,
        from: NOW.toISOString(),
        weeks: 4,
        maxResults: 12,
      }),
    );
    expect(sent).toBe(1);
    expect(result.requests).toBe(1);
    expect(result.slots).toHaveLength(12);
    expect(result.calendars).toEqual([{ accountId: 'df', calendarId: LUCIA }]);
    const first = Date.parse(result.slots[0]?.start ?? '');
    expect(first).toBeGreaterThanOrEqual(back.getTime());
    expect(first).toBeLessThan(NOW.getTime() + 4 * WEEK_MS);
    // Each slot is what Docfav itself calls available, for the whole 45 minutes.
    const client = h.docfavClient();
    for (const slot of result.slots) {
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(45 * MINUTE);
      const check = await client.checkAvailability(IDS.clinic, IDS.calendar, {
        from: slot.start,
        to: slot.end,
        staffCalendarId: LUCIA,
      });
      expect(check.available, slot.start).toBe(true);
    }
  });

  it('takes the length from a service, reading the clinic’s services once', async () => {
    h = await startHarness();
    await h.engine.range(WEEK);
    const find = finder();
    const search = {
      accountId: 'df',
      calendarId: LUCIA,
      serviceId: IDS.services.osteopatia,
      from: NOW.toISOString(),
      maxResults: 3,
    };
    const first = await counted(() => find(search));
    expect(first.result.durationMinutes).toBe(60);
    expect([first.sent, first.result.requests]).toEqual([2, 2]);
    const again = await counted(() => find(search));
    expect([again.sent, again.result.requests]).toEqual([1, 1]);

    const unknown = await failure(find({ ...search, serviceId: 'nope' }));
    expect([unknown.code, unknown.reason]).toEqual(['not-found', 'no-service']);
    // A service is a Docfav thing: a Doctena calendar has none.
    const doctena = await failure(find({ ...search, accountId: 'dt', calendarId: GENERAL }));
    expect(doctena.reason).toBe('no-service');
  });
});

describe('Doctena: opening hours minus bookings and blockings', () => {
  it('costs nothing while the sync engine’s copy is fresh, and reads three lists when it is not', async () => {
    h = await startHarness();
    // Thursday on Allgemeinmedizin holds only what this test puts there.
    const day = { start: Date.parse(THURSDAY), end: Date.parse(THURSDAY) + 86_400_000 };
    const clear = (records: Map<string, { calendar_id: string; starts: Date; ends: Date }>) => {
      for (const [id, r] of records) {
        const on = r.starts.getTime() < day.end && r.ends.getTime() > day.start;
        if (r.calendar_id === GENERAL && on) records.delete(id);
      }
    };
    clear(h.doctena.store.bookings);
    clear(h.doctena.store.blockings);
    const booking = addDoctenaBooking(h, '2026-11-26T10:00:00+01:00', { minutes: 60 });
    const blocking = h.doctena.store.addBlocking({
      calendar_id: GENERAL,
      title: 'Fortbildung',
      starts: new Date('2026-11-26T11:30:00+01:00'),
      ends: new Date('2026-11-26T12:00:00+01:00'),
    });
    const cancelled = addDoctenaBooking(h, '2026-11-26T09:00:00+01:00', { status: 'CANCELLED' });
    await h.engine.range(WEEK);
    const search = {
      accountId: 'dt',
      calendarId: GENERAL,
      durationMinutes: 30,
      from: THURSDAY,
      maxResults: 8,
    };

    const warm = await counted(() => finder()(search));
    expect([warm.sent, warm.result.requests]).toEqual([0, 0]);
    // Thursday: 9–12:30 and 14–18; a booking 10–11 and a blocking 11:30–12; the cancelled one
    // at 9 leaves its time free.
    expect(warm.result.slots.map((s) => berlin(s.start))).toEqual([
      '2026-11-26 09:00',
      '2026-11-26 09:15',
      '2026-11-26 09:30',
      '2026-11-26 11:00',
      '2026-11-26 12:00',
      '2026-11-26 14:00',
      '2026-11-26 14:15',
      '2026-11-26 14:30',
    ]);
    expect([booking.status, cancelled.status, blocking.title]).toEqual([
      'WAITING',
      'CANCELLED',
      'Fortbildung',
    ]);

    // Older than twice the poll interval: the three lists are read for this search alone.
    h.setNow(new Date(NOW.getTime() + 5 * MINUTE));
    const cold = await counted(() => finder()(search));
    expect([cold.sent, cold.result.requests]).toEqual([3, 3]);
    expect(cold.result.slots).toEqual(warm.result.slots);
  });
});

describe('a practitioner paired in the double-booking guard', () => {
  /** Thursday: Docfav busy 9–10, Doctena busy 10–10:30; both work 9–12:30 and 16–18. */
  async function pairedThursday() {
    h = await startHarness({ luciaOnDoctena: true });
    clearLucia(h);
    const weekdays = [1, 2, 3, 4, 5];
    for (const [begins, ends] of [
      ['09:00', '12:30'],
      ['14:00', '18:00'],
    ] as const) {
      h.doctena.store.addTimeblock({
        calendar_id: LUCIA_DOCTENA,
        begins_at: begins,
        ends_at: ends,
        weekdays,
      });
    }
    addDocfavAppointment(h, '2026-11-26T09:00:00+01:00', { minutes: 60 });
    addDoctenaBooking(h, '2026-11-26T10:00:00+01:00', { calendarId: LUCIA_DOCTENA });
    await h.engine.range(WEEK);
  }
  const expected = [
    '2026-11-26 10:30',
    '2026-11-26 10:45',
    '2026-11-26 11:00',
    '2026-11-26 11:15',
    '2026-11-26 11:30',
    '2026-11-26 11:45',
    '2026-11-26 12:00',
    '2026-11-26 16:00',
  ];

  it('offers only what is free on both platforms, asked from either side', async () => {
    await pairedThursday();
    const find = finder([LUCIA_MAPPING]);
    const common = { durationMinutes: 30, from: THURSDAY, maxResults: 8 };

    const fromDocfav = await counted(() => find({ accountId: 'df', calendarId: LUCIA, ...common }));
    expect(fromDocfav.result.slots.map((s) => berlin(s.start))).toEqual(expected);
    expect(fromDocfav.result.calendars).toEqual([LUCIA_MAPPING.docfav, LUCIA_MAPPING.doctena]);
    // Docfav's one request; Doctena's copy in the sync engine is fresh.
    expect([fromDocfav.sent, fromDocfav.result.requests]).toEqual([1, 1]);

    const fromDoctena = await counted(() =>
      find({ accountId: 'dt', calendarId: LUCIA_DOCTENA, ...common }),
    );
    expect(fromDoctena.result.slots).toEqual(fromDocfav.result.slots);
    expect(fromDoctena.result.calendars).toEqual([LUCIA_MAPPING.doctena, LUCIA_MAPPING.docfav]);

    // Unpaired, each platform alone offers what the other has taken.
    const alone = await finder()({ accountId: 'df', calendarId: LUCIA, ...common });
    expect(alone.slots.map((s) => berlin(s.start))).toContain('2026-11-26 10:00');
  });

  it('a switched-off pair is not intersected; a pair whose account is gone is an error', async () => {
    await pairedThursday();
    const common = { accountId: 'df', calendarId: LUCIA, durationMinutes: 30, from: THURSDAY };
    const off = await finder([{ ...LUCIA_MAPPING, enabled: false }])(common);
    expect(off.calendars).toHaveLength(1);
    const gone = await failure(
      finder([{ ...LUCIA_MAPPING, doctena: { accountId: 'gone', calendarId: LUCIA_DOCTENA } }])(
        common,
      ),
    );
    expect([gone.code, gone.reason]).toEqual(['not-found', 'pair-account-missing']);
  });
});
