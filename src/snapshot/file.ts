/**
 * Snapshot files on disk: `.json`, or `.json.gz` (detected by content when
 * reading, by the `.gz` suffix when writing). Writes are atomic
 * (write-file.ts): a crash or Ctrl-C never leaves a half-written snapshot
 * where a good one was.
 */
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { decodeText, parseJson } from './decode.js';
import { snapshotDigest } from './digest.js';
import { createLocator } from './locate.js';
import { normalizeSnapshot } from './normalize.js';
import type { Snapshot } from './schema.js';
import { validateSnapshot } from './validate.js';
import { writeFileAtomic } from './write-file.js';

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

const snapshotJson = (snapshot: Snapshot): string => `${JSON.stringify(normalizeSnapshot(snapshot), null, 2)}\n`;

/** Serializes in canonical order; gzip when the name ends in `.gz`. */
export function encodeSnapshot(snapshot: Snapshot, file: string): Uint8Array {
  const json = snapshotJson(snapshot);
  return file.endsWith('.gz') ? gzipSync(json, { level: 9 }) : Buffer.from(json, 'utf8');
}

/** Refuses to write a snapshot that would not load again: a collector bug must not reach the disk. */
export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<void> {
  const result = validateSnapshot(snapshot, createLocator(file, undefined));
  if (!result.ok) throw new AssayErrors(result.errors);
  await writeFileAtomic(file, snapshotJson(snapshot), { gzip: file.endsWith('.gz') });
}
