/**
 * Parser for EventBridge event patterns (the JSON text a rule stores as its
 * `EventPattern`), into a typed tree that evaluate.ts runs against events.
 *
 * Shape (EventBridge User Guide, "Amazon EventBridge event patterns",
 * "Arrays in … event patterns", "Content filtering in … event patterns" /
 * "Comparison operators for use in event patterns"):
 *
 *   pattern  := { field: list | pattern, …, "$or": [pattern, pattern, …] }   at least one field
 *   list     := [ value | matcher, … ]            the field matches when any entry does
 *   value    := string | number | true | false | null                 exact, type and all
 *   matcher  := { "prefix": string | { "equals-ignore-case": string } }
 *             | { "suffix": string | { "equals-ignore-case": string } }
 *             | { "equals-ignore-case": string } | { "wildcard": string }
 *             | { "anything-but": string | number | [strings] | [numbers]
 *                 | { "prefix": string } | { "suffix": string }
 *                 | { "equals-ignore-case": string | [strings] } | { "wildcard": string | [strings] } }
 *             | { "numeric": [ op, number ] | [ op, number, op, number ] }   op: = < <= > >=
 *             | { "exists": true | false } | { "cidr": "10.0.0.0/24" | "2001:db8::/32" }
 *
 * Refused, as EventBridge refuses them: text that is not JSON, a pattern that
 * is not an object, an empty pattern object, a field whose value is neither a
 * list nor an object, a list inside a list, a matcher object with no operator
 * or several, an unknown operator, operands of the wrong type, anything-but
 * lists mixing strings and numbers or holding null or booleans, a numeric
 * range that is empty or has two lower or two upper bounds, numeric operands
 * outside ±5.0e9 (Event Ruler's README; older EventBridge pages say ±1.0e9),
 * wildcards with "**" or a stray backslash, and `$or` that is not a list of
 * at least two pattern objects (Event Ruler's README, "The $or Primitive").
 *
 * Where AWS's pages leave a case open and a real rule might hold it, this
 * parser accepts rather than fail a working rule for its own strictness: an
 * empty list (matches nothing), a numeric range written upper bound first, a
 * `cidr` without "/n" (one address). Nesting deeper than MAX_DEPTH objects is
 * refused; that cap is ours, to keep evaluation's recursion bounded (DESIGN.md
 * rule 8), and no pattern within AWS's size limit needs it.
 *
 * A key given twice keeps its last value, as JSON.parse does and as the
 * EventBridge guide says of patterns ("the last reference will be the one used").
 */
import { AssayError } from '../../../diagnostics/error.js';
import { didYouMean } from '../../../diagnostics/suggest.js';
import { parseCidr, type CidrBlock } from './cidr.js';
import { parseWildcard, type Wildcard } from './wildcard.js';

export type ExactValue = string | number | boolean | null;

export interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

/** What anything-but leaves out. */
export type Exclusion =
  | { readonly kind: 'strings'; readonly values: readonly string[] }
  | { readonly kind: 'numbers'; readonly values: readonly number[] }
  | { readonly kind: 'prefix' | 'suffix'; readonly value: string }
  | { readonly kind: 'equals-ignore-case'; readonly values: readonly string[] }
  | { readonly kind: 'wildcard'; readonly wildcards: readonly Wildcard[] };

export type Matcher =
  | { readonly kind: 'equals'; readonly value: ExactValue }
  | { readonly kind: 'prefix' | 'suffix'; readonly value: string; readonly ignoreCase: boolean }
  | { readonly kind: 'equals-ignore-case'; readonly value: string }
  | { readonly kind: 'wildcard'; readonly wildcard: Wildcard }
  | { readonly kind: 'anything-but'; readonly exclude: Exclusion }
  | { readonly kind: 'numeric'; readonly lower?: Bound; readonly upper?: Bound }
  | { readonly kind: 'exists'; readonly exists: boolean }
  | { readonly kind: 'cidr'; readonly text: string; readonly block: CidrBlock };

export type PatternField =
  | { readonly name: string; readonly kind: 'list'; readonly matchers: readonly Matcher[] }
  | { readonly name: string; readonly kind: 'object'; readonly pattern: PatternObject };

export interface PatternObject {
  /** Every field must match (AND). */
  readonly fields: readonly PatternField[];
  /** `$or`: when non-empty, at least one alternative must match the same object too. */
  readonly anyOf: readonly PatternObject[];
}

export interface EventPattern {
  readonly text: string;
  readonly root: PatternObject;
}

export type ParseResult = { readonly ok: true; readonly pattern: EventPattern } | { readonly ok: false; readonly error: AssayError };

export const OPERATORS = ['anything-but', 'cidr', 'equals-ignore-case', 'exists', 'numeric', 'prefix', 'suffix', 'wildcard'] as const;
export const MAX_DEPTH = 64;
/** Event Ruler's numeric range; EventBridge compares numbers as 15 significant digits within it. */
export const NUMERIC_LIMIT = 5e9;

const NUMERIC_OPERATORS = new Set(['=', '<', '<=', '>', '>=']);

/** Where in the pattern a value sits: a JSON pointer for the location, a dotted path for people. */
interface Place {
  readonly pointer: string;
  readonly path: string;
}

const ROOT: Place = { pointer: '', path: '' };

/** Thrown inside the parser only; parseEventPattern turns it into a result. */
class Refusal extends Error {
  constructor(readonly place: Place, readonly problem: string) {
    super(problem);
  }
}

/**
 * `source` names where the text came from (a rule name or ARN) in the
 * error's location; the JSON pointer there and the path in the message name
 * the offending place inside the pattern.
 */
export function parseEventPattern(text: string, source = 'EventPattern'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: new AssayError('EVENT_PATTERN', `invalid event pattern: not valid JSON (${reason})`, { location: { file: source }, cause }) };
  }
  try {
    if (!isObject(json)) throw new Refusal(ROOT, `an event pattern is a JSON object of fields to match; found ${describe(json)}`);
    return { ok: true, pattern: { text, root: patternObject(json, ROOT, 1) } };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const at = error.place.path === '' ? '' : ` at ${error.place.path}`;
    return { ok: false, error: new AssayError('EVENT_PATTERN', `invalid event pattern${at}: ${error.problem}`, { location: { file: source, pointer: error.place.pointer } }) };
  }
}

function patternObject(json: Record<string, unknown>, place: Place, depth: number): PatternObject {
  if (depth > MAX_DEPTH) throw new Refusal(place, `patterns nest at most ${MAX_DEPTH} objects deep`);
  const keys = Object.keys(json);
  if (keys.length === 0) throw new Refusal(place, place.path === '' ? 'an event pattern needs at least one field' : 'a pattern object needs at least one field');
  const fields: PatternField[] = [];
  let anyOf: PatternObject[] = [];
  for (const name of keys) {
    const value = json[name];
    const at = child(place, name);
    if (name === '$or') {
      anyOf = alternatives(value, at, depth);
    } else if (Array.isArray(value)) {
      fields.push({ name, kind: 'list', matchers: value.map((entry, i) => matcher(entry, index(at, i))) });
    } else if (isObject(value)) {
      fields.push({ name, kind: 'object', pattern: patternObject(value, at, depth + 1) });
    } else {
      throw new Refusal(at, `a field's value must be a list of values to match (e.g. [${JSON.stringify(value ?? null)}]) or an object of fields; found ${describe(value)}`);
    }
  }
  return { fields, anyOf };
}

function alternatives(value: unknown, place: Place, depth: number): PatternObject[] {
  if (!Array.isArray(value) || value.length < 2) throw new Refusal(place, `"$or" takes a list of at least two pattern objects; found ${describe(value)}`);
  return value.map((alternative, i) => {
    const at = index(place, i);
    if (!isObject(alternative)) throw new Refusal(at, `each "$or" alternative is a pattern object; found ${describe(alternative)}`);
    return patternObject(alternative, at, depth + 1);
  });
}

function matcher(entry: unknown, place: Place): Matcher {
  if (entry === null || typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean') return { kind: 'equals', value: entry };
  if (Array.isArray(entry)) throw new Refusal(place, 'a list of values cannot hold another list');
  const operators = Object.keys(entry as Record<string, unknown>);
  if (operators.length !== 1) {
    throw new Refusal(place, `a matcher object holds exactly one operator (${OPERATORS.join(', ')}); found ${operators.length === 0 ? 'none' : operators.map((o) => `"${o}"`).join(', ')}`);
  }
  const operator = operators[0] ?? '';
  const operand = (entry as Record<string, unknown>)[operator];
  const at = child(place, operator);
  switch (operator) {
    case 'prefix':
    case 'suffix':
      return { kind: operator, ...affix(operator, operand, at) };
    case 'equals-ignore-case':
      return { kind: 'equals-ignore-case', value: text(operand, at, 'equals-ignore-case takes a string') };
    case 'wildcard':
      return { kind: 'wildcard', wildcard: wildcard(operand, at) };
    case 'anything-but':
      return { kind: 'anything-but', exclude: exclusion(operand, at) };
    case 'numeric':
      return { kind: 'numeric', ...range(operand, at) };
    case 'exists':
      if (typeof operand !== 'boolean') throw new Refusal(at, `exists takes true or false; found ${describe(operand)}`);
      return { kind: 'exists', exists: operand };
    case 'cidr': {
      const written = text(operand, at, 'cidr takes an IP address block such as "10.0.0.0/24" or "2001:db8::/32"');
      const block = parseCidr(written);
      if (block === undefined) throw new Refusal(at, `"${written}" is not an IPv4 or IPv6 address block such as "10.0.0.0/24" or "2001:db8::/32"`);
      return { kind: 'cidr', text: written, block };
    }
    default:
      throw new Refusal(at, `unknown operator "${operator}"${didYouMean(operator, OPERATORS)} (operators: ${OPERATORS.join(', ')})`);
  }
}

/** prefix/suffix: a string, or `{ "equals-ignore-case": string }`. */
function affix(operator: 'prefix' | 'suffix', operand: unknown, place: Place): { value: string; ignoreCase: boolean } {
  if (typeof operand === 'string') return { value: operand, ignoreCase: false };
  const expected = `${operator} takes a string or {"equals-ignore-case": string}`;
  if (isObject(operand) && Object.keys(operand).length === 1 && 'equals-ignore-case' in operand) {
    return { value: text(operand['equals-ignore-case'], child(place, 'equals-ignore-case'), expected), ignoreCase: true };
  }
  throw new Refusal(place, `${expected}; found ${describe(operand)}`);
}

function exclusion(operand: unknown, place: Place): Exclusion {
  if (typeof operand === 'string') return { kind: 'strings', values: [operand] };
  if (typeof operand === 'number') return { kind: 'numbers', values: [number(operand, place)] };
  if (Array.isArray(operand)) {
    if (operand.length > 0 && operand.every((v) => typeof v === 'string')) return { kind: 'strings', values: operand };
    if (operand.length > 0 && operand.every((v) => typeof v === 'number')) return { kind: 'numbers', values: operand.map((v, i) => number(v, index(place, i))) };
    throw new Refusal(place, `anything-but takes a non-empty list of only strings or only numbers; found ${describe(operand)}`);
  }
  const inner = isObject(operand) ? Object.keys(operand) : [];
  if (isObject(operand) && inner.length === 1) {
    const kind = inner[0] ?? '';
    const value = operand[kind];
    const at = child(place, kind);
    switch (kind) {
      case 'prefix':
      case 'suffix':
        return { kind, value: text(value, at, `anything-but ${kind} takes one string (not a list)`) };
      case 'equals-ignore-case':
        return { kind, values: strings(value, at, 'anything-but equals-ignore-case takes a string or a non-empty list of strings') };
      case 'wildcard':
        return { kind, wildcards: strings(value, at, 'anything-but wildcard takes a string or a non-empty list of strings').map((w) => wildcard(w, at)) };
    }
  }
  throw new Refusal(place, `anything-but takes a string, a number, a list of either, or one of {"prefix": …}, {"suffix": …}, {"equals-ignore-case": …}, {"wildcard": …}; found ${describe(operand)}`);
}

function range(operand: unknown, place: Place): { lower?: Bound; upper?: Bound } {
  const expected = 'numeric takes [operator, number] or [operator, number, operator, number] with operators =, <, <=, >, >=';
  if (!Array.isArray(operand) || (operand.length !== 2 && operand.length !== 4)) throw new Refusal(place, `${expected}; found ${describe(operand)}`);
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  for (let i = 0; i < operand.length; i += 2) {
    const op: unknown = operand[i];
    if (typeof op !== 'string' || !NUMERIC_OPERATORS.has(op)) throw new Refusal(index(place, i), `${expected}; found ${describe(op)}`);
    const value = number(operand[i + 1], index(place, i + 1));
    if (op === '=') {
      if (operand.length === 4) throw new Refusal(index(place, i), '"=" stands alone: [ "=", number ], not part of a range');
      return { lower: { value, inclusive: true }, upper: { value, inclusive: true } };
    }
    const bound = { value, inclusive: op.endsWith('=') };
    if (op.startsWith('>')) {
      if (lower !== undefined) throw new Refusal(index(place, i), 'a numeric range has at most one lower bound (">" or ">=")');
      lower = bound;
    } else {
      if (upper !== undefined) throw new Refusal(index(place, i), 'a numeric range has at most one upper bound ("<" or "<=")');
      upper = bound;
    }
  }
  if (lower !== undefined && upper !== undefined && (lower.value > upper.value || (lower.value === upper.value && !(lower.inclusive && upper.inclusive)))) {
    throw new Refusal(place, `the range matches no number: its lower bound ${lower.value} is not below its upper bound ${upper.value}`);
  }
  return { ...(lower === undefined ? {} : { lower }), ...(upper === undefined ? {} : { upper }) };
}

function wildcard(operand: unknown, place: Place): Wildcard {
  const parsed = parseWildcard(text(operand, place, 'wildcard takes a string'));
  if (!parsed.ok) throw new Refusal(place, `invalid wildcard: ${parsed.problem}`);
  return parsed.wildcard;
}

function number(value: unknown, place: Place): number {
  if (typeof value !== 'number') throw new Refusal(place, `expected a number; found ${describe(value)}`);
  if (Math.abs(value) > NUMERIC_LIMIT) throw new Refusal(place, `${value} is outside the numbers EventBridge compares (-5.0e9 to 5.0e9)`);
  return value;
}

function text(value: unknown, place: Place, expected: string): string {
  if (typeof value !== 'string') throw new Refusal(place, `${expected}; found ${describe(value)}`);
  return value;
}

function strings(value: unknown, place: Place, expected: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value;
  throw new Refusal(place, `${expected}; found ${describe(value)}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `the list ${clip(JSON.stringify(value))}`;
  if (isObject(value)) return `the object ${clip(JSON.stringify(value))}`;
  if (typeof value === 'string') return `the string ${clip(JSON.stringify(value))}`;
  return JSON.stringify(value);
}

/** Snapshot text in a message, kept short. */
function clip(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}

function child(place: Place, key: string): Place {
  const pointer = `${place.pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return { pointer, path: place.path === '' ? key : `${place.path}.${key}` };
}

function index(place: Place, i: number): Place {
  return { pointer: `${place.pointer}/${i}`, path: `${place.path}[${i}]` };
}
