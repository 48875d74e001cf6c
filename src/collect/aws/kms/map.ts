/** Pure mapping from KMS API answers to the aws.kms.key catalog shape. */
import type { DescribeKeyCommandOutput, GetKeyPolicyCommandOutput, GetKeyRotationStatusCommandOutput } from '@aws-sdk/client-kms';

export function keyFields(answer: DescribeKeyCommandOutput): Record<string, unknown> {
  const meta = answer.KeyMetadata;
  return {
    keyId: meta?.KeyId ?? '',
    description: meta?.Description ?? '',
    keyManager: meta?.KeyManager ?? 'CUSTOMER',
    keySpec: meta?.KeySpec ?? 'SYMMETRIC_DEFAULT',
    keyUsage: meta?.KeyUsage ?? 'ENCRYPT_DECRYPT',
    keyState: meta?.KeyState ?? 'Unavailable',
    origin: meta?.Origin ?? 'AWS_KMS',
    multiRegion: meta?.MultiRegion ?? false,
    creationDate: (meta?.CreationDate ?? new Date(0)).toISOString(),
  };
}

export const describedFields = ['keyId', 'description', 'keyManager', 'keySpec', 'keyUsage', 'keyState', 'origin', 'multiRegion', 'creationDate'] as const;

export function rotationFields(answer: GetKeyRotationStatusCommandOutput): Record<string, unknown> {
  const enabled = answer.KeyRotationEnabled ?? false;
  return { rotationEnabled: enabled, rotationPeriodInDays: enabled ? (answer.RotationPeriodInDays ?? 365) : null };
}

/** The key policy arrives as a JSON string. */
export function parsePolicy(answer: GetKeyPolicyCommandOutput): unknown {
  return answer.Policy === undefined ? null : (JSON.parse(answer.Policy) as unknown);
}
