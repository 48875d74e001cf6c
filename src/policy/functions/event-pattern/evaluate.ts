/**
 * Runs a parsed event pattern (parse.ts) against one event, as EventBridge
 * decides whether a rule matches it.
 *
 * Semantics, with where each comes from (EventBridge User Guide unless noted):
 * - Every field of a pattern object must match (AND); a field matches when any
 *   entry of its list does (OR); `$or` needs at least one of its alternatives
 *   to match the same object. Fields the pattern does not name are ignored.
 * - Fields are found by name, nested as in the pattern ("the field names must
 *   also appear in the event with the same nesting structure").
 * - A list entry meets the field's leaf values: a string, number, boolean or
 *   null, or, for an array, each such element ("if the value in the event is
 *   an array, … matches if the intersection … is non-empty"), arrays inside
 *   arrays flattened. An object is not a leaf value: `exists` "only works on
 *   leaf nodes", so `{ "exists": true }` does not match an object and
 *   `{ "exists": false }` does. An empty array holds no leaf value either.
 * - A nested pattern object meets an array of objects one element at a time:
 *   every field it names must match within the same element (Event Ruler's
 *   README, "JSON Array Matching": no match combines fields from different
 *   elements of one array).
 * - Exact values match by JSON type and value: "5" is not 5, "" is not null
 *   ("null values and empty strings are not interchangeable"), strings
 *   character by character with no case folding. The guide says numbers match
 *   by their text (300 is not 300.0); events reach us parsed, where 300 and
 *   300.0 are one value, so they match here.
 * - prefix, suffix, equals-ignore-case, wildcard and cidr match strings only;
 *   numeric matches JSON numbers only, within ±5.0e9.
 * - anything-but matches a present leaf value that is not excluded; values of
 *   another type than the excluded ones are not excluded (anything-but "x"
 *   matches 5 and null; anything-but prefix "init" matches 5). A missing field
 *   has no value, so anything-but never matches it. With an array, one
 *   element that is not excluded is enough (the SNS filter-policy guide's
 *   `[100, 50]` against anything-but [100, 500], the same matching engine).
 * - exists: true needs at least one leaf value; exists: false needs none.
 * - Ignoring case lowercases both sides (String.prototype.toLowerCase).
 *
 * Recursion follows the pattern's nesting only (at most MAX_DEPTH), never the
 * event's: arrays in the event are walked with an explicit stack.
 */
import { cidrContains, parseIpAddress } from './cidr.js';
import { NUMERIC_LIMIT, type EventPattern, type Exclusion, type Matcher, type PatternObject } from './parse.js';
import { matchesWildcard } from './wildcard.js';

type Leaf = string | number | boolean | null;

export function matchesEventPattern(pattern: EventPattern, event: unknown): boolean {
  return matchesObject(pattern.root, event);
}

/** A pattern object against an event node: the node itself, or any object in it when it is an array. */
function matchesObject(pattern: PatternObject, node: unknown): boolean {
  const candidates = objectsIn(node);
  // No object here: every field is missing, which only exists: false (and the like) accepts.
  if (candidates.length === 0) return matchesFields(pattern, undefined);
  return candidates.some((candidate) => matchesFields(pattern, candidate));
}

function matchesFields(pattern: PatternObject, object: Record<string, unknown> | undefined): boolean {
  const matched = pattern.fields.every((field) => {
    const value = object !== undefined && Object.hasOwn(object, field.name) ? object[field.name] : undefined;
    if (field.kind === 'object') return matchesObject(field.pattern, value);
    const leaves = leavesIn(value);
    return field.matchers.some((matcher) => matchesLeaves(matcher, leaves));
  });
  return matched && (pattern.anyOf.length === 0 || pattern.anyOf.some((alternative) => matchesFields(alternative, object)));
}

function matchesLeaves(matcher: Matcher, leaves: readonly Leaf[]): boolean {
  if (matcher.kind === 'exists') return matcher.exists === leaves.length > 0;
  return leaves.some((leaf) => matchesLeaf(matcher, leaf));
}

function matchesLeaf(matcher: Exclude<Matcher, { kind: 'exists' }>, leaf: Leaf): boolean {
  switch (matcher.kind) {
    case 'equals':
      return leaf === matcher.value;
    case 'anything-but':
      return !excluded(matcher.exclude, leaf);
    case 'numeric':
      return typeof leaf === 'number' && Math.abs(leaf) <= NUMERIC_LIMIT
        && (matcher.lower === undefined || (matcher.lower.inclusive ? leaf >= matcher.lower.value : leaf > matcher.lower.value))
        && (matcher.upper === undefined || (matcher.upper.inclusive ? leaf <= matcher.upper.value : leaf < matcher.upper.value));
  }
  if (typeof leaf !== 'string') return false;
  switch (matcher.kind) {
    case 'prefix':
      return matcher.ignoreCase ? leaf.toLowerCase().startsWith(matcher.value.toLowerCase()) : leaf.startsWith(matcher.value);
    case 'suffix':
      return matcher.ignoreCase ? leaf.toLowerCase().endsWith(matcher.value.toLowerCase()) : leaf.endsWith(matcher.value);
    case 'equals-ignore-case':
      return leaf.toLowerCase() === matcher.value.toLowerCase();
    case 'wildcard':
      return matchesWildcard(matcher.wildcard, leaf);
    case 'cidr': {
      const address = parseIpAddress(leaf);
      return address !== undefined && cidrContains(matcher.block, address);
    }
  }
}

function excluded(exclude: Exclusion, leaf: Leaf): boolean {
  if (exclude.kind === 'numbers') return typeof leaf === 'number' && exclude.values.includes(leaf);
  if (typeof leaf !== 'string') return false;
  switch (exclude.kind) {
    case 'strings': return exclude.values.includes(leaf);
    case 'prefix': return leaf.startsWith(exclude.value);
    case 'suffix': return leaf.endsWith(exclude.value);
    case 'equals-ignore-case': return exclude.values.some((v) => v.toLowerCase() === leaf.toLowerCase());
    case 'wildcard': return exclude.wildcards.some((w) => matchesWildcard(w, leaf));
  }
}

/** The leaf values at a field: the value itself, or every non-object element of an array, nested arrays flattened. */
function leavesIn(value: unknown): Leaf[] {
  const leaves: Leaf[] = [];
  for (const item of flatten(value)) {
    if (item === null || typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') leaves.push(item);
  }
  return leaves;
}

function objectsIn(value: unknown): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const item of flatten(value)) {
    if (typeof item === 'object' && item !== null) objects.push(item as Record<string, unknown>);
  }
  return objects;
}

/** A value, or the non-array items of an array and the arrays inside it, in order; iterative so deep arrays cannot exhaust the stack. */
function flatten(value: unknown): unknown[] {
  if (!Array.isArray(value)) return value === undefined ? [] : [value];
  const items: unknown[] = [];
  const stack: { readonly array: readonly unknown[]; at: number }[] = [{ array: value, at: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top === undefined || top.at >= top.array.length) {
      stack.pop();
      continue;
    }
    const item = top.array[top.at];
    top.at += 1;
    if (Array.isArray(item)) stack.push({ array: item, at: 0 });
    else items.push(item);
  }
  return items;
}
