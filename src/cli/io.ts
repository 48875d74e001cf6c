/**
 * What a command may touch of the outside world, passed in so golden tests
 * can run the CLI in-process with captured streams.
 */
export interface OutputStream {
  write(text: string): void;
  readonly isTTY: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number | undefined;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/**
 * A standard stream whose reader may go away: `assay scan | head -1` closes
 * the pipe after one line. Node would end the process on the EPIPE with a
 * stack trace and exit 1, which for `scan` means "gate failed"; instead
 * what is left to print is dropped, and the command finishes its work (its
 * report files) and exits with its own code.
 */
function processStream(stream: NodeJS.WriteStream): OutputStream {
  let readerGone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return {
    write: (text) => { if (!readerGone) stream.write(text); },
    isTTY: stream.isTTY,
    columns: stream.columns,
  };
}

export function nodeIo(): CliIo {
  return {
    stdout: processStream(process.stdout),
    stderr: processStream(process.stderr),
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
