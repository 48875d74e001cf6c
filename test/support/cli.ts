/** Runs the CLI in-process with captured streams, as golden tests need. */
import { run } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: readonly string[], env: Record<string, string> = {}, cwd: string = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text) => { stdout += text; }, isTTY: false },
    stderr: { write: (text) => { stderr += text; }, isTTY: false },
    env,
    cwd,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** One golden transcript: the command, its exit status and both streams. */
export function transcript(args: readonly string[], result: CliRun): string {
  return [
    `$ assay ${args.join(' ')}`,
    `[exit ${result.code}]`,
    '--- stdout',
    result.stdout.trimEnd(),
    '--- stderr',
    result.stderr.trimEnd(),
    '',
  ].join('\n');
}
