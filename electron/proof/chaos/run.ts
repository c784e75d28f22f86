import { Prng } from '../../../simulators/doctena/prng';
import { bundleDesk, DeskProcess } from './desk-process';
import { checkInvariants } from './invariants';
import { Ledger } from './ledger';
import { planRound } from './plan';
import { emptyFigures, type Figures } from './report';
import { playRound, switchOn, type Env } from './round';
import { settle } from './settle';
import { startWorld } from './world';

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
    await settle(env, options.settleMs ?? 30_000);
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
