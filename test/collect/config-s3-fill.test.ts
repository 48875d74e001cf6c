/**
 * `--source config` for S3 buckets: the item supplies what Config records,
 * and what it leaves out — S3's policy status, ownership controls, settings
 * Config omits when a bucket has none — is read from S3 in the same run, one
 * call each, through the real S3 client. The bucket ends up as complete as
 * the API path makes it, with calls only for the gaps.
 */
import { describe, expect, it } from 'vitest';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { s3BucketFromConfig } from '../../src/collect/config/mappers/s3-bucket.js';
import { collectRecorded, regionsRoute } from '../support/collect.js';
import { byTarget, json, s3Error, xml, type Route, type WireRequest } from '../support/recorded-aws.js';

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const OWNER = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const POLICY = { Version: '2012-10-17', Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data-lake/*' }] };

const item = JSON.stringify({
  resourceId: 'data-lake', resourceType: 'AWS::S3::Bucket', resourceName: 'data-lake', arn: 'arn:aws:s3:::data-lake', accountId: '123456789012', awsRegion: 'eu-west-1',
  configurationItemStatus: 'OK', configuration: { name: 'data-lake', owner: { displayName: null, id: OWNER }, creationDate: '2024-01-15T09:30:00.000Z' },
  // As Config records a bucket without Block Public Access, Object Lock or lifecycle: those entries are left out.
  supplementaryConfiguration: {
    AccessControlList: JSON.stringify(JSON.stringify({ grantSet: null, grantList: [{ grantee: { id: OWNER, displayName: null }, permission: 'FullControl' }], owner: { displayName: null, id: OWNER }, isRequesterCharged: false })),
    BucketLoggingConfiguration: '{"destinationBucketName":null,"logFilePrefix":null}',
    BucketPolicy: JSON.stringify({ policyText: JSON.stringify(POLICY) }),
    BucketVersioningConfiguration: '{"status":"Off","isMfaDeleteEnabled":null}',
    ServerSideEncryptionConfiguration: JSON.stringify({ rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256', kmsMasterKeyID: null }, bucketKeyEnabled: false }] }),
  },
  tags: [{ key: 'team', value: 'data' }], relationships: [],
});

const on = (operation: string) => (r: WireRequest): boolean => r.method === 'GET' && operation in r.query;
const routes: Route[] = [
  regionsRoute(['eu-west-1']),
  { name: 'DescribeConfigurationRecorders', match: byTarget('StarlingDoveService.DescribeConfigurationRecorders'), respond: json({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] }) },
  { name: 'DescribeConfigurationRecorderStatus', match: byTarget('StarlingDoveService.DescribeConfigurationRecorderStatus'), respond: json({ ConfigurationRecordersStatus: [{ name: 'default', recording: true }] }) },
  { name: 'SelectResourceConfig', match: byTarget('StarlingDoveService.SelectResourceConfig'), respond: json({ Results: [item] }) },
  { name: 'publicAccessBlock', match: on('publicAccessBlock'), respond: s3Error('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404) },
  { name: 'policyStatus', match: on('policyStatus'), respond: xml(`<PolicyStatus ${NS}><IsPublic>true</IsPublic></PolicyStatus>`) },
  { name: 'ownershipControls', match: on('ownershipControls'), respond: xml(`<OwnershipControls ${NS}><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule></OwnershipControls>`) },
  { name: 'object-lock', match: on('object-lock'), respond: s3Error('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', 404) },
  { name: 'lifecycle', match: on('lifecycle'), respond: s3Error('AccessDenied', 'Access Denied', 403) },
];

describe('--source config for S3 buckets', () => {
  it('reads from S3 only what the item leaves out, and records a gap S3 will not answer', async () => {
    const run = await collectRecorded(configCollectors([s3BucketFromConfig]), routes, { regions: ['eu-west-1'] });
    expect(run.problems).toEqual([]);
    const [bucket] = run.snapshot.resources;
    expect(run.snapshot.resources).toHaveLength(1);
    expect(bucket?.data).toMatchObject({
      name: 'data-lake', publicAccessBlock: null, policyStatus: { isPublic: true }, ownershipControls: { objectOwnership: 'BucketOwnerEnforced' }, objectLock: null,
      versioning: { status: null }, logging: null, encryption: { rules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: null, bucketKeyEnabled: false }] },
    });
    expect(bucket?.data).not.toHaveProperty('lifecycle');
    expect(bucket?.errors).toEqual([{ path: 'lifecycle', code: 'AccessDenied', message: 'Access Denied', operation: 's3:GetBucketLifecycleConfiguration' }]);
    const s3Calls = [...run.pool.calls.keys()].filter((op) => op.startsWith('S3:')).sort();
    expect(s3Calls).toEqual(['S3:GetBucketLifecycleConfiguration', 'S3:GetBucketOwnershipControls', 'S3:GetBucketPolicyStatus', 'S3:GetObjectLockConfiguration', 'S3:GetPublicAccessBlock']);
  });
});
