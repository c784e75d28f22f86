import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { CHROMIUM_PATH } from '../scripts/chromium';

/**
 * The bench's one way to turn runs into a figure: every figure is the median of at least
 * `MIN_RUNS` runs, printed with its spread and n, and the machine's 1-minute load average is
 * sampled before and after every run so the table says how busy the machine was.
 */

export const MIN_RUNS = 5;

export interface Row {
  measure: string;
  result: string;
  target: string;
  ok: boolean;
}

/** A run that did not measure what it should: the bench stops with the figure's name. */
export class BenchFailure extends Error {
  constructor(figure: string, reason: string) {
    super(`bench failed: "${figure}": ${reason}`);
    this.name = 'BenchFailure';
  }
}

const loads: number[] = [];
const sampleLoad = () => loads.push(os.loadavg()[0] ?? NaN);

/** The load averages sampled around every run so far: min, median, max. */
export function loadDuringRun() {
  const sorted = [...loads].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { min: sorted[0] ?? NaN, median: at(0.5) ?? NaN, max: sorted.at(-1) ?? NaN };
}

export interface Summary {
  figure: string;
  median: number;
  min: number;
  max: number;
  mean: number;
  n: number;
}

/** Summarises runs; a non-finite or negative value (a timed-out -1) fails the figure. */
export function summarise(figure: string, values: number[], minRuns = MIN_RUNS): Summary {
  sampleLoad(); // figures counted without `repeat` (requests, slots, patient card) are sampled here
  const bad = values.find((v) => !Number.isFinite(v) || v < 0);
  if (bad !== undefined) throw new BenchFailure(figure, `a run returned ${bad}`);
  if (values.length < minRuns)
    throw new BenchFailure(figure, `${values.length} runs, at least ${minRuns} needed`);
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2
      ? (sorted[Math.floor(mid)] ?? NaN)
      : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return {
    figure,
    median,
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    n: values.length,
  };
}

/**
 * Runs `run` `runs` times one after another (never in parallel: they would share the cores),
 * sampling the load around each; any exception fails the figure by name.
 */
export async function repeat(
  figure: string,
  runs: number,
  run: (index: number) => Promise<number> | number,
): Promise<Summary> {
  if (runs < MIN_RUNS) throw new BenchFailure(figure, `asked for ${runs} runs`);
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    sampleLoad();
    try {
      values.push(await run(i));
    } catch (e) {
      if (e instanceof BenchFailure) throw e;
      throw new BenchFailure(figure, `run ${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
    sampleLoad();
  }
  return summarise(figure, values);
}

const fmt = (v: number, digits: number) => v.toFixed(digits);

/** "median (min–max, n=…) unit", the one shape every row's result takes. */
export function spread(s: Summary, unit = '', digits = 0): string {
  const u = unit ? ` ${unit}` : '';
  return `${fmt(s.median, digits)}${u} (${fmt(s.min, digits)}–${fmt(s.max, digits)}, n=${s.n})`;
}

/** A row comparing the median with an upper bound (`< target`, or `≤` when `inclusive`). */
export function rowBelow(
  measure: string,
  s: Summary,
  target: number,
  unit: string,
  options: { inclusive?: boolean; digits?: number } = {},
): Row {
  const ok = options.inclusive ? s.median <= target : s.median < target;
  return {
    measure,
    result: spread(s, unit, options.digits),
    target: `${options.inclusive ? '≤' : '<'} ${target} ${unit}`.trim(),
    ok,
  };
}

const REPORTED = '(reported)';

/** A row with no target of its own: reported only, "—" in the Met column. */
export function rowReported(measure: string, s: Summary, unit: string, digits = 0): Row {
  return { measure, result: spread(s, unit, digits), target: REPORTED, ok: true };
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

/** The table's header: date, machine, Node, Chromium, and the load over the whole run. */
export function header(): string {
  const cpus = os.cpus();
  const load = loadDuringRun();
  return [
    `Frontdesk benchmarks — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `Machine: ${cpus[0]?.model.trim() ?? 'CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ${chromiumVersion()}`,
    `Load average (1 min) sampled around every run: median ${load.median.toFixed(2)}, min ${load.min.toFixed(2)}, max ${load.max.toFixed(2)}`,
    `Every result: median (min–max, n=runs). A failed run fails the bench.`,
  ].join('\n');
}

/** Prints the rows as a markdown table under the header. */
export function printTable(rows: Row[]) {
  const width = Math.max(7, ...rows.map((r) => r.measure.length));
  const rw = Math.max(6, ...rows.map((r) => r.result.length));
  const tw = Math.max(6, ...rows.map((r) => r.target.length));
  console.log(`\n${header()}\n`);
  console.log(
    `| ${'Measure'.padEnd(width)} | ${'Result'.padEnd(rw)} | ${'Target'.padEnd(tw)} | Met |`,
  );
  console.log(`| ${'-'.repeat(width)} | ${'-'.repeat(rw)} | ${'-'.repeat(tw)} | --- |`);
  for (const r of rows) {
    console.log(
      `| ${r.measure.padEnd(width)} | ${r.result.padEnd(rw)} | ${r.target.padEnd(tw)} | ${r.target === REPORTED ? ' — ' : r.ok ? 'yes' : 'no '} |`,
    );
  }
}
