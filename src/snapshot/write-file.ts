/**
 * Writing an output file: snapshots, reports, plans. The contents go to a
 * temporary file beside the target and are renamed into place, so a crash or
 * Ctrl-C never leaves a half-written file where a good one was. Large
 * outputs arrive as a sequence of chunks (one string cannot exceed V8's
 * ~512 MB limit) and are written one chunk at a time, never joined.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type Stats } from 'node:fs';
import { access, constants, mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { AssayError } from '../diagnostics/error.js';

type Chunk = string | Uint8Array;

/** One text or buffer, or the chunks of one (a formatter's output for millions of findings). */
export type FileContents = Chunk | Iterable<Chunk> | AsyncIterable<Chunk>;

export interface WriteOptions {
  /** Compress with gzip on the way to disk (snapshots named *.gz). */
  readonly gzip?: boolean;
}

/** Why a file-system call failed, in words that name no temporary file (Node's messages carry both paths of a rename). */
export function fsProblem(cause: unknown): string {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  switch (code) {
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    // mkdir -p says EEXIST, open says ENOTDIR, when a file stands where a folder should.
    case 'ENOTDIR':
    case 'EEXIST': return 'a folder on its path is a file';
    case 'ENOENT': return 'its folder does not exist';
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EROFS': return 'read-only file system';
    case 'ENAMETOOLONG': return 'the name is too long';
    case 'EPIPE': return 'the reader closed the pipe';
    case undefined: return cause instanceof Error ? cause.message : String(cause);
    default: return code;
  }
}

function writeFailed(file: string, problem: string, cause?: unknown): AssayError {
  return new AssayError('FILE_WRITE_FAILED', `cannot write the file: ${problem}`, { location: { file }, cause });
}

/**
 * A regular file its owner may not write (mode 0444), or that this process
 * may not write: replacing it by a rename would bypass the protection, so
 * Assay refuses it as `cp` would. The mode bits are read as well as access(),
 * which says "writable" to root whatever the mode.
 */
export async function isReadOnlyFile(file: string, info: Stats): Promise<boolean> {
  if (!info.isFile()) return false;
  if ((info.mode & 0o200) === 0) return true;
  return access(file, constants.W_OK).then(() => false, () => true);
}

export const readOnlyProblem = (info: Stats): string => `the file is read-only (mode ${(info.mode & 0o777).toString(8).padStart(4, '0')}); make it writable or choose another name`;

/** Strings are gathered into writes of about this size: formatters may yield one small chunk per finding. */
const WRITE_SIZE = 1 << 16;

/**
 * The contents as a sequence of chunks, small strings gathered into larger
 * ones. `failed` records an error thrown by the contents' own iterator (a
 * formatter's bug), which must not be reported as a file problem.
 */
async function* chunksOf(contents: FileContents, failed: { error?: Error }): AsyncGenerator<Chunk> {
  if (typeof contents === 'string' || contents instanceof Uint8Array) {
    yield contents;
    return;
  }
  let pending = '';
  try {
    for await (const chunk of contents) {
      if (typeof chunk === 'string') {
        pending += chunk;
        if (pending.length < WRITE_SIZE) continue;
        yield pending;
        pending = '';
        continue;
      }
      if (pending !== '') yield pending;
      pending = '';
      yield chunk;
    }
  } catch (error) {
    failed.error = error instanceof Error ? error : new Error(String(error));
    throw failed.error;
  }
  if (pending !== '') yield pending;
}

/** Streams the contents into `target` (opened with `flags`), waiting for the disk at every chunk. */
async function writeContents(target: string, contents: FileContents, options: WriteOptions, flags: 'w' | 'wx', failed: { error?: Error }): Promise<void> {
  const source = Readable.from(chunksOf(contents, failed));
  const sink = createWriteStream(target, { flags, mode: 0o644 });
  await (options.gzip === true ? pipeline(source, createGzip({ level: 9 }), sink) : pipeline(source, sink));
}

/** Writes an output atomically: a temp file beside the target (its folders created), then rename. */
export async function writeFileAtomic(file: string, contents: FileContents, options: WriteOptions = {}): Promise<void> {
  const failed: { error?: Error } = {};
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory() === true) throw writeFailed(file, 'is a directory');
  if (existing !== undefined && !existing.isFile()) {
    // A device, pipe or socket (/dev/stdout, /dev/null, a FIFO) is written in place: renaming a
    // temporary file over it would replace the device node itself.
    try {
      await writeContents(file, contents, options, 'w', failed);
      return;
    } catch (cause) {
      if (failed.error !== undefined) throw failed.error;
      throw writeFailed(file, fsProblem(cause), cause);
    }
  }
  if (existing !== undefined && await isReadOnlyFile(file, existing)) throw writeFailed(file, readOnlyProblem(existing));
  // The user named this file: the folders it goes in are created, as by `mkdir -p`.
  await mkdir(dirname(file), { recursive: true }).catch((cause: unknown) => { throw writeFailed(file, `cannot create its folder: ${fsProblem(cause)}`, cause); });
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeContents(temp, contents, options, 'wx', failed);
    await rename(temp, file);
  } catch (cause) {
    await rm(temp, { force: true });
    if (failed.error !== undefined) throw failed.error;
    throw writeFailed(file, fsProblem(cause), cause);
  }
}
