import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Golden and end-to-end tests spawn processes; keep workers within the 2-core budget.
    maxWorkers: 2,
    // In-process CLI scans of the demo account take a second or two; on a loaded 2-core runner, more.
    testTimeout: 20_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
