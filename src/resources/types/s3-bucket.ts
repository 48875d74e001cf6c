import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, policyDocument, str, timestamp } from '../fields.js';

const grantee = obj({
  type: oneOf(['CanonicalUser', 'Group', 'AmazonCustomerByEmail'], 'Kind of grantee.'),
  id: nullable(str('Canonical user id, for CanonicalUser grantees.')),
  uri: nullable(str('Group URI, e.g. http://acs.amazonaws.com/groups/global/AllUsers, for Group grantees.')),
  displayName: nullable(str('Display name, when AWS returns one.')),
  emailAddress: nullable(str('E-mail address, for AmazonCustomerByEmail grantees.')),
}, 'Who the grant is for.');

export const s3Bucket = defineResourceType({
  type: 'aws.s3.bucket',
  service: 's3',
  scope: 'regional',
  awsTypes: ['AWS::S3::Bucket'],
  description: 'An S3 bucket with its encryption, public-access, policy, ACL, versioning, logging, object lock and lifecycle settings.',
  idDescription: 'the bucket name',
  data: obj({
    name: str('Bucket name.'),
    creationDate: timestamp('When the bucket was created (ListBuckets CreationDate).'),
    encryption: nullable(obj({
      rules: list(obj({
        sseAlgorithm: oneOf(['AES256', 'aws:kms', 'aws:kms:dsse'], 'Default server-side encryption algorithm.'),
        kmsMasterKeyId: nullable(str('KMS key id or ARN for aws:kms encryption; null for the AWS managed key or AES256.')),
        bucketKeyEnabled: bool('Whether S3 Bucket Keys are enabled for SSE-KMS.'),
      }, 'One default encryption rule.'), 'Default encryption rules (GetBucketEncryption).'),
    }, 'Default encryption configuration; null when the bucket has none (ServerSideEncryptionConfigurationNotFoundError).')),
    publicAccessBlock: nullable(obj({
      blockPublicAcls: bool('Rejects requests that add public ACLs.'),
      ignorePublicAcls: bool('Ignores public ACLs on the bucket and its objects.'),
      blockPublicPolicy: bool('Rejects bucket policies that grant public access.'),
      restrictPublicBuckets: bool('Limits access under a public policy to AWS principals and authorized users of the account.'),
    }, 'Bucket-level Block Public Access; null when none is set (NoSuchPublicAccessBlockConfiguration).')),
    policy: nullable(policyDocument('Bucket policy document; null when the bucket has none (NoSuchBucketPolicy).')),
    policyStatus: nullable(obj({
      isPublic: bool('Whether S3 considers the bucket policy public.'),
    }, 'GetBucketPolicyStatus result; null when the bucket has no policy.')),
    acl: obj({
      ownerId: str('Canonical user id of the bucket owner.'),
      grants: list(obj({
        grantee,
        permission: oneOf(['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP'], 'Permission granted.'),
      }, 'One ACL grant.'), 'Access control list grants (GetBucketAcl).'),
    }, 'Bucket access control list.'),
    ownershipControls: nullable(obj({
      objectOwnership: oneOf(['BucketOwnerEnforced', 'BucketOwnerPreferred', 'ObjectWriter'], 'Object Ownership setting; BucketOwnerEnforced disables ACLs.'),
    }, 'Object Ownership controls; null when none are set (OwnershipControlsNotFoundError).')),
    versioning: obj({
      status: nullable(oneOf(['Enabled', 'Suspended'], 'Versioning status; null when versioning was never enabled.')),
      mfaDelete: nullable(oneOf(['Enabled', 'Disabled'], 'MFA delete status; null when never configured.')),
    }, 'Versioning configuration (GetBucketVersioning).'),
    logging: nullable(obj({
      targetBucket: str('Bucket that receives the access logs.'),
      targetPrefix: str('Key prefix for the log objects.'),
    }, 'Server access logging; null when disabled.')),
    objectLock: nullable(obj({
      enabled: bool('Whether Object Lock is enabled on the bucket.'),
      defaultRetention: nullable(obj({
        mode: oneOf(['GOVERNANCE', 'COMPLIANCE'], 'Default retention mode.'),
        days: nullable(int('Default retention period in days.', { minimum: 1 })),
        years: nullable(int('Default retention period in years.', { minimum: 1 })),
      }, 'Default retention applied to new objects; null when none.')),
    }, 'Object Lock configuration; null when the bucket has none (ObjectLockConfigurationNotFoundError).')),
    lifecycle: nullable(obj({
      rules: list(obj({
        id: nullable(str('Rule id.')),
        status: oneOf(['Enabled', 'Disabled'], 'Whether the rule is in effect.'),
        expirationDays: nullable(int('Days after creation when current versions expire.', { minimum: 0 })),
        noncurrentVersionExpirationDays: nullable(int('Days after becoming noncurrent when versions expire.', { minimum: 0 })),
        transitionCount: int('Number of storage-class transitions in the rule.', { minimum: 0 }),
      }, 'One lifecycle rule.'), 'Lifecycle rules.'),
    }, 'Lifecycle configuration; null when none (NoSuchLifecycleConfiguration).')),
  }, 'S3 bucket settings.'),
  example: {
    name: 'example-bucket',
    creationDate: '2024-01-15T09:30:00.000Z',
    encryption: { rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: null, bucketKeyEnabled: true }] },
    publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
    policy: null,
    policyStatus: null,
    acl: { ownerId: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be', grants: [] },
    ownershipControls: { objectOwnership: 'BucketOwnerEnforced' },
    versioning: { status: 'Enabled', mfaDelete: 'Disabled' },
    logging: null,
    objectLock: null,
    lifecycle: null,
  },
});
