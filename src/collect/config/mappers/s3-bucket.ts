/**
 * AWS::S3::Bucket → aws.s3.bucket. Config records a bucket's settings as
 * supplementaryConfiguration entries shaped like the Java SDK v1 models; each
 * is read back into the answer S3 gives the SDK and mapped by the API
 * collector's functions. Spellings are confirmed from a real item (2019, in
 * awslabs/aws-perspective's tests), Cloud Custodian's Config source for S3 and
 * awslabs/aws-config-resource-schema: the ACL is JSON inside the JSON string,
 * grantees `{id, displayName}` or a group name, permissions "FullControl";
 * no policy is `{"policyText": null}`; never versioned is `{"status": "Off",
 * "isMfaDeleteEnabled": null}`; no logging `{"destinationBucketName": null}`;
 * unset lifecycle days -1 (SDK v1's default) or null.
 * Config leaves Block Public Access, Object Lock and lifecycle entries out
 * when a bucket has none (the real item has none), which cannot be told from
 * "not recorded": their absence is unreadable, never null. Not confirmed, so
 * unreadable: a "no default encryption" spelling (S3 encrypts every bucket
 * since 2023), ownership controls (not in the schema), e-mail grantees and a
 * non-null grantSet. S3's policy status is not recorded. The collector puts
 * the bucket in the item's awsRegion; the ARN is S3's global form.
 */
import { BucketVersioningStatus, ExpirationStatus, MFADeleteStatus, ObjectLockRetentionMode, S3Client, ServerSideEncryption } from '@aws-sdk/client-s3';
import type { Grant, LifecycleRule, Permission, ServerSideEncryptionRule } from '@aws-sdk/client-s3';
import { UnreadableAnswer } from '../../answers.js';
import { bucketSettingCalls, readSetting, settingCall, type BucketSetting } from '../../aws/s3/buckets.js';
import { aclOf, bucketArn, encryptionOf, lifecycleOf, loggingOf, objectLockOf, policyOf, publicAccessBlockOf, versioningOf } from '../../aws/s3/map.js';
import { documentOf } from '../item.js';
import { booleanOf, defineConfigMapper, known, numberOf, stringOf } from '../mapper.js';
import { isRecord, timeOf, type Unreadable } from '../read.js';

type Read = { readonly value: unknown } | { readonly reason: string };
type Doc = Record<string, unknown>;

const $metadata = {};
const GROUPS: Readonly<Record<string, string>> = {
  AllUsers: 'http://acs.amazonaws.com/groups/global/AllUsers',
  AuthenticatedUsers: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
  LogDelivery: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
};
const PERMISSIONS: Readonly<Record<string, Permission>> = { FullControl: 'FULL_CONTROL', Read: 'READ', Write: 'WRITE', ReadAcp: 'READ_ACP', WriteAcp: 'WRITE_ACP' };

/** Thrown while rebuilding an answer from a value of a form no real item was seen to hold. */
class Unconfirmed extends Error {}
const unconfirmed = (): never => { throw new Unconfirmed(); };
const must = <T>(value: T | undefined): T => (value === undefined ? unconfirmed() : value);
/** SDK v1 leaves an unset day count at -1; null is read the same way. */
const days = (value: unknown): number | undefined => (value === -1 || value === null || value === undefined ? undefined : must(numberOf(value)));
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : unconfirmed());
const list = (value: unknown): unknown[] => (value === null ? [] : array(value));
const lookup = <V>(map: Readonly<Record<string, V>>, key: unknown): V => (typeof key === 'string' && Object.hasOwn(map, key) ? must(map[key]) : unconfirmed());
const doc = (value: unknown): Doc => (isRecord(value) ? value : unconfirmed());

const grant = (g: unknown): Grant => {
  const { grantee, permission } = doc(g);
  const who = typeof grantee === 'string' ? { Type: 'Group' as const, URI: lookup(GROUPS, grantee) }
    : { Type: 'CanonicalUser' as const, ID: must(stringOf(doc(grantee).id)), DisplayName: stringOf(doc(grantee).displayName) };
  return { Grantee: who, Permission: lookup(PERMISSIONS, permission) };
};

const encryptionRule = (raw: unknown): ServerSideEncryptionRule => {
  const rule = doc(raw);
  const byDefault = rule.applyServerSideEncryptionByDefault === null ? undefined : doc(rule.applyServerSideEncryptionByDefault);
  return {
    ApplyServerSideEncryptionByDefault: byDefault && { SSEAlgorithm: must(known(ServerSideEncryption, byDefault.sseAlgorithm)), KMSMasterKeyID: stringOf(byDefault.kmsMasterKeyID) },
    // Items recorded before S3 Bucket Keys (2020) have no flag: unknown, not false.
    BucketKeyEnabled: must(booleanOf(rule.bucketKeyEnabled)),
  };
};

const lifecycleRule = (raw: unknown): LifecycleRule => {
  const rule = doc(raw);
  const expiration = days(rule.expirationInDays);
  const noncurrent = days(rule.noncurrentVersionExpirationInDays);
  return {
    ID: stringOf(rule.id),
    Status: must(known(ExpirationStatus, rule.status)),
    ...(expiration === undefined ? {} : { Expiration: { Days: expiration } }),
    ...(noncurrent === undefined ? {} : { NoncurrentVersionExpiration: { NoncurrentDays: noncurrent } }),
    // Only the number of transitions is mapped.
    Transitions: list(rule.transitions).map(() => ({})),
    NoncurrentVersionTransitions: list(rule.noncurrentVersionTransitions).map(() => ({})),
  };
};

/** Each field from its entry: how to rebuild S3's answer, and whether Config may leave the entry out for "none". */
const READERS: readonly { path: string; key: string; read: (entry: Doc) => unknown; omittedWhenNone?: true }[] = [
  { path: 'encryption', key: 'ServerSideEncryptionConfiguration', read: (e) => encryptionOf({ $metadata, ServerSideEncryptionConfiguration: { Rules: array(e.rules).map(encryptionRule) } }) },
  { path: 'publicAccessBlock', key: 'PublicAccessBlockConfiguration', omittedWhenNone: true, read: (e) => publicAccessBlockOf({ $metadata, PublicAccessBlockConfiguration: {
    BlockPublicAcls: booleanOf(e.blockPublicAcls), IgnorePublicAcls: booleanOf(e.ignorePublicAcls), BlockPublicPolicy: booleanOf(e.blockPublicPolicy), RestrictPublicBuckets: booleanOf(e.restrictPublicBuckets),
  } }) },
  { path: 'policy', key: 'BucketPolicy', read: (e) => (e.policyText === null ? null : policyOf({ $metadata, Policy: must(stringOf(e.policyText)) })) },
  { path: 'acl', key: 'AccessControlList', read: (e) => aclOf({
    $metadata, Owner: { ID: stringOf(doc(e.owner).id) }, Grants: e.grantSet === null || e.grantSet === undefined ? array(e.grantList).map(grant) : unconfirmed(),
  }) },
  { path: 'versioning', key: 'BucketVersioningConfiguration', read: (e) => versioningOf({
    $metadata, Status: e.status === 'Off' ? undefined : must(known(BucketVersioningStatus, e.status)),
    MFADelete: e.isMfaDeleteEnabled === null ? undefined : must(booleanOf(e.isMfaDeleteEnabled)) ? MFADeleteStatus.Enabled : MFADeleteStatus.Disabled,
  }) },
  { path: 'logging', key: 'BucketLoggingConfiguration', read: (e) => loggingOf(e.destinationBucketName === null ? { $metadata }
    : { $metadata, LoggingEnabled: { TargetBucket: must(stringOf(e.destinationBucketName)), TargetPrefix: stringOf(e.logFilePrefix) } }) },
  { path: 'objectLock', key: 'ObjectLockConfiguration', omittedWhenNone: true, read: (e) => {
    const retention = e.rule === null || e.rule === undefined ? undefined : doc(doc(e.rule).defaultRetention);
    // S3 answers "Enabled" or no configuration at all; anything else would map to "disabled".
    return objectLockOf({ $metadata, ObjectLockConfiguration: { ObjectLockEnabled: e.objectLockEnabled === 'Enabled' ? 'Enabled' : unconfirmed(), Rule: retention && {
      DefaultRetention: { Mode: must(known(ObjectLockRetentionMode, retention.mode)), Days: days(retention.days), Years: days(retention.years) },
    } } });
  } },
  { path: 'lifecycle', key: 'BucketLifecycleConfiguration', omittedWhenNone: true, read: (e) => lifecycleOf({ $metadata, Rules: array(e.rules).map(lifecycleRule) }) },
];

function field(supplementary: Readonly<Doc>, { key, read, omittedWhenNone }: (typeof READERS)[number]): Read {
  const at = `supplementaryConfiguration.${key}`;
  if (!Object.hasOwn(supplementary, key)) {
    return { reason: omittedWhenNone === true ? `the Configuration Item has no ${at}; Config leaves it out both for a bucket without one and when it did not record it` : `the Configuration Item has no ${at}` };
  }
  // parseItem decoded one level; the ACL is JSON inside that JSON.
  const entry = documentOf(supplementary[key]);
  if (!isRecord(entry)) return { reason: `${at} in the Configuration Item is ${entry === null ? 'null' : 'not an object'}, a form no recorded item was seen to hold` };
  try {
    return { value: read(entry) };
  } catch (error) {
    if (error instanceof Unconfirmed) return { reason: `${at} in the Configuration Item holds a value or form no recorded item was seen to hold` };
    if (error instanceof UnreadableAnswer) return { reason: `${at} in the Configuration Item does not read as S3's answer: ${error.message}` };
    throw error;
  }
}

const isSetting = (path: string): path is BucketSetting => Object.hasOwn(settingCall, path);

export const s3BucketFromConfig = defineConfigMapper({
  configType: 'AWS::S3::Bucket',
  catalogType: 'aws.s3.bucket',
  // What the item leaves out (policy status, ownership controls, settings it omits when unset) is asked of S3, one call each.
  fill: {
    calls: [bucketSettingCalls],
    read(ctx, item, path) {
      if (!isSetting(path)) return undefined;
      const bucket = stringOf(item.configuration?.name) ?? item.resourceId;
      return () => readSetting(ctx, path, ctx.clients.get(S3Client, ctx.region), bucket);
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const name = stringOf(c.name) ?? item.resourceId;
    const created = timeOf(c.creationDate);
    const reads: [string, Read][] = [
      ['creationDate', created === undefined ? { reason: 'configuration.creationDate in the Configuration Item is missing or not a time with a zone' } : { value: created.toISOString() }],
      ...READERS.map((r): [string, Read] => [r.path, field(item.supplementaryConfiguration, r)]),
    ];
    const policy = reads.find(([path]) => path === 'policy')?.[1];
    // Without a policy there is no status, as the API collector records; with one, S3's verdict is not in the item.
    reads.push(['policyStatus', policy !== undefined && 'value' in policy && policy.value === null ? { value: null }
      : { reason: 'AWS Config does not record GetBucketPolicyStatus, S3\'s verdict on whether the bucket policy is public' }]);
    reads.push(['ownershipControls', { reason: 'AWS Config records no Object Ownership controls for AWS::S3::Bucket (not in its resource schema)' }]);
    const fields: Doc = { name };
    const unreadable: Unreadable[] = [];
    for (const [path, r] of reads) {
      if ('value' in r) fields[path] = r.value;
      else unreadable.push({ path, reason: r.reason });
    }
    return { envelope: { type: 'aws.s3.bucket', id: name, arn: bucketArn(place.partition, name), tags: { ...item.tags } }, fields, unreadable };
  },
});
