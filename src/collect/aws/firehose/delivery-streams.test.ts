/** firehoseDeliveryStreams through the real Firehose client, fed recorded JSON-protocol answers (Firehose_20150804 targets). */
import { describe, expect, it } from 'vitest';
import { firehoseDeliveryStreams } from './delivery-streams.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import type { Resource } from '../../../resources/resource.js';

const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const arn = (name: string): string => `arn:aws:firehose:us-east-1:${ACCOUNT}:deliverystream/${name}`;
const LIST = 'Firehose_20150804.ListDeliveryStreams';
const DESCRIBE = 'Firehose_20150804.DescribeDeliveryStream';
const TAGS = 'Firehose_20150804.ListTagsForDeliveryStream';

/** A description as DescribeDeliveryStream answers it (epoch seconds for the timestamp). */
const description = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  DeliveryStreamName: name, DeliveryStreamARN: arn(name), DeliveryStreamStatus: 'ACTIVE', DeliveryStreamType: 'DirectPut', VersionId: '1', CreateTimestamp: 1748768400,
  DeliveryStreamEncryptionConfiguration: { KeyARN: KEY, KeyType: 'CUSTOMER_MANAGED_CMK', Status: 'ENABLED' },
  Destinations: [{ DestinationId: 'destinationId-000000000001', S3DestinationDescription: { BucketARN: 'arn:aws:s3:::example-bucket', RoleARN: `arn:aws:iam::${ACCOUNT}:role/firehose`, BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 }, CompressionFormat: 'UNCOMPRESSED', EncryptionConfiguration: { NoEncryptionConfig: 'NoEncryption' } } }],
  HasMoreDestinations: false, ...extra,
});

const STREAMS: Record<string, Record<string, unknown>> = {
  clicks: description('clicks'),
  // SSE with a key AWS owns: no key ARN.
  metrics: description('metrics', { DeliveryStreamEncryptionConfiguration: { KeyType: 'AWS_OWNED_CMK', Status: 'ENABLED' } }),
  // Encryption turned off: the status alone.
  legacy: description('legacy', { DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' } }),
  // Reading a Kinesis data stream, never configured: no encryption configuration in the answer.
  replay: description('replay', { DeliveryStreamType: 'KinesisStreamAsSource', DeliveryStreamEncryptionConfiguration: undefined }),
};

function routes(overrides: Route[] = [], streams = STREAMS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListDeliveryStreams', match: byTarget(LIST),
      respond: (r) => (r.params.ExclusiveStartDeliveryStreamName === undefined
        ? json({ DeliveryStreamNames: ['clicks', 'legacy'], HasMoreDeliveryStreams: true })
        : json({ DeliveryStreamNames: ['metrics', 'replay'], HasMoreDeliveryStreams: false })),
    },
    {
      // clicks' tags come in two pages, the second after the first's last key; the others have none.
      name: 'ListTagsForDeliveryStream', match: byTarget(TAGS),
      respond: (r) => {
        if (r.params.DeliveryStreamName !== 'clicks') return json({ Tags: [], HasMoreTags: false });
        return r.params.ExclusiveStartTagKey === undefined ? json({ Tags: [{ Key: 'env', Value: 'prod' }], HasMoreTags: true }) : json({ Tags: [{ Key: 'team', Value: 'web' }], HasMoreTags: false });
      },
    },
    {
      name: 'DescribeDeliveryStream', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = streams[String(r.params.DeliveryStreamName)];
        return found === undefined ? jsonError('ResourceNotFoundException', `Firehose ${String(r.params.DeliveryStreamName)} under account ${ACCOUNT} not found.`) : json({ DeliveryStreamDescription: found });
      },
    },
  ];
}

const streamsOf = (resources: readonly Resource[]): Resource[] => resources.filter((r) => r.type === 'aws.firehose.delivery-stream');

describe('firehoseDeliveryStreams', () => {
  it('pages ListDeliveryStreams from the last name and maps each description to a valid resource', async () => {
    const run = await collectRecorded([firehoseDeliveryStreams], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => [r.params.Limit, r.params.ExclusiveStartDeliveryStreamName, r.params.DeliveryStreamType])).toEqual([[1000, undefined, undefined], [1000, 'legacy', undefined]]);
    const streams = streamsOf(run.snapshot.resources);
    expect(streams.map((s) => s.id).sort()).toEqual(['clicks', 'legacy', 'metrics', 'replay']);
    expect(streams.every((s) => s.errors === undefined)).toBe(true);
    expect(streams.find((s) => s.id === 'clicks')).toMatchObject({ arn: arn('clicks'), tags: { env: 'prod', team: 'web' } });
    expect(streams.find((s) => s.id === 'legacy')?.tags).toEqual({});
    expect(run.aws.requests.filter((r) => r.target === TAGS && r.params.DeliveryStreamName === 'clicks').map((r) => r.params.ExclusiveStartTagKey)).toEqual([undefined, 'env']);
    expect(streams.find((s) => s.id === 'clicks')?.data).toEqual({
      name: 'clicks', arn: arn('clicks'), status: 'ACTIVE', deliveryStreamType: 'DirectPut', createdAt: '2025-06-01T09:00:00.000Z',
      encryptionStatus: 'ENABLED', encryptionKeyType: 'CUSTOMER_MANAGED_CMK', encryptionKeyArn: KEY,
    });
    expect(streams.find((s) => s.id === 'metrics')?.data).toMatchObject({ encryptionStatus: 'ENABLED', encryptionKeyType: 'AWS_OWNED_CMK', encryptionKeyArn: null });
    expect(streams.find((s) => s.id === 'legacy')?.data).toMatchObject({ encryptionStatus: 'DISABLED', encryptionKeyType: null, encryptionKeyArn: null });
    // No encryption configuration in the answer: null (none set), not an error.
    expect(streams.find((s) => s.id === 'replay')?.data).toMatchObject({ deliveryStreamType: 'KinesisStreamAsSource', encryptionStatus: null, encryptionKeyType: null, encryptionKeyArn: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.firehose.delivery-stream', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('fails the listing, keeping the first page, when a page says more follow but names nothing new', async () => {
    const stuck: Route = { name: 'stuck', match: byTarget(LIST), respond: (r) => json({ DeliveryStreamNames: r.params.ExclusiveStartDeliveryStreamName === undefined ? ['clicks'] : [], HasMoreDeliveryStreams: true }) };
    const run = await collectRecorded([firehoseDeliveryStreams], routes([stuck]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(streamsOf(run.snapshot.resources).map((s) => s.id)).toEqual(['clicks']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.firehose.delivery-stream', status: 'partial' })]);
  });

  it('leaves out a stream deleted between listing and describing', async () => {
    const { legacy: _gone, ...rest } = STREAMS;
    const run = await collectRecorded([firehoseDeliveryStreams], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(streamsOf(run.snapshot.resources).map((s) => s.id).sort()).toEqual(['clicks', 'metrics', 'replay']);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('records AccessDenied on DescribeDeliveryStream on every field it fills, never an unencrypted stream', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.DeliveryStreamName === 'clicks', respond: jsonError('AccessDeniedException', 'not authorized to perform: firehose:DescribeDeliveryStream') };
    const run = await collectRecorded([firehoseDeliveryStreams], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const clicks = run.snapshot.resources.find((r) => r.id === 'clicks');
    expect(clicks?.data).toEqual({ name: 'clicks' });
    expect(clicks?.errors).toEqual(['arn', 'status', 'deliveryStreamType', 'createdAt', 'encryptionStatus', 'encryptionKeyType', 'encryptionKeyArn']
      .map((path) => ({ path, code: 'AccessDeniedException', message: 'not authorized to perform: firehose:DescribeDeliveryStream', operation: 'firehose:DescribeDeliveryStream' })));
    expect(run.snapshot.resources.find((r) => r.id === 'legacy')?.errors).toBeUndefined();
  });

  it('fails only the tags, never "untagged", when ListTagsForDeliveryStream is denied or a page cannot be followed', async () => {
    const denied: Route = { name: 'tags-denied', match: (r) => r.target === TAGS && r.params.DeliveryStreamName === 'legacy', respond: jsonError('AccessDeniedException', 'not authorized to perform: firehose:ListTagsForDeliveryStream') };
    const noMore: Route = { name: 'tags-no-more', match: (r) => r.target === TAGS && r.params.DeliveryStreamName === 'metrics', respond: json({ Tags: [{ Key: 'team', Value: 'metrics' }] }) };
    const stuck: Route = { name: 'tags-stuck', match: (r) => r.target === TAGS && r.params.ExclusiveStartTagKey === 'env', respond: json({ Tags: [{ Key: 'env', Value: 'prod' }], HasMoreTags: true }) };
    const run = await collectRecorded([firehoseDeliveryStreams], routes([denied, noMore, stuck]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const streams = streamsOf(run.snapshot.resources);
    const legacy = streams.find((s) => s.id === 'legacy');
    expect(legacy?.errors).toEqual([{ path: '$tags', code: 'AccessDeniedException', message: 'not authorized to perform: firehose:ListTagsForDeliveryStream', operation: 'firehose:ListTagsForDeliveryStream' }]);
    expect(legacy?.data).toMatchObject({ name: 'legacy', status: 'ACTIVE' });
    expect(streams.find((s) => s.id === 'metrics')?.errors?.map((e) => [e.path, e.code])).toEqual([['$tags', 'IncompleteResponse']]);
    expect(streams.find((s) => s.id === 'clicks')?.errors?.map((e) => [e.path, e.code])).toEqual([['$tags', 'UnexpectedResponse']]);
    expect(streams.find((s) => s.id === 'replay')?.errors).toBeUndefined();
    expect(streams.every((s) => Object.keys(s.tags).length === 0)).toBe(true);
  });

  it('marks coverage failed when ListDeliveryStreams is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: firehose:ListDeliveryStreams') };
    const run = await collectRecorded([firehoseDeliveryStreams], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.firehose.delivery-stream', status: 'failed', reason: 'AccessDeniedException on firehose:ListDeliveryStreams: not authorized to perform: firehose:ListDeliveryStreams' })]);
  });

  it('reads an encryption configuration without its status as unknown, never disabled', async () => {
    const partial = { ...STREAMS, clicks: description('clicks', { DeliveryStreamEncryptionConfiguration: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: KEY } }) };
    const run = await collectRecorded([firehoseDeliveryStreams], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const clicks = run.snapshot.resources.find((r) => r.id === 'clicks');
    expect(clicks?.errors?.map((e) => [e.path, e.code])).toEqual([['encryptionStatus', 'IncompleteResponse']]);
    expect(clicks?.data).toMatchObject({ encryptionKeyType: 'CUSTOMER_MANAGED_CMK', encryptionKeyArn: KEY });
  });
});

describe('firehoseDeliveryStreams call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(firehoseDeliveryStreams)).toEqual([]);
  });
});
