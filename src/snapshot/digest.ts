import { createHash } from 'node:crypto';
import canonicalizeModule from 'canonicalize';
import type { Snapshot } from './schema.js';

// canonicalize is CommonJS whose typings claim an ES default export; at run time the module is the function.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

const UNSORTABLE = Symbol('unsortable');
const arrayIndex = /^(?:0|[1-9]\d*)$/;

/**
 * A copy with every object's keys in code-unit order, or UNSORTABLE when an
 * object has a key like "10": JavaScript objects list such keys first, in
 * numeric order, whatever order they were added in.
 */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const element = sortedCopy(value[i]);
      if (element === UNSORTABLE) return UNSORTABLE;
      out[i] = element;
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  if (keys.length > 1 && keys.some((key) => arrayIndex.test(key))) return UNSORTABLE;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const element = sortedCopy(record[key]);
    if (element === UNSORTABLE) return UNSORTABLE;
    out[key] = element;
  }
  return out;
}

/**
 * RFC 8785 text of one value. JSON.stringify of a key-sorted copy gives the
 * same text as the canonicalize package (strings and numbers are serialized
 * the same way) at about twice its speed, which matters for a million
 * resources; values whose keys cannot be put in order in an object go the
 * slow way. Input depth is bounded by the reader's nesting limit.
 */
function canonical(value: unknown): string {
  const sorted = sortedCopy(value);
  const text = sorted === UNSORTABLE ? canonicalize(value) : JSON.stringify(sorted);
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
