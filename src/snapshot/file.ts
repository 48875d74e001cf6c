/**
 * Snapshot files on disk: `.json`, or `.json.gz` (detected by content when
 * reading, by the `.gz` suffix when writing). Writes go to a temporary file
 * in the same folder and are renamed into place, so a crash or Ctrl-C never
 * leaves a half-written snapshot where a good one was.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { decodeText, parseJson } from './decode.js';
import { snapshotDigest } from './digest.js';
import { createLocator } from './locate.js';
import { normalizeSnapshot } from './normalize.js';
import type { Snapshot } from './schema.js';
import { validateSnapshot } from './validate.js';

export interface LoadedSnapshot {
  readonly file: string;
  readonly snapshot: Snapshot;
  readonly digest: string;
}

function errorCode(cause: unknown): string | undefined {
  return typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new AssayError('FILE_UNREADABLE', 'is a directory, not a file', { location: { file } });
    return await readFile(file);
  } catch (cause) {
    if (cause instanceof AssayError) throw cause;
    if (errorCode(cause) === 'ENOENT') {
      throw new AssayError('FILE_NOT_FOUND', 'no such file', { location: { file }, cause });
    }
    throw new AssayError('FILE_UNREADABLE', `cannot read the file: ${cause instanceof Error ? cause.message : String(cause)}`, { location: { file }, cause });
  }
}

/** Parses and validates snapshot bytes; throws AssayErrors listing every problem. */
export function loadSnapshotBytes(bytes: Uint8Array, file: string): LoadedSnapshot {
  const text = decodeText(bytes, file);
  const value = parseJson(text, file);
  const result = validateSnapshot(value, createLocator(file, text));
  if (!result.ok) {
    const errors = [...result.errors];
    if (result.omitted > 0) {
      errors.push(new AssayError('SNAPSHOT_SCHEMA', `… and ${result.omitted} more problems not listed`, { location: { file } }));
    }
    throw new AssayErrors(errors);
  }
  return { file, snapshot: result.snapshot, digest: snapshotDigest(result.snapshot) };
}

export async function readSnapshotFile(file: string): Promise<LoadedSnapshot> {
  return loadSnapshotBytes(await readBytes(file), file);
}

/** Serializes in canonical order; gzip when the name ends in `.gz`. */
export function encodeSnapshot(snapshot: Snapshot, file: string): Uint8Array {
  const json = `${JSON.stringify(normalizeSnapshot(snapshot), null, 2)}\n`;
  return file.endsWith('.gz') ? gzipSync(json, { level: 9 }) : Buffer.from(json, 'utf8');
}

/** Writes any output atomically: a temp file beside the target, then rename. */
export async function writeFileAtomic(file: string, contents: Uint8Array | string): Promise<void> {
  // A device, pipe or socket (/dev/stdout, /dev/null, a FIFO) is written in place: renaming a
  // temporary file over it would replace the device node itself.
  const existing = await stat(file).catch(() => undefined);
  if (existing !== undefined && !existing.isFile() && !existing.isDirectory()) {
    try {
      await writeFile(file, contents);
      return;
    } catch (cause) {
      throw new AssayError('FILE_WRITE_FAILED', `cannot write ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { location: { file }, cause });
    }
  }
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, contents, { flag: 'wx', mode: 0o644 });
    await rename(temp, file);
  } catch (cause) {
    await rm(temp, { force: true });
    throw new AssayError('FILE_WRITE_FAILED', `cannot write ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { location: { file }, cause });
  }
}

/** Refuses to write a snapshot that would not load again: a collector bug must not reach the disk. */
export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<void> {
  const result = validateSnapshot(snapshot, createLocator(file, undefined));
  if (!result.ok) throw new AssayErrors(result.errors);
  await writeFileAtomic(file, encodeSnapshot(snapshot, file));
}
