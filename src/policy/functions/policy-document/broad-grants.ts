/**
 * Grants broader than least privilege allows, short of full administrator
 * access (full-admin.ts):
 *
 * - Service-wide wildcards (Security Hub IAM.21, AWS Config
 *   iam-policy-no-statements-with-full-access): an Allow statement whose
 *   Action names every action of a service (`ec2:*`, `ec2:**`, any case) or
 *   of every service (`*`). `ec2:Describe*` is not service-wide. Stricter
 *   than the Config rule, which looks for `service:*` only: `*` and an Allow
 *   with NotAction (everything the statement does not exclude, so every
 *   action of every other service) count too, unless the NotAction
 *   excludes every action.
 * - Actions on every resource of a kind (Security Hub KMS.1, AWS Config
 *   iam-customer-policy-blocked-kms-actions): an Allow statement that could
 *   allow one of the given actions (actions.ts) on a Resource that matches
 *   any resource id of the kind: `*`, `arn:aws:kms:*:*:key/*`, or
 *   `arn:aws:kms:us-east-1:111122223333:key/*` (every key of that account
 *   and region). An Allow with NotResource counts unless it excludes every
 *   resource of the kind. Conditions are shown, not credited: Security Hub
 *   does not read them either.
 *
 * Statements are read as written (read.ts); the evidence names each one.
 */
import { matchGlob } from '../../glob.js';
import { coversAnyAction } from './actions.js';
import { readStatements, type PolicyStatement } from './read.js';

export interface BroadGrant {
  /** The statement's Sid, or `Statement[index]`. */
  readonly statement: string;
  /** Action or NotAction as written. */
  readonly actions: unknown;
  readonly resources: unknown;
  /** The Condition block as written, when the statement has one. */
  readonly condition?: unknown;
}

/** `*`, `**`: a run of wildcards, which matches any text. */
const onlyWildcards = /^\*+$/;

/** Does an Action pattern name every action of a service, or of every service? */
function serviceWide(pattern: string): boolean {
  if (onlyWildcards.test(pattern)) return true;
  const colon = pattern.indexOf(':');
  return colon > 0 && onlyWildcards.test(pattern.slice(colon + 1));
}

function grantOf(statement: PolicyStatement): BroadGrant {
  const raw = statement.raw;
  return {
    statement: statement.label,
    actions: raw.Action ?? raw.NotAction,
    resources: raw.Resource ?? raw.NotResource,
    ...(raw.Condition === undefined ? {} : { condition: raw.Condition }),
  };
}

/** The Allow statements that grant every action of some service, in document order. */
export function serviceWideGrants(document: unknown): BroadGrant[] {
  return readStatements(document)
    .filter((s) => s.effect === 'Allow' && (s.action !== undefined ? s.action.some(serviceWide) : s.notAction !== undefined && coversAnyAction(s, undefined)))
    .map(grantOf);
}

/** What "every resource of a kind" is: the service in its ARNs and the start of their resource part, e.g. kms and `key/`. */
export interface ResourceKind {
  readonly service: string;
  readonly prefix: string;
}

/** A resource id no real one holds: a pattern that matches it must match every id. */
const ANY_ID = '\u0001assay-any-id';

/** The text a glob segment matches with its wildcards taken as empty or one character: it matches that segment by construction. */
const instance = (segment: string): string => segment.replaceAll('*', '').replaceAll('?', 'a');

/**
 * Does a Resource pattern match every resource of the kind, in the
 * partition, regions and accounts it names? Built as a probe ARN with the
 * pattern's own partition, region and account and an id no resource has:
 * a pattern that matches it leaves the id open.
 */
export function coversEveryResource(pattern: string, kind: ResourceKind): boolean {
  if (onlyWildcards.test(pattern)) return true;
  const [, partition = '', service = '', region = '', account = ''] = pattern.split(':');
  // Resource ARNs compare case-sensitively, unlike action names.
  if (service !== '' && !matchGlob(service, kind.service)) return false;
  const probe = ['arn', instance(partition), kind.service, instance(region), instance(account), `${kind.prefix}${ANY_ID}`].join(':');
  return matchGlob(pattern, probe);
}

/** The Allow statements that could allow one of `actions` on every resource of the kind, in document order. */
export function everyResourceGrants(document: unknown, actions: readonly string[], kind: ResourceKind): BroadGrant[] {
  return readStatements(document)
    .filter((s) => s.effect === 'Allow' && coversAnyAction(s, actions)
      && (s.resource !== undefined ? s.resource.some((r) => coversEveryResource(r, kind)) : s.notResource !== undefined && !s.notResource.some((r) => coversEveryResource(r, kind))))
    .map(grantOf);
}
