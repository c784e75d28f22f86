import { buildRuntimes } from '../electron/accounts/sources';
import { silentLogger } from '../electron/log';
import { createSlotFinder } from '../electron/slots';
import { SyncEngine } from '../electron/sync/engine';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { DOCFAV_DEMO_API_KEY, DOCFAV_DEMO_IDS, startDocfavSimulator } from '../simulators/docfav';
import {
  DEMO_CALENDARS,
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
} from '../simulators/doctena';

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
  let clock = new Date('2026-11-24T09:00:00Z');
  const now = () => clock;
  const [doctena, docfav] = await Promise.all([
    startDoctenaSimulator({ now }),
    startDocfavSimulator({ now }),
  ]);
  try {
    const general = { accountId: 'dt', calendarId: DEMO_CALENDARS.general._id };
    const lucia = { accountId: 'df', calendarId: DOCFAV_DEMO_IDS.staffCalendars.lucia };
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      guard: { ...DEFAULT_SETTINGS.guard, mappings: [] },
    };
    const secrets = new Map([
      ['dt', DOCTENA_DEMO_PASSWORD],
      ['df', DOCFAV_DEMO_API_KEY],
    ]);
    const { runtimes } = buildRuntimes(
      [
        {
          id: 'dt',
          vendor: 'doctena',
          label: 'Doctena',
          baseUrl: doctena.baseUrl,
          login: DOCTENA_DEMO_LOGIN,
          timezone: 'Europe/Berlin',
        },
        { id: 'df', vendor: 'docfav', label: 'Docfav', baseUrl: docfav.baseUrl, clinicIds: [] },
      ],
      { fetch: globalThis.fetch, logger: silentLogger, now, secretFor: (id) => secrets.get(id) },
    );
    const engine = new SyncEngine({
      emit: () => {},
      logger: silentLogger,
      now,
      pollIntervalMs: () => 60_000,
    });
    engine.setSources(runtimes.map((r) => r.source));
    await engine.range({
      from: new Date('2026-11-23T00:00:00+01:00'),
      to: new Date('2026-11-30T00:00:00+01:00'),
    });
    const accounts = new Map(runtimes.map((r) => [r.account.id, r]));
    const find = createSlotFinder({ accounts: () => accounts, settings: () => settings, now });
    const requests = async (ref: { accountId: string; calendarId: string }) => {
      const before = doctena.requestCount() + docfav.requestCount();
      await find({ ...ref, durationMinutes: 30, from: now().toISOString(), weeks: 4 });
      return doctena.requestCount() + docfav.requestCount() - before;
    };

    const docfavOnly = await requests(lucia);
    const doctenaFresh = await requests(general);
    settings.guard.mappings = [{ docfav: lucia, doctena: general, enabled: true }];
    const paired = await requests(lucia);
    // Past twice the poll interval without a sync: Doctena is read for the search itself.
    clock = new Date(clock.getTime() + 5 * 60_000);
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
    await Promise.all([doctena.close(), docfav.close()]);
  }
}
