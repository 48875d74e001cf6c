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
    // Each worker imports the CLI, the AWS SDK and the policy library once for
    // all its test files instead of once per file, which saves some 40% of the
    // suite's CPU time (measured on the whole suite: 260 s of CPU isolated,
    // 160 s not; forks and threads alike). The price is a rule: a test leaves
    // no global state behind. Spies, stubbed env and globals are restored
    // after every test (below), and test/architecture/shared-workers.test.ts
    // refuses module mocks, chdir and direct process.env writes.
    isolate: false,
    restoreMocks: true,
    unstubEnvs: true,
    unstubGlobals: true,
    testTimeout: HANG_GUARD_MS,
    hookTimeout: HANG_GUARD_MS,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
