/**
 * SQS queues, Kinesis data streams and Firehose delivery streams — what
 * producers and consumers exchange, each with its encryption, the queues'
 * access policies and the streams' retention — and DynamoDB tables with
 * their recovery, deletion protection and capacity scaling.
 */
import { dynamodbTable } from '../../src/resources/types/dynamodb-table.js';
import { firehoseDeliveryStream } from '../../src/resources/types/firehose-delivery-stream.js';
import { kinesisStream } from '../../src/resources/types/kinesis-stream.js';
import { sqsQueue } from '../../src/resources/types/sqs-queue.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, demo, keys, make, type DemoRegion, type Overrides } from './demo.js';

function queue(region: DemoRegion, name: string, data: Overrides<typeof sqsQueue>): Resource {
  const queueArn = arn.in('sqs', region, name);
  return make(sqsQueue, {
    id: name, region, arn: queueArn, tags: { team: 'orders' },
    data: { queueUrl: `https://sqs.${region}.amazonaws.com/${demo.account}/${name}`, name, queueArn, ...data },
  });
}

export function sqsQueues(): Resource[] {
  return [
    // Compliant: SSE-KMS with the application key; only the orders topic may send (SQS.1, SQS.3 pass).
    queue('us-east-1', 'order-events', {
      kmsMasterKeyId: keys.appData, sqsManagedSseEnabled: false,
      policy: {
        Version: '2012-10-17',
        Statement: [{
          Sid: 'OrdersTopic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn.in('sqs', 'us-east-1', 'order-events'),
          Condition: { ArnEquals: { 'aws:SourceArn': arn.sns('us-east-1', 'order-events') } },
        }],
      },
    }),
    // Edge case: Principal "*" limited to one source bucket is not public; SSE-SQS (no KMS key) is encrypted. Both pass.
    queue('us-east-1', 'upload-notifications.fifo', {
      fifoQueue: true, kmsMasterKeyId: null, sqsManagedSseEnabled: true,
      policy: {
        Version: '2012-10-17',
        Statement: [{
          Sid: 'UploadsBucket', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: arn.in('sqs', 'us-east-1', 'upload-notifications.fifo'),
          Condition: { ArnLike: { 'aws:SourceArn': arn.s3('acme-uploads-prod') } },
        }],
      },
    }),
    // Non-compliant: created before SSE-SQS was the default and never encrypted (SQS.1 fails), and anyone may
    // send — a TLS-only condition limits how, not who (SQS.3 fails).
    queue('eu-west-1', 'legacy-webhooks', {
      kmsMasterKeyId: null, sqsManagedSseEnabled: false,
      policy: {
        Version: '2012-10-17',
        Statement: [{
          Sid: 'AnyoneOverTls', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: arn.in('sqs', 'eu-west-1', 'legacy-webhooks'),
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        }],
      },
    }),
    // No queue policy: only the account's own IAM principals can use it (SQS.3 passes), SSE-SQS on.
    queue('eu-west-1', 'report-jobs', { kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: null }),
  ];
}

function stream(region: DemoRegion, name: string, data: Overrides<typeof kinesisStream>): Resource {
  const streamArn = arn.in('kinesis', region, `stream/${name}`);
  return make(kinesisStream, { id: name, region, arn: streamArn, tags: { team: 'analytics' }, data: { name, arn: streamArn, ...data } });
}

export function kinesisStreams(): Resource[] {
  return [
    // Compliant: encrypted with the application key, seven days of retention (Kinesis.1, Kinesis.3 pass).
    stream('us-east-1', 'clickstream', { keyId: keys.appData, retentionPeriodHours: 168, createdAt: '2024-02-12T10:00:00.000Z' }),
    // Non-compliant: created with the defaults — no encryption, 24 hours of retention (both fail).
    stream('eu-west-1', 'legacy-telemetry', { streamMode: 'PROVISIONED', encryptionType: 'NONE', keyId: null, retentionPeriodHours: 24, createdAt: '2021-08-30T14:00:00.000Z' }),
    // Edge case: encrypted with the AWS managed key (an alias, not an ARN) still passes; 167 hours is one short of seven days.
    stream('us-east-1', 'audit-events', { keyId: 'alias/aws/kinesis', retentionPeriodHours: 167, createdAt: '2025-01-20T08:00:00.000Z' }),
  ];
}

function deliveryStream(region: DemoRegion, name: string, data: Overrides<typeof firehoseDeliveryStream>): Resource {
  const streamArn = arn.in('firehose', region, `deliverystream/${name}`);
  return make(firehoseDeliveryStream, { id: name, region, arn: streamArn, tags: { team: 'analytics' }, data: { name, arn: streamArn, ...data } });
}

export function firehoseDeliveryStreams(): Resource[] {
  return [
    // Compliant: encrypted with the application key (DataFirehose.1 passes).
    deliveryStream('us-east-1', 'clickstream-to-s3', { encryptionKeyArn: keys.appData, createdAt: '2024-02-12T10:05:00.000Z' }),
    // Non-compliant: reads the legacy telemetry stream and was never given an encryption configuration.
    deliveryStream('eu-west-1', 'telemetry-archive', {
      deliveryStreamType: 'KinesisStreamAsSource', encryptionStatus: null, encryptionKeyType: null, encryptionKeyArn: null, createdAt: '2021-09-01T09:00:00.000Z',
    }),
    // Edge case: encryption with a key AWS owns is being turned on — not ENABLED yet, so it fails.
    deliveryStream('us-east-1', 'waf-logs', { encryptionStatus: 'ENABLING', encryptionKeyType: 'AWS_OWNED_CMK', encryptionKeyArn: null, createdAt: '2026-10-31T23:50:00.000Z' }),
  ];
}

function table(region: DemoRegion, name: string, data: Overrides<typeof dynamodbTable>): Resource {
  const tableArn = arn.in('dynamodb', region, `table/${name}`);
  return make(dynamodbTable, { id: name, region, arn: tableArn, tags: { team: 'orders' }, data: { name, arn: tableArn, ...data } });
}

export function dynamodbTables(): Resource[] {
  return [
    // Compliant: on-demand, point-in-time recovery, deletion protection (DynamoDB.1, .2, .6 pass).
    table('us-east-1', 'orders', { createdAt: '2024-02-12T10:00:00.000Z', globalSecondaryIndexes: [{ name: 'by-customer' }] }),
    // Non-compliant: provisioned without auto scaling, no recovery, unprotected (all three fail).
    table('eu-west-1', 'legacy-sessions', {
      billingMode: 'PROVISIONED', pointInTimeRecoveryEnabled: false, deletionProtectionEnabled: false, createdAt: '2019-05-02T08:00:00.000Z', globalSecondaryIndexes: [],
    }),
    // Edge case: the table scales, but one global secondary index scales only its reads (DynamoDB.1 fails); recovery and protection on.
    table('us-east-1', 'inventory', {
      billingMode: 'PROVISIONED', readAutoScaling: true, writeAutoScaling: true, createdAt: '2023-07-19T12:00:00.000Z',
      globalSecondaryIndexes: [{ name: 'by-sku', readAutoScaling: true, writeAutoScaling: false }],
    }),
  ];
}
