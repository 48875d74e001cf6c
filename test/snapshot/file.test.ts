import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssayErrors } from '../../src/diagnostics/error.js';
import { snapshotDigest } from '../../src/snapshot/digest.js';
import { encodeSnapshot, loadSnapshotBytes, readSnapshotFile, writeSnapshotFile } from '../../src/snapshot/file.js';
import { failure, failureAsync } from '../support/failures.js';
import { smallSnapshot, toText } from '../support/snapshots.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-snap-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('reading snapshot files', () => {
  it('reads .json and .json.gz with the same content and digest', async () => {
    const snapshot = smallSnapshot();
    await writeSnapshotFile(join(dir, 'a.json'), snapshot);
    await writeSnapshotFile(join(dir, 'a.json.gz'), snapshot);
    const plain = await readSnapshotFile(join(dir, 'a.json'));
    const gz = await readSnapshotFile(join(dir, 'a.json.gz'));
    expect(gz.snapshot).toEqual(plain.snapshot);
    expect(gz.digest).toBe(plain.digest);
    expect(plain.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('detects gzip by content, not by name', () => {
    const bytes = gzipSync(toText(smallSnapshot()));
    expect(loadSnapshotBytes(bytes, 'snapshot.json').snapshot.resources).toHaveLength(3);
  });

  it('reports truncated gzip as corrupt, naming the file', () => {
    const bytes = gzipSync(toText(smallSnapshot()));
    const error = failure(() => loadSnapshotBytes(bytes.subarray(0, bytes.length - 20), 'cut.json.gz'));
    expect(error.code).toBe('GZIP_CORRUPT');
    expect(error.message).toMatch(/^gzip data is truncated or corrupt \(unexpected end of file\)$/);
    expect(error.location).toEqual({ file: 'cut.json.gz' });
  });

  it('locates invalid JSON at line and column', () => {
    const text = '{\n  "schemaVersion": 1,\n  "scope": { "partition": "aws" ]\n}\n';
    const error = failure(() => loadSnapshotBytes(Buffer.from(text), 'bad.json'));
    expect(error.code).toBe('JSON_SYNTAX');
    expect(error.location).toEqual({ file: 'bad.json', line: 3, column: 33 });
    expect(error.message).toBe('invalid JSON: expected "," or the end of the object or list');
  });

  it('says a JSON file cut short is probably truncated', () => {
    const text = toText(smallSnapshot());
    const error = failure(() => loadSnapshotBytes(Buffer.from(text.slice(0, 200)), 'cut.json'));
    expect(error.code).toBe('JSON_SYNTAX');
    expect(error.message).toMatch(/at end of file \(is the file truncated\?\)$/);
  });

  it('rejects an empty file and non-UTF-8 bytes', () => {
    expect(failure(() => loadSnapshotBytes(Buffer.from('  \n'), 'empty.json')).message).toBe('file is empty; expected a JSON document');
    const notUtf8 = failure(() => loadSnapshotBytes(Buffer.from('{\n  "schemaVersion": "\xff\xfe"}', 'latin1'), 'bin.json'));
    expect(notUtf8.message).toBe('file is not UTF-8 text: byte 0xFF does not start a valid UTF-8 character');
    expect(notUtf8.location).toEqual({ file: 'bin.json', line: 2, column: 21 });
  });

  it('reports a missing file and a directory', async () => {
    expect((await failureAsync(() => readSnapshotFile(join(dir, 'nope.json')))).code).toBe('FILE_NOT_FOUND');
    expect((await failureAsync(() => readSnapshotFile(dir))).code).toBe('FILE_UNREADABLE');
  });
});

describe('writing snapshot files', () => {
  it('writes in canonical order so the same content gives the same bytes', () => {
    const a = smallSnapshot();
    const b = smallSnapshot();
    b.resources.reverse();
    b.coverage.reverse();
    expect(Buffer.from(encodeSnapshot(b, 'x.json')).equals(Buffer.from(encodeSnapshot(a, 'x.json')))).toBe(true);
    expect(snapshotDigest(a)).toBe(snapshotDigest(JSON.parse(toText(a)) as typeof a));
  });

  it('changes the digest when any value changes', () => {
    const a = smallSnapshot();
    const b = smallSnapshot();
    (b.resources[1]!.data as { versioning: { status: string | null } }).versioning.status = 'Suspended';
    expect(snapshotDigest(b)).not.toBe(snapshotDigest(a));
  });

  it('gzips when the name ends in .gz', async () => {
    await writeSnapshotFile(join(dir, 's.json.gz'), smallSnapshot());
    const bytes = await readFile(join(dir, 's.json.gz'));
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toMatchObject({ schemaVersion: 1 });
  });

  it('leaves no temporary file behind and keeps the old file when writing fails', async () => {
    const target = join(dir, 'keep.json');
    await writeFile(target, 'old contents');
    const invalid = smallSnapshot();
    invalid.resources[1]!.type = 'aws.nope';
    await expect(writeSnapshotFile(target, invalid)).rejects.toBeInstanceOf(AssayErrors);
    expect(await readFile(target, 'utf8')).toBe('old contents');
    await writeSnapshotFile(target, smallSnapshot());
    expect(await readdir(dir)).toEqual(['keep.json']);
  });

  it('reports a write that fails as FILE_WRITE_FAILED, leaving no temp file', async () => {
    await writeFile(join(dir, 'a-file'), '');
    const blocked = await failureAsync(() => writeSnapshotFile(join(dir, 'a-file', 'x.json'), smallSnapshot()));
    expect(blocked.code).toBe('FILE_WRITE_FAILED');
    expect(blocked.location).toEqual({ file: join(dir, 'a-file', 'x.json') });
    // The rename step fails when a folder stands where the file should go: the temp file must be cleaned up.
    await mkdir(join(dir, 'taken.json'));
    const taken = await failureAsync(() => writeSnapshotFile(join(dir, 'taken.json'), smallSnapshot()));
    expect(taken.code).toBe('FILE_WRITE_FAILED');
    expect((await readdir(dir)).sort()).toEqual(['a-file', 'taken.json']);
  });
});
