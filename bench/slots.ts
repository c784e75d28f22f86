import { silentLogger } from '../electron/log';
import { createSlotFinder } from '../electron/slots';
import { SyncEngine } from '../electron/sync/engine';
import { runtimesOn } from '../electron/testing/builders';
import { GENERAL, LUCIA, NOW, startPlatforms, WEEK } from '../electron/testing/platforms';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';

/**
 * Requests one "find a free slot" search over four weeks sends to the platforms (counted by the
 * simulators), beside the fewest the APIs allow:
 * - Docfav: one `available-slots` call with `service_duration` (the spec limits `availability`
 *   to 7 days, not `available-slots`, so four weeks are one call);
 * - Doctena: none while the sync engine's copy is fresh (its sync already holds every booking,
 *   blocking and timeblock); three when it is not, as its lists filter by change, not by date;
 * - a practitioner paired in the double-booking guard: Docfav's one, Doctena's none.
 */
export async function slotSearchRows() {
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

    const row = (measure: string, result: number, minimum: number, why: string) => ({
      measure: `Find-free-slot requests, 4-week search: ${measure}`,
      result: String(result),
      target: `${minimum} (${why})`,
      ok: result <= minimum,
    });
    return [
      row('Docfav', docfavOnly, 1, 'one available-slots'),
      row('Doctena, synced', doctenaFresh, 0, 'sync holds all'),
      row('Doctena, not synced', doctenaCold, 3, 'three lists'),
      row('paired practitioner', paired, 1, 'Docfav 1 + Doctena 0'),
    ];
  } finally {
    await p.close();
  }
}
