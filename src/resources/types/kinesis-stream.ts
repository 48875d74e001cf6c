import { defineResourceType } from '../define.js';
import { int, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const kinesisStream = defineResourceType({
  type: 'aws.kinesis.stream',
  service: 'kinesis',
  scope: 'regional',
  awsTypes: ['AWS::Kinesis::Stream'],
  description: 'A Kinesis data stream with its server-side encryption, capacity mode and data retention period.',
  idDescription: 'the stream name (the ARN is on the resource)',
  data: obj({
    name: str('Stream name (ListStreams StreamNames[]).'),
    arn: str('Stream ARN (DescribeStreamSummary StreamARN).'),
    status: oneOf(['ACTIVE', 'CREATING', 'DELETING', 'UPDATING'], 'Stream status (StreamStatus).'),
    streamMode: oneOf(['ON_DEMAND', 'PROVISIONED'], 'Capacity mode (StreamModeDetails.StreamMode).'),
    createdAt: timestamp('When the stream was created (StreamCreationTimestamp).'),
    retentionPeriodHours: int('How long records stay readable, in hours: 24 to 8760 (RetentionPeriodHours).', { minimum: 0 }),
    encryptionType: oneOf(['KMS', 'NONE'], 'Server-side encryption of records at rest: KMS, or NONE when records are stored unencrypted (EncryptionType).'),
    keyId: nullable(str('KMS key (ARN, alias or id) that encrypts the records (KeyId); null when the stream is not encrypted and DescribeStreamSummary names no key.')),
  }, 'Kinesis data stream settings.'),
  example: {
    name: 'clickstream',
    arn: 'arn:aws:kinesis:us-east-1:123456789012:stream/clickstream',
    status: 'ACTIVE',
    streamMode: 'ON_DEMAND',
    createdAt: '2025-06-01T09:00:00.000Z',
    retentionPeriodHours: 168,
    encryptionType: 'KMS',
    keyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  },
});
