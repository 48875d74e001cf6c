/**
 * Queues, streams and tables (AWS JSON protocols) for the fake account. SQS:
 * two queues in every region, the first run as the controls ask (a KMS key,
 * a policy for one topic), the second on old defaults (no encryption, open
 * to everyone). Kinesis: two streams in every region, the first encrypted
 * with a KMS key and kept seven days, the second unencrypted and kept a
 * day, tagged as the tables are. Firehose: two delivery streams in every region, the first encrypted
 * with a KMS key, the second reading a Kinesis stream with no encryption
 * configuration, tagged as the tables are. DynamoDB: two tables in every region, the first
 * on-demand with recovery and protection, the second provisioned with its
 * reads (not its writes) scaled by Application Auto Scaling. Tables are
 * tagged with their team, the first of each region with its environment
 * too.
 */
import { ACCOUNT, keyId, type Estate } from './estate.js';
import { json, jsonError, type Answer, type WireRequest } from './wire.js';

export const QUEUES_PER_REGION = 2;
export const STREAMS_PER_REGION = 2;
export const DELIVERY_STREAMS_PER_REGION = 2;
export const TABLES_PER_REGION = 2;

/** The tags of stream, delivery stream or table i: every one names its team, the first of each region its environment too. */
export function benchTags(i: number): { Key: string; Value: string }[] {
  return [{ Key: 'team', Value: 'bench' }, ...(i % 2 === 0 ? [{ Key: 'env', Value: 'prod' }] : [])];
}

const queueName = (r: number, i: number): string => `bench-${r}-queue-${i}`;
/** As AWS answers it: the collector sends every call to the configured endpoint, whatever host a URL names. */
const queueUrl = (region: string, name: string): string => `https://sqs.${region}.amazonaws.com/${ACCOUNT}/${name}`;

/** Queue i of region r as GetQueueAttributes (All) answers it. */
function queueAttributes(region: string, r: number, i: number): Record<string, string> {
  const name = queueName(r, i);
  const arn = `arn:aws:sqs:${region}:${ACCOUNT}:${name}`;
  const hardened = i % 2 === 0;
  const principal = hardened ? { Service: 'sns.amazonaws.com' } : '*';
  const statement = { Sid: 'Send', Effect: 'Allow', Principal: principal, Action: 'sqs:SendMessage', Resource: arn, ...(hardened ? { Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:${region}:${ACCOUNT}:bench-topic-0000` } } } : {}) };
  return {
    QueueArn: arn, CreatedTimestamp: '1740823200', LastModifiedTimestamp: '1740823200', VisibilityTimeout: '30', MessageRetentionPeriod: '345600', DelaySeconds: '0',
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
    ...(hardened ? { KmsMasterKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}`, KmsDataKeyReusePeriodSeconds: '300', SqsManagedSseEnabled: 'false' } : { SqsManagedSseEnabled: 'false' }),
  };
}

export function answerSqs(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  const names = r < 0 ? [] : Array.from({ length: QUEUES_PER_REGION }, (_, i) => queueName(r, i));
  if (request.operation === 'ListQueues') return json({ QueueUrls: names.map((name) => queueUrl(request.region, name)) }, '1.0');
  const url = request.params.QueueUrl;
  const i = typeof url === 'string' ? names.indexOf(url.slice(url.lastIndexOf('/') + 1)) : -1;
  if (i < 0) return jsonError('com.amazonaws.sqs#QueueDoesNotExist', 'The specified queue does not exist.');
  if (request.operation === 'GetQueueAttributes') return json({ Attributes: queueAttributes(request.region, r, i) }, '1.0');
  if (request.operation === 'ListQueueTags') return json(i % 2 === 0 ? { Tags: { team: 'orders' } } : {}, '1.0');
  return json({}, '1.0');
}

export const streamName = (r: number, i: number): string => `bench-${r}-stream-${i}`;

/** Stream i of region r as DescribeStreamSummary answers it (config.ts renders the same as a Configuration Item). */
export function streamSummary(region: string, r: number, i: number): Record<string, unknown> {
  const name = streamName(r, i);
  const hardened = i % 2 === 0;
  return {
    StreamName: name, StreamARN: `arn:aws:kinesis:${region}:${ACCOUNT}:stream/${name}`, StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: hardened ? 'ON_DEMAND' : 'PROVISIONED' },
    RetentionPeriodHours: hardened ? 168 : 24, StreamCreationTimestamp: 1_740_823_200, EnhancedMonitoring: [{ ShardLevelMetrics: [] }], OpenShardCount: 2, ConsumerCount: 0,
    ...(hardened ? { EncryptionType: 'KMS', KeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}` } : { EncryptionType: 'NONE' }),
  };
}

export function answerKinesis(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  const names = r < 0 ? [] : Array.from({ length: STREAMS_PER_REGION }, (_, i) => streamName(r, i));
  if (request.operation === 'ListStreams') return json({ StreamNames: names, HasMoreStreams: false });
  const i = names.indexOf(String(request.params.StreamName));
  if (i < 0) return jsonError('ResourceNotFoundException', `Stream ${String(request.params.StreamName)} under account ${ACCOUNT} not found.`);
  if (request.operation === 'DescribeStreamSummary') return json({ StreamDescriptionSummary: streamSummary(request.region, r, i) });
  if (request.operation === 'ListTagsForStream') return json({ Tags: benchTags(i), HasMoreTags: false });
  return json({});
}

const deliveryStreamName = (r: number, i: number): string => `bench-${r}-delivery-${i}`;

/** Delivery stream i of region r as DescribeDeliveryStream answers it. */
function deliveryStreamDescription(region: string, r: number, i: number): Record<string, unknown> {
  const name = deliveryStreamName(r, i);
  const hardened = i % 2 === 0;
  return {
    DeliveryStreamName: name, DeliveryStreamARN: `arn:aws:firehose:${region}:${ACCOUNT}:deliverystream/${name}`, DeliveryStreamStatus: 'ACTIVE',
    DeliveryStreamType: hardened ? 'DirectPut' : 'KinesisStreamAsSource', VersionId: '1', CreateTimestamp: 1_740_823_200, Destinations: [], HasMoreDestinations: false,
    ...(hardened ? { DeliveryStreamEncryptionConfiguration: { KeyARN: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}`, KeyType: 'CUSTOMER_MANAGED_CMK', Status: 'ENABLED' } } : {}),
  };
}

export function answerFirehose(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  const names = r < 0 ? [] : Array.from({ length: DELIVERY_STREAMS_PER_REGION }, (_, i) => deliveryStreamName(r, i));
  if (request.operation === 'ListDeliveryStreams') return json({ DeliveryStreamNames: names, HasMoreDeliveryStreams: false });
  const i = names.indexOf(String(request.params.DeliveryStreamName));
  if (i < 0) return jsonError('ResourceNotFoundException', `Firehose ${String(request.params.DeliveryStreamName)} under account ${ACCOUNT} not found.`);
  if (request.operation === 'DescribeDeliveryStream') return json({ DeliveryStreamDescription: deliveryStreamDescription(request.region, r, i) });
  if (request.operation === 'ListTagsForDeliveryStream') return json({ Tags: benchTags(i), HasMoreTags: false });
  return json({});
}

const tableName = (r: number, i: number): string => `bench-${r}-table-${i}`;

/** Table i of region r as DescribeTable answers it. */
function tableDescription(region: string, r: number, i: number): Record<string, unknown> {
  const name = tableName(r, i);
  const hardened = i % 2 === 0;
  return {
    TableName: name, TableArn: `arn:aws:dynamodb:${region}:${ACCOUNT}:table/${name}`, TableStatus: 'ACTIVE', CreationDateTime: 1_740_823_200, ItemCount: 0, TableSizeBytes: 0,
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], DeletionProtectionEnabled: hardened,
    ...(hardened
      ? { BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' }, ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 } }
      : { ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }),
  };
}

export function answerDynamoDb(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  const names = r < 0 ? [] : Array.from({ length: TABLES_PER_REGION }, (_, i) => tableName(r, i));
  if (request.operation === 'ListTables') return json({ TableNames: names }, '1.0');
  if (request.operation === 'ListTagsOfResource') {
    const t = names.findIndex((n) => `arn:aws:dynamodb:${request.region}:${ACCOUNT}:table/${n}` === request.params.ResourceArn);
    return t < 0 ? jsonError('ResourceNotFoundException', `Requested resource not found: ResourcArn: ${String(request.params.ResourceArn)} not found`) : json({ Tags: benchTags(t) }, '1.0');
  }
  const i = names.indexOf(String(request.params.TableName));
  if (i < 0) return jsonError('ResourceNotFoundException', `Requested resource not found: Table: ${String(request.params.TableName)} not found`);
  if (request.operation === 'DescribeTable') return json({ Table: tableDescription(request.region, r, i) }, '1.0');
  if (request.operation === 'DescribeContinuousBackups') {
    return json({ ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: i % 2 === 0 ? 'ENABLED' : 'DISABLED' } } }, '1.0');
  }
  return json({}, '1.0');
}

/** Application Auto Scaling: the read capacity of every provisioned table scales. */
export function answerApplicationAutoScaling(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  if (request.operation !== 'DescribeScalableTargets') return json({});
  const names = r < 0 || request.params.ServiceNamespace !== 'dynamodb' ? [] : Array.from({ length: TABLES_PER_REGION }, (_, i) => i).filter((i) => i % 2 === 1).map((i) => tableName(r, i));
  return json({ ScalableTargets: names.map((name) => ({ ServiceNamespace: 'dynamodb', ResourceId: `table/${name}`, ScalableDimension: 'dynamodb:table:ReadCapacityUnits', MinCapacity: 5, MaxCapacity: 100, RoleARN: `arn:aws:iam::${ACCOUNT}:role/bench-scaling`, CreationTime: 1_740_823_200 })) });
}
