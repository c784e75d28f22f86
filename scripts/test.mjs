// `npm test`: every check, in order, then one closing summary. Keeps going after a failure so
// the summary shows everything that is wrong, and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const VITEST_JSON = 'test-results/vitest-report.json';
const E2E_JSON = 'test-results/e2e-report.json';
const PACKAGED_JSON = 'test-results/packaged-report.json';
for (const f of [VITEST_JSON, E2E_JSON, PACKAGED_JSON]) rmSync(f, { force: true });

const steps = [
  { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'security scan', cmd: 'npm', args: ['run', '--silent', 'security'] },
  {
    name: 'unit + integration',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`],
  },
  { name: 'build', cmd: 'npm', args: ['run', '--silent', 'build'] },
  // Packages what the build wrote (electron-builder --linux dir, a stand-in Electron) and runs it.
  {
    name: 'packaged app',
    cmd: 'npx',
    args: [
      'vitest',
      'run',
      '--config',
      'vitest.smoke.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${PACKAGED_JSON}`,
    ],
  },
  { name: 'e2e', cmd: 'npx', args: ['playwright', 'test'] },
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.cmd, step.args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
const counts = { passed: 0, failed: 0, skipped: 0 };
for (const vitest of [readJson(VITEST_JSON), readJson(PACKAGED_JSON)]) {
  if (!vitest) continue;
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
const e2e = readJson(E2E_JSON);
if (e2e) {
  counts.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  counts.failed += e2e.stats.unexpected;
  counts.skipped += e2e.stats.skipped;
}
const stepsFailed = results.filter((r) => !r.ok);
// A failed step that produced no test counts (typecheck, lint, build) still counts as a failure.
counts.failed += stepsFailed.filter(
  (r) => !['unit + integration', 'packaged app', 'e2e'].includes(r.name),
).length;

console.log('\n=== summary ===');
for (const r of results)
  console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(stepsFailed.length === 0 && counts.failed === 0 ? 0 : 1);
