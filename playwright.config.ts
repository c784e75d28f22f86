import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import { electronBinary } from './scripts/electron-binary';

// Two targets for the same specs: the web bridge (always) and the real Electron app (skipped with a
// message when its binary is missing). FRONTDESK_E2E_TARGET=web|electron runs just one.
const only = process.env.FRONTDESK_E2E_TARGET;
const projects = [{ name: 'web' }, { name: 'electron' }].filter((p) => !only || p.name === only);

if (
  projects.some((p) => p.name === 'electron') &&
  !electronBinary() &&
  !process.env.TEST_WORKER_INDEX
) {
  console.warn(
    'e2e: the Electron target is skipped because the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); the web bridge target runs the same specs.',
  );
}

export default defineConfig({
  projects,
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  use: {
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
});
