import { setTimeout as delay } from 'node:timers/promises';
import type { DeskOutcome, DeskProcess } from './desk-process';
import { docfavProblems } from './invariants';
import type { Ledger } from './ledger';
import type { Figures } from './report';
import type { World } from './world';

interface SettleEnv {
  world: World;
  desks: DeskProcess[];
  ledger: Ledger;
  figures: Figures;
}

/** The shortest settle round. */
const PACE_MS = 250;

/** Waits for a condition, checking every 50 ms, for at most `boundMs`; true when it held. */
async function until(condition: () => boolean, boundMs: number): Promise<boolean> {
  const end = Date.now() + boundMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await delay(50);
  }
  return true;
}

/** Moves still open in a desk's write journal, as its calendar data says (0 when it cannot say). */
function openWrites(out: DeskOutcome): number {
  if (!out.ok) return 0;
  const open = (out.value as { openWrites?: unknown }).openWrites;
  return typeof open === 'number' ? open : 0;
}

/**
 * The end of the day: no more faults, every desk running again, late answers landed. Then every
 * desk syncs and runs the guard, round after round, until a round writes nothing, no journal has
 * an open move and every patient has one live appointment (or the bound passes). Finally one more
 * guard run on every desk must write nothing, and every desk must show every account readable.
 */
export async function settle(env: SettleEnv, settleMs: number): Promise<void> {
  const { world, desks, figures } = env;
  world.traffic.disarm();
  world.doctena.faults.clear();
  world.docfav.faults.clear();
  await Promise.all(desks.filter((d) => !d.alive).map((d) => d.start()));
  if (!(await until(() => !world.traffic.holding(), 30_000))) {
    figures.problems.push('a late answer was still held by a simulator after 30 s');
  }

  const deadline = Date.now() + settleMs;
  let settled = false;
  while (!settled) {
    figures.settleIterations += 1;
    // Journals retry on timers of their own: asking more often than this only loads the machine.
    const paced = delay(PACE_MS);
    const before = world.traffic.writes;
    const views = await Promise.all(desks.map((d) => d.request('sync:refresh', world.range)));
    await Promise.all(desks.map((d) => d.request('guard:run', {})));
    const quiet = world.traffic.writes === before;
    const open = views.reduce((n, v) => n + openWrites(v), 0);
    const docfav = docfavProblems(world, env.ledger);
    settled =
      figures.settleIterations >= 2 && quiet && open === 0 && docfav.duplicates + docfav.lost === 0;
    if (!settled) await paced;
    if (!settled && Date.now() > deadline) {
      figures.problems.push(
        `not settled after ${settleMs / 1000} s (${quiet ? 'quiet' : 'still writing'}, ${open} open journal moves)`,
      );
      if (!quiet)
        figures.problems.push(`last writes:\n      ${world.traffic.recent.join('\n      ')}`);
      break;
    }
  }

  const before = world.traffic.writes;
  const guard = await Promise.all(desks.map((d) => d.request('guard:run', {})));
  figures.guardWritesAfterConvergence = world.traffic.writes - before;
  if (figures.guardWritesAfterConvergence > 0) {
    figures.problems.push(
      `one more guard run on every desk wrote ${figures.guardWritesAfterConvergence} times`,
    );
  }
  guard.forEach((out, i) => {
    const name = desks[i]?.name ?? `desk ${i + 1}`;
    const errors = out.ok ? ((out.value as { errors?: { code: string }[] }).errors ?? []) : [];
    const codes = out.ok
      ? errors.map((e) => e.code)
      : ['killed' in out ? 'killed' : out.error.code];
    if (codes.length > 0) figures.problems.push(`guard on ${name}: ${codes.join(', ')}`);
  });

  const views = await Promise.all(desks.map((d) => d.request('calendar:range', world.range)));
  figures.openWrites = views.reduce((n, v) => n + openWrites(v), 0);
  views.forEach((out, i) => {
    const name = desks[i]?.name ?? `desk ${i + 1}`;
    if (!out.ok) {
      figures.accountsInError.push(`${name}: calendar unreadable`);
      return;
    }
    const accounts = (
      out.value as { accounts: { id: string; state: string; error: { code: string } | null }[] }
    ).accounts;
    for (const a of accounts) {
      if (a.state === 'error')
        figures.accountsInError.push(`${name} ${a.id} (${a.error?.code ?? '?'})`);
    }
  });
  if (figures.accountsInError.length > 0) {
    figures.problems.push(`accounts in error: ${figures.accountsInError.join(', ')}`);
  }
}
