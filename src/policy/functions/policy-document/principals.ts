/**
 * Does a Principal element name everyone? Following S3's "meaning of public"
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status),
 * a grant is limited only when it names fixed principals, so these count as
 * everyone:
 *
 * - `"*"` and `{"AWS": "*"}` (equivalent, per the IAM Principal reference:
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous),
 *   also as one entry of a list (`{"AWS": ["*", "arn:…"]}`);
 * - a wildcard under any type (`{"CanonicalUser": "*"}`, `{"Service": "*"}`)
 *   or inside a value (`arn:aws:iam::*:root`): not a fixed principal. IAM
 *   rejects partial wildcards in principal ARNs when a policy is saved, so
 *   these appear only in hand-made or foreign documents;
 * - a Federated web identity provider (`graph.facebook.com`,
 *   `accounts.google.com`, `cognito-identity.amazonaws.com`): anyone can sign
 *   in to it, which is why S3's documentation lists such a statement as
 *   public. A Federated IAM provider ARN (saml-provider, oidc-provider) is an
 *   account's own identity provider and counts as fixed.
 */
import type { PrincipalSet } from './read.js';

const hasWildcard = /[*?]/;

/** How the principal names everyone (for evidence), or undefined when it names fixed principals only. */
export function everyoneIn(principal: PrincipalSet): string | undefined {
  if (principal.all) return '*';
  for (const [type, values] of principal.byType) {
    for (const value of values) {
      if (hasWildcard.test(value)) return `${type}: ${value}`;
      if (type.toLowerCase() === 'federated' && !value.startsWith('arn:')) return `${type}: ${value}`;
    }
  }
  return undefined;
}
