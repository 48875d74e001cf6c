import { describe, expect, it } from 'vitest';
import { heapTargetMb, largerHeap, type HeapFacts } from './heap.js';

const facts = (over: Partial<HeapFacts> = {}): HeapFacts => ({
  argv: ['scan', '--snapshot', 'org.json.gz'],
  execArgv: [],
  env: {},
  heapLimitMb: 4144,
  totalMemoryMb: 24_576,
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
});
