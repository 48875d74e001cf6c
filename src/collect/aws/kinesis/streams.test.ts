/** kinesisStreams through the real Kinesis client, fed recorded JSON-protocol answers (Kinesis_20131202 targets). */
import { describe, expect, it } from 'vitest';
import { kinesisStreams } from './streams.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import type { Resource } from '../../../resources/resource.js';

const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const arn = (name: string): string => `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/${name}`;
const LIST = 'Kinesis_20131202.ListStreams';
const DESCRIBE = 'Kinesis_20131202.DescribeStreamSummary';
const TAGS = 'Kinesis_20131202.ListTagsForStream';

/** A summary as DescribeStreamSummary answers it (epoch seconds for the timestamp). */
const summary = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  StreamName: name, StreamARN: arn(name), StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: 'ON_DEMAND' }, RetentionPeriodHours: 168,
  StreamCreationTimestamp: 1748768400, EnhancedMonitoring: [{ ShardLevelMetrics: [] }], EncryptionType: 'KMS', KeyId: KEY, OpenShardCount: 4, ConsumerCount: 1, ...extra,
});

const STREAMS: Record<string, Record<string, unknown>> = {
  clickstream: summary('clickstream'),
  // Created without encryption: EncryptionType NONE and no KeyId.
  legacy: summary('legacy', { EncryptionType: 'NONE', KeyId: undefined, StreamModeDetails: { StreamMode: 'PROVISIONED' }, RetentionPeriodHours: 24 }),
  audit: summary('audit', { RetentionPeriodHours: 8760, KeyId: 'alias/aws/kinesis' }),
};

function routes(overrides: Route[] = [], streams = STREAMS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListStreams', match: byTarget(LIST),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ StreamNames: ['audit', 'clickstream'], HasMoreStreams: true, NextToken: 'page-2' })
        : json({ StreamNames: ['legacy'], HasMoreStreams: false })),
    },
    {
      // clickstream's tags come in two pages, the second after the first's last key; the others have none.
      name: 'ListTagsForStream', match: byTarget(TAGS),
      respond: (r) => {
        if (r.params.StreamName !== 'clickstream') return json({ Tags: [], HasMoreTags: false });
        return r.params.ExclusiveStartTagKey === undefined ? json({ Tags: [{ Key: 'env', Value: 'prod' }], HasMoreTags: true }) : json({ Tags: [{ Key: 'team', Value: 'data' }], HasMoreTags: false });
      },
    },
    {
      name: 'DescribeStreamSummary', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = streams[String(r.params.StreamName)];
        return found === undefined ? jsonError('ResourceNotFoundException', `Stream ${String(r.params.StreamName)} under account ${ACCOUNT} not found.`) : json({ StreamDescriptionSummary: found });
      },
    },
  ];
}

const streamsOf = (resources: readonly Resource[]): Resource[] => resources.filter((r) => r.type === 'aws.kinesis.stream');

describe('kinesisStreams', () => {
  it('follows NextToken through ListStreams and maps each summary to a valid resource', async () => {
    const run = await collectRecorded([kinesisStreams], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => [r.params.Limit, r.params.NextToken])).toEqual([[100, undefined], [100, 'page-2']]);
    const streams = streamsOf(run.snapshot.resources);
    expect(streams.map((s) => s.id).sort()).toEqual(['audit', 'clickstream', 'legacy']);
    expect(streams.every((s) => s.errors === undefined)).toBe(true);
    expect(streams.find((s) => s.id === 'clickstream')).toMatchObject({ arn: arn('clickstream'), tags: { env: 'prod', team: 'data' } });
    expect(streams.find((s) => s.id === 'legacy')?.tags).toEqual({});
    expect(run.aws.requests.filter((r) => r.target === TAGS && r.params.StreamName === 'clickstream').map((r) => r.params.ExclusiveStartTagKey)).toEqual([undefined, 'env']);
    expect(streams.find((s) => s.id === 'clickstream')?.data).toEqual({
      name: 'clickstream', arn: arn('clickstream'), status: 'ACTIVE', streamMode: 'ON_DEMAND', createdAt: '2025-06-01T09:00:00.000Z', retentionPeriodHours: 168, encryptionType: 'KMS', keyId: KEY,
    });
    // An unencrypted stream names no key: null, not an error.
    expect(streams.find((s) => s.id === 'legacy')?.data).toMatchObject({ streamMode: 'PROVISIONED', retentionPeriodHours: 24, encryptionType: 'NONE', keyId: null });
    expect(streams.find((s) => s.id === 'audit')?.data).toMatchObject({ retentionPeriodHours: 8760, keyId: 'alias/aws/kinesis' });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.kinesis.stream', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a stream deleted between listing and describing', async () => {
    const { legacy: _gone, ...rest } = STREAMS;
    const run = await collectRecorded([kinesisStreams], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(streamsOf(run.snapshot.resources).map((s) => s.id).sort()).toEqual(['audit', 'clickstream']);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('records AccessDenied on DescribeStreamSummary on every field it fills, never an unencrypted stream', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.StreamName === 'legacy', respond: jsonError('AccessDeniedException', 'not authorized to perform: kinesis:DescribeStreamSummary') };
    const run = await collectRecorded([kinesisStreams], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'legacy');
    expect(legacy?.data).toEqual({ name: 'legacy' });
    expect(legacy?.arn).toBeUndefined();
    expect(legacy?.errors).toEqual(['arn', 'status', 'streamMode', 'createdAt', 'retentionPeriodHours', 'encryptionType', 'keyId']
      .map((path) => ({ path, code: 'AccessDeniedException', message: 'not authorized to perform: kinesis:DescribeStreamSummary', operation: 'kinesis:DescribeStreamSummary' })));
    expect(run.snapshot.resources.find((r) => r.id === 'clickstream')?.errors).toBeUndefined();
  });

  it('fails only the tags, never "untagged", when ListTagsForStream is denied or a page cannot be followed', async () => {
    const denied: Route = { name: 'tags-denied', match: (r) => r.target === TAGS && r.params.StreamName === 'legacy', respond: jsonError('AccessDeniedException', 'not authorized to perform: kinesis:ListTagsForStream') };
    const noMore: Route = { name: 'tags-no-more', match: (r) => r.target === TAGS && r.params.StreamName === 'audit', respond: json({ Tags: [{ Key: 'team', Value: 'audit' }] }) };
    const stuck: Route = { name: 'tags-stuck', match: (r) => r.target === TAGS && r.params.ExclusiveStartTagKey === 'env', respond: json({ Tags: [{ Key: 'env', Value: 'prod' }], HasMoreTags: true }) };
    const run = await collectRecorded([kinesisStreams], routes([denied, noMore, stuck]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const streams = streamsOf(run.snapshot.resources);
    const legacy = streams.find((s) => s.id === 'legacy');
    expect(legacy?.errors).toEqual([{ path: '$tags', code: 'AccessDeniedException', message: 'not authorized to perform: kinesis:ListTagsForStream', operation: 'kinesis:ListTagsForStream' }]);
    expect(legacy?.data).toMatchObject({ encryptionType: 'NONE', retentionPeriodHours: 24 });
    // No HasMoreTags: whether more tags follow is unknown. A page repeating its start would page forever.
    expect(streams.find((s) => s.id === 'audit')?.errors?.map((e) => [e.path, e.code])).toEqual([['$tags', 'IncompleteResponse']]);
    expect(streams.find((s) => s.id === 'clickstream')?.errors?.map((e) => [e.path, e.code])).toEqual([['$tags', 'UnexpectedResponse']]);
    expect(streams.every((s) => Object.keys(s.tags).length === 0)).toBe(true);
  });

  it('marks coverage failed when ListStreams is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: kinesis:ListStreams') };
    const run = await collectRecorded([kinesisStreams], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.kinesis.stream', status: 'failed', reason: 'AccessDeniedException on kinesis:ListStreams: not authorized to perform: kinesis:ListStreams' })]);
  });

  it('fails only the fields an incomplete summary leaves out: no encryption type is unknown, not NONE', async () => {
    const partial = { ...STREAMS, clickstream: summary('clickstream', { EncryptionType: undefined, StreamModeDetails: undefined, StreamStatus: 'MIGRATING' }) };
    const run = await collectRecorded([kinesisStreams], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const clickstream = run.snapshot.resources.find((r) => r.id === 'clickstream');
    expect(clickstream?.errors?.map((e) => [e.path, e.code])).toEqual([['status', 'IncompleteResponse'], ['streamMode', 'IncompleteResponse'], ['encryptionType', 'IncompleteResponse']]);
    expect(clickstream?.data).toMatchObject({ keyId: KEY, retentionPeriodHours: 168 });
  });
});

describe('kinesisStreams call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(kinesisStreams)).toEqual([]);
  });
});
