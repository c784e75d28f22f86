// Bundles the main process (ESM, dependencies left to node_modules inside the asar) and the
// preload (CommonJS, self-contained: a sandboxed preload can require nothing but 'electron').
import { build } from 'esbuild';

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
  outfile: 'dist-electron/main.mjs',
  format: 'esm',
  packages: 'external',
});

await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist-electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
  minify: true,
});

console.log('built dist-electron/main.mjs and dist-electron/preload.cjs');
