/**
 * `assay … | head -1`: the reader of stdout goes away. The process boundary
 * is the point, so these run the real entry point in a real process, its
 * stdout a pipe that this test closes.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Ended {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly firstLine: string;
}

/**
 * Runs assay with stdout into a reader that closes after the first line
 * (`head -1`), or at once, before the process has written anything.
 */
function assayIntoClosingReader(args: readonly string[], close: 'after-first-line' | 'at-once'): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let firstLine = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
    if (close === 'at-once') {
      child.stdout.destroy();
    } else {
      let seen = '';
      child.stdout.on('data', (c: Buffer) => {
        seen += c.toString('utf8');
        const end = seen.indexOf('\n');
        if (end < 0) return;
        firstLine = seen.slice(0, end);
        child.stdout.destroy();
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => { resolve({ code, signal, stderr, firstLine }); });
  });
}

function expectQuietEnd(ended: Ended, code: number): void {
  expect(ended.signal).toBeNull();
  expect(ended.stderr).not.toMatch(/EPIPE|\n\s+at |internal error/);
  expect(ended.code).toBe(code);
}

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-pipe-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

// Each test starts Node with tsx: seconds on a loaded machine, so a ceiling far above that.
describe('a closed stdout pipe', { timeout: 120_000 }, () => {
  it('ends `scan | head -1` quietly with the gate\'s exit code, every report file written', async () => {
    // The JSON findings of the demo (~700 kB) far exceed a pipe's buffer: the writer meets the closed pipe.
    const ended = await assayIntoClosingReader(['scan', '--snapshot', 'examples/demo-account.json', '--format', 'json', '--fail-on', 'none',
      '--output', `sarif=${join(dir, 'assay.sarif')}`, '--plan', join(dir, 'plan.md')], 'after-first-line');
    expectQuietEnd(ended, 0);
    expect(ended.firstLine).toBe('{');
    expect(ended.stderr).toContain('gate passed');
    expect(JSON.parse(await readFile(join(dir, 'assay.sarif'), 'utf8'))).toHaveProperty('runs');
    expect(await readFile(join(dir, 'plan.md'), 'utf8')).toMatch(/^# /);
  });

  it('keeps a failing gate\'s exit code 1 when the reader is gone', async () => {
    expectQuietEnd(await assayIntoClosingReader(['scan', '--snapshot', 'examples/demo-account.json', '--fail-on', 'high'], 'at-once'), 1);
  });

  it('ends `policies list` quietly with exit 0 when the reader is gone before it writes', async () => {
    // Every command prints through the same streams; one small output stands for plan, diff and types.
    expectQuietEnd(await assayIntoClosingReader(['policies', 'list'], 'at-once'), 0);
  });
});
