/**
 * The built CLI, as a user starts it: a command that holds a snapshot runs
 * in a Node whose heap limit is three quarters of the machine's memory (at
 * most 16 GiB), unless the user chose a limit. Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { heapTargetMb } from '../../src/cli/heap.js';

const HANG_GUARD_MS = 5 * 60_000;

function heapLimitOf(env: NodeJS.ProcessEnv): { limit: number; status: number | null } {
  const result = spawnSync(process.execPath, ['dist/cli/main.js', 'scan', '--snapshot', 'examples/demo-account.json', '--fail-on', 'none', '--timings', '--format', 'json'], { env, encoding: 'utf8' });
  const match = /timing: node heap limit ([\d,]+) MB/.exec(result.stderr);
  return { limit: Number((match?.[1] ?? 'NaN').replace(/,/g, '')), status: result.status };
}

describe('the heap a scan runs with', () => {
  it('is raised for scan, and left alone when the user set one', () => {
    const env = { ...process.env, NODE_OPTIONS: '' };
    const raised = heapLimitOf(env);
    expect(raised.status).toBe(0);
    const plain = spawnSync(process.execPath, ['-e', 'console.log(require("node:v8").getHeapStatistics().heap_size_limit / 1048576)'], { env, encoding: 'utf8' });
    const defaultLimit = Number(plain.stdout);
    const target = heapTargetMb(totalmem() / 1_048_576);
    // On a machine with little memory the default is already close to the target, and is kept.
    const expected = target > defaultLimit * 1.25 ? target : defaultLimit;
    // V8 adds its young generation to the old space the flag sets.
    expect(raised.limit).toBeGreaterThanOrEqual(Math.floor(expected));
    expect(raised.limit).toBeLessThan(expected + 512);
    const chosen = heapLimitOf({ ...env, NODE_OPTIONS: '--max-old-space-size=1500' });
    expect(chosen.status).toBe(0);
    expect(chosen.limit).toBeLessThan(1600);
  }, HANG_GUARD_MS);
});
