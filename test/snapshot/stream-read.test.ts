/**
 * The streaming reader: a snapshot read in chunks of any size gives the same
 * snapshot, digest and located errors as one read whole, and hostile input
 * (deep nesting, giant values, gzip bombs, duplicate keys) is refused early
 * and located instead of crashing the process or exhausting memory.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../examples/demo-account/build.js';
import { snapshotDigest } from '../../src/snapshot/digest.js';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import { JsonObjectStream, type JsonValueHandler } from '../../src/snapshot/json-stream.js';
import { DEFAULT_INPUT_LIMITS } from '../../src/snapshot/limits.js';
import { failure, failureAsync } from '../support/failures.js';
import { smallSnapshot, toText } from '../support/snapshots.js';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'assay-stream-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

interface Seen { members: [string, unknown][]; elements: [string, number, unknown][] }

/** Feeds `text` to the stream in pieces of `size` bytes and records what it delivers. */
function split(text: string | Uint8Array, size: number, limits = DEFAULT_INPUT_LIMITS): Seen {
  const seen: Seen = { members: [], elements: [] };
  const handler: JsonValueHandler = {
    member: (key, value) => seen.members.push([key, value]),
    list: () => undefined,
    element: (key, index, value) => seen.elements.push([key, index, value]),
  };
  const stream = new JsonObjectStream('doc.json', new Set(['items']), handler, limits);
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let i = 0; i < bytes.length; i += size) stream.push(bytes.subarray(i, i + size));
  stream.end();
  return seen;
}

describe('JsonObjectStream', () => {
  const document = { a: 1, items: [{ x: 'a "quoted" \\ value ☃', y: [1, [2, {}]] }, 'str', 3.5e-7, true, null, []], b: { c: [] }, d: 'x', e: false };
  it.each([1, 2, 3, 7, 64, 1 << 20])('delivers every member and element whatever the chunk size (%i bytes)', (size) => {
    for (const text of [toText(document), JSON.stringify(document), `\ufeff${toText(document)}`]) {
      const seen = split(text, size);
      expect(Object.fromEntries(seen.members)).toEqual({ a: 1, b: { c: [] }, d: 'x', e: false });
      expect(seen.elements.map(([, , value]) => value)).toEqual(document.items);
      expect(seen.elements.map(([key, index]) => `${key}${index}`)).toEqual(document.items.map((_, i) => `items${i}`));
    }
  });

  it('locates a syntax error inside an element at the file\'s line and column, across chunk boundaries', () => {
    const text = '{\n  "items": [\n    {"ok": 1},\n    {"bad": tru}\n  ]\n}\n';
    for (const size of [1, 5, 1000]) {
      const error = failure(() => split(text, size));
      expect(error.code).toBe('JSON_SYNTAX');
      expect(error.location).toEqual({ file: 'doc.json', line: 4, column: 13 });
    }
  });

  it.each([
    ['trailing content', '{"a": 1} x', 'invalid JSON: unexpected content after the end of the JSON value', 1, 10],
    ['a missing comma between members', '{"a": 1\n "b": 2}', 'invalid JSON: expected "," or "}" after a property, found """', 2, 2],
    ['a missing comma between elements', '{"items": [1 2]}', 'invalid JSON: expected "," or "]" after a list element, found "2"', 1, 14],
    ['a trailing comma', '{"items": [1,]}', 'invalid JSON: expected a value, found "]"', 1, 14],
    ['a key that is not a string', '{a: 1}', 'invalid JSON: expected a property name in double quotes, found "a"', 1, 2],
    ['a document cut short', '{"items": [{"a": [1, 2', 'invalid JSON: expected the rest of a value at end of file (is the file truncated?)', 1, 23],
    ['a duplicate top-level key', '{"a": 1, "a": 2}', 'invalid JSON: property "a" appears twice in the top-level object', 1, 10],
    ['an empty file', ' \n ', 'file is empty; expected a JSON document', 2, 2],
  ])('refuses %s, located', (_name, text, message, line, column) => {
    const error = failure(() => split(text, 3));
    expect(error.message).toBe(message);
    expect(error.location).toMatchObject({ line, column });
  });

  it('refuses nesting deeper than the limit where it starts, without recursion', () => {
    const deep = `{"items": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const error = failure(() => split(deep, 4096));
    expect(error.code).toBe('INPUT_LIMIT');
    expect(error.message).toMatch(/nested more than 64 levels deep/);
    expect(error.location).toEqual({ file: 'doc.json', line: 1, column: 11 + 63 });
    // The limit counts the top-level object and the split list: 62 levels inside an element are fine.
    expect(split(`{"items": [${'['.repeat(62)}${']'.repeat(62)}]}`, 7).elements).toHaveLength(1);
  });

  it('refuses a single value larger than the limit before reading the rest of it', () => {
    const limits = { ...DEFAULT_INPUT_LIMITS, maxValueBytes: 1000 };
    const error = failure(() => split(`{"items": [1, "${'a'.repeat(5000)}"]}`, 100, limits));
    expect(error.code).toBe('INPUT_LIMIT');
    expect(error.message).toMatch(/larger than 1000 bytes \(element 1 of "items"\)/);
    expect(error.location).toMatchObject({ line: 1, column: 15 });
  });

  it('refuses bytes that are not UTF-8, at their place', () => {
    const bytes = Buffer.concat([Buffer.from('{\n "items": ["ok", "a'), Buffer.from([0xc3, 0x28]), Buffer.from('"]}')]);
    const error = failure(() => split(bytes, 2));
    expect(error.message).toBe('file is not UTF-8 text: byte 0xC3 does not start a valid UTF-8 character');
    expect(error.location).toEqual({ file: 'doc.json', line: 2, column: 20 });
  });
});

describe('readSnapshotFile (streaming)', () => {
  it('reads the demo account as .json and .json.gz to the same snapshot and digest as the in-memory one', async () => {
    const snapshot = buildDemoSnapshot();
    const plain = join(dir, 'demo.json');
    const zipped = join(dir, 'demo.json.gz');
    await writeFile(plain, toText(snapshot));
    await writeFile(zipped, gzipSync(JSON.stringify(snapshot)));
    for (const file of [plain, zipped]) {
      const loaded = await readSnapshotFile(file);
      expect(loaded.snapshot).toEqual(snapshot);
      expect(loaded.digest).toBe(snapshotDigest(snapshot));
    }
  });

  it('locates a problem inside a resource at its line and column in the file', async () => {
    const snapshot = smallSnapshot();
    (snapshot.resources[1]!.data as { publicAccessBlock: Record<string, unknown> }).publicAccessBlock.blockPublicAcls = 'yes';
    const file = join(dir, 'bad-user.json');
    const text = toText(snapshot);
    await writeFile(file, text);
    const error = await failureAsync(() => readSnapshotFile(file));
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"blockPublicAcls": "yes"')) + 1;
    expect(error.code).toBe('SNAPSHOT_SCHEMA');
    expect(error.location).toEqual({ file, line, column: (lines[line - 1] ?? '').indexOf('"yes"') + 1, pointer: '/resources/1/data/publicAccessBlock/blockPublicAcls' });
  });

  it('refuses a gzip bomb early, with the reason, instead of inflating it', async () => {
    // 1 GiB of spaces compresses to about a megabyte: far past the 200:1 a snapshot never reaches.
    const file = join(dir, 'bomb.json.gz');
    const zeros = Buffer.alloc(64 * 1024 * 1024, 0x20);
    const member = gzipSync(zeros, { level: 9 });
    await writeFile(file, Buffer.concat([gzipSync('{"resources": ['), ...Array.from({ length: 16 }, () => member)]));
    const error = await failureAsync(() => readSnapshotFile(file));
    expect(error.code).toBe('INPUT_LIMIT');
    expect(error.message).toMatch(/inflates more than 200 times its size/);
    expect(error.location).toEqual({ file });
  });

  it('refuses a file that inflates past the size limit, and names the option that raises it', async () => {
    const file = join(dir, 'big.json.gz');
    await writeFile(file, gzipSync(toText(smallSnapshot())));
    const error = await failureAsync(() => readSnapshotFile(file, { ...DEFAULT_INPUT_LIMITS, maxInflatedBytes: 100 }));
    expect(error.code).toBe('INPUT_LIMIT');
    expect(error.message).toMatch(/inflates beyond 100 bytes/);
    expect(error.hint).toMatch(/--max-input-size/);
  });

  it('treats a top-level "__proto__" key as an unknown member, never as the prototype', async () => {
    const file = join(dir, 'proto.json');
    await writeFile(file, toText(smallSnapshot()).replace('{\n', '{\n  "__proto__": { "polluted": true },\n'));
    const error = await failureAsync(() => readSnapshotFile(file));
    expect(error.code).toBe('SNAPSHOT_SCHEMA');
    expect(error.message).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting in a snapshot file as bad input, located', async () => {
    const file = join(dir, 'deep.json');
    await writeFile(file, `{"resources": [{"data": ${'['.repeat(20_000)}${']'.repeat(20_000)}}]}`);
    const error = await failureAsync(() => readSnapshotFile(file));
    expect(error.code).toBe('INPUT_LIMIT');
    expect(error.location).toMatchObject({ file, line: 1 });
  });
});
