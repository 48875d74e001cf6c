/**
 * The built CLI, as a user starts it: a command that holds a snapshot runs
 * in a Node whose heap limit is three quarters of the machine's memory (at
 * most 16 GiB), unless the user chose a limit or the snapshot is small.
 * Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heapTargetMb, SMALL_SCAN_INPUT_BYTES } from '../../src/cli/heap.js';

const HANG_GUARD_MS = 5 * 60_000;

/** The demo account padded with white space past the size scanned in place: the same resources in a large file. */
function largeSnapshot(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'assay-heap-')), 'large.json');
  writeFileSync(file, `${readFileSync('examples/demo-account.json', 'utf8')}${' '.repeat(SMALL_SCAN_INPUT_BYTES)}\n`);
  return file;
}

function heapLimitOf(env: NodeJS.ProcessEnv, snapshot: string): { limit: number; status: number | null } {
  const result = spawnSync(process.execPath, ['dist/cli/main.js', 'scan', '--snapshot', snapshot, '--fail-on', 'none', '--timings', '--format', 'json'], { env, encoding: 'utf8', maxBuffer: 64 * 1_048_576 });
  const match = /timing: node heap limit ([\d,]+) MB/.exec(result.stderr);
  return { limit: Number((match?.[1] ?? 'NaN').replace(/,/g, '')), status: result.status };
}

describe('the heap a scan runs with', () => {
  it('is raised for scan of a large snapshot, and left alone when the user set one or the snapshot is small', () => {
    const env = { ...process.env, NODE_OPTIONS: '' };
    const large = largeSnapshot();
    const raised = heapLimitOf(env, large);
    expect(raised.status).toBe(0);
    const plain = spawnSync(process.execPath, ['-e', 'console.log(require("node:v8").getHeapStatistics().heap_size_limit / 1048576)'], { env, encoding: 'utf8' });
    const defaultLimit = Number(plain.stdout);
    const target = heapTargetMb(totalmem() / 1_048_576);
    // On a machine with little memory the default is already close to the target, and is kept.
    const expected = target > defaultLimit * 1.25 ? target : defaultLimit;
    // V8 adds its young generation to the old space the flag sets.
    expect(raised.limit).toBeGreaterThanOrEqual(Math.floor(expected));
    expect(raised.limit).toBeLessThan(expected + 512);
    const chosen = heapLimitOf({ ...env, NODE_OPTIONS: '--max-old-space-size=1500' }, large);
    expect(chosen.status).toBe(0);
    expect(chosen.limit).toBeLessThan(1600);
    const small = heapLimitOf(env, 'examples/demo-account.json');
    expect(small.status).toBe(0);
    expect(Math.abs(small.limit - defaultLimit)).toBeLessThan(1);
  }, HANG_GUARD_MS);
});
