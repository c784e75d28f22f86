import type { Prng } from '../../../simulators/doctena/prng';
import type { ActionKind, Draws } from './actions';

/**
 * What one round does, drawn from the seeded PRNG before anything runs: the same number of draws
 * every round, so a seed replays the same load and faults whatever the platforms answered.
 */

export type KillPlan =
  { desk: number; point: 'book' | 'cancel' } | { desk: number; afterMs: number };

export interface DeskPlan {
  refresh: boolean;
  action: ActionKind;
  r: Draws;
}

export interface RoundPlan {
  /** Every desk moves the same Docfav appointment at the same moment. */
  same: boolean;
  /** In a same-appointment round: all desks aim at one slot rather than each at its own. */
  sameSlot: boolean;
  desks: DeskPlan[];
  kill: KillPlan | null;
  /** A late answer: Docfav applies this write only after the client's timeout. */
  late: 'book' | 'cancel' | null;
  storm: { vendor: 'doctena' | 'docfav'; times: number } | null;
  hang: { vendor: 'doctena' | 'docfav'; times: number } | null;
}

const MIXED: [ActionKind, number][] = [
  ['docfav-move', 0.3],
  ['doctena-move', 0.12],
  ['status', 0.12],
  ['blocking-create', 0.14],
  ['blocking-update', 0.1],
  ['blocking-delete', 0.06],
  ['guard', 0.1],
  ['refresh', 0.06],
];

function weighted(r: number): ActionKind {
  let left = r;
  for (const [kind, weight] of MIXED) {
    if (left < weight) return kind;
    left -= weight;
  }
  return 'refresh';
}

/**
 * The first rounds of every run cover what must never go wrong, whatever the seed: a kill
 * between booking and cancelling, two desks on one appointment, a late booking answer.
 */
const OPENING: Partial<RoundPlan>[] = [
  { same: false, kill: { desk: 0, point: 'book' }, late: null, storm: null, hang: null },
  { same: true, kill: null, late: null, storm: null, hang: null },
  { same: false, kill: null, late: 'book', storm: null, hang: null },
  { same: true, kill: { desk: 1, point: 'book' }, late: null, storm: null, hang: null },
];

export function planRound(prng: Prng, round: number, desks: number): RoundPlan {
  const d = () => prng.next();
  const same = d() < 0.3;
  const sameSlot = d() < 0.3;
  const plans = Array.from({ length: desks }, (): DeskPlan => ({
    refresh: d() < 0.6,
    action: weighted(d()),
    r: [d(), d(), d()] as const,
  }));
  const [killRoll, killDesk, killKind, killDelay] = [d(), d(), d(), d()];
  const kill: KillPlan | null =
    killRoll >= 0.3
      ? null
      : killKind < 0.5
        ? { desk: Math.floor(killDesk * desks), point: 'book' }
        : killKind < 0.75
          ? { desk: Math.floor(killDesk * desks), point: 'cancel' }
          : { desk: Math.floor(killDesk * desks), afterMs: 20 + Math.floor(killDelay * 600) };
  const [lateRoll, stormRoll, stormVendor, stormTimes, hangRoll, hangVendor] = [
    d(),
    d(),
    d(),
    d(),
    d(),
    d(),
  ];
  const plan: RoundPlan = {
    same,
    sameSlot,
    desks: plans,
    kill,
    late: lateRoll < 0.15 ? 'book' : lateRoll < 0.25 ? 'cancel' : null,
    storm:
      stormRoll < 0.2
        ? {
            vendor: stormVendor < 0.5 ? 'doctena' : 'docfav',
            times: 2 + Math.floor(stormTimes * 6),
          }
        : null,
    hang: hangRoll < 0.15 ? { vendor: hangVendor < 0.5 ? 'doctena' : 'docfav', times: 1 } : null,
  };
  const opening = OPENING[round];
  if (opening) Object.assign(plan, opening);
  // A late Docfav answer, and a kill on a Docfav write, need a desk that makes one.
  if (plan.late && plan.desks[0]) plan.desks[0].action = 'docfav-move';
  if (plan.kill && 'point' in plan.kill) {
    plan.kill.desk = Math.min(plan.kill.desk, desks - 1);
    const victim = plan.desks[plan.kill.desk];
    if (victim) victim.action = 'docfav-move';
  }
  return plan;
}

/** The plan of desk `i` (every plan has one per desk). */
export function deskPlan(plan: RoundPlan, i: number): DeskPlan {
  const found = plan.desks[i];
  if (!found) throw new Error(`no plan for desk ${i}`);
  return found;
}
