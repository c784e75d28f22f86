import { setTimeout as delay } from 'node:timers/promises';
import type { FaultRule } from '../../../simulators/kit/faults';
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
import type { DeskProcess } from './desk-process';
import type { Ledger } from './ledger';
import { deskPlan, type DeskPlan, type RoundPlan } from './plan';
import { count, type Figures } from './report';
import type { World } from './world';

/** What a round works with. */
export interface Env {
  world: World;
  desks: DeskProcess[];
  ledger: Ledger;
  figures: Figures;
  timeoutMs: number;
}

/** One round of the session: screens refreshed, faults armed, every desk acting at once. */
export async function playRound(env: Env, plan: RoundPlan, round: number): Promise<void> {
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

  const killsBefore = world.traffic.killed.length;
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
export async function switchOn(env: Env, desk: DeskProcess): Promise<void> {
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
