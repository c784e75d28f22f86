import { autocompleteRows } from './booking';
import { dayColumnsRows } from './day-columns';
import { dropRows } from './drop';
import { mergeRows } from './merge';
import { paintRows } from './paint';
import { patientCardRows } from './patient-card';
import { requestRows } from './requests';
import { slotSearchRows } from './slots';
import { BenchFailure, printTable, type Row } from './stats';
import { startupRows } from './startup';

// `npm run bench`: one table, every figure the median of ≥5 runs with its spread and n, under a
// header with the machine and its load. A failed run stops the bench with a non-zero exit.

const sections: [string, () => Promise<Row[]>][] = [
  // Node-only work first, before any Chromium runs beside it on the same cores.
  ['merge', mergeRows],
  ['requests', requestRows],
  ['slots', slotSearchRows],
  ['paint', () => paintRows()],
  ['day columns', () => dayColumnsRows()],
  ['drop', () => dropRows()],
  ['heap and cold start', () => startupRows()],
  ['patient card', patientCardRows],
  ['autocomplete', autocompleteRows],
];

const rows: Row[] = [];
let current = '';
try {
  for (const [name, section] of sections) {
    current = name;
    const started = performance.now();
    rows.push(...(await section()));
    console.error(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
} catch (e) {
  // A BenchFailure names its figure; anything else at least names the section it broke.
  console.error(
    `\n${e instanceof BenchFailure ? e.message : `bench failed in "${current}": ${String(e)}`}`,
  );
  if (!(e instanceof BenchFailure) && e instanceof Error && e.stack) console.error(e.stack);
  process.exit(1);
}
printTable(rows);
