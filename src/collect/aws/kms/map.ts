/**
 * Pure mapping from KMS API answers to the aws.kms.key catalog shape. A
 * value KMS always sends but did not is unreadable (that field fails), never
 * a default that a policy would read as the key's real setting.
 *
 * What absence is read as, and why:
 * - Description absent is "": a key created without one has "an empty
 *   string (no description)" (CreateKey, KMS API Reference).
 * - KeyRotationEnabled absent is false: KMS's service model gives it the
 *   default false (GetKeyRotationStatusResponse, kms-2014-11-01); it is
 *   still read with `required`, as KMS always sends it.
 * - RotationPeriodInDays absent on a rotating key is 365: "The default value
 *   is 365 days" (GetKeyRotationStatus).
 * MultiRegion has no default in the model ("True for multi-Region primary
 * and replica keys and False for regional KMS keys"): absent is unknown.
 */
import type { DescribeKeyCommandOutput, GetKeyPolicyCommandOutput, GetKeyRotationStatusCommandOutput } from '@aws-sdk/client-kms';
import { iso, knownValue, policyDocument, required, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Key = CatalogData['aws.kms.key'];

/** One reader per DescribeKey field, so a value KMS left out fails that field alone. */
export function keyReaders(answer: DescribeKeyCommandOutput): ReadersOf<Key> {
  const meta = (): NonNullable<DescribeKeyCommandOutput['KeyMetadata']> => required(answer.KeyMetadata, 'KeyMetadata');
  return {
    keyId: () => required(meta().KeyId, 'KeyMetadata.KeyId'),
    description: () => meta().Description ?? '',
    keyManager: () => knownValue(meta().KeyManager, ['CUSTOMER', 'AWS'], 'KeyMetadata.KeyManager'),
    keySpec: () => required(meta().KeySpec, 'KeyMetadata.KeySpec'),
    keyUsage: () => knownValue(meta().KeyUsage, ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'], 'KeyMetadata.KeyUsage'),
    keyState: () => knownValue(meta().KeyState, ['Creating', 'Enabled', 'Disabled', 'PendingDeletion', 'PendingImport', 'PendingReplicaDeletion', 'Unavailable', 'Updating'], 'KeyMetadata.KeyState'),
    origin: () => knownValue(meta().Origin, ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'], 'KeyMetadata.Origin'),
    multiRegion: () => required(meta().MultiRegion, 'KeyMetadata.MultiRegion'),
    creationDate: () => iso(meta().CreationDate, 'KeyMetadata.CreationDate'),
  };
}

export const describedFields = ['keyId', 'description', 'keyManager', 'keySpec', 'keyUsage', 'keyState', 'origin', 'multiRegion', 'creationDate'] as const;

export function rotationFields(answer: GetKeyRotationStatusCommandOutput): Pick<Key, 'rotationEnabled' | 'rotationPeriodInDays'> {
  const enabled = required(answer.KeyRotationEnabled, 'KeyRotationEnabled');
  return { rotationEnabled: enabled, rotationPeriodInDays: enabled ? (answer.RotationPeriodInDays ?? 365) : null };
}

/** The key policy arrives as a JSON string; a key always has one, so a missing or broken one is unreadable. */
export function parsePolicy(answer: GetKeyPolicyCommandOutput): NonNullable<Key['policy']> {
  return policyDocument(answer.Policy, 'Policy');
}
