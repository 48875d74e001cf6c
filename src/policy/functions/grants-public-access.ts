/**
 * Does a resource policy (S3 bucket, KMS key, SNS topic …) grant access to
 * everyone? S3's "meaning of public" is the guide
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status):
 * a grant is public unless limited to fixed values. The decisions, each
 * tested beside the module that makes it (policy-document/):
 *
 * - Everyone: "*", {"AWS": "*"} (also in a list), any wildcard principal
 *   ({"CanonicalUser": "*"}, arn:aws:iam::*:root) and Federated web
 *   identity providers (principals.ts).
 * - NotPrincipal in an Allow grants everyone not listed; in a Deny, and any
 *   Deny, grants nothing; Deny statements are not credited as fences
 *   (public-grants.ts).
 * - Limiting conditions: positive operators (StringEquals[IgnoreCase],
 *   StringLike, ArnEquals, ArnLike; IpAddress for aws:SourceIp) with fixed
 *   values on keys that pin the caller, its account or organization, or its
 *   network. …IfExists and ForAllValues: never limit; negated operators,
 *   Null and Bool never limit; aws:SourceIp ranges broader than /8 or /32
 *   (IPv6) do not limit (limiting-conditions.ts, cidr.ts).
 * - With `servicePrincipals`, grants to those AWS service principals count
 *   as public unless a fixed aws:SourceAccount or aws:SourceOwner condition
 *   pins the account the service acts for (public-grants.ts).
 * - With `actions`, only statements whose Action (honouring wildcards,
 *   ignoring case) or NotAction could allow one of them count (actions.ts).
 *
 * Evidence (`actual`) lists each public statement: Sid or position,
 * principal and actions as written, and why no condition limits it.
 */
import { Type } from '@sinclair/typebox';
import { defineFunction } from './define.js';
import { publicGrants } from './policy-document/index.js';

export const grantsPublicAccess = defineFunction({
  name: 'grantsPublicAccess',
  description: 'True when an Allow statement of a resource policy grants everyone ("*", {"AWS": "*"}, a wildcard principal or NotPrincipal) access with no condition limiting the callers to fixed accounts, organizations, VPCs, endpoints or narrow address ranges.',
  input: 'a resource policy document (bucket, key or topic policy); null means no policy',
  options: Type.Object({
    actions: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z0-9-]+:[A-Za-z0-9]+$' }), {
      minItems: 1,
      description: 'Concrete actions, e.g. [s3:GetObject, s3:PutObject]: only statements whose Action (wildcards included) or NotAction could allow one of them count. Default: any action.',
    })),
    servicePrincipals: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9.-]+\\.amazonaws\\.com$' }), {
      minItems: 1,
      description: 'AWS service principals, e.g. [s3.amazonaws.com], whose grants count as public unless a fixed aws:SourceAccount or aws:SourceOwner condition pins the account the service acts for (the confused deputy). Default: none.',
    })),
  }, { additionalProperties: false }),
  compile(options) {
    const actions = options.actions as string[] | undefined;
    const services = (options.servicePrincipals as string[] | undefined) ?? [];
    return (value) => {
      if (typeof value !== 'object' || value === null) return { result: false, actual: null };
      const grants = publicGrants(value, actions, services);
      return { result: grants.length > 0, actual: grants };
    };
  },
});
