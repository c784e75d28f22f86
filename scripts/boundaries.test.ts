import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The import rules live in .dependency-cruiser.cjs and run in `npm run lint`. These tests show
// the rules bite: a scratch tree with planted violations fails, naming each rule, and ours passes.

const root = path.resolve(import.meta.dirname, '..');
const config = path.join(root, '.dependency-cruiser.cjs');
const bin = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const run = promisify(execFile);

/** Runs depcruise exactly as lint does; it exits non-zero when it finds violations. */
async function cruise(cwd: string): Promise<{ failed: boolean; report: string }> {
  const args = [bin, 'electron', 'renderer', 'shared', 'simulators', '--config', config];
  // CI=true makes the colour library think a terminal is there: colours off, whatever the env.
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  return run(process.execPath, [...args, '--output-type', 'err'], { cwd, env }).then(
    ({ stdout }) => ({ failed: false, report: stdout }),
    (err: { stdout?: string }) => ({ failed: true, report: err.stdout ?? '' }),
  );
}

/** "rule: from -> to" for each violation; a cycle is reported with its whole path. */
function violations(report: string): string[] {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes, should any slip through.
  const plain = report.replace(/\u001b\[[0-9;]*m/g, '');
  const found = [...plain.matchAll(/error ([\w-]+): (\S+) →\s+([^\n]+?)\s*$/gm)];
  // The scratch tree reaches npm packages through a symlink, so they print as a relative path.
  return found
    .map(
      ([, rule, from, to]) =>
        `${rule}: ${from} -> ${to?.replace(/ →$/, '').replace(/^.*node_modules\/(.+?)\/.*$/, '$1')}`,
    )
    .sort();
}

const scratch = mkdtempSync(path.join(tmpdir(), 'frontdesk-boundaries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function plant(files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), text);
  }
}

describe('import boundaries (dependency-cruiser)', () => {
  it('fails on planted forbidden imports and a type-only cycle, naming each rule', async () => {
    // The scratch tree resolves npm packages (electron) from the real node_modules.
    symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
    plant({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', strict: true },
      }),
      // Allowed: the entry point wires services, the demo starts the simulators.
      'electron/main.ts':
        "import { createServices } from './core/services';\nexport const x = createServices;\n",
      'electron/core/services.ts': 'export const createServices = 1;\n',
      'electron/core/notify.ts': 'export const notify = 1;\n',
      'electron/accounts/demo.ts':
        "import { sim } from '../../simulators/sim';\nexport const demo = sim;\n",
      'simulators/sim.ts': 'export const sim = 1;\n',
      // Forbidden.
      'renderer/view.ts': "import { x } from '../electron/main';\nexport const view = x;\n",
      'renderer/ipc.ts':
        "import { ipcRenderer } from 'electron';\nexport const ipc = ipcRenderer;\n",
      'renderer/disk.ts':
        "import { readFileSync } from 'node:fs';\nexport const disk = readFileSync;\n",
      'shared/leak.ts':
        "import { notify } from '../electron/core/notify';\nexport const leak = notify;\n",
      'shared/a.ts': "import { b } from './b';\nexport const a = b;\nexport type A = number;\n",
      'shared/b.ts': "import type { A } from './a';\nexport const b: A = 1;\n",
      'electron/sync/poll.ts':
        "import { sim } from '../../simulators/sim';\nexport const poll = sim;\n",
      'electron/vendors/client.ts':
        "import { notify } from '../core/notify';\nexport const client = notify;\n",
      'electron/guard/guard.ts':
        "import type { createServices } from '../core/services';\nexport type G = typeof createServices;\n",
    });

    const { failed, report } = await cruise(scratch);

    expect(failed).toBe(true);
    expect(violations(report)).toEqual(
      [
        'no-circular: shared/a.ts -> shared/b.ts',
        'renderer-only-renderer-and-shared: renderer/disk.ts -> fs',
        'renderer-no-node-core: renderer/disk.ts -> fs',
        'renderer-no-electron-or-node: renderer/ipc.ts -> electron',
        'renderer-only-renderer-and-shared: renderer/view.ts -> electron/main.ts',
        'shared-only-shared: shared/leak.ts -> electron/core/notify.ts',
        'simulators-only-through-demo: electron/sync/poll.ts -> simulators/sim.ts',
        'vendors-below-the-app: electron/vendors/client.ts -> electron/core/notify.ts',
        'services-only-from-entry-points: electron/guard/guard.ts -> electron/core/services.ts',
      ].sort(),
    );
  }, 30_000);

  it('passes on the real tree, and lint runs it with this config', async () => {
    const { failed, report } = await cruise(root);
    expect(violations(report)).toEqual([]);
    expect(report).toContain('no dependency violations found');
    expect(failed).toBe(false);
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.lint).toContain(
      'depcruise electron renderer shared simulators --config .dependency-cruiser.cjs',
    );
  }, 30_000);
});
