import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { chmod, lstat, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssayError } from '../../src/diagnostics/error.js';
import { writeFileAtomic } from '../../src/snapshot/write-file.js';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-write-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

async function failure(write: Promise<void>): Promise<unknown> {
  return write.then(() => { throw new Error('expected the write to fail'); }, (error: unknown) => error);
}

function* lines(count: number): Generator<string> {
  for (let i = 0; i < count; i++) yield `line ${i}\n`;
}

const expectedLines = (count: number): string => Array.from({ length: count }, (_, i) => `line ${i}\n`).join('');

describe('writeFileAtomic with chunks', () => {
  it('writes an iterable of many small chunks, strings and bytes, in order', async () => {
    const file = join(dir, 'report.json');
    function* mixed(): Generator<string | Uint8Array> {
      yield* lines(50_000);
      yield Buffer.from('bytes\n');
      yield* lines(3);
    }
    await writeFileAtomic(file, mixed());
    expect(await readFile(file, 'utf8')).toBe(`${expectedLines(50_000)}bytes\n${expectedLines(3)}`);
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('writes an async iterable', async () => {
    const file = join(dir, 'report.sarif');
    async function* slow(): AsyncGenerator<string> {
      for (const line of lines(1000)) yield await Promise.resolve(line);
    }
    await writeFileAtomic(file, slow());
    expect(await readFile(file, 'utf8')).toBe(expectedLines(1000));
  });

  it('writes chunks to disk while later ones are still being produced, never joining them first', async () => {
    const file = join(dir, 'big.json');
    const chunk = 'x'.repeat(1 << 16);
    let onDiskAtChunk90 = -1;
    async function* observed(): AsyncGenerator<string> {
      for (let i = 0; i < 100; i++) {
        if (i === 90) {
          const temp = (await readdir(dir)).find((name) => name.endsWith('.tmp'));
          onDiskAtChunk90 = temp === undefined ? -1 : (await stat(join(dir, temp))).size;
        }
        yield chunk;
      }
    }
    await writeFileAtomic(file, observed());
    // Backpressure lets the producer run only a few chunks ahead of the disk.
    expect(onDiskAtChunk90).toBeGreaterThan(50 * chunk.length);
    expect((await stat(file)).size).toBe(100 * chunk.length);
  });

  it('compresses with gzip when asked', async () => {
    const file = join(dir, 'snapshot.json.gz');
    await writeFileAtomic(file, lines(2000), { gzip: true });
    expect(gunzipSync(await readFile(file)).toString('utf8')).toBe(expectedLines(2000));
  });

  it('streams chunks into a FIFO (like /dev/stdout or /dev/null) in place instead of renaming over it', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reading = new Promise<void>((resolve, reject) => {
      createReadStream(fifo).on('data', (c) => chunks.push(Buffer.from(c))).on('end', resolve).on('error', reject);
    });
    await writeFileAtomic(fifo, lines(20_000));
    await reading;
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expectedLines(20_000));
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect(await readdir(dir)).toEqual(['pipe']);
  });

  it('passes on an error of the chunks themselves, leaving the old file and no temporary file', async () => {
    const file = join(dir, 'report.json');
    await writeFile(file, 'old');
    const bug = new Error('formatter bug');
    function* broken(): Generator<string> {
      yield* lines(10);
      throw bug;
    }
    expect(await failure(writeFileAtomic(file, broken()))).toBe(bug);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['report.json']);
  });
});

describe('writeFileAtomic and the file system', () => {
  it('replaces a regular file atomically, leaving no temporary file', async () => {
    const file = join(dir, 'out.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('creates the folders the file goes in', async () => {
    const file = join(dir, 'out', 'reports', 'assay.sarif');
    await writeFileAtomic(file, '{}\n');
    expect(await readFile(file, 'utf8')).toBe('{}\n');
  });

  it('refuses to replace a read-only file (mode 0444), as cp would, and leaves it alone', async () => {
    const file = join(dir, 'locked.json');
    await writeFile(file, 'keep');
    await chmod(file, 0o444);
    const error = await failure(writeFileAtomic(file, 'new'));
    expect(error).toBeInstanceOf(AssayError);
    expect((error as AssayError).code).toBe('FILE_WRITE_FAILED');
    expect((error as AssayError).location).toEqual({ file });
    expect((error as AssayError).message).toMatch(/read-only \(mode 0444\)/);
    expect(await readFile(file, 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['locked.json']);
  });

  it('names the file asked for, never its temporary file, when writing fails', async () => {
    await writeFile(join(dir, 'plain'), 'a file, not a folder');
    const file = join(dir, 'plain', 'report.json');
    const error = await failure(writeFileAtomic(file, 'x'));
    expect(error).toBeInstanceOf(AssayError);
    expect((error as AssayError).location).toEqual({ file });
    expect((error as AssayError).message).not.toMatch(/\.tmp|plain\//);
    expect((error as AssayError).message).toMatch(/a folder on its path is a file/);
  });

  it('refuses a directory where the file should go, naming it', async () => {
    const error = await failure(writeFileAtomic(dir, 'x'));
    expect((error as AssayError).message).toBe('cannot write the file: is a directory');
    expect((error as AssayError).location).toEqual({ file: dir });
  });
});
