import { defineConfig } from 'vitest/config';

/**
 * Timeouts catch hangs, never slowness. The slowest test takes about 30 s
 * on an idle 2-core machine (a live collection against the moto emulator);
 * on a shared, loaded one the same test has been seen to take many times
 * that. A test that is merely slow must pass, so the limit is far above any
 * plausible run and only a test that will never end hits it.
 */
const HANG_GUARD_MS = 10 * 60_000;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Golden and end-to-end tests spawn processes; keep workers within the 2-core budget.
    maxWorkers: 2,
    testTimeout: HANG_GUARD_MS,
    hookTimeout: HANG_GUARD_MS,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
