import { ACTION_KINDS, type ActionKind, type Done, type Outcome } from './actions';

/** The run's figures, and the lines that print them. */

export interface Figures {
  seed: number;
  desks: number;
  rounds: number;
  operations: number;
  byKind: Record<ActionKind, Partial<Record<Outcome, number>>>;
  errorCodes: Record<string, number>;
  sameAppointmentRounds: number;
  kills: number;
  killsBetweenBookAndCancel: number;
  restarts: number;
  lateAnswers: number;
  rateLimited: number;
  hangs: number;
  /** Docfav patients with more than one live appointment (each extra one counts). */
  duplicates: number;
  /** Docfav patients with none, and Doctena bookings gone or cancelled unasked. */
  lost: number;
  /** Writes at the platforms during one more guard run on every desk, after convergence. */
  guardWritesAfterConvergence: number;
  /** Person-made blockings found changed, moved or gone without the person asking. */
  blockingsTouched: number;
  accountsInError: string[];
  settleIterations: number;
  /** Moves still open in the desks' write journals at the end. */
  openWrites: number;
  /** Every broken invariant, in words (ids only, no patient data). */
  problems: string[];
  durationMs: number;
}

export function emptyFigures(seed: number, desks: number, rounds: number): Figures {
  return {
    seed,
    desks,
    rounds,
    operations: 0,
    byKind: Object.fromEntries(ACTION_KINDS.map((k) => [k, {}])) as Figures['byKind'],
    errorCodes: {},
    sameAppointmentRounds: 0,
    kills: 0,
    killsBetweenBookAndCancel: 0,
    restarts: 0,
    lateAnswers: 0,
    rateLimited: 0,
    hangs: 0,
    duplicates: 0,
    lost: 0,
    guardWritesAfterConvergence: 0,
    blockingsTouched: 0,
    accountsInError: [],
    settleIterations: 0,
    openWrites: 0,
    problems: [],
    durationMs: 0,
  };
}

export function count(figures: Figures, done: Done): void {
  figures.operations += 1;
  const tally = figures.byKind[done.kind];
  tally[done.outcome] = (tally[done.outcome] ?? 0) + 1;
  if (done.code) figures.errorCodes[done.code] = (figures.errorCodes[done.code] ?? 0) + 1;
}

export function formatReport(f: Figures): string[] {
  const kinds = ACTION_KINDS.filter((k) => Object.keys(f.byKind[k]).length > 0).map(
    (k) =>
      `  ${k.padEnd(16)} ${Object.entries(f.byKind[k])
        .map(([outcome, n]) => `${outcome} ${n}`)
        .join(', ')}`,
  );
  const codes = Object.entries(f.errorCodes)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `chaos: seed ${f.seed}, ${f.desks} desks, ${f.rounds} rounds, ${(f.durationMs / 1000).toFixed(1)} s`,
    `operations ${f.operations} (same-appointment rounds ${f.sameAppointmentRounds})`,
    ...kinds,
    `  error codes: ${codes || 'none'}`,
    `kills ${f.kills} (between book and cancel ${f.killsBetweenBookAndCancel}), restarts ${f.restarts}`,
    `late answers ${f.lateAnswers}, 429s ${f.rateLimited}, hangs ${f.hangs}`,
    `settled after ${f.settleIterations} sync+guard rounds, open journal moves ${f.openWrites}`,
    `duplicates ${f.duplicates} (must be 0), lost ${f.lost} (must be 0)`,
    `guard writes after convergence ${f.guardWritesAfterConvergence} (must be 0), person-made blockings touched ${f.blockingsTouched} (must be 0)`,
    `accounts in error: ${f.accountsInError.length ? f.accountsInError.join(', ') : 'none'}`,
    ...(f.problems.length ? ['problems:', ...f.problems.map((p) => `  - ${p}`)] : ['no problems']),
    `replay: npm run chaos -- --seed ${f.seed} --desks ${f.desks} --rounds ${f.rounds}`,
  ];
}
