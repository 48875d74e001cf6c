/**
 * The real entry point in a real process: exit status comes from
 * process.exitCode, output from the real streams. Everything else about the
 * CLI is tested in-process (golden.test.ts); these few runs are the ones
 * where the process boundary is the point.
 */
import { describe, expect, it } from 'vitest';
import { assay } from '../support/spawn.js';

describe('assay entry point', () => {
  it('prints the version and exits 0', async () => {
    const result = await assay(['--version'], {});
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 with a located error and no stack trace for a corrupt snapshot', async () => {
    const result = await assay(['snapshot', 'validate', 'test/fixtures/snapshots/truncated.json.gz'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('test/fixtures/snapshots/truncated.json.gz: gzip data is truncated or corrupt');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for usage errors', async () => {
    expect((await assay(['snapshot', 'validate', '--bogus', 'x.json'], {})).code).toBe(2);
  });
});
