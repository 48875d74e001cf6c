/**
 * What a compiled condition works with. Evaluation is three-valued (STYLE.md
 * habit 5): a value that could not be collected is UNKNOWN, never false, and
 * UNKNOWN propagates by Kleene's rules (false wins in `all`, true in `any`).
 */
import type { SourceLocation } from '../diagnostics/error.js';
import type { Resource } from '../resources/resource.js';

export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** One value read during evaluation: where, what it was, and what the condition wanted. */
export interface Evidence {
  /** Path into the resource's data (`$id` for envelope fields), concrete indexes filled in. */
  readonly path: string;
  readonly actual: unknown;
  /** Operator name, e.g. equals, gte, matches, or a function name. */
  readonly op: string;
  readonly expected: unknown;
  /** Whether this read satisfied its condition. */
  readonly result: 'pass' | 'fail' | 'unknown';
  /** For values read from a related resource: `type id`. */
  readonly resource?: string;
}

/** Why a condition could not be decided. */
export interface UnknownReason {
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly resource?: string;
}

/** Resources of a type found for a related lookup, and whether the search saw everything. */
export interface RelatedResult {
  readonly resources: readonly Resource[];
  readonly complete: boolean;
  /** When incomplete: what was not collected, e.g. "aws.s3.bucket in 123456789012/eu-west-1: failed (AccessDenied …)". */
  readonly reason?: string;
}

export interface RelatedQuery {
  readonly type: string;
  readonly within: 'account' | 'region';
  /**
   * Join: each target field (data path or $-envelope field) must equal the
   * value taken from the current resource; the first key is indexed, the
   * rest filter what it found.
   */
  readonly join?: readonly [JoinKey, ...JoinKey[]];
}

export interface JoinKey {
  readonly targetPath: string;
  readonly value: unknown;
}

/** Supplied by the engine: everything evaluation needs beyond the resource itself. */
export interface EvalContext {
  /** collectedAt of the snapshot, in ms since the epoch: the only "now" there is. */
  readonly now: number;
  related(query: RelatedQuery, from: Resource): RelatedResult;
}

/**
 * Where evaluation stands: the resource, the value conditions' paths are
 * relative to (its data, or an element inside a quantifier), and that
 * value's concrete path. `trace` collects evidence; it is only set when a
 * result must be explained, so the common path allocates nothing.
 */
export interface Scope {
  readonly resource: Resource;
  readonly value: unknown;
  readonly basePath: string;
  readonly ctx: EvalContext;
  readonly trace: Trace | undefined;
  /** Inside a related lookup: the resource is the related one, named in evidence (relatedLabel). */
  readonly related: boolean;
}

/**
 * Every scope is made here, with every field in one order: conditions read
 * scopes at every step, and scopes of one shape keep those reads monomorphic
 * (scopes spread from others took several shapes, and each read paid for it).
 */
export function scopeOf(resource: Resource, value: unknown, basePath: string, ctx: EvalContext, trace: Trace | undefined, related: boolean): Scope {
  return { resource, value, basePath, ctx, trace, related };
}

const UNLABELLED: { readonly resource?: string } = Object.freeze({});

/** `{ resource: 'type id' }` inside a related lookup, nothing elsewhere: spread into evidence and reasons, made only when they are written. */
export function labelled(scope: Scope): { readonly resource?: string } {
  return scope.related ? { resource: `${scope.resource.type} ${scope.resource.id}` } : UNLABELLED;
}

export interface Trace {
  readonly evidence: Evidence[];
  readonly unknowns: UnknownReason[];
  /**
   * How far the condition evaluated with this trace got, set by composite
   * conditions (a leaf's is counted from its evidence): what picks the
   * failed alternative that came closest (conditions/trace.ts).
   */
  progress?: Progress;
}

/** Reads that held and reads that failed behind a result, counted as conditions/trace.ts says. */
export interface Progress {
  readonly held: number;
  readonly failed: number;
  /** Of the failed ones, those that found nothing there: an empty list, no related resource. */
  readonly absent: number;
}

export interface CompiledCondition {
  readonly location: SourceLocation;
  evaluate(scope: Scope): Truth;
}

export function not(value: Truth): Truth {
  return value === UNKNOWN ? UNKNOWN : value === TRUE ? FALSE : TRUE;
}

export function joinPath(base: string, path: string): string {
  if (base === '') return path;
  if (path === '') return base;
  return path.startsWith('[') ? `${base}${path}` : `${base}.${path}`;
}

export function resultOf(value: Truth): Evidence['result'] {
  return value === TRUE ? 'pass' : value === FALSE ? 'fail' : 'unknown';
}
