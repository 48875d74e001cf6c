/**
 * The real entry point in a real process: exit status comes from
 * process.exitCode, output from the real streams.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function assay(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('assay entry point', () => {
  it('prints the version and exits 0', () => {
    const result = assay('--version');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 with a located error and no stack trace for a corrupt snapshot', () => {
    const result = assay('snapshot', 'validate', 'test/fixtures/snapshots/truncated.json.gz');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('test/fixtures/snapshots/truncated.json.gz: gzip data is truncated or corrupt');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for usage errors', () => {
    expect(assay('snapshot', 'validate', '--bogus', 'x.json').status).toBe(2);
  });
});
