import { normaliseAndMerge } from './normalise';
import { repeat, rowBelow, type Row } from './stats';

const RUNS = 7;
const TOTAL = 100_000;

/**
 * Validation + mapping + merge of 100,000 raw events in Node, as one figure (normalise.ts times
 * them together): a validation timed apart would hide most of the cost. One warm-up run first,
 * as the JIT, not the data, would dominate it.
 */
export async function mergeRows(): Promise<Row[]> {
  const first = normaliseAndMerge(TOTAL);
  if (first.events !== TOTAL) throw new Error(`merge: ${first.events} of ${TOTAL} events`);
  const parts: { validateMs: number; mapMs: number; cpuMs: number }[] = [];
  const s = await repeat('Validate and merge 100,000 raw events', RUNS, () => {
    const run = normaliseAndMerge(TOTAL);
    if (run.events !== TOTAL) throw new Error(`${run.events} of ${TOTAL} events`);
    parts.push(run);
    return run.ms;
  });
  const mid = (pick: (p: (typeof parts)[number]) => number) =>
    [...parts.map(pick)].sort((a, b) => a - b)[Math.floor(parts.length / 2)] ?? NaN;
  return [
    rowBelow(
      `Validate + map + merge 100,000 raw events, Node (of it: validate ${mid((p) => p.validateMs).toFixed(0)}, map ${mid((p) => p.mapMs).toFixed(0)} ms; CPU ${mid((p) => p.cpuMs).toFixed(0)} ms)`,
      s,
      250,
      'ms',
    ),
  ];
}
