/**
 * S3 buckets. Account-level Block Public Access is fully on (account.ts), so
 * no bucket here is reachable anonymously — whatever its own policy or ACL
 * says; bucket-level controls still report what each bucket would do alone.
 */
import { s3Bucket } from '../../src/resources/types/s3-bucket.js';
import type { Resource, ResourceError } from '../../src/resources/resource.js';
import { arn, buckets, keys, make, s3Endpoint, scannerRole, type DemoRegion, type Overrides } from './demo.js';

const ownerId = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const ownerGrant = { grantee: { type: 'CanonicalUser' as const, id: ownerId, uri: null, displayName: null, emailAddress: null }, permission: 'FULL_CONTROL' as const };
const allUsersRead = { grantee: { type: 'Group' as const, id: null, uri: 'http://acs.amazonaws.com/groups/global/AllUsers', displayName: null, emailAddress: null }, permission: 'READ' as const };
const kms = (keyArn: string) => ({ rules: [{ sseAlgorithm: 'aws:kms' as const, kmsMasterKeyId: keyArn, bucketKeyEnabled: true }] });
const sseS3 = { rules: [{ sseAlgorithm: 'AES256' as const, kmsMasterKeyId: null, bucketKeyEnabled: false }] };

const denyInsecureTransport = (bucket: string) => ({
  Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*',
  Resource: [arn.s3(bucket), `${arn.s3(bucket)}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});
const policy = (...statements: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement: statements });

function bucket(region: DemoRegion, name: string, data: Overrides<typeof s3Bucket>, errors?: ResourceError[]): Resource {
  return make(s3Bucket, {
    id: name, region, arn: arn.s3(name),
    tags: { 'cost-center': 'platform' },
    data: { name, acl: { ownerId, grants: [ownerGrant] }, ...data },
    ...(errors === undefined ? {} : { errors }),
  });
}

/** Edge case 11: the scanner role may not read this bucket's policy, and so not its policy status either. */
export const unreadablePolicyBucket = 'acme-finance-reports';
const deniedBy = (operation: string, path: string): ResourceError => ({
  path,
  code: 'AccessDenied',
  message: `User: ${scannerRole} is not authorized to perform: ${operation} on resource: "${arn.s3(unreadablePolicyBucket)}" because no identity-based policy allows the ${operation} action`,
  operation,
});
/** build.ts repeats these in the snapshot's top-level errors. */
export const unreadablePolicyErrors: readonly ResourceError[] = [deniedBy('s3:GetBucketPolicy', 'policy'), deniedBy('s3:GetBucketPolicyStatus', 'policyStatus')];

export function s3Buckets(): Resource[] {
  return [
    // Trail bucket of the management trail: not public, SSE-KMS, TLS only, access-logged (CIS 3.4), versioned.
    bucket('us-east-1', buckets.trailLogs, {
      creationDate: '2023-02-14T10:05:00.000Z',
      encryption: kms(keys.securityLogging),
      policy: policy(
        { Sid: 'AWSCloudTrailAclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: arn.s3(buckets.trailLogs) },
        {
          Sid: 'AWSCloudTrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject',
          Resource: `${arn.s3(buckets.trailLogs)}/AWSLogs/123456789012/*`,
          Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceAccount': '123456789012' } },
        },
        denyInsecureTransport(buckets.trailLogs),
      ),
      policyStatus: { isPublic: false },
      logging: { targetBucket: buckets.accessLogs, targetPrefix: 'cloudtrail-logs/' },
      lifecycle: { rules: [{ id: 'archive-then-expire', status: 'Enabled', expirationDays: 2557, noncurrentVersionExpirationDays: 90, transitionCount: 1 }] },
    }),
    // Server access log target.
    bucket('us-east-1', buckets.accessLogs, {
      creationDate: '2023-02-14T10:03:00.000Z',
      encryption: sseS3,
      policy: policy({ Sid: 'S3ServerAccessLogsPolicy', Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: `${arn.s3(buckets.accessLogs)}/*`, Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }),
      policyStatus: { isPublic: false },
      lifecycle: { rules: [{ id: 'expire-after-a-year', status: 'Enabled', expirationDays: 365, noncurrentVersionExpirationDays: 30, transitionCount: 0 }] },
    }),
    // AWS Config delivery channel target for both regions.
    bucket('us-east-1', buckets.config, {
      creationDate: '2023-02-14T10:15:00.000Z',
      encryption: sseS3,
      policy: policy(
        { Sid: 'AWSConfigBucketPermissionsCheck', Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: arn.s3(buckets.config) },
        { Sid: 'AWSConfigBucketDelivery', Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:PutObject', Resource: `${arn.s3(buckets.config)}/*`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } } },
      ),
      policyStatus: { isPublic: false },
    }),
    // Compliant application bucket, SSE-KMS with the app-data key.
    bucket('us-east-1', buckets.appData, {
      creationDate: '2023-03-10T07:50:00.000Z',
      encryption: kms(keys.appData),
      policy: policy(denyInsecureTransport(buckets.appData)),
      policyStatus: { isPublic: false },
      logging: { targetBucket: buckets.accessLogs, targetPrefix: 'app-data/' },
    }),
    // Edge case 3: the policy allows Principal "*" and the bucket has no Block Public Access of its own,
    // but the account's Block Public Access (all four on) covers it: not actually public. The policy
    // predates the account setting; S3 still reports the policy itself as public.
    bucket('us-east-1', 'acme-partner-downloads', {
      creationDate: '2022-01-18T13:00:00.000Z',
      encryption: sseS3,
      publicAccessBlock: null,
      policy: policy({ Sid: 'PartnerDownloads', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${arn.s3('acme-partner-downloads')}/releases/*` }),
      policyStatus: { isPublic: true },
    }),
    // Public website bucket: ACL grants READ to AllUsers, ACLs enabled (ObjectWriter), no bucket-level
    // Block Public Access, versioning never enabled. Account-level BPA (ignorePublicAcls) neutralises the grant.
    bucket('us-east-1', 'acme-www-static', {
      creationDate: '2021-09-01T10:00:00.000Z',
      encryption: sseS3,
      publicAccessBlock: null,
      acl: { ownerId, grants: [ownerGrant, allUsersRead] },
      ownershipControls: { objectOwnership: 'ObjectWriter' },
      versioning: { status: null, mfaDelete: null },
    }),
    // Edge case 11: policy and policy status could not be read (AccessDenied); matching top-level errors in build.ts.
    bucket('us-east-1', unreadablePolicyBucket, {
      creationDate: '2024-11-04T15:30:00.000Z',
      encryption: kms(keys.appData),
      logging: { targetBucket: buckets.accessLogs, targetPrefix: 'finance-reports/' },
    }, [...unreadablePolicyErrors]),
    // Scratch exports: versioning never enabled, no access logging, objects expire after a week.
    bucket('us-east-1', 'acme-tmp-exports', {
      creationDate: '2025-05-20T08:00:00.000Z',
      encryption: sseS3,
      versioning: { status: null, mfaDelete: null },
      lifecycle: { rules: [{ id: 'expire-weekly', status: 'Enabled', expirationDays: 7, noncurrentVersionExpirationDays: null, transitionCount: 0 }] },
    }),

    // Trail bucket of the eu-west-1 trails; object lock keeps the logs immutable for a year.
    bucket('eu-west-1', buckets.euTrailLogs, {
      creationDate: '2024-05-06T08:25:00.000Z',
      encryption: kms(keys.euData),
      policy: policy(
        { Sid: 'AWSCloudTrailAclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: arn.s3(buckets.euTrailLogs) },
        { Sid: 'AWSCloudTrailWrite', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `${arn.s3(buckets.euTrailLogs)}/*`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } } },
        denyInsecureTransport(buckets.euTrailLogs),
      ),
      policyStatus: { isPublic: false },
      objectLock: { enabled: true, defaultRetention: { mode: 'COMPLIANCE', days: 365, years: null } },
    }),
    // Edge case 4: Principal "*", but only through the VPC endpoint (aws:SourceVpce): not public.
    bucket('eu-west-1', 'acme-internal-artifacts-eu', {
      creationDate: '2024-06-01T12:00:00.000Z',
      encryption: kms(keys.euData),
      policy: policy({
        Sid: 'ReadThroughVpcEndpointOnly', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:ListBucket'],
        Resource: [arn.s3('acme-internal-artifacts-eu'), `${arn.s3('acme-internal-artifacts-eu')}/*`],
        Condition: { StringEquals: { 'aws:SourceVpce': s3Endpoint } },
      }),
      policyStatus: { isPublic: false },
    }),
    // Compliant EU data lake: SSE-KMS, TLS-only policy, versioning with MFA delete.
    bucket('eu-west-1', buckets.euDataLake, {
      creationDate: '2024-05-06T09:00:00.000Z',
      encryption: kms(keys.euData),
      policy: policy(denyInsecureTransport(buckets.euDataLake)),
      policyStatus: { isPublic: false },
      versioning: { status: 'Enabled', mfaDelete: 'Enabled' },
      lifecycle: { rules: [{ id: 'noncurrent-cleanup', status: 'Enabled', expirationDays: null, noncurrentVersionExpirationDays: 180, transitionCount: 2 }] },
    }),
  ];
}
