/**
 * Pure mapping from S3 API answers to the aws.s3.bucket catalog shape. An
 * answer that arrived but lacks what a field needs (moto's empty
 * GetBucketPolicyStatus, a value this version does not know) is never
 * guessed into a default: the mapper throws UnreadableAnswer and `mapped`
 * (src/collect/answers.ts) turns it into a recorded failure of that field.
 *
 * What absence is read as, and why:
 * - GetBucketLocation's LocationConstraint empty is the partition's first
 *   region ("Buckets in Region us-east-1 have a LocationConstraint of null").
 * - A default-encryption rule's KMSMasterKeyID absent is null (SSE-S3 has no
 *   key); its BucketKeyEnabled absent is false ("By default, S3 Bucket Key is
 *   not enabled", ServerSideEncryptionRule). A rule without
 *   ApplyServerSideEncryptionByDefault sets no default, so it is not one.
 * - Versioning's Status absent is "never enabled", and MFADelete absent is
 *   "never configured" ("If the bucket has never been so configured, this
 *   element is not returned", GetBucketVersioning): both null.
 * - GetBucketLogging without LoggingEnabled is logging off (null); a target
 *   prefix absent is "" (no prefix — Config items, from Java SDK v1, hold
 *   null where S3 answers an empty element).
 * - A grantee's DisplayName absent is null (S3 no longer returns it); a
 *   lifecycle rule's ID and an expiration by date rather than days are null.
 * What decides a verdict is required: the ACL's grant list, a group
 * grantee's URI (a group grant without it could be AllUsers), a canonical
 * user's ID, the encryption rules, Object Lock's ObjectLockEnabled and the
 * lifecycle rules.
 */
import type {
  GetBucketAclCommandOutput, GetBucketEncryptionCommandOutput, GetBucketLifecycleConfigurationCommandOutput, GetBucketLoggingCommandOutput,
  GetBucketOwnershipControlsCommandOutput, GetBucketPolicyCommandOutput, GetBucketPolicyStatusCommandOutput, GetBucketTaggingCommandOutput,
  GetBucketVersioningCommandOutput, GetObjectLockConfigurationCommandOutput, GetPublicAccessBlockCommandOutput, Grant,
} from '@aws-sdk/client-s3';
import { knownValue, policyDocument, required, tagMap, UnreadableAnswer } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { homeRegion, type Partition } from '../../partition.js';

export type BucketData = CatalogData['aws.s3.bucket'];

export function bucketArn(partition: string, name: string): string {
  return `arn:${partition}:s3:::${name}`;
}

const isPartition = (value: string): value is Partition => value === 'aws' || value === 'aws-us-gov' || value === 'aws-cn';

/**
 * GetBucketLocation's LocationConstraint as a region: empty means the
 * partition's original region (us-east-1 in aws), and the legacy "EU" is eu-west-1.
 */
export function regionOfLocation(constraint: string | undefined, partition: string): string {
  if (constraint === undefined || constraint === '') return homeRegion(isPartition(partition) ? partition : 'aws');
  return constraint === 'EU' ? 'eu-west-1' : constraint;
}

export function tagsOf(answer: GetBucketTaggingCommandOutput): Record<string, string> {
  return tagMap(answer.TagSet);
}

export function encryptionOf(answer: GetBucketEncryptionCommandOutput): NonNullable<BucketData['encryption']> {
  const rules = required(required(answer.ServerSideEncryptionConfiguration, 'ServerSideEncryptionConfiguration').Rules, 'ServerSideEncryptionConfiguration.Rules');
  return {
    // A rule without ApplyServerSideEncryptionByDefault sets no default algorithm, so it is not a default encryption rule.
    rules: rules.flatMap((rule) => (rule.ApplyServerSideEncryptionByDefault === undefined ? [] : [{
      sseAlgorithm: knownValue(rule.ApplyServerSideEncryptionByDefault.SSEAlgorithm, ['AES256', 'aws:kms', 'aws:kms:dsse'], 'SSEAlgorithm'),
      kmsMasterKeyId: rule.ApplyServerSideEncryptionByDefault.KMSMasterKeyID ?? null,
      bucketKeyEnabled: rule.BucketKeyEnabled ?? false,
    }])),
  };
}

export function publicAccessBlockOf(answer: GetPublicAccessBlockCommandOutput): NonNullable<BucketData['publicAccessBlock']> {
  const config = required(answer.PublicAccessBlockConfiguration, 'PublicAccessBlockConfiguration');
  // AWS always answers all four; a missing one is unknown, not "off".
  return {
    blockPublicAcls: required(config.BlockPublicAcls, 'BlockPublicAcls'),
    ignorePublicAcls: required(config.IgnorePublicAcls, 'IgnorePublicAcls'),
    blockPublicPolicy: required(config.BlockPublicPolicy, 'BlockPublicPolicy'),
    restrictPublicBuckets: required(config.RestrictPublicBuckets, 'RestrictPublicBuckets'),
  };
}

/** The bucket policy arrives as a JSON string; one that is not JSON is InvalidPolicyDocument, like every policy document. */
export function policyOf(answer: GetBucketPolicyCommandOutput): NonNullable<BucketData['policy']> {
  return policyDocument(answer.Policy, 'Policy');
}

/** moto answers 200 with an empty body: IsPublic missing must stay unknown, never read as "not public". */
export function policyStatusOf(answer: GetBucketPolicyStatusCommandOutput): NonNullable<BucketData['policyStatus']> {
  const isPublic = answer.PolicyStatus?.IsPublic;
  if (isPublic === undefined) throw new UnreadableAnswer('IncompleteResponse', 'the answer has no PolicyStatus.IsPublic, so whether the bucket policy is public is unknown');
  return { isPublic };
}

function grantOf(grant: Grant): BucketData['acl']['grants'][number] {
  const grantee = required(grant.Grantee, 'Grantee');
  const type = knownValue(grantee.Type, ['CanonicalUser', 'Group', 'AmazonCustomerByEmail'], 'grantee type');
  return {
    grantee: {
      type,
      // Each grantee type is named by its own field; the others are absent for it.
      id: type === 'CanonicalUser' ? required(grantee.ID, 'Grantee.ID') : grantee.ID ?? null,
      uri: type === 'Group' ? required(grantee.URI, 'Grantee.URI') : grantee.URI ?? null,
      displayName: grantee.DisplayName ?? null,
      emailAddress: type === 'AmazonCustomerByEmail' ? required(grantee.EmailAddress, 'Grantee.EmailAddress') : grantee.EmailAddress ?? null,
    },
    permission: knownValue(grant.Permission, ['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP'], 'grant permission'),
  };
}

export function aclOf(answer: GetBucketAclCommandOutput): BucketData['acl'] {
  return { ownerId: required(answer.Owner?.ID, 'Owner.ID'), grants: required(answer.Grants, 'AccessControlList').map(grantOf) };
}

export function ownershipControlsOf(answer: GetBucketOwnershipControlsCommandOutput): NonNullable<BucketData['ownershipControls']> {
  // S3 allows exactly one ownership rule per bucket.
  const rule = required(answer.OwnershipControls?.Rules?.[0], 'OwnershipControls rule');
  return { objectOwnership: knownValue(rule.ObjectOwnership, ['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'], 'ObjectOwnership') };
}

/** A bucket whose versioning was never enabled answers an empty VersioningConfiguration. */
export function versioningOf(answer: GetBucketVersioningCommandOutput): BucketData['versioning'] {
  return {
    status: answer.Status === undefined ? null : knownValue(answer.Status, ['Enabled', 'Suspended'], 'versioning Status'),
    mfaDelete: answer.MFADelete === undefined ? null : knownValue(answer.MFADelete, ['Enabled', 'Disabled'], 'MfaDelete'),
  };
}

/** No LoggingEnabled element means server access logging is off. */
export function loggingOf(answer: GetBucketLoggingCommandOutput): BucketData['logging'] {
  const enabled = answer.LoggingEnabled;
  if (enabled === undefined) return null;
  return { targetBucket: required(enabled.TargetBucket, 'LoggingEnabled.TargetBucket'), targetPrefix: enabled.TargetPrefix ?? '' };
}

export function objectLockOf(answer: GetObjectLockConfigurationCommandOutput): NonNullable<BucketData['objectLock']> {
  const config = required(answer.ObjectLockConfiguration, 'ObjectLockConfiguration');
  const retention = config.Rule?.DefaultRetention;
  return {
    // S3 answers ObjectLockConfigurationNotFoundError for a bucket without Object Lock; a configuration it does answer says Enabled.
    enabled: Boolean(knownValue(config.ObjectLockEnabled, ['Enabled'], 'ObjectLockEnabled')),
    defaultRetention: retention === undefined ? null : {
      mode: knownValue(retention.Mode, ['GOVERNANCE', 'COMPLIANCE'], 'DefaultRetention.Mode'),
      // A retention names days or years; moto also answers the other as 0, which is no period at all.
      days: retention.Days === undefined || retention.Days === 0 ? null : retention.Days,
      years: retention.Years === undefined || retention.Years === 0 ? null : retention.Years,
    },
  };
}

export function lifecycleOf(answer: GetBucketLifecycleConfigurationCommandOutput): NonNullable<BucketData['lifecycle']> {
  return {
    rules: required(answer.Rules, 'lifecycle Rules').map((rule) => ({
      id: rule.ID ?? null,
      status: knownValue(rule.Status, ['Enabled', 'Disabled'], 'lifecycle rule Status'),
      // Expiration by date (not days) has no day count.
      expirationDays: rule.Expiration?.Days ?? null,
      noncurrentVersionExpirationDays: rule.NoncurrentVersionExpiration?.NoncurrentDays ?? null,
      // Storage-class transitions of current and of noncurrent versions alike.
      transitionCount: (rule.Transitions?.length ?? 0) + (rule.NoncurrentVersionTransitions?.length ?? 0),
    })),
  };
}
