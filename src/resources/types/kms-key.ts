import { defineResourceType } from '../define.js';
import { bool, int, nullable, obj, oneOf, policyDocument, str, timestamp } from '../fields.js';

export const kmsKey = defineResourceType({
  type: 'aws.kms.key',
  service: 'kms',
  scope: 'regional',
  awsTypes: ['AWS::KMS::Key'],
  description: 'A KMS key with its manager, spec, state, automatic rotation and key policy.',
  idDescription: 'the key id (a UUID)',
  data: obj({
    keyId: str('Key id (UUID).'),
    description: str('Key description; empty when none.'),
    keyManager: oneOf(['CUSTOMER', 'AWS'], 'Who manages the key: the customer or an AWS service.'),
    keySpec: str('Key spec, e.g. SYMMETRIC_DEFAULT, RSA_2048, HMAC_256.'),
    keyUsage: oneOf(['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'], 'Cryptographic operations the key is for.'),
    keyState: oneOf(['Creating', 'Enabled', 'Disabled', 'PendingDeletion', 'PendingImport', 'PendingReplicaDeletion', 'Unavailable', 'Updating'], 'Current key state.'),
    origin: oneOf(['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'], 'Source of the key material.'),
    multiRegion: bool('Whether this is a multi-Region key.'),
    creationDate: timestamp('When the key was created.'),
    rotationEnabled: bool('Whether automatic rotation of the key material is enabled (GetKeyRotationStatus).'),
    rotationPeriodInDays: nullable(int('Days between automatic rotations when rotation is enabled; null otherwise.', { minimum: 90, maximum: 2560 })),
    policy: nullable(policyDocument('The key policy (GetKeyPolicy, policy name "default").')),
  }, 'KMS key settings.'),
  example: {
    keyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
    description: 'Example customer managed key',
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyState: 'Enabled',
    origin: 'AWS_KMS',
    multiRegion: false,
    creationDate: '2024-02-01T10:00:00.000Z',
    rotationEnabled: true,
    rotationPeriodInDays: 365,
    policy: { Version: '2012-10-17', Statement: [{ Sid: 'EnableIAMUserPermissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' }] },
  },
});
