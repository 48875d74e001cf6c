/**
 * IAM permissions: the least-privilege policy `assay permissions` prints,
 * the union of the IAM actions in the call tables of the collectors run and
 * of the run's own calls (src/collect/calls.ts).
 */
import { permissionsOf } from './calls.js';
import type { Collector } from './define.js';
import { identityCalls } from './identity.js';
import { regionDiscoveryCalls } from './run.js';

/** Calls the run itself makes, outside any collector: identity and region discovery. */
export const basePermissions: readonly string[] = permissionsOf([regionDiscoveryCalls, identityCalls]);

export function requiredPermissions(collectors: readonly Collector[]): string[] {
  return [...new Set([...basePermissions, ...collectors.flatMap((c) => c.permissions)])].sort();
}

/** The least-privilege IAM policy document for the given collectors. */
export function permissionsPolicy(collectors: readonly Collector[]): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AssayReadOnlyScan', Effect: 'Allow', Action: requiredPermissions(collectors), Resource: '*' }],
  };
}
