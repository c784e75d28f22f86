import { silentLogger } from '../electron/log';
import { createSlotFinder } from '../electron/slots';
import { SyncEngine } from '../electron/sync/engine';
import { runtimesOn } from '../electron/testing/builders';
import { GENERAL, LUCIA, NOW, startPlatforms, WEEK } from '../electron/testing/platforms';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { MIN_RUNS, spread, summarise, type Row } from './stats';

/**
 * Requests one "find a free slot" search over four weeks sends to the platforms (counted by the
 * simulators), beside the fewest the APIs allow:
 * - Docfav: one `available-slots` call with `service_duration` (the spec limits `availability`
 *   to 7 days, not `available-slots`, so four weeks are one call);
 * - Doctena: none while the sync engine's copy is fresh (its sync already holds every booking,
 *   blocking and timeblock); three when it is not, as its lists filter by change, not by date;
 * - a practitioner paired in the double-booking guard: Docfav's one, Doctena's none.
 */
async function slotSearchOnce() {
  const p = await startPlatforms({ now: NOW });
  const { now } = p.clock;
  try {
    const general = { accountId: 'dt', calendarId: GENERAL };
    const lucia = { accountId: 'df', calendarId: LUCIA };
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      guard: { ...DEFAULT_SETTINGS.guard, mappings: [] },
    };
    const accounts = runtimesOn(p, now, { logger: silentLogger });
    const engine = new SyncEngine({
      emit: () => {},
      logger: silentLogger,
      now,
      pollIntervalMs: () => 60_000,
    });
    engine.setSources([...accounts.values()].map((r) => r.source));
    await engine.range(WEEK);
    const find = createSlotFinder({ accounts: () => accounts, settings: () => settings, now });
    const requests = async (ref: { accountId: string; calendarId: string }) => {
      const before = p.requests();
      await find({ ...ref, durationMinutes: 30, from: now().toISOString(), weeks: 4 });
      return p.requests() - before;
    };

    const docfavOnly = await requests(lucia);
    const doctenaFresh = await requests(general);
    settings.guard.mappings = [{ docfav: lucia, doctena: general, enabled: true }];
    const paired = await requests(lucia);
    // Past twice the poll interval without a sync: Doctena is read for the search itself.
    p.clock.setNow(new Date(now().getTime() + 5 * 60_000));
    settings.guard.mappings = [];
    const doctenaCold = await requests(general);
    engine.stop();
    return { docfavOnly, doctenaFresh, paired, doctenaCold };
  } finally {
    await p.close();
  }
}

/** Each search repeated on fresh simulators `runs` times; the rows show median and spread. */
export async function slotSearchRows(runs = MIN_RUNS): Promise<Row[]> {
  const all: Awaited<ReturnType<typeof slotSearchOnce>>[] = [];
  for (let i = 0; i < runs; i++) all.push(await slotSearchOnce());
  const row = (
    measure: string,
    pick: (r: (typeof all)[number]) => number,
    minimum: number,
    why: string,
  ): Row => {
    const s = summarise(`Find-free-slot requests: ${measure}`, all.map(pick));
    return {
      measure: `Find-free-slot requests, 4-week search: ${measure}`,
      result: spread(s),
      target: `≤ ${minimum} (${why})`,
      ok: s.max <= minimum,
    };
  };
  return [
    row('Docfav', (r) => r.docfavOnly, 1, 'one available-slots'),
    row('Doctena, synced', (r) => r.doctenaFresh, 0, 'sync holds all'),
    row('Doctena, not synced', (r) => r.doctenaCold, 3, 'three lists'),
    row('paired practitioner', (r) => r.paired, 1, 'Docfav 1 + Doctena 0'),
  ];
}
