/**
 * Exit code 3, the one no input can cause: a bug. Simulated with a stdout
 * that throws, which no command expects; the user gets a short message and
 * the way to a stack trace, never the trace itself unless asked.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';

function brokenStdout(): { io: CliIo; stderr: () => string } {
  let stderr = '';
  const io: CliIo = {
    stdout: { write: () => { throw new Error('stdout went away'); }, isTTY: false },
    stderr: { write: (text) => { stderr += text; }, isTTY: false },
    env: {},
    cwd: process.cwd(),
  };
  return { io, stderr: () => stderr };
}

describe('exit code 3', () => {
  it('an unexpected failure exits 3 with a short message and no stack trace', async () => {
    const { io, stderr } = brokenStdout();
    expect(await run(['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations'], io)).toBe(3);
    expect(stderr()).toContain('assay: internal error: stdout went away');
    expect(stderr()).toContain('Re-run with --debug');
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('--debug prints the stack trace', async () => {
    const { io, stderr } = brokenStdout();
    expect(await run(['scan', '--snapshot', 'examples/demo-account.json', '--pack', 'assay-foundations', '--debug'], io)).toBe(3);
    expect(stderr()).toMatch(/\n\s+at /);
  });
});
