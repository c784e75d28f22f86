import { silentLogger } from '../electron/log';
import { SCHEDULE_TTL_MS } from '../electron/sync/docfav-source';
import { FULL_SYNC_EVERY } from '../electron/sync/doctena-source';
import { SyncEngine } from '../electron/sync/engine';
import { runtimesOn } from '../electron/testing/builders';
import { NOW, startPlatforms, WEEK } from '../electron/testing/platforms';
import { summarise, type Row } from './stats';

export const REFRESHES = 60;

/**
 * Requests each platform receives per steady-state refresh of the demo week, over `refreshes`
 * refreshes a minute apart on the simulators' clock (after a first load that is not counted),
 * against the budget the sync is designed for: the APIs' minimum (Doctena two per calendar,
 * bookings and blockings with `updated`; Docfav one per clinic-week) plus the periodic re-reads
 * (Doctena reports no deleted blockings, so every FULL_SYNC_EVERY-th sync re-reads them and the
 * opening hours: one request more per calendar; Docfav's working hours once per SCHEDULE_TTL_MS
 * and location). The re-reads are in the mean, and in the max.
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
    const docfavCalendars = first.calendars.filter((c) => c.source === 'docfav');
    const clinics = new Set(docfavCalendars.map((c) => c.clinicId)).size;
    const locations = new Set(docfavCalendars.map((c) => c.locationId)).size;
    return {
      doctena: summarise('Requests per refresh: Doctena', doctena),
      doctenaMinimum: 2 * doctenaCalendars,
      doctenaBudget: 2 * doctenaCalendars + doctenaCalendars / FULL_SYNC_EVERY,
      docfav: summarise('Requests per refresh: Docfav', docfav),
      docfavMinimum: clinics,
      docfavBudget: clinics + (locations * 60_000) / SCHEDULE_TTL_MS,
    };
  } finally {
    await p.close();
  }
}

export async function requestRows(): Promise<Row[]> {
  const r = await steadyStateRequests();
  const row = (platform: string, s: typeof r.doctena, budget: number, why: string): Row => ({
    measure: `Requests per steady-state refresh, mean over ${s.n}: ${platform}`,
    result: `${s.mean.toFixed(2)} (max ${s.max}, n=${s.n})`,
    target: `≤ ${budget.toFixed(2)} (${why})`,
    // A hair over the budget's float, not over a request.
    ok: s.mean <= budget + 1e-9,
  });
  return [
    row('Doctena', r.doctena, r.doctenaBudget, `${r.doctenaMinimum} + re-reads`),
    row('Docfav', r.docfav, r.docfavBudget, `${r.docfavMinimum} + hours hourly`),
  ];
}
