import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { buildDemoSnapshot } from '../../examples/demo-account/build.js';
import { snapshotDigest } from './digest.js';

const canonicalize = canonicalizeModule as unknown as (input: unknown) => string;

describe('snapshotDigest', () => {
  it('hashes exactly the RFC 8785 canonical text of the whole snapshot, though it hashes it in pieces', () => {
    const snapshot = buildDemoSnapshot();
    const whole = `sha256:${createHash('sha256').update(canonicalize(snapshot), 'utf8').digest('hex')}`;
    expect(snapshotDigest(snapshot)).toBe(whole);
  });

  it('orders keys like "10" and "2" as text, though JavaScript objects put them first in numeric order', () => {
    const snapshot = buildDemoSnapshot();
    const resource = snapshot.resources[0]!;
    snapshot.resources[0] = { ...resource, tags: { b: '1', '10': 'x', '2': 'y', a: '', 'é': 'accent' } };
    const whole = `sha256:${createHash('sha256').update(canonicalize(snapshot), 'utf8').digest('hex')}`;
    expect(snapshotDigest(snapshot)).toBe(whole);
  });

  it('orders keys by UTF-16 code units and hashes non-ASCII text as UTF-8', () => {
    const odd = { ...buildDemoSnapshot(), resources: [], coverage: [], errors: [] } as unknown as Record<string, unknown>;
    odd.generator = { name: 'ässay ☃ 𝄞', version: '1' };
    const whole = `sha256:${createHash('sha256').update(canonicalize(odd), 'utf8').digest('hex')}`;
    expect(snapshotDigest(odd as never)).toBe(whole);
  });
});
