/**
 * Snapshot files on disk: `.json`, or `.json.gz` (detected by content when
 * reading, by the `.gz` suffix when writing). Writes are atomic
 * (write-file.ts): a crash or Ctrl-C never leaves a half-written snapshot
 * where a good one was.
 */
import { constants } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open, readFile, stat, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { AssayError, AssayErrors, type SourceLocation } from '../diagnostics/error.js';
import { isGzip } from './decode.js';
import { JsonObjectStream, type Position } from './json-stream.js';
import { DEFAULT_INPUT_LIMITS, SIZE_LIMIT_HINT, type InputLimits } from './limits.js';
import { snapshotDigest } from './digest.js';
import { createLocator } from './locate.js';
import { normalizeSnapshot } from './normalize.js';
import { jsonChunks } from '../text/json-chunks.js';
import type { Snapshot } from './schema.js';
import { isSnapshotList, SnapshotChecker, snapshotLists, validateSnapshot } from './validate.js';
import { writeFileAtomic } from './write-file.js';
import { pointerSegments } from '../diagnostics/pointer.js';

export interface LoadedSnapshot {
  readonly file: string;
  readonly snapshot: Snapshot;
  readonly digest: string;
}

function errorCode(cause: unknown): string | undefined {
  return typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
}

/** A failure to read `file`, as the located error the user sees; an AssayError already made passes through. */
function readProblem(file: string, cause: unknown): AssayError {
  if (cause instanceof AssayError) return cause;
  if (errorCode(cause) === 'ENOENT') return new AssayError('FILE_NOT_FOUND', 'no such file', { location: { file }, cause });
  return new AssayError('FILE_UNREADABLE', `cannot read the file: ${cause instanceof Error ? cause.message : String(cause)}`, { location: { file }, cause });
}

async function refuseDirectory(file: string): Promise<void> {
  if ((await stat(file)).isDirectory()) throw new AssayError('FILE_UNREADABLE', 'is a directory, not a file', { location: { file } });
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    await refuseDirectory(file);
    return await readFile(file);
  } catch (cause) {
    throw readProblem(file, cause);
  }
}

function located(errors: readonly AssayError[], omitted: number, file: string): AssayErrors {
  const all = [...errors];
  if (omitted > 0) all.push(new AssayError('SNAPSHOT_SCHEMA', `… and ${omitted} more problems not listed`, { location: { file } }));
  return new AssayErrors(all);
}

/** Parses and validates snapshot bytes already in memory; throws AssayErrors listing every problem. */
export function loadSnapshotBytes(bytes: Uint8Array, file: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): LoadedSnapshot {
  const checker = new SnapshotReader(file, limits);
  checker.push(isGzip(bytes) ? inflateAll(bytes, file, limits) : bytes);
  return checker.end();
}

function inflateAll(bytes: Uint8Array, file: string, limits: InputLimits): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: Math.min(limits.maxInflatedBytes, constants.MAX_LENGTH) });
  } catch (cause) {
    if (errorCode(cause) === 'ERR_BUFFER_TOO_LARGE') throw inflatedTooLarge(file, limits);
    throw gzipCorrupt(file, cause);
  }
}

/** The streamed document's pieces, checked as they arrive. */
class SnapshotReader {
  private readonly members = new Map<string, { text: string; at: Position }>();
  private readonly checker: SnapshotChecker;
  private readonly parser: JsonObjectStream;

  constructor(private readonly file: string, limits: InputLimits) {
    this.checker = new SnapshotChecker((pointer, atKey) => this.locateTop(pointer, atKey));
    this.parser = new JsonObjectStream(file, snapshotLists, {
      member: (key, value, text, at) => {
        this.members.set(key, { text, at });
        this.checker.member(key, value, createLocator(file, text, { prefix: `/${key}`, ...at }));
      },
      list: (key) => {
        if (isSnapshotList(key)) this.checker.list(key);
      },
      element: (key, index, value, text, at) => {
        if (isSnapshotList(key)) this.checker.element(key, index, value, createLocator(file, text, { prefix: `/${key}/${index}`, ...at }));
      },
    }, limits, { code: 'SNAPSHOT_SCHEMA', message: 'a snapshot must be a JSON object with schemaVersion, scope and resources' });
  }

  /** Top-level problems: inside the member they name, else at the document's first character. */
  private locateTop(pointer: string, atKey?: boolean): SourceLocation {
    const key = pointerSegments(pointer)[0];
    const member = key === undefined ? undefined : this.members.get(key);
    if (member === undefined) return { file: this.file, line: 1, column: 1, pointer };
    return createLocator(this.file, member.text, { prefix: `/${key ?? ''}`, ...member.at })(pointer, atKey);
  }

  push(chunk: Uint8Array): void {
    this.parser.push(chunk);
  }

  end(): LoadedSnapshot {
    this.parser.end();
    const result = this.checker.finish();
    if (!result.ok) throw located(result.errors, result.omitted, this.file);
    return { file: this.file, snapshot: result.snapshot, digest: snapshotDigest(result.snapshot) };
  }
}

function gzipCorrupt(file: string, cause: unknown): AssayError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new AssayError('GZIP_CORRUPT', `gzip data is truncated or corrupt (${reason})`, {
    location: { file },
    cause,
    hint: 'the file was probably cut short while copying or writing; collect the snapshot again',
  });
}

function inflatedTooLarge(file: string, limits: InputLimits): AssayError {
  return new AssayError('INPUT_LIMIT', `gzip data inflates beyond ${formatBytes(limits.maxInflatedBytes)}; refusing it before it exhausts memory (a gzip bomb?)`, { location: { file }, hint: SIZE_LIMIT_HINT });
}

/** Compressed JSON inflates 10–30 times; far beyond that after the first 64 MiB it is a decompression bomb, not a snapshot. */
const MAX_INFLATE_RATIO = 200;
const RATIO_CHECK_AFTER = 64 * 1024 * 1024;

/**
 * The file's bytes, inflated when they are gzip (detected by content), in
 * chunks: never the whole file in memory, and inflation stopped as soon as it
 * passes the size limit or looks like a bomb.
 */
async function* fileChunks(file: string, limits: InputLimits): AsyncGenerator<Uint8Array> {
  const head = await readHead(file);
  const input = createReadStream(file, { highWaterMark: 1024 * 1024 });
  try {
    if (!isGzip(head)) {
      for await (const chunk of input as AsyncIterable<Buffer>) yield chunk;
      return;
    }
    // pipeline() carries an error from either stream into the one iterated here.
    const gunzip = pipeline(input, createGunzip(), () => undefined);
    let inflated = 0;
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) throw inflatedTooLarge(file, limits);
      if (inflated > RATIO_CHECK_AFTER && inflated > MAX_INFLATE_RATIO * Math.max(1, input.bytesRead)) {
        throw new AssayError('INPUT_LIMIT', `gzip data inflates more than ${MAX_INFLATE_RATIO} times its size (${formatBytes(input.bytesRead)} read became ${formatBytes(inflated)}); a snapshot compresses 10–30 times, so this looks like a decompression bomb`, {
          location: { file }, hint: 'if the file is genuine, decompress it yourself (gunzip) and scan the .json',
        });
      }
      yield chunk;
    }
  } catch (cause) {
    throw errorCode(cause)?.startsWith('Z_') === true ? gzipCorrupt(file, cause) : readProblem(file, cause);
  } finally {
    input.destroy();
  }
}

/** The first two bytes (gzip's magic), with the errors a missing or unreadable file deserves. */
async function readHead(file: string): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    await refuseDirectory(file);
    handle = await open(file, 'r');
    const head = new Uint8Array(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return head.subarray(0, bytesRead);
  } catch (cause) {
    throw readProblem(file, cause);
  } finally {
    await handle?.close();
  }
}

function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit] ?? ''}`;
}

/** Reads, checks and digests a snapshot file as a stream: memory holds the resources, never the file's text. */
export async function readSnapshotFile(file: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): Promise<LoadedSnapshot> {
  const reader = new SnapshotReader(file, limits);
  for await (const chunk of fileChunks(file, limits)) reader.push(chunk);
  return reader.end();
}

/** The snapshot's JSON text in canonical order, in pieces: an organization's snapshot is longer than a string may be. */
export function snapshotChunks(snapshot: Snapshot): Iterable<string> {
  return jsonChunks(normalizeSnapshot(snapshot), snapshotLists);
}

/** Serializes in canonical order; gzip when the name ends in `.gz`. For snapshots small enough to hold as bytes. */
export function encodeSnapshot(snapshot: Snapshot, file: string): Uint8Array {
  const json = [...snapshotChunks(snapshot)].join('');
  return file.endsWith('.gz') ? gzipSync(json, { level: 9 }) : Buffer.from(json, 'utf8');
}

/** Refuses to write a snapshot that would not load again: a collector bug must not reach the disk. */
export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<void> {
  const result = validateSnapshot(snapshot, createLocator(file, undefined));
  if (!result.ok) throw new AssayErrors(result.errors);
  await writeFileAtomic(file, snapshotChunks(snapshot), { gzip: file.endsWith('.gz') });
}
