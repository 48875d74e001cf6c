import { describe, expect, it } from 'vitest';
import { jsonChunks } from './json-chunks.js';

const whole = (document: Record<string, unknown>): string => `${JSON.stringify(document, null, 2)}\n`;
const pieces = (document: Record<string, unknown>, keys: string[]): string[] => [...jsonChunks(document, new Set(keys))];

describe('jsonChunks', () => {
  const findings = Array.from({ length: 1_300 }, (_, i) => ({ id: `f-${i}`, evidence: [{ path: 'a.b', actual: i % 3 === 0 ? null : [i, { x: 'y\nz' }] }], empty: {}, list: [] }));
  const documents: [string, Record<string, unknown>, string[]][] = [
    ['several batches of findings among other keys', { schemaVersion: 1, summary: { PASS: 3 }, findings, controls: [], tail: 'x' }, ['findings', 'controls']],
    ['an empty streamed list', { findings: [] }, ['findings']],
    ['a streamed key that is not a list', { findings: { not: 'a list' } }, ['findings']],
    ['keys whose value JSON leaves out', { a: undefined, b: 1, findings: [undefined, 2] }, ['findings']],
    ['an empty document', {}, []],
    ['a streamed key with brackets and quotes in it', { 'a[b]"c': [1, { d: [2] }] }, ['a[b]"c']],
    ['nothing streamed', { nested: { deep: [[1, [2, { three: 3 }]]] } }, []],
  ];
  it.each(documents)('gives exactly JSON.stringify\'s bytes: %s', (_name, document, keys) => {
    expect(pieces(document, keys).join('')).toBe(whole(document));
  });

  it('never holds a whole large list in one piece', () => {
    const chunks = pieces({ findings }, ['findings']);
    expect(chunks.length).toBeGreaterThan(3);
    const longest = chunks.reduce((most, c) => Math.max(most, c.length), 0);
    expect(longest).toBeLessThan(whole({ findings }).length / 2);
  });
});
