import { silentLogger } from '../electron/log';
import { SyncEngine } from '../electron/sync/engine';
import { runtimesOn } from '../electron/testing/builders';
import { NOW, startPlatforms, WEEK } from '../electron/testing/platforms';
import { summarise, type Row } from './stats';

export const REFRESHES = 60;

/**
 * Requests each platform receives per steady-state refresh of the demo week, over `refreshes`
 * refreshes a minute apart on the simulators' clock (after a first load that is not counted),
 * against the minimum the APIs allow: Doctena two per calendar (bookings and blockings with
 * `updated`), Docfav one per clinic-week. Periodic full re-reads are in the mean, and in the max.
 */
export async function steadyStateRequests(refreshes = REFRESHES) {
  const p = await startPlatforms({ now: NOW });
  try {
    const accounts = runtimesOn(p, p.clock.now, { logger: silentLogger });
    const engine = new SyncEngine({
      emit: () => {},
      logger: silentLogger,
      now: p.clock.now,
      pollIntervalMs: () => 60_000,
    });
    engine.setSources([...accounts.values()].map((r) => r.source));
    const first = await engine.range(WEEK);
    const doctena: number[] = [];
    const docfav: number[] = [];
    for (let i = 0; i < refreshes; i++) {
      p.clock.setNow(new Date(p.clock.now().getTime() + 60_000));
      const [dt, df] = [p.doctena.requestCount(), p.docfav.requestCount()];
      await engine.refresh(WEEK);
      doctena.push(p.doctena.requestCount() - dt);
      docfav.push(p.docfav.requestCount() - df);
    }
    engine.stop();
    const doctenaCalendars = first.calendars.filter((c) => c.source === 'doctena').length;
    const clinics = new Set(
      first.calendars.filter((c) => c.source === 'docfav').map((c) => c.clinicId),
    ).size;
    return {
      doctena: summarise('Requests per refresh: Doctena', doctena),
      doctenaMinimum: 2 * doctenaCalendars,
      docfav: summarise('Requests per refresh: Docfav', docfav),
      docfavMinimum: clinics,
    };
  } finally {
    await p.close();
  }
}

export async function requestRows(): Promise<Row[]> {
  const r = await steadyStateRequests();
  const row = (platform: string, s: typeof r.doctena, minimum: number, why: string): Row => ({
    measure: `Requests per steady-state refresh, mean over ${s.n}: ${platform}`,
    result: `${s.mean.toFixed(2)} (max ${s.max}, n=${s.n})`,
    target: `≤ ${minimum} (${why})`,
    ok: s.mean <= minimum,
  });
  return [
    row('Doctena', r.doctena, r.doctenaMinimum, '2 per calendar'),
    row('Docfav', r.docfav, r.docfavMinimum, '1 per clinic-week'),
  ];
}
