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
 * With `servicePrincipals` (e.g. s3.amazonaws.com), an Allow to one of those
 * service principals counts too unless a fixed aws:SourceAccount or
 * aws:SourceOwner condition pins the calling resource's account: without
 * one, any account's bucket (or other resource of that service) can make
 * the service call on its behalf — the confused deputy of
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html,
 * and Security Hub Lambda.1's reading for S3.
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

/** Condition keys that pin the account of the resource a service acts for. */
const sourceAccountKeys = new Set(['aws:sourceaccount', 'aws:sourceowner']);

/** The listed service principal the statement names, if any (types and names compare case-insensitively). */
function servicePrincipalIn(statement: PolicyStatement, services: readonly string[]): string | undefined {
  if (statement.principal === undefined || services.length === 0) return undefined;
  const wanted = new Set(services.map((s) => s.toLowerCase()));
  for (const [type, values] of statement.principal.byType) {
    if (type.toLowerCase() !== 'service') continue;
    const found = values.find((v) => wanted.has(v.toLowerCase()));
    if (found !== undefined) return found;
  }
  return undefined;
}

function publicGrant(statement: PolicyStatement, actions: readonly string[] | undefined, services: readonly string[]): PublicGrant | undefined {
  if (statement.effect !== 'Allow') return undefined;
  let who: string | undefined;
  let limits = statement.conditions;
  if (statement.notPrincipal !== undefined) who = 'NotPrincipal grants everyone not listed';
  else if (statement.principal !== undefined) {
    const everyone = everyoneIn(statement.principal);
    if (everyone !== undefined) who = `Principal ${everyone}`;
    else {
      const service = servicePrincipalIn(statement, services);
      if (service !== undefined) {
        who = `Service ${service} acting for any account`;
        limits = statement.conditions.filter((test) => sourceAccountKeys.has(test.key.toLowerCase()));
      }
    }
  }
  if (who === undefined) return undefined;
  if (!coversAnyAction(statement, actions)) return undefined;
  if (limitingCondition(limits) !== undefined) return undefined;
  return {
    statement: statement.label,
    principal: statement.notPrincipal === undefined ? statement.principal?.raw : { NotPrincipal: statement.notPrincipal.raw },
    actions: statement.raw.Action ?? { NotAction: statement.raw.NotAction },
    reason: `${who} with ${limits === statement.conditions ? conditionNote(statement) : 'no fixed aws:SourceAccount or aws:SourceOwner condition'}`,
  };
}

/** The statements that grant everyone access, in document order; empty when none. */
export function publicGrants(document: unknown, actions?: readonly string[], servicePrincipals: readonly string[] = []): PublicGrant[] {
  return readStatements(document)
    .map((statement) => publicGrant(statement, actions, servicePrincipals))
    .filter((grant): grant is PublicGrant => grant !== undefined);
}
