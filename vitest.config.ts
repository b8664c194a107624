import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests and the 1,000-function fixtures are CPU-bound; 2 cores here.
    testTimeout: 20_000,
    // `vitest run --coverage` (npm test): the Electron side's coverage, merged with the desktop
    // harness run's by test/coverage/desktop-coverage.ts.
    coverage: {
      provider: 'v8',
      include: ['electron/**/*.ts'],
      reporter: ['json'],
      reportsDirectory: 'coverage/unit',
    },
  },
});
