import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { APP_USER_MODEL_ID } from './identity';

// Packaging cannot download Electron here, so this checks what can be checked without it: the
// builder config is valid for electron-builder, and the package holds only the built output.

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');

async function loadBuilderConfig() {
  const { getConfig, validateConfiguration } =
    require('app-builder-lib/out/util/config/config.js') as {
      getConfig: (dir: string, file: string, options: null) => Promise<Record<string, unknown>>;
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
  const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
    DebugLogger: new (enabled: boolean) => unknown;
  };
  const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  return { config, validate: (c: unknown) => validateConfiguration(c, new DebugLogger(false)) };
}

describe('electron-builder config', () => {
  it('is valid and covers Windows NSIS, Linux AppImage and deb, and macOS dmg', async () => {
    const { config, validate } = await loadBuilderConfig();
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, nsis: { notAnOption: true } })).rejects.toThrow();
    expect(config).toMatchObject({
      appId: expect.any(String),
      productName: 'Frontdesk',
      win: { target: ['nsis'], icon: 'build/icon.png' },
      // oneClick and perMachine off: the assisted installer asks "just me" or "all users".
      nsis: { oneClick: false, perMachine: false },
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: ['dmg'] },
      electronFuses: {
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        onlyLoadAppFromAsar: true,
      },
    });
    expect(config).not.toHaveProperty('fileAssociations');
  });

  it('packages only the built output', async () => {
    const { config } = await loadBuilderConfig();
    expect(config.files).toEqual([
      { filter: ['dist/renderer/**', 'dist-electron/**', 'package.json'] },
    ]);
    // Runtime dependencies are what the main bundle leaves external; everything else is bundled.
    expect(Object.keys(packageJson.dependencies).sort()).toEqual([
      '@formatjs/intl',
      'electron-store',
      'zod',
    ]);
  });

  it('bundles the main process without tests and with only the demo part of the simulators', async () => {
    const result = await build({
      entryPoints: [path.join(root, 'electron/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((file) => /\.test\.ts$|(^|\/)e2e\/|(^|\/)bench\//.test(file))).toEqual([]);
    expect(inputs.some((file) => file.includes('simulators/doctena/seed'))).toBe(true);
    const external = new Set(
      Object.values(result.metafile.outputs).flatMap((o) =>
        o.imports.filter((i) => i.external).map((i) => i.path),
      ),
    );
    const allowed = new Set([...Object.keys(packageJson.dependencies), 'electron']);
    for (const name of external) {
      const bare = name.replace(/^node:/, '');
      expect(
        allowed.has(name) || builtinModules.includes(bare),
        `${name} would be missing at run time`,
      ).toBe(true);
    }
  });
});

describe('what electron-builder needs from package.json', () => {
  it('names as `main` the file the build writes', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'frontdesk-build-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/build-electron.mjs', out], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(path.join(out, packageJson.main)), packageJson.main).toBe(true);
      expect(existsSync(path.join(out, 'dist-electron/preload.cjs'))).toBe(true);
      // The Linux window icon main.ts points at, inside the packaged output.
      expect(existsSync(path.join(out, 'dist-electron/icon.png'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('gives the deb target a homepage and a maintainer', async () => {
    const { readPackageJson } = require('app-builder-lib/out/util/packageMetadata.js') as {
      readPackageJson: (file: string) => Promise<Record<string, unknown>>;
    };
    const { default: FpmTarget } = require('app-builder-lib/out/targets/FpmTarget.js') as {
      default: { prototype: { computeFpmMetaInfoOptions(): Promise<Record<string, unknown>> } };
    };
    const { AppInfo } = require('app-builder-lib/out/appInfo.js') as {
      AppInfo: { prototype: object };
    };
    const { config } = await loadBuilderConfig();
    const metadata = await readPackageJson(path.join(root, 'package.json'));
    const info = { metadata, devMetadata: metadata, repositoryInfo: Promise.resolve(null), config };
    const appInfo = Object.assign(Object.create(AppInfo.prototype) as object, { info });
    // electron-builder's own check, run against our metadata and the deb target's options.
    const target = { packager: { appInfo, info }, options: config.linux };
    const options = await FpmTarget.prototype.computeFpmMetaInfoOptions.call(target);
    expect(options).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
  });

  it('runs the app under the AppUserModelId the Windows installer gives its shortcut', async () => {
    const { config } = await loadBuilderConfig();
    expect(APP_USER_MODEL_ID).toBe(config.appId);
  });
});
