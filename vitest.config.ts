import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests and bundle tests share dist/; one fork at a time per file is enough on 2 cores.
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
