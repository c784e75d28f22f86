import { buildSources } from '../electron/accounts/sources';
import { silentLogger } from '../electron/log';
import { SyncEngine } from '../electron/sync/engine';
import { DOCFAV_DEMO_API_KEY, startDocfavSimulator } from '../simulators/docfav';
import {
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
} from '../simulators/doctena';

/**
 * Requests one steady-state refresh of the demo week makes, against the minimum the APIs allow:
 * Doctena two per calendar (bookings and blockings with `updated`), Docfav one per clinic-week.
 */
export async function steadyStateRequests() {
  let clock = new Date('2026-11-24T09:00:00Z');
  const now = () => clock;
  const [doctena, docfav] = await Promise.all([
    startDoctenaSimulator({ now }),
    startDocfavSimulator({ now }),
  ]);
  try {
    const secrets = new Map([
      ['dt', DOCTENA_DEMO_PASSWORD],
      ['df', DOCFAV_DEMO_API_KEY],
    ]);
    const { sources } = buildSources(
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
    engine.setSources(sources);
    const week = {
      from: new Date('2026-11-23T00:00:00+01:00'),
      to: new Date('2026-11-30T00:00:00+01:00'),
    };
    const first = await engine.range(week);
    clock = new Date(clock.getTime() + 60_000);
    const [dt, df] = [doctena.requestCount(), docfav.requestCount()];
    await engine.refresh(week);
    const doctenaCalendars = first.calendars.filter((c) => c.source === 'doctena').length;
    const clinics = new Set(
      first.calendars.filter((c) => c.source === 'docfav').map((c) => c.clinicId),
    ).size;
    return {
      doctena: doctena.requestCount() - dt,
      doctenaMinimum: 2 * doctenaCalendars,
      docfav: docfav.requestCount() - df,
      docfavMinimum: clinics,
    };
  } finally {
    await Promise.all([doctena.close(), docfav.close()]);
  }
}
