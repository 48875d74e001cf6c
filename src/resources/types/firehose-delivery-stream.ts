import { defineResourceType } from '../define.js';
import { nullable, obj, oneOf, str, timestamp } from '../fields.js';

const ENCRYPTION_STATUSES = ['DISABLED', 'DISABLING', 'DISABLING_FAILED', 'ENABLED', 'ENABLING', 'ENABLING_FAILED'] as const;

export const firehoseDeliveryStream = defineResourceType({
  type: 'aws.firehose.delivery-stream',
  service: 'firehose',
  scope: 'regional',
  awsTypes: ['AWS::KinesisFirehose::DeliveryStream'],
  description: 'An Amazon Data Firehose stream (delivery stream) with its source type and server-side encryption.',
  idDescription: 'the delivery stream name (the ARN is on the resource)',
  data: obj({
    name: str('Delivery stream name (ListDeliveryStreams DeliveryStreamNames[]).'),
    arn: str('Delivery stream ARN (DescribeDeliveryStream DeliveryStreamARN).'),
    status: oneOf(['ACTIVE', 'CREATING', 'CREATING_FAILED', 'DELETING', 'DELETING_FAILED'], 'Delivery stream status (DeliveryStreamStatus).'),
    deliveryStreamType: oneOf(['DatabaseAsSource', 'DirectPut', 'KinesisStreamAsSource', 'MSKAsSource'], 'Where records come from: producers writing directly (DirectPut), a Kinesis data stream, an MSK cluster or a database (DeliveryStreamType).'),
    createdAt: timestamp('When the delivery stream was created (CreateTimestamp).'),
    encryptionStatus: nullable(oneOf([...ENCRYPTION_STATUSES], 'Server-side encryption status (DeliveryStreamEncryptionConfiguration.Status); null when the answer has no encryption configuration at all, i.e. none was ever set.')),
    encryptionKeyType: nullable(oneOf(['AWS_OWNED_CMK', 'CUSTOMER_MANAGED_CMK'], 'Kind of KMS key that encrypts records: one AWS owns or one of the account\'s (DeliveryStreamEncryptionConfiguration.KeyType); null when none is named.')),
    encryptionKeyArn: nullable(str('ARN of the customer managed KMS key (DeliveryStreamEncryptionConfiguration.KeyARN); null for an AWS owned key or no encryption.')),
  }, 'Firehose delivery stream settings.'),
  example: {
    name: 'clickstream-to-s3',
    arn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/clickstream-to-s3',
    status: 'ACTIVE',
    deliveryStreamType: 'DirectPut',
    createdAt: '2025-06-01T09:00:00.000Z',
    encryptionStatus: 'ENABLED',
    encryptionKeyType: 'CUSTOMER_MANAGED_CMK',
    encryptionKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  },
});
