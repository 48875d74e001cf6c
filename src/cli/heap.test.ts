import { describe, expect, it } from 'vitest';
import { heapTargetMb, largerHeap, relaunchFlags, SMALL_SCAN_INPUT_BYTES, type HeapFacts } from './heap.js';

const facts = (over: Partial<HeapFacts> = {}): HeapFacts => ({
  argv: ['scan', '--snapshot', 'org.json.gz'],
  execArgv: [],
  env: {},
  heapLimitMb: 4144,
  totalMemoryMb: 24_576,
  fileBytes: () => undefined,
  ...over,
});

describe('largerHeap', () => {
  it('starts Node again with three quarters of the memory for commands that hold a snapshot', () => {
    expect(largerHeap(facts())).toBe(16_384);
    expect(largerHeap(facts({ argv: ['collect', '--org'], totalMemoryMb: 8192 }))).toBe(6144);
    for (const command of ['snapshot', 'diff', 'plan']) expect(largerHeap(facts({ argv: [command, 'x'] }))).toBe(16_384);
  });

  it('leaves small commands, help, a relaunched process and a limit the user chose alone', () => {
    expect(largerHeap(facts({ argv: ['--version'] }))).toBeUndefined();
    expect(largerHeap(facts({ argv: ['policies', 'list'] }))).toBeUndefined();
    expect(largerHeap(facts({ argv: ['scan', '--help'] }))).toBeUndefined();
    expect(largerHeap(facts({ env: { ASSAY_HEAP_RELAUNCHED: '1' } }))).toBeUndefined();
    expect(largerHeap(facts({ env: { NODE_OPTIONS: '--enable-source-maps --max-old-space-size=2048' } }))).toBeUndefined();
    expect(largerHeap(facts({ execArgv: ['--max-old-space-size=30000'] }))).toBeUndefined();
  });

  it('does not start twice for a gain of a few hundred MB', () => {
    expect(largerHeap(facts({ totalMemoryMb: 6000, heapLimitMb: 4144 }))).toBeUndefined();
    expect(heapTargetMb(6000)).toBe(4500);
  });

  it('scans a small snapshot file with the default heap, and starts again when any input is large or unknown', () => {
    const sizes = (files: Record<string, number>): Pick<HeapFacts, 'fileBytes'> => ({ fileBytes: (path) => files[path] });
    const small = SMALL_SCAN_INPUT_BYTES;
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'demo.json'], ...sizes({ 'demo.json': 300_000 }) }))).toBeUndefined();
    expect(largerHeap(facts({ argv: ['scan', '--snapshot=demo.json', '--pack', 'cis'], ...sizes({ 'demo.json': small }) }))).toBeUndefined();
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'org.json'], ...sizes({ 'org.json': small + 1 }) }))).toBe(16_384);
    // Compressed, the same bytes hold far more resources.
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'org.json.gz'], ...sizes({ 'org.json.gz': small / 8 }) }))).toBe(16_384);
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'demo.json.gz'], ...sizes({ 'demo.json.gz': 100_000 }) }))).toBeUndefined();
    // The inputs add up; the last --snapshot is the one commander keeps.
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'demo.json', '--baseline', 'big.json'], ...sizes({ 'demo.json': 1000, 'big.json': small }) }))).toBe(16_384);
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'org.json', '--snapshot', 'demo.json'], ...sizes({ 'demo.json': 1000, 'org.json': small * 4 }) }))).toBeUndefined();
    // Unknown: a live scan, a file that is not there (the child reports it), a configuration that may name a baseline.
    expect(largerHeap(facts({ argv: ['scan', '--pack', 'cis'], ...sizes({}) }))).toBe(16_384);
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'missing.json'], ...sizes({}) }))).toBe(16_384);
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'demo.json', '--config', 'a.yaml'], ...sizes({ 'demo.json': 1000 }) }))).toBe(16_384);
    expect(largerHeap(facts({ argv: ['scan', '--snapshot', 'demo.json'], ...sizes({ 'demo.json': 1000, 'assay.config.yaml': 200 }) }))).toBe(16_384);
    // Other commands that hold a snapshot are not judged by size.
    expect(largerHeap(facts({ argv: ['snapshot', 'validate', 'demo.json'], ...sizes({ 'demo.json': 1000 }) }))).toBe(16_384);
  });
});

describe('relaunchFlags', () => {
  const known = new Set(['--no-experimental-detect-module', '--experimental-detect-module']);
  it('adds the heap and turns module syntax detection off where Node knows the flag', () => {
    expect(relaunchFlags(6144, ['--enable-source-maps'], '', known)).toEqual(['--enable-source-maps', '--max-old-space-size=6144', '--no-experimental-detect-module']);
    expect(relaunchFlags(6144, [], '', new Set())).toEqual(['--max-old-space-size=6144']);
  });
  it('leaves detection as the user set it, on the command line or in NODE_OPTIONS', () => {
    expect(relaunchFlags(6144, ['--experimental-detect-module'], '', known)).toEqual(['--experimental-detect-module', '--max-old-space-size=6144']);
    expect(relaunchFlags(6144, [], '--trace-warnings --experimental-detect-module', known)).toEqual(['--max-old-space-size=6144']);
  });
});
