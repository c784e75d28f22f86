// Bundles the main process (ESM, dependencies left to node_modules inside the asar) and the
// preload (CommonJS, self-contained: a sandboxed preload can require nothing but 'electron').
// An optional argument names another root to write into (the packaging test builds into a temp
// folder), so `package.json` `main` can be checked against what this really writes.
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';
import path from 'node:path';

const outRoot = process.argv[2] ?? '.';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: false,
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: path.join(outRoot, 'dist-electron/main.mjs'),
  format: 'esm',
  packages: 'external',
});

await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: path.join(outRoot, 'dist-electron/preload.cjs'),
  format: 'cjs',
  external: ['electron'],
  minify: true,
});

// The Linux window icon (electron-builder packages only the built output).
copyFileSync('build/icon.png', path.join(outRoot, 'dist-electron/icon.png'));

console.log(`built ${path.join(outRoot, 'dist-electron')}: main.mjs, preload.cjs and icon.png`);
