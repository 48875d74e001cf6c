/**
 * What verification found, before it becomes findings: each problem is an
 * evidence item of the findings document (path, what was seen, what was
 * expected), filed under the check it breaks. An object that could not be
 * read is an `unknown` item with its reason: fail closed, never a pass.
 */
import type { Finding } from '../findings/schema.js';
import type { StoreFailure } from './store.js';

export type Evidence = Finding['evidence'][number];
export type Reason = NonNullable<Finding['reasons']>[number];

/** The checks, one policy each (policies.ts). */
export const checkKinds = ['digests', 'chain', 'log-files-unmodified', 'log-files-present', 'coverage'] as const;
export type CheckKind = (typeof checkKinds)[number];

export interface Issue {
  readonly kind: CheckKind;
  readonly evidence: Evidence;
  /** Set for unknown items: why the object could not be read. */
  readonly reason?: Reason;
}

export const s3Url = (bucket: string, key: string): string => `s3://${bucket}/${key}`;

/** A signature shown in evidence: enough hex to tell two apart, not 512 characters per line. */
export const shortSignature = (signature: string | null | undefined): string | null =>
  signature === null || signature === undefined ? null : signature.length > 16 ? `${signature.slice(0, 16)}…` : signature;

export function failed(kind: CheckKind, path: string, op: string, actual: unknown, expected: unknown): Issue {
  return { kind, evidence: { path, actual, op, expected, result: 'fail' } };
}

export function unreadable(kind: CheckKind, path: string, failure: StoreFailure): Issue {
  return {
    kind,
    evidence: { path, actual: null, op: 'exists', expected: true, result: 'unknown' },
    reason: { path, code: failure.code, message: `${failure.operation}: ${failure.message}` },
  };
}
