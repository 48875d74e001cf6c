/**
 * Evidence bookkeeping for composite conditions. Evidence explains a result;
 * it is not a log of every read. Each composite evaluates its children into
 * their own traces and keeps, by one rule:
 *
 * - Conjunctions (`all`, `every`, and `none`, which is every element not
 *   matching): when false, the evidence of every failing child — each is
 *   something to fix; when true, every child's.
 * - Disjunctions (`any`, `some`): when true, the evidence of every child that
 *   holds; when false, only the alternative that came closest, since fixing
 *   that one is enough. Closest: the fewest failing reads that found nothing
 *   there (an empty list, no related resource: something to create, not to
 *   fix), then the fewest failing reads — counted through the composites
 *   inside (a conjunction adds its children up, a disjunction counts its
 *   closest child, a negation counts what held as failed). A failed `any`
 *   keeps every branch tied for closest (different conditions, each a way to
 *   pass); a failed `some` keeps the first element tied for closest (the
 *   others are the same condition failing again) and says how many it tried.
 * - `not` (and `none` for its elements) restates the evidence inside as negated.
 * - `count` keeps the matching elements and the count.
 * - When the result is unknown: the evidence of the children that were unknown.
 *
 * The same read stated twice (two conditions that test one value the same
 * way) is kept once, where it first appears.
 *
 * Whatever a composite drops, evidence of a read that could not be made
 * (result unknown) is kept, and the unknown reasons are one list shared by
 * the whole evaluation, never filtered: an ERROR names every field it could
 * not read, and a FAIL shows the reads it was decided despite.
 */
import { isDeepStrictEqual } from 'node:util';
import { UNKNOWN, scopeOf, type Evidence, type Progress, type Scope, type Trace, type Truth } from '../evaluation.js';

export function childTrace(parent: Trace): Trace {
  return { evidence: [], unknowns: parent.unknowns };
}

/** A child's result and what it explained it with. */
export interface Collected {
  readonly result: Truth;
  readonly evidence: readonly Evidence[];
  readonly progress: Progress;
}

const NONE: Progress = { held: 0, failed: 0, absent: 0 };

/** A trace's progress: as its composite set it, or counted from a leaf's evidence. */
export function progressOf(trace: Trace): Progress {
  if (trace.progress !== undefined) return trace.progress;
  let held = 0;
  let failed = 0;
  let absent = 0;
  for (const item of trace.evidence) {
    if (item.result === 'pass') held++;
    else if (item.result === 'fail') {
      failed++;
      // A related lookup that found nothing and was told to fail (ifNone: fail).
      if (item.op === 'related') absent++;
    }
  }
  return { held, failed, absent };
}

export function collected(result: Truth, trace: Trace): Collected {
  return { result, evidence: trace.evidence, progress: progressOf(trace) };
}

/** The progress of a conjunction: its children's added up. */
export function sumProgress(children: readonly Collected[]): Progress {
  let sum = NONE;
  for (const child of children) sum = addProgress(sum, child.progress);
  return sum;
}

export function addProgress(a: Progress, b: Progress): Progress {
  return { held: a.held + b.held, failed: a.failed + b.failed, absent: a.absent + b.absent };
}

/** The progress of a negation: what held now fails, and the reverse; an absence negated is a read that held. */
export function negatedProgress(progress: Progress): Progress {
  return { held: progress.failed, failed: progress.held, absent: 0 };
}

/** Negative when `a` came closer than `b`: fewer absences, then fewer failing reads. */
function closer(a: Progress, b: Progress): number {
  return a.absent - b.absent || a.failed - b.failed;
}

/** The progress of a disjunction: its closest child's. */
export function bestProgress(children: readonly Collected[]): Progress {
  let best: Progress | undefined;
  for (const child of children) if (best === undefined || closer(child.progress, best) < 0) best = child.progress;
  return best ?? NONE;
}

function keepUnknownReads(trace: Trace, evidence: readonly Evidence[]): void {
  for (const item of evidence) if (item.result === 'unknown') trace.evidence.push(item);
}

/** Keeps the evidence of children whose result matches the overall one, or is unknown; of the others, only their unknown reads. */
export function keepExplaining(trace: Trace, overall: Truth, children: readonly Collected[]): void {
  for (const child of children) {
    // One push per item: a list in the data may be as long as a hostile snapshot makes it, too long to spread into a call.
    if (child.result === overall || child.result === UNKNOWN) for (const item of child.evidence) trace.evidence.push(item);
    else keepUnknownReads(trace, child.evidence);
  }
}

/**
 * A failed disjunction: keeps the evidence of the closest child — every
 * child tied for closest when `ties` is 'all', the first when 'first' — and
 * of the others only their unknown reads, in the children's order.
 */
export function keepClosest(trace: Trace, children: readonly Collected[], ties: 'all' | 'first'): void {
  const best = bestProgress(children);
  let kept = false;
  for (const child of children) {
    if (closer(child.progress, best) === 0 && (ties === 'all' || !kept)) {
      kept = true;
      for (const item of child.evidence) trace.evidence.push(item);
    } else {
      keepUnknownReads(trace, child.evidence);
    }
  }
}

/** The evidence with each repeated statement of a read kept once, in order. */
export function distinctEvidence(evidence: Evidence[]): Evidence[] {
  // Most findings explain themselves with one read: nothing to compare, nothing to allocate.
  if (evidence.length < 2) return evidence;
  const seen = new Map<string, Evidence[]>();
  const kept: Evidence[] = [];
  for (const item of evidence) {
    const key = `${item.path}\u0000${item.op}\u0000${item.result}\u0000${item.resource ?? ''}`;
    const same = seen.get(key);
    if (same === undefined) seen.set(key, [item]);
    else if (same.some((s) => isDeepStrictEqual(s.actual, item.actual) && isDeepStrictEqual(s.expected, item.expected))) continue;
    else same.push(item);
    kept.push(item);
  }
  return kept;
}

const flipped: Record<Evidence['result'], Evidence['result']> = { pass: 'fail', fail: 'pass', unknown: 'unknown' };

/** A read restated under a negation: `not equals`, with its result flipped. */
export function negated(item: Evidence): Evidence {
  return { ...item, op: item.op.startsWith('not ') ? item.op.slice(4) : `not ${item.op}`, result: flipped[item.result] };
}

export function withTrace(scope: Scope, trace: Trace): Scope {
  return scopeOf(scope.resource, scope.value, scope.basePath, scope.ctx, trace, scope.related);
}
