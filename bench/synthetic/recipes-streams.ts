/**
 * Queues, streams and tables: SQS queues encrypted with SSE-SQS, a KMS key
 * or not at all, with no policy, a scoped one or a public one; Kinesis
 * streams encrypted or not, kept from a day to a year; Firehose streams
 * with every encryption status, or none; DynamoDB tables on-demand or
 * provisioned, scaled or not, with and without recovery and protection.
 */
import { dynamodbTable } from '../../src/resources/types/dynamodb-table.js';
import { firehoseDeliveryStream } from '../../src/resources/types/firehose-delivery-stream.js';
import { kinesisStream } from '../../src/resources/types/kinesis-stream.js';
import { sqsQueue } from '../../src/resources/types/sqs-queue.js';
import { daysAgo, defineRecipe, denied, type Recipe, type Variation } from './recipe.js';

const publicSendPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicSend', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }],
};

export const sqsQueueRecipe: Recipe = defineRecipe({
  definition: sqsQueue,
  weight: 20,
  vary(rng): Variation<typeof sqsQueue.data> {
    const encryption = rng.pick(['sqs', 'sqs', 'kms', 'none'] as const);
    return {
      data: {
        fifoQueue: rng.chance(0.2),
        sqsManagedSseEnabled: encryption === 'sqs',
        kmsMasterKeyId: encryption === 'kms' ? 'alias/aws/sqs' : null,
        policy: rng.pick([null, null, sqsQueue.example.policy, publicSendPolicy]),
      },
      ...(rng.chance(0.04) ? { errors: [denied('policy', 'sqs:GetQueueAttributes', 'AccessDenied')] } : {}),
    };
  },
  identify(seq, place, template) {
    const name = `queue-${seq}${template.data.fifoQueue === true ? '.fifo' : ''}`;
    const queueArn = `arn:aws:sqs:${place.region}:${place.account}:${name}`;
    return { id: name, arn: queueArn, data: { name, queueArn, queueUrl: `https://sqs.${place.region}.amazonaws.com/${place.account}/${name}` } };
  },
});

export const kinesisStreamRecipe: Recipe = defineRecipe({
  definition: kinesisStream,
  weight: 8,
  vary(rng): Variation<typeof kinesisStream.data> {
    const encrypted = rng.chance(0.6);
    return {
      data: {
        streamMode: rng.pick(['ON_DEMAND', 'PROVISIONED'] as const),
        createdAt: daysAgo(rng.int(1, 2000)),
        retentionPeriodHours: rng.pick([24, 24, 48, 168, 168, 8760]),
        encryptionType: encrypted ? 'KMS' : 'NONE',
        keyId: encrypted ? 'alias/aws/kinesis' : null,
      },
      ...(rng.chance(0.04) ? { errors: [denied('encryptionType', 'kinesis:DescribeStreamSummary', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `stream-${seq}`;
    const streamArn = `arn:aws:kinesis:${place.region}:${place.account}:stream/${name}`;
    return { id: name, arn: streamArn, data: { name, arn: streamArn } };
  },
});

export const firehoseDeliveryStreamRecipe: Recipe = defineRecipe({
  definition: firehoseDeliveryStream,
  weight: 6,
  vary(rng): Variation<typeof firehoseDeliveryStream.data> {
    const status = rng.pick(['ENABLED', 'ENABLED', 'DISABLED', 'ENABLING', null] as const);
    const customer = status !== null && status !== 'DISABLED' && rng.chance(0.5);
    return {
      data: {
        deliveryStreamType: rng.pick(['DirectPut', 'DirectPut', 'KinesisStreamAsSource'] as const),
        createdAt: daysAgo(rng.int(1, 2000)),
        encryptionStatus: status,
        encryptionKeyType: status === null || status === 'DISABLED' ? null : customer ? 'CUSTOMER_MANAGED_CMK' : 'AWS_OWNED_CMK',
        encryptionKeyArn: customer ? firehoseDeliveryStream.example.encryptionKeyArn : null,
      },
      ...(rng.chance(0.04) ? { errors: [denied('encryptionStatus', 'firehose:DescribeDeliveryStream', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `delivery-${seq}`;
    const streamArn = `arn:aws:firehose:${place.region}:${place.account}:deliverystream/${name}`;
    return { id: name, arn: streamArn, data: { name, arn: streamArn } };
  },
});

export const dynamodbTableRecipe: Recipe = defineRecipe({
  definition: dynamodbTable,
  weight: 15,
  vary(rng): Variation<typeof dynamodbTable.data> {
    const provisioned = rng.chance(0.4);
    const scaled = provisioned && rng.chance(0.5);
    return {
      data: {
        createdAt: daysAgo(rng.int(1, 3000)),
        billingMode: provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
        deletionProtectionEnabled: rng.chance(0.5),
        pointInTimeRecoveryEnabled: rng.chance(0.6),
        readAutoScaling: scaled,
        writeAutoScaling: scaled && rng.chance(0.9),
        globalSecondaryIndexes: rng.chance(0.5) ? [] : [{ name: 'by-key', readAutoScaling: scaled, writeAutoScaling: scaled && rng.chance(0.8) }],
      },
      ...(rng.chance(0.04) ? { errors: [denied('pointInTimeRecoveryEnabled', 'dynamodb:DescribeContinuousBackups', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const name = `table-${seq}`;
    const tableArn = `arn:aws:dynamodb:${place.region}:${place.account}:table/${name}`;
    return { id: name, arn: tableArn, data: { name, arn: tableArn } };
  },
});
