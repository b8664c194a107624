import { defineConfig } from '@playwright/test';

/** Desktop end-to-end tests: the built app under Electron, launched by each test. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
});
