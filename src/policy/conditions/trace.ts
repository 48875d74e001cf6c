/**
 * Evidence bookkeeping for composite conditions: each child evaluates into
 * its own trace, and only the evidence that explains the overall result is
 * kept (the failing reads of a failed `all`, the matching elements of a
 * satisfied `some`), plus every read that was unknown.
 */
import { UNKNOWN, type Evidence, type Scope, type Trace, type Truth } from '../evaluation.js';

export function childTrace(parent: Trace): Trace {
  return { evidence: [], unknowns: parent.unknowns };
}

export interface Collected {
  readonly result: Truth;
  readonly evidence: readonly Evidence[];
}

/** Keeps the evidence of children whose result matches the overall one, or is unknown. */
export function keepExplaining(trace: Trace, overall: Truth, children: readonly Collected[]): void {
  for (const child of children) {
    // One push per item: a list in the data may be as long as a hostile snapshot makes it, too long to spread into a call.
    if (child.result === overall || child.result === UNKNOWN) for (const item of child.evidence) trace.evidence.push(item);
  }
}

const flipped: Record<Evidence['result'], Evidence['result']> = { pass: 'fail', fail: 'pass', unknown: 'unknown' };

/** A read restated under a negation: `not equals`, with its result flipped. */
export function negated(item: Evidence): Evidence {
  return { ...item, op: item.op.startsWith('not ') ? item.op.slice(4) : `not ${item.op}`, result: flipped[item.result] };
}

export function withTrace(scope: Scope, trace: Trace): Scope {
  return { ...scope, trace };
}
