/**
 * AWS::S3::Bucket items mapped to aws.s3.bucket: the same fields as the API
 * collector's mapping of S3's answers, Config's "none" spellings read as none,
 * and entries an item lacks or holds in an unseen form named unreadable.
 */
import type { GetBucketAclCommandOutput, GetBucketLifecycleConfigurationCommandOutput, GetObjectLockConfigurationCommandOutput } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { aclOf, bucketArn, encryptionOf, lifecycleOf, loggingOf, objectLockOf, policyOf, publicAccessBlockOf, tagsOf, versioningOf } from '../../aws/s3/map.js';
import { s3Bucket } from '../../../resources/types/s3-bucket.js';
import { validateData } from '../../../resources/validate-data.js';
import { parseItem } from '../item.js';
import { s3BucketFromConfig } from './s3-bucket.js';

const place = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };
const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const $metadata = {};
const POLICY = { Version: '2012-10-17', Statement: [{ Sid: 'DenyInsecure', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::app-data-euw1/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] };
const PUBLIC = { Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::app-data-euw1/*' }] };

const ownerGrant = { grantee: { id: OWNER, displayName: null }, permission: 'FullControl' };
const acl = (grants: unknown[]): unknown => ({ grantSet: null, grantList: grants, owner: { displayName: null, id: OWNER }, isRequesterCharged: false });

/** Supplementary entries as the recorded item spells them: JSON strings, the ACL JSON inside a JSON string. */
const SUPPLEMENTARY: Record<string, unknown> = {
  AccessControlList: JSON.stringify(JSON.stringify(acl([ownerGrant]))),
  BucketAccelerateConfiguration: '{"status":null}',
  BucketLoggingConfiguration: '{"destinationBucketName":"access-logs","logFilePrefix":"app-data-euw1/"}',
  BucketNotificationConfiguration: '{"configurations":{}}',
  BucketPolicy: JSON.stringify({ policyText: JSON.stringify(POLICY) }),
  BucketVersioningConfiguration: '{"status":"Enabled","isMfaDeleteEnabled":false}',
  IsRequesterPaysEnabled: 'false',
  PublicAccessBlockConfiguration: '{"blockPublicAcls":true,"ignorePublicAcls":true,"blockPublicPolicy":true,"restrictPublicBuckets":true}',
  ServerSideEncryptionConfiguration: JSON.stringify({ rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID: KEY }, bucketKeyEnabled: true }] }),
  BucketLifecycleConfiguration: JSON.stringify({ rules: [{
    id: 'archive', status: 'Enabled', expirationInDays: 365, expiredObjectDeleteMarker: false, noncurrentVersionExpirationInDays: 30, expirationDate: null, prefix: null,
    transitions: [{ days: 30, storageClass: 'STANDARD_IA', date: null }, { days: 90, storageClass: 'GLACIER', date: null }], noncurrentVersionTransitions: null,
    abortIncompleteMultipartUpload: null, filter: { predicate: { type: 'LifecyclePrefixPredicate', prefix: '' } },
  }] }),
  ObjectLockConfiguration: '{"objectLockEnabled":"Enabled","rule":{"defaultRetention":{"mode":"COMPLIANCE","days":null,"years":7}}}',
};

/** One advanced-query result, supplementary entries replaced or (undefined) left out. */
const result = (overrides: Record<string, unknown> = {}, configuration: unknown = { name: 'app-data-euw1', owner: { displayName: null, id: OWNER }, creationDate: '2024-01-15T09:30:00.000Z' }): string => JSON.stringify({
  resourceId: 'app-data-euw1', resourceType: 'AWS::S3::Bucket', resourceName: 'app-data-euw1', arn: 'arn:aws:s3:::app-data-euw1', accountId: '123456789012',
  awsRegion: 'eu-west-1', configurationItemStatus: 'OK', configurationItemCaptureTime: '2024-06-01T10:00:00.000Z', configuration,
  supplementaryConfiguration: { ...SUPPLEMENTARY, ...overrides }, tags: [{ key: 'team', value: 'data' }, { key: 'env', value: 'prod' }], relationships: [],
});

function mapItem(text: string): ReturnType<typeof s3BucketFromConfig.map> {
  const parsed = parseItem(text);
  if (parsed.kind !== 'item') throw new Error(`the test item did not parse: ${parsed.kind === 'invalid' ? parsed.reason : parsed.kind}`);
  return s3BucketFromConfig.map(parsed.item, place);
}
const paths = (mapping: ReturnType<typeof mapItem>): string[] => (mapping.unreadable ?? []).map((u) => u.path);

/** The same bucket as S3's answers, mapped by the API collector's functions. */
const LIFECYCLE: GetBucketLifecycleConfigurationCommandOutput = { $metadata, Rules: [{ ID: 'archive', Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 365 },
  NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }, { Days: 90, StorageClass: 'GLACIER' }] }] };
const LOCK: GetObjectLockConfigurationCommandOutput = { $metadata, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 7 } } } };
const ACL: GetBucketAclCommandOutput = { $metadata, Owner: { ID: OWNER }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: OWNER }, Permission: 'FULL_CONTROL' }] };
const API_FIELDS = {
  name: 'app-data-euw1',
  creationDate: new Date('2024-01-15T09:30:00.000Z').toISOString(),
  encryption: encryptionOf({ $metadata, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY }, BucketKeyEnabled: true }] } }),
  publicAccessBlock: publicAccessBlockOf({ $metadata, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } }),
  policy: policyOf({ $metadata, Policy: JSON.stringify(POLICY) }),
  acl: aclOf(ACL),
  versioning: versioningOf({ $metadata, Status: 'Enabled', MFADelete: 'Disabled' }),
  logging: loggingOf({ $metadata, LoggingEnabled: { TargetBucket: 'access-logs', TargetPrefix: 'app-data-euw1/' } }),
  objectLock: objectLockOf(LOCK),
  lifecycle: lifecycleOf(LIFECYCLE),
};

describe('s3BucketFromConfig', () => {
  it('maps a current item: every recorded setting, tags from the item, S3 verdicts it lacks named', () => {
    const mapping = mapItem(result());
    expect(mapping.envelope).toEqual({ type: 'aws.s3.bucket', id: 'app-data-euw1', arn: 'arn:aws:s3:::app-data-euw1', tags: { team: 'data', env: 'prod' } });
    expect(mapping.fields).toEqual({
      name: 'app-data-euw1', creationDate: '2024-01-15T09:30:00.000Z',
      encryption: { rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: KEY, bucketKeyEnabled: true }] },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      policy: POLICY,
      acl: { ownerId: OWNER, grants: [{ grantee: { type: 'CanonicalUser', id: OWNER, uri: null, displayName: null, emailAddress: null }, permission: 'FULL_CONTROL' }] },
      versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
      logging: { targetBucket: 'access-logs', targetPrefix: 'app-data-euw1/' },
      objectLock: { enabled: true, defaultRetention: { mode: 'COMPLIANCE', days: null, years: 7 } },
      lifecycle: { rules: [{ id: 'archive', status: 'Enabled', expirationDays: 365, noncurrentVersionExpirationDays: 30, transitionCount: 2 }] },
    });
    expect(mapping.unreadable).toEqual([
      { path: 'policyStatus', reason: "AWS Config does not record GetBucketPolicyStatus, S3's verdict on whether the bucket policy is public" },
      { path: 'ownershipControls', reason: 'AWS Config records no Object Ownership controls for AWS::S3::Bucket (not in its resource schema)' },
    ]);
    // Every field present is valid; the two unreadable ones are the only ones missing.
    expect(validateData(s3Bucket, { ...s3Bucket.example, ...mapping.fields })).toEqual([]);
    expect(Object.keys(s3Bucket.example).filter((k) => !(k in mapping.fields))).toEqual(['policyStatus', 'ownershipControls']);
  });

  it('gives exactly what the API collector gives for the same bucket, bar what Config does not record', () => {
    const mapping = mapItem(result());
    expect(mapping.envelope).toEqual({ type: 'aws.s3.bucket', id: 'app-data-euw1', arn: bucketArn('aws', 'app-data-euw1'), tags: tagsOf({ $metadata, TagSet: [{ Key: 'team', Value: 'data' }, { Key: 'env', Value: 'prod' }] }) });
    expect(mapping.fields).toEqual(API_FIELDS);
  });

  it('reads a public policy and a public ACL, and leaves S3\'s "is public" verdict unknown rather than guessing it', () => {
    const mapping = mapItem(result({
      BucketPolicy: JSON.stringify({ policyText: JSON.stringify(PUBLIC) }),
      AccessControlList: JSON.stringify(JSON.stringify(acl([ownerGrant, { grantee: 'AllUsers', permission: 'Read' }]))),
    }));
    expect(mapping.fields.policy).toEqual(PUBLIC);
    expect(mapping.fields.acl).toEqual(aclOf({ ...ACL, Grants: [...(ACL.Grants ?? []), { Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ' }] }));
    expect(mapping.fields).not.toHaveProperty('policyStatus');
    expect(paths(mapping)).toEqual(['policyStatus', 'ownershipControls']);
  });

  it('reads {"policyText": null} as no policy, and so no policy status, as the API collector records it', () => {
    const mapping = mapItem(result({ BucketPolicy: '{"policyText":null}' }));
    expect(mapping.fields).toMatchObject({ policy: null, policyStatus: null });
    expect(paths(mapping)).toEqual(['ownershipControls']);
  });

  it('reads never-enabled versioning ("Off", MFA delete null) as S3\'s empty answer', () => {
    const mapping = mapItem(result({ BucketVersioningConfiguration: '{"status":"Off","isMfaDeleteEnabled":null}' }));
    expect(mapping.fields.versioning).toEqual({ status: null, mfaDelete: null });
    expect(mapping.fields.versioning).toEqual(versioningOf({ $metadata }));
  });

  it.each([
    ['a customer key', KEY, true, { sseAlgorithm: 'aws:kms', kmsMasterKeyId: KEY, bucketKeyEnabled: true }],
    ['the AWS managed key', null, false, { sseAlgorithm: 'aws:kms', kmsMasterKeyId: null, bucketKeyEnabled: false }],
  ])('reads default encryption with KMS and %s', (_what, kmsMasterKeyID, bucketKeyEnabled, rule) => {
    const mapping = mapItem(result({ ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyID }, bucketKeyEnabled }] } }));
    expect(mapping.fields.encryption).toEqual({ rules: [rule] });
  });

  it('reads lifecycle day counts SDK v1 left unset (-1) as none, like an expiration by date', () => {
    const mapping = mapItem(result({ BucketLifecycleConfiguration: { rules: [{ id: null, status: 'Disabled', expirationInDays: -1, noncurrentVersionExpirationInDays: -1, transitions: null, noncurrentVersionTransitions: [{ days: 10, storageClass: 'GLACIER' }] }] } }));
    expect(mapping.fields.lifecycle).toEqual({ rules: [{ id: null, status: 'Disabled', expirationDays: null, noncurrentVersionExpirationDays: null, transitionCount: 1 }] });
  });

  it('names missing entries unreadable, never "none configured"', () => {
    const mapping = mapItem(result({ PublicAccessBlockConfiguration: undefined, ObjectLockConfiguration: undefined, BucketLifecycleConfiguration: undefined, BucketPolicy: undefined, AccessControlList: undefined }));
    expect(paths(mapping)).toEqual(['publicAccessBlock', 'policy', 'acl', 'objectLock', 'lifecycle', 'policyStatus', 'ownershipControls']);
    for (const path of ['publicAccessBlock', 'policy', 'policyStatus', 'acl', 'objectLock', 'lifecycle']) expect(mapping.fields).not.toHaveProperty(path);
    expect(mapping.unreadable?.[0]?.reason).toBe('the Configuration Item has no supplementaryConfiguration.PublicAccessBlockConfiguration; Config leaves it out both for a bucket without one and when it did not record it');
  });

  it.each([
    ['Block Public Access spelled null', { PublicAccessBlockConfiguration: null }, 'publicAccessBlock'],
    ['a Block Public Access flag missing', { PublicAccessBlockConfiguration: '{"blockPublicAcls":true,"ignorePublicAcls":true,"blockPublicPolicy":true}' }, 'publicAccessBlock'],
    ['an unknown encryption algorithm', { ServerSideEncryptionConfiguration: { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:rot13' }, bucketKeyEnabled: false }] } }, 'encryption'],
    ['an e-mail grantee', { AccessControlList: JSON.stringify(acl([{ grantee: { emailAddress: 'a@example.com' }, permission: 'Read' }])) }, 'acl'],
    ['an unknown permission', { AccessControlList: JSON.stringify(acl([{ grantee: 'AllUsers', permission: 'Everything' }])) }, 'acl'],
    ['MFA delete as a string', { BucketVersioningConfiguration: '{"status":"Enabled","isMfaDeleteEnabled":"true"}' }, 'versioning'],
    ['a policy that is not JSON', { BucketPolicy: '{"policyText":"{not json"}' }, 'policy'],
    ['object lock not enabled', { ObjectLockConfiguration: '{"objectLockEnabled":null,"rule":null}' }, 'objectLock'],
  ])('names %s unreadable and leaves the field out', (_what, overrides, path) => {
    const mapping = mapItem(result(overrides));
    expect(mapping.fields).not.toHaveProperty(path);
    expect(paths(mapping)).toContain(path);
  });

  it('reads the real 2019 item (aws-perspective\'s test data): its "none" spellings map, what it predates or omits is unreadable', () => {
    const mapping = mapItem(JSON.stringify({
      accountId: '123456789012', configurationItemStatus: 'ResourceDiscovered', arn: 'arn:aws:s3:::cf-templates-1mfb6u5ip16se-eu-west-1', resourceType: 'AWS::S3::Bucket',
      resourceId: 'cf-templates-1mfb6u5ip16se-eu-west-1', resourceName: 'cf-templates-1mfb6u5ip16se-eu-west-1', awsRegion: 'eu-west-1', tags: {},
      configuration: '{"name":"cf-templates-1mfb6u5ip16se-eu-west-1","owner":{"displayName":null,"id":"cdc98e52b531907c0dc603986cfa5197f7708056c08e9f701d164d48b54f5d18"},"creationDate":"2019-04-25T15:31:25.000Z"}',
      supplementaryConfiguration: {
        AccessControlList: '"{\\"grantSet\\":null,\\"grantList\\":[{\\"grantee\\":{\\"id\\":\\"cdc98e52b531907c0dc603986cfa5197f7708056c08e9f701d164d48b54f5d18\\",\\"displayName\\":null},\\"permission\\":\\"FullControl\\"}],\\"owner\\":{\\"displayName\\":null,\\"id\\":\\"cdc98e52b531907c0dc603986cfa5197f7708056c08e9f701d164d48b54f5d18\\"},\\"isRequesterCharged\\":false}"',
        BucketAccelerateConfiguration: '{"status":null}', BucketLoggingConfiguration: '{"destinationBucketName":null,"logFilePrefix":null}',
        BucketNotificationConfiguration: '{"configurations":{}}', BucketPolicy: '{"policyText":null}', BucketVersioningConfiguration: '{"status":"Off","isMfaDeleteEnabled":null}',
        IsRequesterPaysEnabled: 'false', ServerSideEncryptionConfiguration: '{"rules":[{"applyServerSideEncryptionByDefault":{"sseAlgorithm":"AES256","kmsMasterKeyID":null}}]}',
      },
    }));
    const owner = 'cdc98e52b531907c0dc603986cfa5197f7708056c08e9f701d164d48b54f5d18';
    expect(mapping.fields).toEqual({
      name: 'cf-templates-1mfb6u5ip16se-eu-west-1', creationDate: '2019-04-25T15:31:25.000Z', policy: null, policyStatus: null, versioning: { status: null, mfaDelete: null }, logging: null,
      acl: { ownerId: owner, grants: [{ grantee: { type: 'CanonicalUser', id: owner, uri: null, displayName: null, emailAddress: null }, permission: 'FULL_CONTROL' }] },
    });
    // Encryption predates Bucket Keys' flag; the other three entries the item leaves out.
    expect(paths(mapping)).toEqual(['encryption', 'publicAccessBlock', 'objectLock', 'lifecycle', 'ownershipControls']);
  });

  it('names a creation date it cannot read unreadable instead of epoch 0', () => {
    const mapping = mapItem(result({}, { name: 'app-data-euw1', owner: { displayName: null, id: OWNER } }));
    expect(mapping.fields).not.toHaveProperty('creationDate');
    expect(paths(mapping)[0]).toBe('creationDate');
  });
});
