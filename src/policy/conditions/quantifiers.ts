/**
 * every / some / none / count over a list of values: elements of a list field
 * (`{ path: accessKeys, some: … }`) or related resources (related.ts). Kleene
 * rules: `some` is true as soon as one element is, unknown if none is but one
 * was unknown; `every` is the dual. When the list itself may be incomplete
 * (a related type not fully collected), only a result the elements already
 * decide is trusted; otherwise the answer is unknown.
 */
import { FALSE, TRUE, UNKNOWN, joinPath, labelled, not, resultOf, scopeOf, type CompiledCondition, type Evidence, type Progress, type Scope, type Trace, type Truth, type UnknownReason } from '../evaluation.js';
import type { Resource } from '../../resources/resource.js';
import { addProgress, bestProgress, collected as collect, keepClosest, keepExplaining, negated, negatedProgress, sumProgress, withTrace, type Collected } from './trace.js';

export type QuantifierKind = 'every' | 'some' | 'none' | 'count';

export interface CountTest {
  readonly op: 'equals' | 'gt' | 'gte' | 'lt' | 'lte';
  readonly value: number;
}

/** One element to evaluate: the scope it is evaluated in. */
export interface Element {
  readonly scope: Scope;
}

function compareCount(count: number, test: CountTest): boolean {
  switch (test.op) {
    case 'equals': return count === test.value;
    case 'gt': return count > test.value;
    case 'gte': return count >= test.value;
    case 'lt': return count < test.value;
    case 'lte': return count <= test.value;
  }
}

/**
 * The count is at least `trues` and at most `trues + unknowns` (unbounded
 * when the list is incomplete): decided only when every possible count gives
 * the same answer.
 */
function countTruth(trues: number, unknowns: number, unbounded: boolean, test: CountTest): Truth {
  const first = compareCount(trues, test);
  const last = unbounded ? trues + unknowns + Math.max(0, test.value - trues) + 1 : trues + unknowns;
  for (let n = trues + 1; n <= last; n++) {
    if (compareCount(n, test) !== first) return UNKNOWN;
  }
  return first ? TRUE : FALSE;
}

/** Whether one element's value settles the quantifier, so evaluation without a trace can stop there. */
function settles(kind: QuantifierKind, value: Truth): boolean {
  return ((kind === 'some' || kind === 'none') && value === TRUE) || (kind === 'every' && value === FALSE);
}

/** The answer from the element results counted, by the rules above. */
function settle(kind: QuantifierKind, evaluated: number, trues: number, unknowns: number, incomplete: boolean, count: CountTest | undefined): Truth {
  const falses = evaluated - trues - unknowns;
  const undecided = unknowns > 0 || incomplete;
  switch (kind) {
    case 'some': return trues > 0 ? TRUE : undecided ? UNKNOWN : FALSE;
    case 'none': return trues > 0 ? FALSE : undecided ? UNKNOWN : TRUE;
    case 'every': return falses > 0 ? FALSE : undecided ? UNKNOWN : TRUE;
    case 'count': return count === undefined ? UNKNOWN : countTruth(trues, unknowns, incomplete, count);
  }
}

/**
 * A quantifier over the items of a list value, deciding alone (no trace):
 * one scope per element and nothing else, stopping once the answer is settled.
 * `quantify` over `listElements` gives the same answer and explains it.
 */
export function decideOverList(kind: QuantifierKind, inner: CompiledCondition | undefined, list: unknown, outer: Scope, listPath: string, count: CountTest | undefined): Truth {
  if (!Array.isArray(list)) return settle(kind, 0, 0, 0, false, count);
  const { resource, ctx, related } = outer;
  // Element paths only matter to a resource with collection errors (they decide what is unreadable).
  const base = resource.errors === undefined ? undefined : joinPath(outer.basePath, listPath);
  let evaluated = 0;
  let trues = 0;
  let unknowns = 0;
  for (let i = 0; i < list.length; i++) {
    const value = inner === undefined ? TRUE : inner.evaluate(scopeOf(resource, list[i], base === undefined ? '' : `${base}[${i}]`, ctx, undefined, related));
    evaluated++;
    if (value === TRUE) trues++;
    else if (value === UNKNOWN) unknowns++;
    if (settles(kind, value)) break;
  }
  return settle(kind, evaluated, trues, unknowns, false, count);
}

/** A quantifier over related resources, deciding alone (no trace); `incomplete` when the search did not see everything. */
export function decideOverResources(kind: QuantifierKind, inner: CompiledCondition | undefined, resources: readonly Resource[], outer: Scope, incomplete: boolean, count: CountTest | undefined): Truth {
  let evaluated = 0;
  let trues = 0;
  let unknowns = 0;
  for (const resource of resources) {
    const value = inner === undefined ? TRUE : inner.evaluate(scopeOf(resource, resource.data, '', outer.ctx, undefined, true));
    evaluated++;
    if (value === TRUE) trues++;
    else if (value === UNKNOWN) unknowns++;
    if (settles(kind, value)) break;
  }
  return settle(kind, evaluated, trues, unknowns, incomplete, count);
}

/**
 * A traced quantifier's outcome apart from the scope that asked: everything
 * but the list's own summary line, which names the asking resource. Over
 * related resources it depends only on the lookup's answer, so related.ts
 * works it out once per answer and replays it for every resource asking the
 * same question.
 */
export interface Quantified {
  readonly result: Truth;
  /** The elements' evidence the rules keep, in order. */
  readonly evidence: readonly Evidence[];
  /** The list's own line (its count, its emptiness, how many were tried), before or after the elements' evidence; undefined when the elements say it all. */
  readonly own: { readonly actual: unknown; readonly result: Evidence['result']; readonly first: boolean } | undefined;
  readonly progress: Progress;
  /** Unknown reasons found on the way, when they were gathered apart (`unknowns` given to detachedQuantify) rather than into the evaluation's list. */
  readonly unknowns: readonly UnknownReason[];
}

/**
 * Evaluates a quantifier over `elements` with a trace, every element
 * evaluated so the evidence can say which held. `incomplete` says the list
 * may be missing members (with the reason); `inner` is undefined for a bare
 * count. Unknown reasons go to `unknowns`.
 */
export function detachedQuantify(
  kind: QuantifierKind,
  inner: CompiledCondition | undefined,
  elements: readonly Element[],
  unknowns: UnknownReason[],
  incomplete: UnknownReason | undefined,
  count: CountTest | undefined,
): Quantified {
  const collected: Collected[] = [];
  let trues = 0;
  let unknownCount = 0;
  for (const element of elements) {
    const own: Trace = { evidence: [], unknowns };
    const value = inner === undefined ? TRUE : inner.evaluate(withTrace(element.scope, own));
    collected.push(collect(value, own));
    if (value === TRUE) trues++;
    else if (value === UNKNOWN) unknownCount++;
  }
  const result = settle(kind, elements.length, trues, unknownCount, incomplete !== undefined, count);
  if (incomplete !== undefined && result === UNKNOWN) unknowns.push(incomplete);
  // What the list itself says, when the elements cannot: it is empty, how many matched, or that none of several did.
  const ownActual: { actual: unknown } | undefined = kind === 'count' ? { actual: trues } : elements.length === 0 ? { actual: [] } : kind === 'some' && result === FALSE && elements.length > 1 ? { actual: elements.length } : undefined;
  const ownResult = resultOf(result);
  const failedOwn = ownActual !== undefined && ownResult === 'fail' ? 1 : 0;
  // A list that failed with no element at all found nothing there (trace.ts).
  const ownProgress: Progress = { held: ownActual !== undefined && ownResult === 'pass' ? 1 : 0, failed: failedOwn, absent: elements.length === 0 ? failedOwn : 0 };
  const kept: Trace = { evidence: [], unknowns };
  let progress: Progress;
  let first = false;
  if (kind === 'some') {
    if (result === FALSE) {
      // Said first: the closest element's reads follow as the example of what none of them had.
      first = true;
      keepClosest(kept, collected, 'first');
    } else {
      keepExplaining(kept, result, collected);
    }
    progress = elements.length === 0 ? ownProgress : bestProgress(collected);
  } else if (kind === 'none') {
    // The elements that matched are what makes `none` fail: restate their reads as negated, as `not` does.
    const restated = collected.map((c) => ({ result: not(c.result), evidence: c.evidence.map(negated), progress: negatedProgress(c.progress) }));
    keepExplaining(kept, result, restated);
    progress = addProgress(sumProgress(restated), ownProgress);
  } else {
    // A count is explained by the elements that matched; `every` by those that decide it.
    keepExplaining(kept, kind === 'count' ? TRUE : result, collected);
    progress = kind === 'count' ? ownProgress : addProgress(sumProgress(collected), ownProgress);
  }
  return { result, evidence: kept.evidence, own: ownActual === undefined ? undefined : { actual: ownActual.actual, result: ownResult, first }, progress, unknowns: [] };
}

/** Writes a detached outcome into `trace` as asked from `outer`; answers its result. */
export function replayQuantified(
  quantified: Quantified, kind: QuantifierKind, count: CountTest | undefined, outer: Scope, trace: Trace,
  /** What the list is, for evidence when it is empty, counted, or has no element that matches: its path, or the related type. */
  label: string,
): Truth {
  for (const reason of quantified.unknowns) trace.unknowns.push(reason);
  const own = quantified.own;
  const summary: Evidence | undefined = own === undefined ? undefined : {
    path: label,
    actual: own.actual,
    op: kind === 'count' ? `count ${count?.op ?? ''}`.trim() : kind,
    expected: kind === 'count' ? (count?.value ?? null) : kind === 'some' ? 'at least one matching element' : kind === 'none' ? 'no matching element' : 'every element to match',
    result: own.result,
    ...labelled(outer),
  };
  if (summary !== undefined && own?.first === true) trace.evidence.push(summary);
  // One push per item: a list in the data may be as long as a hostile snapshot makes it, too long to spread into a call.
  for (const item of quantified.evidence) trace.evidence.push(item);
  if (summary !== undefined && own?.first !== true) trace.evidence.push(summary);
  trace.progress = quantified.progress;
  return quantified.result;
}

/**
 * Evaluates a quantifier over `elements` with a trace, every element
 * evaluated so the evidence can say which held. `incomplete` says the list
 * may be missing members (with the reason); `inner` is undefined for a bare count.
 */
export function quantify(
  kind: QuantifierKind,
  inner: CompiledCondition | undefined,
  elements: readonly Element[],
  outer: Scope,
  /** The trace the evaluation writes to: outer's. */
  trace: Trace,
  incomplete: UnknownReason | undefined,
  count: CountTest | undefined,
  /** What the list is, for evidence when it is empty, counted, or has no element that matches: its path, or the related type. */
  label: string,
): Truth {
  return replayQuantified(detachedQuantify(kind, inner, elements, trace.unknowns, incomplete, count), kind, count, outer, trace, label);
}

/** Element scopes, for a traced quantify, of the items of a list value read at `listPath`. */
export function listElements(outer: Scope, list: unknown, listPath: string): Element[] {
  if (!Array.isArray(list)) return [];
  const base = joinPath(outer.basePath, listPath);
  return list.map((value: unknown, index) => ({ scope: scopeOf(outer.resource, value, `${base}[${index}]`, outer.ctx, outer.trace, outer.related) }));
}
