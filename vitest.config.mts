import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // The pino and CLI tests spawn workers and processes: 2-core machines need the headroom.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
