/**
 * How deep a YAML file nests, measured without recursion. The yaml library
 * composes nodes recursively, and so do ajv, the policy compiler and `toJS`:
 * a file of 10,000 nested `[` (a few kilobytes) would exhaust the call stack
 * somewhere, at a depth that depends on the machine. Measuring first, on the
 * parser's concrete syntax tree and with an explicit stack, lets a too-deep
 * file be refused at the same depth everywhere, at the collection that
 * crosses the limit.
 */
import type { CST } from 'yaml';

/**
 * The deepest nesting of maps and lists a policy, pack or configuration file
 * may have. Far above what any real file needs (a policy's conditions stop
 * at 64 levels, about 130 here) and far below what the parsers' recursion
 * can take.
 */
export const MAX_YAML_DEPTH = 256;

/** Offset of the first collection in the parser's tokens nested deeper than `limit`, or undefined when none is. */
export function firstTooDeep(tokens: readonly CST.Token[], limit = MAX_YAML_DEPTH): number | undefined {
  // Reversed so the walk goes through the file in order and reports the first offender.
  const stack = tokens.map((token) => ({ token, depth: 0 })).reverse();
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { token, depth } = entry;
    if (token.type === 'document') {
      if (token.value !== undefined) stack.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const inner = depth + 1;
    if (inner > limit) return token.offset;
    const children: CST.Token[] = [];
    for (const item of token.items) {
      if (item.key !== undefined && item.key !== null) children.push(item.key);
      if (item.value !== undefined) children.push(item.value);
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push({ token: child, depth: inner });
    }
  }
  return undefined;
}

/**
 * The JSON pointer of the first value nested deeper than `limit` in composed
 * data, or undefined. Aliases can make data deeper than its text (an alias
 * inside a deep list to another deep list), so the composed value is measured
 * too; values reached again through an alias are walked again only when
 * reached deeper than before.
 */
export function firstTooDeepValue(value: unknown, limit = MAX_YAML_DEPTH): string | undefined {
  const deepestSeen = new Map<object, number>();
  const stack: { value: unknown; depth: number; pointer: string }[] = [{ value, depth: 0, pointer: '' }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (typeof entry.value !== 'object' || entry.value === null) continue;
    const inner = entry.depth + 1;
    if (inner > limit) return entry.pointer;
    if ((deepestSeen.get(entry.value) ?? 0) >= inner) continue;
    deepestSeen.set(entry.value, inner);
    const children: [string, unknown][] = Array.isArray(entry.value) ? entry.value.map((v, i) => [String(i), v]) : Object.entries(entry.value);
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] ?? ['', undefined];
      stack.push({ value: child, depth: inner, pointer: `${entry.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    }
  }
  return undefined;
}
