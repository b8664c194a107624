import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // Property tests, PDFs of 200 functions and the 1,000-function fixtures are CPU-bound; on a
    // loaded 2-core machine they take several times longer. A timeout here only catches hangs.
    testTimeout: 120_000,
    // `npm run test:coverage`: the Electron side's coverage, merged with the desktop harness
    // run's by test/coverage/desktop-coverage.ts.
    coverage: {
      provider: 'v8',
      include: ['electron/**/*.ts'],
      reporter: ['json'],
      reportsDirectory: 'coverage/unit',
    },
  },
});
