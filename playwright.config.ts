import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/chromium';

/**
 * Browser end-to-end tests: Debian's Chromium against the built browser edition (`vite build
 * --mode web`, served by `vite preview`). The desktop suite has its own configuration in
 * test/electron/.
 */
/** E2E_PORT lets two checkouts (or two people) run the suite side by side. */
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // No retries: a test that passes only on its second try is a flake to fix, not to hide.
  retries: 0,
  reporter: [['list']],
  // Hang guards, not waits: CI is a loaded 2-core machine, where the axe runs and the
  // scenario walks take 15–27 s (measured), so 30 s was too close; with the machine busier
  // still (load average 20) a mouse drag in 40 steps took 87 s and the conflict test 66 s, so
  // 60 s was too close as well. Assertions wait for their condition and return as soon as it
  // holds: a green run takes no longer for a larger guard.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --mode web --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
