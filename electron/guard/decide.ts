import type { GuardMapping } from '../../shared/settings';
import type { DocfavBusyReader, DocfavRuntime } from './docfav-busy';
import type { KindPlan } from './doctena-mirrors';
import { intervalKey, mergeIntervals, overlaps, type Interval } from './intervals';
import { MIRROR_KINDS, type MirrorKind } from './marker';
import { planReconcile, type Mirror, type Plan } from './reconcile';

/** What one Doctena calendar gets in a run. */
export interface Job {
  doctena: GuardMapping['doctena'];
  /** Paired Docfav calendars, with their runtimes. */
  sources: { calendarId: string; runtime: DocfavRuntime }[];
  /** Kinds mirrored from Docfav, as this PC's options ask. */
  manage: readonly MirrorKind[];
  /** Kinds to take out once (a pairing or an option switched off here); never also managed. */
  clear: readonly MirrorKind[];
}

export interface DecideInput {
  job: Job;
  mirrors: Record<MirrorKind, Mirror[]>;
  window: Interval;
  reader: DocfavBusyReader;
  /** Marks from the reader: the start of the run, and the Doctena read the mirrors come from. */
  runSince: number;
  freshSince: number;
}

/**
 * The plans for one calendar, decided only on Docfav weeks read after the mirrors were: a write
 * that depends on Docfav (a create, a move, removing a mirror that no busy time wants) whose
 * weeks came from a cache or the sync engine has those weeks read again and is planned anew. A
 * mirror that another PC made from a booking newer than this PC's copy is therefore never taken
 * for stale. Only when nothing is to be written does a cached week suffice, which is most runs.
 */
export async function decide(input: DecideInput): Promise<KindPlan[]> {
  const { job, mirrors, window } = input;
  let refetch: Interval[] = [];
  // Each round reads some week afresh for good, so the rounds are bounded by the weeks.
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    const desired: Record<MirrorKind, Interval[]> = { appointment: [], reserved: [] };
    const weeks: { span: Interval; fresh: boolean }[] = [];
    const mirrorReservations = job.manage.includes('reserved');
    if (job.manage.length > 0) {
      for (const source of job.sources) {
        const read = await input.reader.busy(source.runtime, source.calendarId, window, {
          mirrorReservations,
          runSince: input.runSince,
          freshSince: input.freshSince,
          refetch,
        });
        for (const kind of MIRROR_KINDS) desired[kind].push(...read.byKind[kind]);
        weeks.push(...read.weeks);
      }
    }
    const plans: KindPlan[] = [];
    const needs: Interval[] = [];
    for (const kind of job.manage) {
      const wanted = mergeIntervals(desired[kind]);
      const plan = planReconcile(wanted, mirrors[kind], window);
      plans.push({ kind, plan });
      needs.push(...dependsOnDocfav(wanted, mirrors[kind], plan, window));
    }
    // Taking out a kind this PC no longer mirrors asks nothing of Docfav.
    for (const kind of job.clear)
      plans.push({ kind, plan: planReconcile([], mirrors[kind], window) });
    const stale = needs.filter((i) => weeks.some((w) => !w.fresh && overlaps(w.span, i)));
    if (stale.length === 0) return plans;
    refetch = [...refetch, ...stale];
  }
  // Not reached while every refetched week comes back fresh; writing nothing is the safe side.
  return [];
}

/** The largest number of clinic-weeks a window spans (26 weeks ahead), and a margin. */
const MAX_ROUNDS = 30;

/**
 * The times a plan's writes rest on Docfav for. Removing a duplicate does not: a mirror of the
 * same times stays, whatever Docfav says.
 */
export function dependsOnDocfav(
  desired: readonly Interval[],
  mirrors: readonly Mirror[],
  plan: Plan,
  window: Interval,
): Interval[] {
  const byId = new Map(mirrors.map((m) => [m.id, m]));
  const wanted = new Set(desired.filter((d) => overlaps(d, window)).map(intervalKey));
  const out: Interval[] = [...plan.create];
  for (const { id, to } of plan.update) {
    out.push(to);
    const from = byId.get(id);
    if (from) out.push(from);
  }
  for (const id of plan.delete) {
    const m = byId.get(id);
    if (m && !wanted.has(intervalKey(m))) out.push(m);
  }
  return out;
}
