/** sqsQueues through the real SQS client, fed recorded JSON-protocol answers (AmazonSQS targets). */
import { describe, expect, it } from 'vitest';
import { sqsQueues } from './queues.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import type { Resource } from '../../../resources/resource.js';

const url = (name: string): string => `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/${name}`;
const arn = (name: string): string => `arn:aws:sqs:us-east-1:${ACCOUNT}:${name}`;
const KEY = 'alias/aws/sqs';
const POLICY = { Version: '2012-10-17', Statement: [{ Sid: 'Topic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn('orders'), Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:orders` } } }] };

/** GetQueueAttributes with All, as SQS answers it: every attribute a string. */
const attributes = (name: string, extra: Record<string, string | undefined> = {}): Record<string, string | undefined> => ({
  QueueArn: arn(name), ApproximateNumberOfMessages: '0', CreatedTimestamp: '1748768400', LastModifiedTimestamp: '1748768400', VisibilityTimeout: '30',
  MaximumMessageSize: '262144', MessageRetentionPeriod: '345600', DelaySeconds: '0', ReceiveMessageWaitTimeSeconds: '0', SqsManagedSseEnabled: 'true', ...extra,
});

const QUEUES: Record<string, Record<string, string | undefined>> = {
  // SSE-KMS with a queue policy.
  orders: attributes('orders', { KmsMasterKeyId: KEY, KmsDataKeyReusePeriodSeconds: '300', SqsManagedSseEnabled: 'false', Policy: JSON.stringify(POLICY) }),
  // SSE-SQS FIFO queue without a policy.
  'events.fifo': attributes('events.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'false' }),
  // Created before SSE-SQS became the default: not encrypted.
  legacy: attributes('legacy', { SqsManagedSseEnabled: 'false' }),
};

function routes(overrides: Route[] = [], queues = QUEUES): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListQueues', match: byTarget('AmazonSQS.ListQueues'),
      respond: (r) => (r.params.NextToken === undefined ? json({ QueueUrls: [url('events.fifo'), url('legacy')], NextToken: 'page-2' }) : json({ QueueUrls: [url('orders')] })),
    },
    {
      name: 'GetQueueAttributes', match: byTarget('AmazonSQS.GetQueueAttributes'),
      respond: (r): RecordedResponse => {
        const found = queues[String(r.params.QueueUrl).split('/').pop() ?? ''];
        return found === undefined ? jsonError('com.amazonaws.sqs#QueueDoesNotExist', 'The specified queue does not exist.') : json({ Attributes: found });
      },
    },
    { name: 'ListQueueTags', match: byTarget('AmazonSQS.ListQueueTags'), respond: (r) => json(String(r.params.QueueUrl).endsWith('/orders') ? { Tags: { team: 'shop' } } : {}) },
  ];
}

const queuesOf = (resources: readonly Resource[]): Resource[] => resources.filter((r) => r.type === 'aws.sqs.queue');

describe('sqsQueues', () => {
  it('follows NextToken through ListQueues and reads every queue\'s attributes (All) and tags', async () => {
    const run = await collectRecorded([sqsQueues], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget('AmazonSQS.ListQueues')).map((r) => [r.params.MaxResults, r.params.NextToken])).toEqual([[1000, undefined], [1000, 'page-2']]);
    expect(run.aws.requests.filter(byTarget('AmazonSQS.GetQueueAttributes')).map((r) => r.params.AttributeNames)).toEqual([['All'], ['All'], ['All']]);
    const queues = queuesOf(run.snapshot.resources);
    expect(queues.map((q) => q.id).sort()).toEqual(['events.fifo', 'legacy', 'orders']);
    expect(queues.every((q) => q.errors === undefined)).toBe(true);
    const orders = queues.find((q) => q.id === 'orders');
    expect(orders).toMatchObject({ arn: arn('orders'), tags: { team: 'shop' } });
    expect(orders?.data).toEqual({ queueUrl: url('orders'), name: 'orders', queueArn: arn('orders'), fifoQueue: false, kmsMasterKeyId: KEY, sqsManagedSseEnabled: false, policy: POLICY });
    // FifoQueue, KmsMasterKeyId and Policy are sent only when set: a FIFO SSE-SQS queue without a policy.
    expect(queues.find((q) => q.id === 'events.fifo')?.data).toEqual({ queueUrl: url('events.fifo'), name: 'events.fifo', queueArn: arn('events.fifo'), fifoQueue: true, kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: null });
    expect(queues.find((q) => q.id === 'legacy')?.data).toMatchObject({ kmsMasterKeyId: null, sqsManagedSseEnabled: false, policy: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.sqs.queue', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads a region without queues ({} with no QueueUrls) as complete and empty', async () => {
    const empty: Route = { name: 'empty', match: byTarget('AmazonSQS.ListQueues'), respond: json({}) };
    const run = await collectRecorded([sqsQueues], routes([empty]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(queuesOf(run.snapshot.resources)).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.sqs.queue', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a queue deleted between listing and describing', async () => {
    const { legacy: _gone, ...rest } = QUEUES;
    const run = await collectRecorded([sqsQueues], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(queuesOf(run.snapshot.resources).map((q) => q.id).sort()).toEqual(['events.fifo', 'orders']);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('records AccessDenied on GetQueueAttributes on every field it fills, never an unencrypted or private queue', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === 'AmazonSQS.GetQueueAttributes' && r.params.QueueUrl === url('orders'), respond: jsonError('AccessDenied', 'not authorized to perform: sqs:GetQueueAttributes', 403) };
    const run = await collectRecorded([sqsQueues], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const orders = run.snapshot.resources.find((r) => r.id === 'orders');
    expect(orders?.data).toEqual({ queueUrl: url('orders'), name: 'orders' });
    expect(orders?.arn).toBeUndefined();
    expect(orders?.errors).toEqual(['queueArn', 'fifoQueue', 'kmsMasterKeyId', 'sqsManagedSseEnabled', 'policy']
      .map((path) => ({ path, code: 'AccessDenied', message: 'not authorized to perform: sqs:GetQueueAttributes', operation: 'sqs:GetQueueAttributes' })));
    expect(run.snapshot.resources.find((r) => r.id === 'legacy')?.errors).toBeUndefined();
    expect(new Set(run.snapshot.errors.map((e) => `${e.service}:${e.operation} ${e.resource ?? ''} ${e.code}`))).toEqual(new Set(['sqs:GetQueueAttributes orders AccessDenied']));
  });

  it('records AccessDenied on ListQueueTags on the tags only', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === 'AmazonSQS.ListQueueTags' && r.params.QueueUrl === url('orders'), respond: jsonError('AccessDenied', 'not authorized to perform: sqs:ListQueueTags', 403) };
    const run = await collectRecorded([sqsQueues], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const orders = run.snapshot.resources.find((r) => r.id === 'orders');
    expect(orders?.errors).toEqual([{ path: '$tags', code: 'AccessDenied', message: 'not authorized to perform: sqs:ListQueueTags', operation: 'sqs:ListQueueTags' }]);
    expect(orders?.data).toMatchObject({ kmsMasterKeyId: KEY, policy: POLICY });
  });

  it('marks coverage failed when ListQueues is denied, and partial when its second page fails', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget('AmazonSQS.ListQueues'), respond: jsonError('AccessDenied', 'not authorized to perform: sqs:ListQueues', 403) };
    const run = await collectRecorded([sqsQueues], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.sqs.queue', status: 'failed', reason: 'AccessDenied on sqs:ListQueues: not authorized to perform: sqs:ListQueues' })]);
    const second: Route = { name: 'page-2-denied', match: (r) => r.target === 'AmazonSQS.ListQueues' && r.params.NextToken === 'page-2', respond: jsonError('AccessDenied', 'not authorized to perform: sqs:ListQueues', 403) };
    const partial = await collectRecorded([sqsQueues], routes([second]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(queuesOf(partial.snapshot.resources)).toHaveLength(2);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.sqs.queue', status: 'partial' })]);
  });

  it('fails only the attributes an incomplete answer leaves out or garbles', async () => {
    const garbled = { ...QUEUES, orders: attributes('orders', { SqsManagedSseEnabled: undefined, KmsMasterKeyId: KEY, Policy: 'not json' }) };
    const run = await collectRecorded([sqsQueues], routes([], garbled), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const orders = run.snapshot.resources.find((r) => r.id === 'orders');
    expect(orders?.errors?.map((e) => [e.path, e.code])).toEqual([['sqsManagedSseEnabled', 'IncompleteResponse'], ['policy', 'InvalidPolicyDocument']]);
    expect(orders?.data).toMatchObject({ queueArn: arn('orders'), kmsMasterKeyId: KEY, fifoQueue: false });
  });
});

describe('sqsQueues call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(sqsQueues)).toEqual([]);
  });
});
