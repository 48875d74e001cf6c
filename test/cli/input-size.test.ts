/**
 * --max-input-size: the gzip inflation limit a genuine, very large snapshot
 * may need raised, and that a smaller value turns into a refusal.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseByteSize } from '../../src/cli/input-size.js';
import { runCli } from '../support/cli.js';

let dir: string;
let zipped: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-input-size-'));
  zipped = join(dir, 'demo.json.gz');
  await writeFile(zipped, gzipSync(await readFile('examples/demo-account.json')));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('--max-input-size', () => {
  it('reads sizes with binary and decimal units', () => {
    expect(parseByteSize('32GiB')).toBe(32 * 2 ** 30);
    expect(parseByteSize('500 MB')).toBe(500e6);
    expect(parseByteSize('1.5kib')).toBe(1536);
    expect(parseByteSize('1048576')).toBe(1048576);
    for (const bad of ['', 'lots', '12', '-5GiB', '3 parsecs']) expect(() => parseByteSize(bad)).toThrow(/expected a size/);
  });

  it('refuses a snapshot that inflates past it, and reads it under the default', async () => {
    const small = await runCli(['snapshot', 'validate', '--max-input-size', '64KiB', zipped]);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/gzip data inflates beyond 64 KiB.*\[INPUT_LIMIT\]/);
    const scan = await runCli(['scan', '--snapshot', zipped, '--max-input-size', '64KiB', '--fail-on', 'none']);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toMatch(/INPUT_LIMIT/);
    expect((await runCli(['snapshot', 'validate', zipped])).code).toBe(0);
  });

  it('is a usage error when it is not a size', async () => {
    const result = await runCli(['scan', '--snapshot', zipped, '--max-input-size', 'huge']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/expected a size/);
  });
});
