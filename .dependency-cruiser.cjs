// Import rules between the app's layers, checked by `npm run lint` (see README, "Boundaries").
// Type-only imports count (tsPreCompilationDeps): a type cycle is still a cycle for a reader.

/** Tests, test helpers, the proofs, e2e and bench may reach across layers to set things up. */
const TESTS = [
  '\\.test\\.tsx?$',
  '(^|/)testing\\.tsx?$',
  '^electron/testing/',
  '^electron/proof/',
  '^e2e/',
  '^bench/',
  '^scripts/',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles anywhere, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'renderer-only-renderer-and-shared',
      comment: 'The renderer talks to the main process over IPC only (shared/contract.ts).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { pathNot: ['^renderer/', '^shared/', '(^|/)node_modules/'] },
    },
    {
      name: 'renderer-no-electron-or-node',
      comment: 'The renderer is a web page: no Electron and no Node core modules.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'renderer-no-node-core',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-only-shared',
      comment: 'shared/ runs in both processes: it imports only itself and npm packages.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '(^|/)node_modules/'] },
    },
    {
      name: 'shared-no-electron-or-node',
      severity: 'error',
      from: { path: '^shared/', pathNot: TESTS },
      to: { path: '(^|/)node_modules/electron/' },
    },
    {
      name: 'shared-no-node-core',
      severity: 'error',
      from: { path: '^shared/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'simulators-only-through-demo',
      comment: 'The main process reaches the simulators only through the demo (accounts/demo.ts).',
      severity: 'error',
      from: { path: '^electron/', pathNot: ['^electron/accounts/demo\\.ts$', ...TESTS] },
      to: { path: '^simulators/' },
    },
    {
      name: 'vendors-below-the-app',
      comment: 'Vendor clients know their API only, not the layers that use them.',
      severity: 'error',
      from: { path: '^electron/vendors/' },
      to: { path: '^electron/(sync|actions|guard|core)/' },
    },
    {
      name: 'services-only-from-entry-points',
      comment: 'core/services.ts wires everything; lower layers take its types from core/types.ts.',
      severity: 'error',
      from: { pathNot: ['^electron/main\\.ts$', '^electron/web/app\\.ts$', ...TESTS] },
      to: { path: '^electron/core/services\\.ts$' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-electron|release)/' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
