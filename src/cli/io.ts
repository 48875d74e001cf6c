/**
 * What a command may touch of the outside world, passed in so golden tests
 * can run the CLI in-process with captured streams.
 */
export interface OutputStream {
  write(text: string): void;
  readonly isTTY: boolean;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function nodeIo(): CliIo {
  return {
    stdout: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY },
    stderr: { write: (text) => process.stderr.write(text), isTTY: process.stderr.isTTY },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: OutputStream, env: CliIo['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY;
}
