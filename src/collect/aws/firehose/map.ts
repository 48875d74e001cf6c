/**
 * Pure mapping from DescribeDeliveryStream's answer to the
 * aws.firehose.delivery-stream catalog shape, one reader per field
 * (answers.ts), so one value AWS left out fails alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - DeliveryStreamEncryptionConfiguration absent is "no encryption
 *   configuration" (every encryption field null): the member is optional
 *   in Firehose's answer and is sent once encryption was set or asked
 *   about. A configuration without its Status is unknown, never disabled.
 * - KeyType and KeyARN absent inside a configuration are null: Firehose
 *   names a key type only while encryption is on or changing, and a key
 *   ARN only for a customer managed key.
 */
import type { DeliveryStreamDescription } from '@aws-sdk/client-firehose';
import { emptyToNull, iso, knownValue, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type DeliveryStream = CatalogData['aws.firehose.delivery-stream'];

const STATUSES = ['ACTIVE', 'CREATING', 'CREATING_FAILED', 'DELETING', 'DELETING_FAILED'] as const;
const TYPES = ['DatabaseAsSource', 'DirectPut', 'KinesisStreamAsSource', 'MSKAsSource'] as const;
const ENCRYPTION_STATUSES = ['DISABLED', 'DISABLING', 'DISABLING_FAILED', 'ENABLED', 'ENABLING', 'ENABLING_FAILED'] as const;
const KEY_TYPES = ['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'] as const;

/** The fields DescribeDeliveryStream fills; `name` comes from the listing. */
export const DESCRIBE_DELIVERY_STREAM_FIELDS = ['arn', 'status', 'deliveryStreamType', 'createdAt', 'encryptionStatus', 'encryptionKeyType', 'encryptionKeyArn'] as const;

export function deliveryStreamFields(stream: DeliveryStreamDescription): ReadersOf<DeliveryStream> {
  const encryption = stream.DeliveryStreamEncryptionConfiguration;
  return {
    arn: () => text(stream.DeliveryStreamARN, 'DeliveryStreamARN'),
    status: () => knownValue(stream.DeliveryStreamStatus, STATUSES, 'DeliveryStreamStatus'),
    deliveryStreamType: () => knownValue(stream.DeliveryStreamType, TYPES, 'DeliveryStreamType'),
    createdAt: () => iso(stream.CreateTimestamp, 'CreateTimestamp'),
    encryptionStatus: () => (encryption === undefined ? null : knownValue(encryption.Status, ENCRYPTION_STATUSES, 'DeliveryStreamEncryptionConfiguration.Status')),
    encryptionKeyType: () => (encryption?.KeyType === undefined ? null : knownValue(encryption.KeyType, KEY_TYPES, 'DeliveryStreamEncryptionConfiguration.KeyType')),
    encryptionKeyArn: () => emptyToNull(encryption?.KeyARN),
  };
}
