/** The pure S3 mappings: "not configured" is null, unknown is a recorded failure, never a default. */
import { describe, expect, it } from 'vitest';
import type { Fetch } from '../../context.js';
import {
  aclOf, bucketArn, encryptionOf, lifecycleOf, loggingOf, objectLockOf, ownershipControlsOf, policyOf, policyStatusOf,
  publicAccessBlockOf, regionOfLocation, tagsOf, versioningOf,
} from './map.js';
import { INCOMPLETE, mapped } from '../../answers.js';

const $metadata = {};
const ok = <T>(value: T): Fetch<T> => ({ kind: 'ok', value });
const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

describe('mapped', () => {
  it('turns an incomplete answer into a failure of the operation', () => {
    expect(mapped(ok({ $metadata }), policyStatusOf, 's3:GetBucketPolicyStatus')).toEqual({
      kind: 'failed',
      failure: { code: INCOMPLETE, message: 'the answer has no PolicyStatus.IsPublic, so whether the bucket policy is public is unknown', operation: 's3:GetBucketPolicyStatus' },
    });
  });

  it('passes mapped values, absences and failures through', () => {
    expect(mapped(ok({ $metadata, PolicyStatus: { IsPublic: false } }), policyStatusOf, 'op')).toEqual({ kind: 'ok', value: { isPublic: false } });
    expect(mapped({ kind: 'absent' }, policyStatusOf, 'op')).toEqual({ kind: 'absent' });
    const failed: Fetch<never> = { kind: 'failed', failure: { code: 'AccessDenied', message: 'no', operation: 'op' } };
    expect(mapped(failed, policyStatusOf, 'op')).toBe(failed);
  });

  it('lets programming errors through', () => {
    expect(() => mapped(ok(1), () => { throw new TypeError('bug'); }, 'op')).toThrow('bug');
  });
});

describe('bucket location', () => {
  it('reads the legacy and empty location constraints as regions', () => {
    expect(regionOfLocation(undefined, 'aws')).toBe('us-east-1');
    expect(regionOfLocation('', 'aws')).toBe('us-east-1');
    expect(regionOfLocation('EU', 'aws')).toBe('eu-west-1');
    expect(regionOfLocation('ap-southeast-2', 'aws')).toBe('ap-southeast-2');
    expect(regionOfLocation('', 'aws-us-gov')).toBe('us-gov-west-1');
  });

  it('names the bucket in the partition', () => {
    expect(bucketArn('aws-cn', 'logs')).toBe('arn:aws-cn:s3:::logs');
  });
});

describe('ACL', () => {
  it('maps a grant to AllUsers as a Group grantee with its URI', () => {
    const mapped = aclOf({
      $metadata,
      Owner: { ID: 'owner-id' },
      Grants: [
        { Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ' },
        { Grantee: { Type: 'AmazonCustomerByEmail', EmailAddress: 'a@example.com' }, Permission: 'WRITE_ACP' },
      ],
    });
    expect(mapped).toEqual({
      ownerId: 'owner-id',
      grants: [
        { grantee: { type: 'Group', id: null, uri: ALL_USERS, displayName: null, emailAddress: null }, permission: 'READ' },
        { grantee: { type: 'AmazonCustomerByEmail', id: null, uri: null, displayName: null, emailAddress: 'a@example.com' }, permission: 'WRITE_ACP' },
      ],
    });
  });

  it('refuses to guess a grant it cannot read', () => {
    expect(mapped(ok({ $metadata, Owner: { ID: 'o' }, Grants: [{ Grantee: { Type: 'Group' as const, URI: ALL_USERS } }] }), aclOf, 'op'))
      .toMatchObject({ kind: 'failed', failure: { code: INCOMPLETE, message: 'the answer has no grant permission' } });
    expect(mapped(ok({ $metadata, Grants: [] }), aclOf, 'op')).toMatchObject({ kind: 'failed', failure: { message: 'the answer has no Owner.ID' } });
  });

  it('reads an ACL without its grant list, or a group grant without the group, as unknown, never as not public', () => {
    expect(mapped(ok({ $metadata, Owner: { ID: 'o' } }), aclOf, 'op')).toMatchObject({ kind: 'failed', failure: { message: 'the answer has no AccessControlList' } });
    expect(mapped(ok({ $metadata, Owner: { ID: 'o' }, Grants: [{ Grantee: { Type: 'Group' as const }, Permission: 'READ' as const }] }), aclOf, 'op'))
      .toMatchObject({ kind: 'failed', failure: { message: 'the answer has no Grantee.URI' } });
  });
});

describe('encryption', () => {
  it('keeps default-encryption rules and fills the optional parts', () => {
    expect(encryptionOf({
      $metadata,
      ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }, { BucketKeyEnabled: true }] },
    })).toEqual({ rules: [{ sseAlgorithm: 'AES256', kmsMasterKeyId: null, bucketKeyEnabled: false }] });
  });

  it('reads a configuration without its rules as unknown, never as no default encryption', () => {
    expect(mapped(ok({ $metadata, ServerSideEncryptionConfiguration: {} as never }), encryptionOf, 'op')).toMatchObject({ kind: 'failed', failure: { message: 'the answer has no ServerSideEncryptionConfiguration.Rules' } });
  });

  it('records an algorithm this version does not know instead of emitting it', () => {
    const answer = { $metadata, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:fsx' as 'AES256' } }] } };
    expect(mapped(ok(answer), encryptionOf, 'op')).toMatchObject({ kind: 'failed', failure: { code: INCOMPLETE, message: 'the answer has SSEAlgorithm "aws:fsx", which this version of Assay does not know' } });
  });
});

describe('public access block', () => {
  it('maps all four settings and treats a missing one as unknown, not off', () => {
    expect(publicAccessBlockOf({ $metadata, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false } }))
      .toEqual({ blockPublicAcls: true, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: false });
    expect(mapped(ok({ $metadata, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true } }), publicAccessBlockOf, 'op'))
      .toMatchObject({ kind: 'failed', failure: { message: 'the answer has no RestrictPublicBuckets' } });
  });
});

describe('bucket policy', () => {
  it('parses the JSON document', () => {
    expect(policyOf({ $metadata, Policy: '{"Version":"2012-10-17","Statement":[]}' })).toEqual({ Version: '2012-10-17', Statement: [] });
  });

  it('records an empty or unreadable policy as unknown, never as no policy', () => {
    expect(mapped(ok({ $metadata }), policyOf, 'op')).toMatchObject({ kind: 'failed', failure: { message: 'the answer has no Policy' } });
    expect(mapped(ok({ $metadata, Policy: '{"Version":' }), policyOf, 'op')).toMatchObject({ kind: 'failed', failure: { code: 'InvalidPolicyDocument', message: 'Policy is not JSON' } });
    expect(mapped(ok({ $metadata, Policy: '[]' }), policyOf, 'op')).toMatchObject({ kind: 'failed', failure: { code: 'InvalidPolicyDocument', message: 'Policy is not a JSON object' } });
  });
});

describe('the other settings', () => {
  it('maps ownership controls', () => {
    expect(ownershipControlsOf({ $metadata, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } })).toEqual({ objectOwnership: 'BucketOwnerEnforced' });
    expect(mapped(ok({ $metadata, OwnershipControls: { Rules: [] } }), ownershipControlsOf, 'op')).toMatchObject({ kind: 'failed' });
  });

  it('reads never-enabled versioning as nulls', () => {
    expect(versioningOf({ $metadata })).toEqual({ status: null, mfaDelete: null });
    expect(versioningOf({ $metadata, Status: 'Suspended', MFADelete: 'Disabled' })).toEqual({ status: 'Suspended', mfaDelete: 'Disabled' });
  });

  it('reads logging without LoggingEnabled as off', () => {
    expect(loggingOf({ $metadata })).toBeNull();
    expect(loggingOf({ $metadata, LoggingEnabled: { TargetBucket: 'logs', TargetPrefix: undefined as unknown as string } })).toEqual({ targetBucket: 'logs', targetPrefix: '' });
  });

  it('maps object lock, reading a zero period (moto) as no period', () => {
    expect(objectLockOf({ $metadata, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 30, Years: 0 } } } }))
      .toEqual({ enabled: true, defaultRetention: { mode: 'GOVERNANCE', days: 30, years: null } });
    expect(objectLockOf({ $metadata, ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } })).toEqual({ enabled: true, defaultRetention: null });
    expect(mapped(ok({ $metadata }), objectLockOf, 'op')).toMatchObject({ kind: 'failed' });
    // A configuration S3 answered without ObjectLockEnabled is unknown, never "not locked".
    expect(mapped(ok({ $metadata, ObjectLockConfiguration: {} }), objectLockOf, 'op')).toMatchObject({ kind: 'failed', failure: { message: 'the answer has no ObjectLockEnabled' } });
  });

  it('counts transitions of current and noncurrent versions', () => {
    expect(lifecycleOf({
      $metadata,
      Rules: [
        { Status: 'Enabled', Expiration: { Date: new Date('2030-01-01T00:00:00Z') }, Transitions: [{ Days: 30, StorageClass: 'GLACIER' }], NoncurrentVersionTransitions: [{ NoncurrentDays: 10, StorageClass: 'GLACIER' }] },
        { ID: 'expire', Status: 'Disabled', Expiration: { Days: 7 }, NoncurrentVersionExpiration: { NoncurrentDays: 1 } },
      ],
    })).toEqual({
      rules: [
        { id: null, status: 'Enabled', expirationDays: null, noncurrentVersionExpirationDays: null, transitionCount: 2 },
        { id: 'expire', status: 'Disabled', expirationDays: 7, noncurrentVersionExpirationDays: 1, transitionCount: 0 },
      ],
    });
  });

  it('maps the tag set to a map', () => {
    expect(tagsOf({ $metadata, TagSet: [{ Key: 'env', Value: 'prod' }, { Key: 'empty', Value: '' }] })).toEqual({ env: 'prod', empty: '' });
  });
});
