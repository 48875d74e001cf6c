/**
 * Does a condition limit a statement to known callers or networks? Modelled
 * on S3's "meaning of public": a grant to everyone is not public when it is
 * limited by fixed values (no `*` or `?` wildcard, no `${…}` policy
 * variable) of keys that pin the caller, its account or organization, or its
 * network (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status).
 * Conditions in one block are ANDed, so one limiting test limits the
 * statement. The rules, each decided here:
 *
 * - Keys: aws:SourceVpc, aws:SourceVpce, aws:PrincipalOrgID,
 *   aws:PrincipalAccount, aws:SourceAccount, aws:SourceOwner, aws:userid and
 *   s3:DataAccessPointAccount (S3's list), plus kms:CallerAccount (the
 *   account of the caller, which AWS's own key policies use with Principal
 *   "*": https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account).
 *   aws:username is not one: any account can have a user of that name.
 *   kms:ViaService is not one: it names a service any account can call
 *   through. aws:SourceOrgID/aws:SourceOrgPaths are not credited (not in
 *   S3's list).
 * - ARN keys (aws:PrincipalArn, aws:SourceArn, s3:DataAccessPointArn) limit
 *   with a fixed value, or a pattern whose account field is a fixed 12-digit
 *   account id (S3 documents this for s3:DataAccessPointArn; we apply it to
 *   all three, since every match then lies in that one account).
 * - aws:PrincipalOrgPaths limits when the organization id that starts the
 *   path is fixed (`o-abc123/*`): every match lies in that organization.
 * - aws:SourceIp limits with IpAddress and CIDRs no broader than /8 (IPv4)
 *   or /32 (IPv6); see cidr.ts.
 * - Operators: only positive matches limit — StringEquals,
 *   StringEqualsIgnoreCase, StringLike, ArnEquals, ArnLike (and IpAddress
 *   for aws:SourceIp). Negated operators, Null and Bool do not.
 * - `…IfExists` never limits: "If the key is not present, evaluate the
 *   condition element as true"
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists),
 *   and anonymous or cross-account callers simply omit keys such as
 *   aws:SourceVpce or aws:PrincipalOrgID.
 * - `ForAllValues:` never limits: it is true when the key is absent. A
 *   `ForAnyValue:` test is false when the key is absent, so it limits like
 *   the plain operator.
 * - A key with all values valid limits; one unfixed value (values are ORed)
 *   opens it again. A key with no values limits nothing we can prove.
 *
 * Operator names and keys compare case-insensitively (AWS's default SNS
 * topic policy spells the key `AWS:SourceOwner`).
 */
import { MIN_LIMITING_PREFIX, isNarrowSourceIp } from './cidr.js';
import type { ConditionTest } from './read.js';

type KeyKind = 'fixed' | 'arn' | 'orgPath' | 'sourceIp';

const keyKinds: ReadonlyMap<string, KeyKind> = new Map<string, KeyKind>([
  ['aws:sourcevpc', 'fixed'],
  ['aws:sourcevpce', 'fixed'],
  ['aws:principalorgid', 'fixed'],
  ['aws:principalaccount', 'fixed'],
  ['aws:sourceaccount', 'fixed'],
  ['aws:sourceowner', 'fixed'],
  ['aws:userid', 'fixed'],
  ['kms:calleraccount', 'fixed'],
  ['s3:dataaccesspointaccount', 'fixed'],
  ['aws:principalarn', 'arn'],
  ['aws:sourcearn', 'arn'],
  ['s3:dataaccesspointarn', 'arn'],
  ['aws:principalorgpaths', 'orgPath'],
  ['aws:sourceip', 'sourceIp'],
]);

const matchingOperators = new Set(['stringequals', 'stringequalsignorecase', 'stringlike', 'arnequals', 'arnlike']);

const unfixed = /[*?]|\$\{/;

export function isFixed(value: string): boolean {
  return !unfixed.test(value);
}

/** An ARN whose account field (the fifth) is a literal account id. */
function hasFixedAccount(arn: string): boolean {
  const parts = arn.split(':');
  return parts.length >= 6 && parts[0] === 'arn' && /^\d{12}$/.test(parts[4] ?? '');
}

function limitingValue(kind: KeyKind, value: string): boolean {
  switch (kind) {
    case 'fixed': return isFixed(value);
    case 'arn': return isFixed(value) || hasFixedAccount(value);
    case 'orgPath': return /^o-[a-z0-9]+(\/|$)/i.test(value);
    case 'sourceIp': return isNarrowSourceIp(value);
  }
}

/** Why the test does not limit the callers, or undefined when it does. */
export function whyNotLimiting(test: ConditionTest): string | undefined {
  const kind = keyKinds.get(test.key.toLowerCase());
  if (kind === undefined) return `${test.key} does not identify the caller or its network`;
  if (test.ifExists) return 'IfExists is true when the key is absent';
  if (test.set === 'ForAllValues') return 'ForAllValues is true when the key is absent';
  const base = test.base.toLowerCase();
  const positive = kind === 'sourceIp' ? base === 'ipaddress' : matchingOperators.has(base);
  if (!positive) return `${test.base} does not match ${kind === 'sourceIp' ? 'source addresses' : 'fixed values'}`;
  if (test.values.length === 0) return 'no values';
  const open = test.values.find((value) => !limitingValue(kind, value));
  if (open === undefined) return undefined;
  return kind === 'sourceIp'
    ? `${open} is broader than /${MIN_LIMITING_PREFIX.v4} (IPv4) or /${MIN_LIMITING_PREFIX.v6} (IPv6)`
    : `"${open}" is not a fixed value`;
}

/** The first test that limits the callers, if any. */
export function limitingCondition(conditions: readonly ConditionTest[]): ConditionTest | undefined {
  return conditions.find((test) => whyNotLimiting(test) === undefined);
}
