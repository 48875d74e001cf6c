import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import type { Snapshot } from './schema.js';

// canonicalize is CommonJS whose typings claim an ES default export; at run time the module is the function.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

function canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('snapshot could not be canonicalized');
  return text;
}

/**
 * SHA-256 of the snapshot in RFC 8785 canonical JSON: the same content gives
 * the same digest whatever its whitespace, key order or compression, so a
 * report can name exactly what it was computed from.
 *
 * The canonical text is hashed piece by piece — top-level keys in canonical
 * order, lists element by element — because a million-resource snapshot's
 * canonical text is longer than a JavaScript string may be. The bytes hashed
 * are exactly the canonical text's.
 */
export function snapshotDigest(snapshot: Snapshot): string {
  const hash = createHash('sha256');
  const document = snapshot as unknown as Record<string, unknown>;
  // RFC 8785 orders keys by UTF-16 code units, which is what the default sort compares.
  const keys = Object.keys(document).filter((key) => document[key] !== undefined).sort();
  hash.update('{');
  keys.forEach((key, position) => {
    const value = document[key];
    hash.update(`${position === 0 ? '' : ','}${JSON.stringify(key)}:`);
    if (!Array.isArray(value)) {
      hash.update(canonical(value), 'utf8');
      return;
    }
    hash.update('[');
    value.forEach((element: unknown, i) => hash.update(`${i === 0 ? '' : ','}${canonical(element)}`, 'utf8'));
    hash.update(']');
  });
  hash.update('}');
  return `sha256:${hash.digest('hex')}`;
}
