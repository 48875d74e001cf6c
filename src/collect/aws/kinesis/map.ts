/**
 * Pure mapping from DescribeStreamSummary's answer to the aws.kinesis.stream
 * catalog shape, one reader per field (answers.ts), so one value AWS left
 * out fails alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - KeyId absent or empty is "no key" (null): Kinesis names a key only for
 *   a stream encrypted with KMS. The encryption type itself is read as
 *   answered (KMS or NONE): a summary without it is unknown, never
 *   unencrypted and never encrypted.
 */
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { emptyToNull, iso, knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Stream = CatalogData['aws.kinesis.stream'];

const STATUSES = ['ACTIVE', 'CREATING', 'DELETING', 'UPDATING'] as const;
const MODES = ['ON_DEMAND', 'PROVISIONED'] as const;
const ENCRYPTION_TYPES = ['KMS', 'NONE'] as const;

/** The fields DescribeStreamSummary fills; `name` comes from the listing. */
export const STREAM_SUMMARY_FIELDS = ['arn', 'status', 'streamMode', 'createdAt', 'retentionPeriodHours', 'encryptionType', 'keyId'] as const;

export function streamFields(summary: StreamDescriptionSummary): ReadersOf<Stream> {
  return {
    arn: () => text(summary.StreamARN, 'StreamARN'),
    status: () => knownValue(summary.StreamStatus, STATUSES, 'StreamStatus'),
    streamMode: () => knownValue(summary.StreamModeDetails?.StreamMode, MODES, 'StreamModeDetails.StreamMode'),
    createdAt: () => iso(summary.StreamCreationTimestamp, 'StreamCreationTimestamp'),
    retentionPeriodHours: () => required(summary.RetentionPeriodHours, 'RetentionPeriodHours'),
    encryptionType: () => knownValue(summary.EncryptionType, ENCRYPTION_TYPES, 'EncryptionType'),
    keyId: () => emptyToNull(summary.KeyId),
  };
}
