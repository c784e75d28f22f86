// `npm run chaos`: a longer randomised multi-desk session (see electron/proof/chaos/run.ts).
// Options: --desks N (2–5, default 3), --rounds N (default 30), --seed N (default: random,
// printed so a failure can be replayed), --timeout MS (client timeout, default 1500),
// --settle MS (bound of the settle phase, default 30000), --odd start|end|off, --logs.
import { logTail } from '../electron/proof/chaos/desk-process';
import { formatReport } from '../electron/proof/chaos/report';
import { runChaos } from '../electron/proof/chaos/run';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}
const number = (name: string, fallback: number) => {
  const value = Number(option(name) ?? fallback);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number`);
    process.exit(2);
  }
  return value;
};

const odd = option('odd') ?? 'start';
if (odd !== 'start' && odd !== 'end' && odd !== 'off') {
  console.error('--odd must be start, end or off');
  process.exit(2);
}
const seed = number('seed', Math.floor(Math.random() * 2 ** 31));
const desks = Math.min(5, Math.max(2, number('desks', 3)));
const rounds = number('rounds', 30);
console.log(`chaos: seed ${seed}, ${desks} desks, ${rounds} rounds`);

const { figures, logs } = await runChaos({
  seed,
  desks,
  rounds,
  timeoutMs: number('timeout', 1500),
  settleMs: number('settle', 30_000),
  odd,
  progress: (line) => console.log(line),
});
console.log(formatReport(figures).join('\n'));
if (process.argv.includes('--logs') || figures.problems.length > 0) {
  for (const [desk, lines] of Object.entries(logs)) {
    console.log(`\n--- ${desk}, last log lines ---\n${logTail(lines, 30).join('\n')}`);
  }
}
process.exit(figures.problems.length === 0 ? 0 : 1);
