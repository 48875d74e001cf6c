/**
 * Which statements of an IAM policy grant full administrator access — every
 * action on every resource? The CIS AWS Foundations audit (v7 2.14, v5 1.15)
 * looks for `"Effect": "Allow", "Action": "*", "Resource": "*"`, as does AWS
 * Config's iam-policy-no-statements-with-admin-access
 * (https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html).
 * Decided here:
 *
 * - Action `*` or `*:*`, alone or as one entry of a list; `service:*` is
 *   not full access.
 * - Resource `*`, alone or as one entry of a list.
 * - A Condition does not make it less than full: it narrows when the grant
 *   applies (with MFA, from an address range), not what it grants, and the
 *   CIS audit pattern has no condition in it. The condition is shown in the
 *   evidence.
 * - NotAction and NotResource are not counted, though `Allow NotAction
 *   iam:*` on `*` is nearly full access: CIS does not count them, and which
 *   exclusions still leave "full" access is a judgement, not a fact.
 */
import { readStatements, type PolicyStatement } from './read.js';

export interface FullAdminGrant {
  /** The statement's Sid, or `Statement[index]`. */
  readonly statement: string;
  readonly actions: unknown;
  readonly resources: unknown;
  /** The Condition block as written, when the statement has one. */
  readonly condition?: unknown;
}

const everyAction = new Set(['*', '*:*']);

function isFullAdmin(statement: PolicyStatement): boolean {
  return statement.effect === 'Allow'
    && (statement.action ?? []).some((action) => everyAction.has(action))
    && (statement.resource ?? []).includes('*');
}

/** The statements that allow every action on every resource, in document order. */
export function fullAdminGrants(document: unknown): FullAdminGrant[] {
  return readStatements(document).filter(isFullAdmin).map((statement) => ({
    statement: statement.label,
    actions: statement.raw.Action,
    resources: statement.raw.Resource,
    ...(statement.raw.Condition === undefined ? {} : { condition: statement.raw.Condition }),
  }));
}
