import { defineConfig } from 'vitest/config';

// The packaged-app smoke test: runs after `npm run build` (a step of its own in `npm test`), since
// it packages what the build wrote.
export default defineConfig({
  test: {
    include: ['electron/proof/packaged/*.smoke.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
