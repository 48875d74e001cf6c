/**
 * Queues, streams and tables (AWS JSON protocols) for the fake account. SQS:
 * two queues in every region, the first run as the controls ask (a KMS key,
 * a policy for one topic), the second on old defaults (no encryption, open
 * to everyone).
 */
import { ACCOUNT, keyId, type Estate } from './estate.js';
import { json, jsonError, type Answer, type WireRequest } from './wire.js';

export const QUEUES_PER_REGION = 2;

const queueName = (r: number, i: number): string => `bench-${r}-queue-${i}`;
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
