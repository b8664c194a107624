import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

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
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: { launchOptions: chromiumLaunchOptions(), trace: 'retain-on-failure' },
});
