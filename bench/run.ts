import os from 'node:os';
import { normaliseAndMerge } from './normalise';
import { autocompleteRows } from './booking';
import { dropToDrawn } from './drop';
import { paintWeek } from './paint';
import { patientCardRows } from './patient-card';
import { steadyStateRequests } from './requests';
import { slotSearchRows } from './slots';
import { coldStart, heapWith } from './startup';

// `npm run bench`: prints one table of figures with their targets. Medians of a few runs.

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const rows: { measure: string; result: string; target: string; ok: boolean }[] = [];

// Node-only work first, before any Chromium runs beside it on the same cores.
normaliseAndMerge(100_000); // warm-up: the JIT, not the data, would dominate a first run
const merges = [1, 2, 3, 4, 5].map(() => normaliseAndMerge(100_000));
const merge = median(merges.map((m) => m.ms));
rows.push({
  measure: 'Normalise and merge 100,000 raw events (Node)',
  result: `${merge.toFixed(0)} ms`,
  target: '< 150 ms',
  ok: merge < 150,
});
rows.push({
  measure: '  … and validating them first (zod, at the boundary)',
  result: `${median(merges.map((m) => m.validateMs)).toFixed(0)} ms`,
  target: '(reported)',
  ok: true,
});

const paint = median(await paintWeek(1000, 5));
rows.push({
  measure: 'Paint a week with 1,000 events (Chromium, web bridge)',
  result: paint < 0 ? 'did not finish' : `${paint.toFixed(0)} ms`,
  target: '< 300 ms',
  ok: paint >= 0 && paint < 300,
});

const paint3000 = median(await paintWeek(3000, 1));
rows.push({
  measure: 'Paint a week with 3,000 events (Chromium, web bridge)',
  result: paint3000 < 0 ? 'did not finish' : `${paint3000.toFixed(0)} ms`,
  target: '(reported)',
  ok: paint3000 >= 0,
});

rows.push(...(await (await import('./day-columns')).dayColumnsRows()));

const drop = median(await dropToDrawn());
rows.push({
  measure: 'Drop to event drawn at its new place (writes delayed 2 s)',
  result: `${drop.toFixed(0)} ms`,
  target: '< 50 ms',
  ok: drop < 50,
});

const heap = await heapWith(10_000);
rows.push({
  measure: 'Renderer JS heap with 10,000 events loaded',
  result: `${heap.toFixed(0)} MB`,
  target: '(reported)',
  ok: true,
});

const cold = await coldStart();
rows.push({
  measure: 'Cold start of the web bridge to the first painted week',
  result: `${cold.toFixed(0)} ms`,
  target: '(reported)',
  ok: true,
});

const requests = await steadyStateRequests();
rows.push({
  measure: 'Requests per steady-state refresh: Doctena',
  result: String(requests.doctena),
  target: `${requests.doctenaMinimum} (2 per calendar)`,
  ok: requests.doctena <= requests.doctenaMinimum,
});
rows.push({
  measure: 'Requests per steady-state refresh: Docfav',
  result: String(requests.docfav),
  target: `${requests.docfavMinimum} (1 per clinic-week)`,
  ok: requests.docfav <= requests.docfavMinimum,
});

rows.push(...(await slotSearchRows()));
rows.push(...(await patientCardRows()));
rows.push(...(await autocompleteRows()));

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(
  `\nFrontdesk benchmarks — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`,
);
console.log(`| ${'Measure'.padEnd(width)} | Result     | Target                  | Met |`);
console.log(`| ${'-'.repeat(width)} | ---------- | ----------------------- | --- |`);
for (const r of rows) {
  console.log(
    `| ${r.measure.padEnd(width)} | ${r.result.padEnd(10)} | ${r.target.padEnd(23)} | ${r.ok ? 'yes' : 'no '} |`,
  );
}
