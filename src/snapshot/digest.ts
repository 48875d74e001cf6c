import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import type { Snapshot } from './schema.js';

// canonicalize is CommonJS whose typings claim an ES default export; at run time the module is the function.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

/**
 * SHA-256 of the snapshot in RFC 8785 canonical JSON: the same content gives
 * the same digest whatever its whitespace, key order or compression, so a
 * report can name exactly what it was computed from.
 */
export function snapshotDigest(snapshot: Snapshot): string {
  const canonical = canonicalize(snapshot);
  if (canonical === undefined) throw new Error('snapshot could not be canonicalized');
  return `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}
