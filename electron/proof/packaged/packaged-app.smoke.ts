import { extractAll } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../security';

// The shipped app, as far as this machine can prove it without the Electron binary: the built
// output is packaged by electron-builder (`--linux dir`) against a stand-in Electron folder, the
// packaged app.asar is extracted, and its `main` runs under Node against a stand-in `electron`
// (harness.mjs). Run by `npm test` after the build step (vitest.smoke.config.ts).

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  devDependencies: Record<string, string>;
};
// Electron's fuse sentinel (see @electron/fuses): the wire follows it, version 1, eight fuses.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

let work: string;
let appDir: string;
let unpacked: string;

interface Report {
  menuLabels?: string[];
  log: string[];
  errors: string[];
  appUserModelId?: string;
  loadedBeforeReady: string[];
  privilegedSchemes?: string[];
  loadedUrl?: string;
  windowIcon?: string | null;
  served?: { url: string; status: number; csp?: string }[];
  preloads?: { filePath: string; matches: string[] }[];
  exposed?: string[];
  appInfo?: { ok: boolean; value?: { launchAtLoginSupported: boolean; name: string } };
  telNavigation?: { prevented: boolean; opened: string[] };
  mailtoPermission?: boolean;
  calendarRangeOk?: boolean;
  windows: number;
  partitions: { partition: string; options?: { cache: boolean } }[];
  vendorFetches: { credentials?: string; cache?: string }[];
  vendorFetchCount: number;
  netFetches: string[];
  defaultFetches: string[];
}

const runs = new Map<string, Report>();
/** One run per platform and lock, shared by the checks that read its report. */
function runMain(platform: string, lock: boolean): Report {
  const key = `${platform}-${lock}`;
  if (!runs.has(key)) runs.set(key, runMainOnce(platform, lock));
  return runs.get(key)!;
}

function runMainOnce(platform: string, lock: boolean): Report {
  const userData = mkdtempSync(path.join(work, `user-data-${platform}-`));
  const reportFile = path.join(userData, '..', `report-${path.basename(userData)}.json`);
  const run = spawnSync(
    process.execPath,
    [
      path.join(import.meta.dirname, 'harness.mjs'),
      appDir,
      userData,
      platform,
      lock ? '1' : '0',
      reportFile,
    ],
    { encoding: 'utf8', timeout: 60_000, env: { ...process.env, FRONTDESK_LOG_LEVEL: 'error' } },
  );
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report & { userData: string };
  return { ...report, userData } as Report;
}

beforeAll(() => {
  for (const built of ['dist/renderer/index.html', packageJson.main, 'dist-electron/preload.cjs']) {
    if (!existsSync(path.join(root, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` before the smoke test`);
    }
  }
  work = mkdtempSync(path.join(tmpdir(), 'frontdesk-packaged-'));
  // The stand-in Electron folder: an `electron` holding only the fuse sentinel and wire, plus
  // `version`, which is all electron-builder's `dir` target and @electron/fuses need.
  const electronDist = path.join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(
    path.join(electronDist, 'electron'),
    Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, 8]), Buffer.from('11110000')]),
    { mode: 0o755 },
  );
  writeFileSync(path.join(electronDist, 'version'), packageJson.devDependencies.electron!);

  const release = path.join(work, 'release');
  const builder = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${release}`,
    ],
    { cwd: root, encoding: 'utf8', timeout: 90_000 },
  );
  if (builder.status !== 0) {
    throw new Error(`electron-builder failed:\n${builder.stdout}\n${builder.stderr}`);
  }
  unpacked = path.join(release, 'linux-unpacked');
  appDir = path.join(work, 'app');
  extractAll(path.join(unpacked, 'resources', 'app.asar'), appDir);

  // `electron` is not in the package (Electron provides it at run time): the stand-in goes where
  // the packaged main resolves it. electron-store imports its default export, the app named ones.
  const stub = path.join(appDir, 'node_modules', 'electron');
  mkdirSync(stub, { recursive: true });
  writeFileSync(
    path.join(stub, 'package.json'),
    JSON.stringify({ name: 'electron', type: 'module', exports: './index.mjs' }),
  );
  const names = [
    'app',
    'BrowserWindow',
    'ipcMain',
    'net',
    'protocol',
    'session',
    'safeStorage',
    'screen',
    'dialog',
    'Menu',
    'Notification',
    'shell',
  ];
  writeFileSync(
    path.join(stub, 'index.mjs'),
    [
      'const electron = globalThis.__frontdeskElectronStub;',
      'export default electron;',
      `export const { ${names.join(', ')} } = electron;`,
    ].join('\n'),
  );
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packaged app', () => {
  it('is packaged with its entry point and the fuses flipped', async () => {
    expect(existsSync(path.join(appDir, packageJson.main))).toBe(true);
    const fuses = await getCurrentFuseWire(path.join(unpacked, 'frontdesk'));
    expect(fuses[FuseV1Options.RunAsNode]).toBe('0'.charCodeAt(0));
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe('0'.charCodeAt(0));
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe('1'.charCodeAt(0));
  });

  it('loads, serves the page and its assets with the CSP, and answers IPC from the preload', () => {
    const report = runMain('linux', true);
    expect(report.errors).toEqual([]);
    expect(report.loadedBeforeReady).not.toContain('new BrowserWindow');
    expect(report.privilegedSchemes).toEqual(['app']);
    // The bundled main loads the catalogues (FormatJS from node_modules) and words its menu in
    // the language the OS prefers: German here.
    expect(report.menuLabels).toEqual(
      expect.arrayContaining(['Ansicht', 'Datenschutz', 'Über Frontdesk']),
    );
    expect(report.loadedUrl).toBe('app://frontdesk/index.html');
    expect(report.served!.length).toBeGreaterThan(2); // the page, its script and its styles
    for (const served of report.served!) {
      expect(served, served.url).toMatchObject({ status: 200, csp: CONTENT_SECURITY_POLICY });
    }
    expect(report.preloads).toEqual([
      expect.objectContaining({
        filePath: 'dist-electron/preload.cjs',
        matches: ['app://frontdesk/*'],
      }),
    ]);
    expect(report.exposed).toEqual(['api']);
    expect(report.appInfo).toMatchObject({
      ok: true,
      value: { name: 'Frontdesk', launchAtLoginSupported: false },
    });
    expect(existsSync(path.join(appDir, path.relative(appDir, report.windowIcon!)))).toBe(true);
  });

  it('hands a tel: navigation to the OS and grants openExternal for mailto: only', () => {
    const report = runMain('linux', true);
    expect(report.telNavigation).toEqual({ prevented: true, opened: ['tel:+4930555000'] });
    expect(report.mailtoPermission).toBe(true);
  });

  it('fetches vendors without disk cache and without cookies', () => {
    const report = runMain('linux', true);
    expect(report.calendarRangeOk).toBe(true);
    expect(report.vendorFetchCount).toBeGreaterThan(0);
    expect(report.partitions).toEqual([{ partition: 'vendors', options: { cache: false } }]);
    for (const call of report.vendorFetches) {
      expect(call).toEqual({ credentials: 'omit', cache: 'no-store' });
    }
    expect(report.netFetches).toEqual([]);
    expect(report.defaultFetches).toEqual([]);
  });

  it('on Windows runs under the AppUserModelId of the installer’s shortcut', async () => {
    const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
      getConfig: (dir: string, file: string, options: null) => Promise<{ appId: string }>;
    };
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    const report = runMain('win32', true);
    expect(report.errors).toEqual([]);
    expect(report.log[0]).toBe('setAppUserModelId');
    expect(report.appUserModelId).toBe(config.appId);
    expect(report.windowIcon).toBeNull();
  });

  it('as a second instance does nothing but hand over to the first', () => {
    const report = runMain('linux', false) as Report & { userData: string };
    expect(report.errors).toEqual([]);
    expect(report.log).toEqual(['requestSingleInstanceLock', 'quit']);
    expect(report.windows).toBe(0);
    expect(report.partitions).toEqual([]);
    expect(report.vendorFetchCount).toBe(0);
  });
});
