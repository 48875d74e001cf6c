/**
 * Checks every file a command will write before it writes any, and before
 * the work that feeds them (a scan, an hour of collection): a report that
 * cannot be written must not be found out after the others were, or after
 * the collection it was for.
 */
import { access, constants, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { fsProblem, isReadOnlyFile, readOnlyProblem } from '../snapshot/write-file.js';

export interface PlannedOutput {
  /** The option that names it, for messages: --output, --plan, -o … */
  readonly option: string;
  readonly path: string;
}

const cannotWrite = (file: string, problem: string): AssayError => new AssayError('FILE_WRITE_FAILED', `cannot write the file: ${problem}`, { location: { file } });

const errnoOf = (cause: unknown): unknown => (typeof cause === 'object' && cause !== null && 'code' in cause ? cause.code : undefined);

/** The nearest folder above `file` that exists (or the first thing on its path that is not a folder). */
async function nearestExisting(file: string): Promise<{ path: string; isDirectory: boolean }> {
  let path = dirname(resolve(file));
  for (;;) {
    try {
      return { path, isDirectory: (await stat(path)).isDirectory() };
    } catch (cause) {
      const parent = dirname(path);
      if (parent === path || (errnoOf(cause) !== 'ENOENT' && errnoOf(cause) !== 'ENOTDIR')) throw cause;
      path = parent;
    }
  }
}

async function problemOf(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory() === true) return 'is a directory';
  if (info !== undefined) {
    if (await isReadOnlyFile(file, info)) return readOnlyProblem(info);
    // A device or pipe (/dev/stdout) is written in place.
    return info.isFile() ? undefined : access(file, constants.W_OK).then(() => undefined, fsProblem);
  }
  // The file is new: its folder, or the nearest that exists, must be one it can be created in.
  try {
    const folder = await nearestExisting(file);
    if (!folder.isDirectory) return `cannot create its folder: ${folder.path} is a file`;
    return await access(folder.path, constants.W_OK | constants.X_OK).then(() => undefined, (cause: unknown) => `cannot create it in ${folder.path}: ${fsProblem(cause)}`);
  } catch (cause) {
    return fsProblem(cause);
  }
}

/**
 * Refuses, all at once, outputs that name one file twice (they would
 * overwrite each other), a directory, a read-only file, or a place where the
 * file cannot be created. Errors name the user's path.
 */
export async function checkOutputPaths(outputs: readonly PlannedOutput[]): Promise<void> {
  const problems: AssayError[] = [];
  const seen = new Map<string, PlannedOutput>();
  for (const output of outputs) {
    const key = resolve(output.path);
    const first = seen.get(key);
    if (first !== undefined) {
      const same = first.option === output.option && first.path === output.path ? `${output.option} names ${output.path} twice` : `${first.option} ${first.path} and ${output.option} ${output.path} name the same file`;
      problems.push(new AssayError('CLI_USAGE', `${same}; each output needs its own file`));
      continue;
    }
    seen.set(key, output);
    const problem = await problemOf(output.path);
    if (problem !== undefined) problems.push(cannotWrite(output.path, problem));
  }
  if (problems.length > 0) throw new AssayErrors(problems);
}
