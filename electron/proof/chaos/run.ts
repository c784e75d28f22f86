import { setTimeout as delay } from 'node:timers/promises';
import type { FaultRule } from '../../../simulators/kit/faults';
import { Prng } from '../../../simulators/doctena/prng';
import {
  createBlocking,
  deleteBlocking,
  docfavMove,
  doctenaMove,
  guardRun,
  pickAppointment,
  refresh,
  setStatus,
  slot,
  updateBlocking,
  type Ctx,
  type Done,
} from './actions';
import { bundleDesk, DeskProcess } from './desk-process';
import { checkInvariants } from './invariants';
import { Ledger } from './ledger';
import { deskPlan, planRound, type DeskPlan, type RoundPlan } from './plan';
import { count, emptyFigures, type Figures } from './report';
import { settle } from './settle';
import { startWorld, type World } from './world';

export interface ChaosOptions {
  seed: number;
  desks: number;
  rounds: number;
  /** Docfav patients (one appointment each) and Doctena bookings in play. */
  clients?: number;
  bookings?: number;
  /** The desks' client timeout (at least a second); late answers come 2.5 times later. */
  timeoutMs?: number;
  /** How long the end may take to settle before the checks run anyway. */
  settleMs?: number;
  /** When the odd records go in: from the start (default), only before settling, or never. */
  odd?: 'start' | 'end' | 'off';
  /** Progress lines (one per round); none by default. */
  progress?: (line: string) => void;
}

export interface ChaosResult {
  figures: Figures;
  /** The last log lines of each desk, for a failed run. */
  logs: Record<string, string[]>;
}

interface Env {
  world: World;
  desks: DeskProcess[];
  ledger: Ledger;
  figures: Figures;
  timeoutMs: number;
}

/**
 * A chaos session: several desks (separate processes, own stores and journals) against the same
 * two platforms, random load and faults for a number of rounds, then a settle phase and the end
 * checks on the platforms' own records.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const started = Date.now();
  const timeoutMs = Math.max(1_000, options.timeoutMs ?? 1_500);
  const figures = emptyFigures(options.seed, options.desks, options.rounds);
  const world = await startWorld({
    clients: options.clients ?? 6,
    bookings: options.bookings ?? 4,
  });
  const desks: DeskProcess[] = [];
  try {
    if ((options.odd ?? 'start') === 'start') world.addOddRecords();
    const entry = await bundleDesk(world.folder);
    for (let i = 1; i <= options.desks; i++) {
      const name = `desk-${i}`;
      desks.push(
        new DeskProcess({
          name,
          entry,
          env: {
            ...world.env(),
            FRONTDESK_JOURNAL_DIR: world.journalDir(name),
            CHAOS_TIMEOUT_MS: String(timeoutMs),
          },
          startTimeoutMs: 30_000,
          requestTimeoutMs: 90_000,
        }),
      );
    }
    const env: Env = { world, desks, ledger: new Ledger(), figures, timeoutMs };
    await Promise.all(desks.map((d) => switchOn(env, d)));
    for (const client of world.clients) {
      const [first] = [...world.docfav.store.appointments.values()].filter(
        (a) => a.clientId === client,
      );
      if (first) env.ledger.docfavTarget(client, first.from.getTime());
    }
    const prng = new Prng(options.seed);
    for (let round = 0; round < options.rounds; round++) {
      const plan = planRound(prng, round, desks.length);
      const begun = Date.now();
      await playRound(env, plan, round + 1);
      options.progress?.(
        `round ${round + 1}/${options.rounds}: ${plan.same ? 'same appointment' : 'mixed'}, ` +
          `${figures.operations} operations, ${figures.kills} kills, ${Date.now() - begun} ms`,
      );
    }
    if (options.odd === 'end') world.addOddRecords();
    await settle(env, options.settleMs ?? 20_000);
    checkInvariants(world, env.ledger, figures);
  } finally {
    figures.restarts = desks.reduce((n, d) => n + d.starts - 1, 0);
    figures.lateAnswers = world.traffic.lateWrites;
    figures.rateLimited = world.traffic.faults['429'];
    figures.hangs = world.traffic.faults.hang;
    await Promise.all(desks.map((d) => d.stop()));
    await world.close();
    figures.durationMs = Date.now() - started;
  }
  return { figures, logs: Object.fromEntries(desks.map((d) => [d.name, d.log])) };
}

async function playRound(env: Env, plan: RoundPlan, round: number): Promise<void> {
  const { world, desks, figures } = env;
  const ctx: Ctx = { world, ledger: env.ledger, reserved: new Set() };
  const record = (done: Done) => count(figures, done);
  // The screens. Every desk must show the appointment they are all about to move, and a desk
  // about to be killed mid-move or to get a late answer must show the one it moves.
  const scripted = (i: number) =>
    (plan.kill !== null && 'point' in plan.kill && plan.kill.desk === i) ||
    (plan.late !== null && i === 0);
  await Promise.all(
    desks.map(async (desk, i) => {
      if (plan.same || scripted(i) || deskPlan(plan, i).refresh) {
        record(await refresh(world, desk));
      }
    }),
  );
  armFaults(world, plan, env.timeoutMs);
  let timerKill: Promise<void> = Promise.resolve();
  const victim = plan.kill ? desks[plan.kill.desk] : undefined;
  if (plan.kill && victim) {
    if ('point' in plan.kill) {
      const point = plan.kill.point;
      world.traffic.arm(victim.name, point, async () => {
        figures.kills += 1;
        if (point === 'book') figures.killsBetweenBookAndCancel += 1;
        await victim.kill();
      });
    } else {
      timerKill = delay(plan.kill.afterMs).then(async () => {
        if (!victim.alive) return;
        figures.kills += 1;
        await victim.kill();
      });
    }
  }

  let work: Promise<Done>[];
  if (plan.same) {
    figures.sameAppointmentRounds += 1;
    const first = deskPlan(plan, 0).r;
    const picked = pickAppointment(ctx, first[0]);
    work = desks.map((desk, i) => {
      if (!picked)
        return Promise.resolve<Done>({ kind: 'docfav-move', desk: desk.name, outcome: 'skipped' });
      const r = plan.sameSlot ? first : deskPlan(plan, i).r;
      const start = slot(world.docfavSlots, r[1]);
      const force = plan.kill?.desk === i || r[2] < 0.2;
      return docfavMove(ctx, desk, {
        client: picked.client,
        appointmentId: picked.id,
        start,
        force,
      });
    });
  } else {
    work = desks.map((desk, i) =>
      act(ctx, desk, deskPlan(plan, i), plan.kill?.desk === i || (i === 0 && plan.late !== null)),
    );
  }
  const killsBefore = world.traffic.killed.length;
  const results = await Promise.all(work);
  await timerKill;
  results.forEach(record);
  const killedAt = new Map(world.traffic.killed.slice(killsBefore).map((k) => [k.desk, k.point]));
  for (const done of results) {
    if (!done.client || done.outcome === 'skipped') continue;
    const tags = [
      plan.same ? 'same appointment' : '',
      killedAt.has(done.desk) ? `killed after ${killedAt.get(done.desk)}` : '',
      plan.late ? `late ${plan.late} answer this round` : '',
    ].filter(Boolean);
    env.ledger.note(
      done.client,
      `round ${round}: ${done.desk} moved ${done.detail ?? 'it'}: ${done.outcome}${done.code ? ` (${done.code})` : ''}${tags.length ? ` [${tags.join('; ')}]` : ''}`,
    );
  }

  world.traffic.disarm();
  world.doctena.faults.clear();
  world.docfav.faults.clear();
  // The PC is switched back on: same journal folder, so the open move is resumed.
  await Promise.all(desks.filter((d) => !d.alive).map((d) => switchOn(env, d)));
}

/** Starts a desk and opens the week on it, as the receptionist's screen would. */
async function switchOn(env: Env, desk: DeskProcess): Promise<void> {
  await desk.start();
  count(env.figures, await refresh(env.world, desk));
}

function act(ctx: Ctx, desk: DeskProcess, plan: DeskPlan, forced: boolean): Promise<Done> {
  const { r } = plan;
  switch (plan.action) {
    case 'docfav-move': {
      const picked = pickAppointment(ctx, r[0]);
      if (!picked)
        return Promise.resolve({ kind: 'docfav-move', desk: desk.name, outcome: 'skipped' });
      const start = slot(ctx.world.docfavSlots, r[1]);
      // The victim (and the desk meant to get a late answer) books whatever is in the slot, so
      // the kill point or the delayed booking is reached.
      return docfavMove(ctx, desk, {
        client: picked.client,
        appointmentId: picked.id,
        start,
        force: forced || r[2] < 0.2,
      });
    }
    case 'doctena-move':
      return doctenaMove(ctx, desk, r);
    case 'status':
      return setStatus(ctx, desk, r);
    case 'blocking-create':
      return createBlocking(ctx, desk, r);
    case 'blocking-update':
      return updateBlocking(ctx, desk, r);
    case 'blocking-delete':
      return deleteBlocking(ctx, desk, r);
    case 'guard':
      return guardRun(desk);
    case 'refresh':
      return refresh(ctx.world, desk);
  }
}

const BOOK_PATH = '/backofficeclinics/*/appointments';
const BEHAVIOUR_PATH = '/backofficeclinics/*/appointments/*/behaviour';

function armFaults(world: World, plan: RoundPlan, timeoutMs: number): void {
  if (plan.late) {
    world.docfav.faults.add({
      method: plan.late === 'book' ? 'POST' : 'PUT',
      path: plan.late === 'book' ? BOOK_PATH : BEHAVIOUR_PATH,
      kind: 'delay',
      delayMs: Math.round(timeoutMs * 2.5),
      times: 1,
    });
  }
  const everything = (
    rule: Pick<FaultRule, 'kind' | 'times' | 'retryAfterSeconds'>,
  ): FaultRule => ({
    method: '*',
    path: '/**',
    ...rule,
  });
  if (plan.storm) {
    world[plan.storm.vendor].faults.add(
      everything({ kind: '429', times: plan.storm.times, retryAfterSeconds: 1 }),
    );
  }
  if (plan.hang)
    world[plan.hang.vendor].faults.add(everything({ kind: 'hang', times: plan.hang.times }));
}
