/**
 * One evidence item as a short sentence a reader can act on —
 * `isMultiRegionTrail is false (expected true)`, `could not read
 * metricFilters (AccessDenied)` — for the terminal table and the Markdown
 * report; JSON, SARIF and the HTML report keep the structured item.
 *
 * The sentence is assembled from parts the caller escapes for its
 * destination: our own words, names (paths, resource labels, error codes)
 * and values (JSON, as read or as the policy expects them). Every op the
 * evaluator writes is covered, negated ones (`not equals`, written by `not`
 * and `none`) included; an op it does not know reads "expected <op> <value>".
 */
import type { Finding } from '../findings/schema.js';

type Evidence = Finding['evidence'][number];
type Reason = NonNullable<Finding['reasons']>[number];

export interface SentenceStyle {
  /** The sentence's own words. */
  readonly words: (text: string) => string;
  /** A path, resource label, list or error code: from the policy or the data. */
  readonly name: (text: string) => string;
  /** A value read or expected, as JSON. */
  readonly value: (json: string) => string;
}

interface Part {
  readonly kind: keyof SentenceStyle;
  readonly text: string;
}

const w = (text: string): Part => ({ kind: 'words', text });
const n = (text: string): Part => ({ kind: 'name', text });
const v = (value: unknown): Part => {
  // JSON.stringify returns undefined for undefined, though its type says string.
  const json = JSON.stringify(value) as string | undefined;
  return { kind: 'value', text: json ?? 'undefined' };
};

/** What a comparison wanted, in words, for `<path> is <actual> (expected …)`; undefined for an op this does not know. */
function requirement(op: string, negated: boolean, expected: unknown): Part[] | undefined {
  const not = negated ? 'not ' : '';
  switch (op) {
    case 'equals': return negated ? [w('anything but '), v(expected)] : [v(expected)];
    case 'notEquals': return negated ? [v(expected)] : [w('anything but '), v(expected)];
    case 'gt': return [w(negated ? 'at most ' : 'more than '), v(expected)];
    case 'gte': return [w(negated ? 'less than ' : 'at least '), v(expected)];
    case 'lt': return [w(negated ? 'at least ' : 'less than '), v(expected)];
    case 'lte': return [w(negated ? 'more than ' : 'at most '), v(expected)];
    case 'startsWith': return [w(`${not}to start with `), v(expected)];
    case 'endsWith': return [w(`${not}to end with `), v(expected)];
    case 'contains': return [w(`${not}to contain `), v(expected)];
    case 'matches': return [w(`${not}to match `), v(expected)];
    case 'olderThanDays': return [w(`${not}older than `), v(expected), w(' days')];
    case 'newerThanDays': return [w(`${not}newer than `), v(expected), w(' days')];
    case 'moreThanDaysAhead': return [w(`${not}more than `), v(expected), w(' days ahead')];
    default: return undefined;
  }
}

const quantifiers = new Set(['some', 'every', 'none']);
/** Built-in functions name a property of the value: `grantsPublicAccess` reads "grants public access". */
const FUNCTION_NAME = /^[a-z]+(?:[A-Z][a-z]*)+$/;

/**
 * A resource type as a related lookup's label starts (aws.<service>.<name>, or aws.account and
 * aws.region), before its join (` where …`) or join keys (`.metricName+namespace`). Fields are
 * camelCase or $-prefixed, so the type is the longest run of lowercase segments.
 */
const RESOURCE_TYPE = /^aws(?:\.[a-z0-9-]+){1,2}(?=$| where |\.)/;

/** A quantifier's list is a path or, for a related lookup, a resource type (with its join: `aws.cloudwatch.alarm where …`). */
function relatedType(label: string): string | undefined {
  return RESOURCE_TYPE.exec(label)?.[0];
}

function unknownRead(e: Evidence, reasons: readonly Reason[]): Part[] {
  if (e.op === 'related') return [w('found no '), ...relatedTarget(e), w(' in the snapshot, so this could not be decided')];
  // A list that may be missing members (a related type not fully collected): what was found so far.
  if ((quantifiers.has(e.op) || e.op.startsWith('count')) && (Array.isArray(e.actual) || typeof e.actual === 'number')) {
    return [w('found '), ...(typeof e.actual === 'number' ? [v(e.actual), w(' ')] : [w('no ')]), ...listName(e.path), w(', but the list may be incomplete')];
  }
  const reason = reasons.find((r) => r.path === e.path && r.resource === e.resource) ?? reasons.find((r) => r.path === e.path);
  return [w('could not read '), n(e.path), ...(reason === undefined ? [] : [w(' ('), n(reason.code), w(')')])];
}

/** `aws.cloudwatch.alarm with metricName = "X"` from a related item's path (`type.key` or `type.k1+k2`) and expected value(s). */
function relatedTarget(e: Evidence): Part[] {
  const type = relatedType(e.path) ?? e.path;
  if (e.path === type) return [n(type)];
  const keys = e.path.slice(type.length + 1).split('+');
  const values = keys.length > 1 && typeof e.expected === 'object' && e.expected !== null ? (e.expected as Record<string, unknown>) : { [keys[0] ?? '']: e.expected };
  const parts: Part[] = [n(type), w(' with ')];
  for (const [i, key] of keys.entries()) {
    if (i > 0) parts.push(w(' and '));
    parts.push(n(key), w(' = '), v(values[key]));
  }
  return parts;
}

function listName(label: string): Part[] {
  return relatedType(label) === undefined ? [w('element in '), n(label)] : [n(label)];
}

function quantifierSentence(e: Evidence): Part[] | undefined {
  if (e.op === 'some' && typeof e.actual === 'number') {
    return relatedType(e.path) === undefined
      ? [w('none of the '), v(e.actual), w(' elements of '), n(e.path), w(' matches; the closest is shown')]
      : [w('none of the '), v(e.actual), w(' '), n(e.path), w(' matches; the closest is shown')];
  }
  if (quantifiers.has(e.op) && Array.isArray(e.actual) && e.actual.length === 0) {
    const what = e.op === 'some' ? 'at least one matching element' : e.op === 'none' ? 'no matching element' : 'every element to match';
    return relatedType(e.path) === undefined
      ? [n(e.path), w(` is empty (expected ${what})`)]
      : [w('found no '), n(e.path), w(` (expected ${what})`)];
  }
  const count = /^count (equals|gt|gte|lt|lte)$/.exec(e.op);
  if (count?.[1] !== undefined) {
    const wanted = requirement(count[1], false, e.expected) ?? [];
    const counted = relatedType(e.path) === undefined ? [n(e.path), w(' has '), v(e.actual)] : [w('found '), v(e.actual), w(' '), n(e.path)];
    return [...counted, w(' (expected '), ...wanted, w(')')];
  }
  return undefined;
}

function functionSentence(e: Evidence, fn: string, negated: boolean): Part[] {
  const property = fn.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
  // The function held when its own (un-negated) result was true.
  const held = negated ? e.result === 'fail' : e.result === 'pass';
  const subject = e.path === '(resource)' ? [w('the resource')] : [n(e.path)];
  // "does not satisfy" says what was wanted; a property that should not hold says so.
  const observed = held ? ` ${property}${negated ? ' (expected it not to)' : ''}: ` : ` does not satisfy "${property}": `;
  return [...subject, w(observed), v(e.actual)];
}

function sentenceParts(e: Evidence, reasons: readonly Reason[]): Part[] {
  if (e.result === 'unknown') return unknownRead(e, reasons);
  if (e.op === 'related') return [w('no '), ...relatedTarget(e), w(' was found')];
  const quantified = quantifierSentence(e);
  if (quantified !== undefined) return quantified;
  const negated = e.op.startsWith('not ');
  const op = negated ? e.op.slice(4) : e.op;
  if (op === 'in' || op === 'notIn') {
    const allowed = (op === 'in') !== negated;
    const inList = (e.result === 'pass') === allowed;
    return [n(e.path), w(' '), v(e.actual), w(` is ${inList ? '' : 'not '}in the ${allowed ? 'allowed' : 'excluded'} list `), v(e.expected)];
  }
  if ((op === 'exists' || op === 'empty') && typeof e.expected === 'boolean') {
    const wanted = e.expected !== negated;
    const phrase = op === 'exists' ? (wanted ? 'it to be set' : 'it to be absent') : wanted ? 'it to be empty' : 'it not to be empty';
    const observed = op === 'exists' && (e.actual === null || e.actual === undefined) ? [w(' is absent')] : [w(' is '), v(e.actual)];
    return [n(e.path), ...observed, w(` (expected ${phrase})`)];
  }
  const wanted = requirement(op, negated, e.expected);
  if (wanted !== undefined) return [n(e.path), w(' is '), v(e.actual), w(' (expected '), ...wanted, w(')')];
  if (FUNCTION_NAME.test(op) && !quantifiers.has(op)) return functionSentence(e, op, negated);
  return [n(e.path), w(' is '), v(e.actual), w(` (expected ${e.op} `), v(e.expected), w(')')];
}

/**
 * The item as a sentence, each part escaped by `style`; a read from a
 * related resource is prefixed with that resource. `reasons` (an ERROR
 * finding's) lend an unreadable field its error code.
 */
export function evidenceSentence(e: Evidence, style: SentenceStyle, reasons: readonly Reason[] = []): string {
  const parts = sentenceParts(e, reasons);
  const prefix = e.resource === undefined ? [] : [n(e.resource), w(': ')];
  return [...prefix, ...parts].map((part) => style[part.kind](part.text)).join('');
}
