import { build } from 'esbuild';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

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
    expect(Object.keys(packageJson.dependencies).sort()).toEqual(['electron-store', 'zod']);
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
