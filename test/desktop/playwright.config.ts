import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

/**
 * Raw V8 coverage of the worker that runs main.js, for test/coverage/desktop-coverage.ts. Set
 * here (not in the npm script) so it works on every shell; workers inherit it.
 */
export const HARNESS_COVERAGE_DIR = resolve('coverage/harness-v8');
// Workers load this file too; only the runner starts the run afresh (a worker restarted after
// a failure must not delete what the one before it wrote).
if (process.env.TEST_WORKER_INDEX === undefined) {
  rmSync(HARNESS_COVERAGE_DIR, { recursive: true, force: true });
}
process.env.NODE_V8_COVERAGE = HARNESS_COVERAGE_DIR;

/**
 * The desktop harness suite: our built main process in Node with a fake `electron`, the real
 * preload and renderer in Debian's Chromium. Needs `vite build` first (npm run test:desktop).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One worker: every test loads main.js into the worker process, and the machine has 2 cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // No retries: a test that passes only on its second try is a flake to fix, not to hide.
  retries: 0,
  reporter: [['list']],
  // Hang guards for a loaded 2-core CI machine, not waits: an autosave alone is 1.5 s of quiet
  // plus up to 1 s for an idle main thread before the file is written. Under a load average of
  // 20, starting the app and reaching the editor alone took most of 60 s, and tests failed on
  // time with every assertion holding; a green run takes no longer for a larger guard.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // main.js runs as built: not transpiled again by Playwright (faster, and coverage maps to it).
  build: { external: ['**/dist-electron/**'] },
  use: { launchOptions: chromiumLaunchOptions(), trace: 'retain-on-failure' },
});
