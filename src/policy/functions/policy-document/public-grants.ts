/**
 * Which statements of a resource policy grant access to everyone? A
 * statement does when all of these hold:
 *
 * - its Effect is Allow. A Deny grants nothing, and a Deny that fences in
 *   a public Allow is not credited either: S3's documented test speaks only
 *   of what a policy grants, and proving that a Deny covers every case of
 *   an Allow needs a full evaluation — so this errs towards "public";
 * - it names everyone: a Principal that principals.ts reads as everyone, or
 *   any NotPrincipal (in an Allow, NotPrincipal grants everyone except the
 *   listed principals:
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html);
 * - its Action or NotAction could cover one of the actions asked about (any
 *   action when none are given);
 * - no condition limits the callers (limiting-conditions.ts).
 *
 * Resource and NotResource are not read: in a resource policy they name the
 * resource itself or parts of it, and a public grant on any part is public.
 */
import { coversAnyAction } from './actions.js';
import { limitingCondition, whyNotLimiting } from './limiting-conditions.js';
import { everyoneIn } from './principals.js';
import { readStatements, type PolicyStatement } from './read.js';

export interface PublicGrant {
  /** The statement's Sid, or `Statement[index]`. */
  readonly statement: string;
  /** Principal (or `{ NotPrincipal: … }`) as written. */
  readonly principal: unknown;
  /** Action as written, or `{ NotAction: … }`. */
  readonly actions: unknown;
  readonly reason: string;
}

function conditionNote(statement: PolicyStatement): string {
  if (statement.conditions.length === 0) return 'no condition';
  const notes = statement.conditions.map((test) => `${test.operator} ${test.key}: ${whyNotLimiting(test) ?? 'limits'}`);
  return `no limiting condition (${notes.join('; ')})`;
}

function publicGrant(statement: PolicyStatement, actions: readonly string[] | undefined): PublicGrant | undefined {
  if (statement.effect !== 'Allow') return undefined;
  let who: string | undefined;
  if (statement.notPrincipal !== undefined) who = 'NotPrincipal grants everyone not listed';
  else if (statement.principal !== undefined) {
    const everyone = everyoneIn(statement.principal);
    if (everyone !== undefined) who = `Principal ${everyone}`;
  }
  if (who === undefined) return undefined;
  if (!coversAnyAction(statement, actions)) return undefined;
  if (limitingCondition(statement.conditions) !== undefined) return undefined;
  return {
    statement: statement.label,
    principal: statement.notPrincipal === undefined ? statement.principal?.raw : { NotPrincipal: statement.notPrincipal.raw },
    actions: statement.raw.Action ?? { NotAction: statement.raw.NotAction },
    reason: `${who} with ${conditionNote(statement)}`,
  };
}

/** The statements that grant everyone access, in document order; empty when none. */
export function publicGrants(document: unknown, actions?: readonly string[]): PublicGrant[] {
  return readStatements(document)
    .map((statement) => publicGrant(statement, actions))
    .filter((grant): grant is PublicGrant => grant !== undefined);
}
