import os from 'node:os';
import { normaliseAndMerge } from './normalise';
import { dropToDrawn } from './drop';
import { paintWeek } from './paint';
import { steadyStateRequests } from './requests';

// `npm run bench`: prints one table of figures with their targets. Medians of a few runs.

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const rows: { measure: string; result: string; target: string; ok: boolean }[] = [];

const paint = median(await paintWeek(1000));
rows.push({
  measure: 'Paint a week with 1,000 events (Chromium, web bridge)',
  result: paint < 0 ? 'did not finish' : `${paint.toFixed(0)} ms`,
  target: '< 300 ms',
  ok: paint >= 0 && paint < 300,
});

const drop = median(await dropToDrawn());
rows.push({
  measure: 'Drop to event drawn at its new place (writes delayed 2 s)',
  result: `${drop.toFixed(0)} ms`,
  target: '< 50 ms',
  ok: drop < 50,
});

normaliseAndMerge(100_000); // warm-up: the JIT, not the data, would dominate a first run
const merges = [1, 2, 3].map(() => normaliseAndMerge(100_000));
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
