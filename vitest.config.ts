import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests and the 1,000-function fixtures are CPU-bound; 2 cores here.
    testTimeout: 20_000,
  },
});
