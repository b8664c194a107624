import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // Property tests, PDFs of 200 functions and the 1,000-function fixtures are CPU-bound; on a
    // loaded 2-core machine they take several times longer (the report of 200 functions: 116 s
    // and 120 s, failing on time, at a load average of 25). A timeout here only catches hangs.
    testTimeout: 300_000,
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
