/**
 * `--source config` for Kinesis data streams against `--source api` on the
 * same recorded account: the streams served both as Kinesis's own answers
 * (ListStreams in two pages, DescribeStreamSummary per stream) and as AWS
 * Config's (two advanced query pages of Configuration Items holding what
 * AWS's Config resource schema lists for AWS::Kinesis::Stream,
 * CloudFormation's PascalCase), collected through the real SDK clients each
 * way. The resources must be equal, with what the items lack (status,
 * capacity mode, creation time) read with one DescribeStreamSummary per
 * stream, and no listing.
 */
import { describe, expect, it } from 'vitest';
import { kinesisStreams } from '../../src/collect/aws/kinesis/streams.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { kinesisStreamFromConfig } from '../../src/collect/config/mappers/kinesis-stream.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const arn = (name: string): string => `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/${name}`;
const isList = byTarget('Kinesis_20131202.ListStreams');
const isDescribe = byTarget('Kinesis_20131202.DescribeStreamSummary');
const nameOf = (r: WireRequest): string => String(r.params.StreamName);
const NOT_IN_ITEM = ['status', 'streamMode', 'createdAt'];

interface Model { readonly name: string; readonly mode: string; readonly hours: number; readonly key?: string }
const models: Model[] = [
  { name: 'audit', mode: 'ON_DEMAND', hours: 8760, key: 'alias/aws/kinesis' },
  { name: 'clickstream', mode: 'ON_DEMAND', hours: 168, key: KEY },
  { name: 'legacy', mode: 'PROVISIONED', hours: 24 },
];

/** A stream as DescribeStreamSummary answers it: EncryptionType NONE and no KeyId for one never encrypted. */
const summary = (m: Model): Record<string, unknown> => ({
  StreamName: m.name, StreamARN: arn(m.name), StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: m.mode }, RetentionPeriodHours: m.hours, StreamCreationTimestamp: 1748768400,
  EnhancedMonitoring: [{ ShardLevelMetrics: [] }], OpenShardCount: 4, ConsumerCount: 1, ...(m.key === undefined ? { EncryptionType: 'NONE' } : { EncryptionType: 'KMS', KeyId: m.key }),
});

/** Kinesis's own answers; a deleted stream is not listed and answers ResourceNotFoundException. */
const kinesisRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  { name: 'ListStreams', match: isList, respond: (r) => (r.params.NextToken === undefined ? json({ StreamNames: ['audit', 'clickstream'], HasMoreStreams: true, NextToken: 'page-2' }) : json({ StreamNames: ['legacy'], HasMoreStreams: false })) },
  // Every stream carries the one tag its Configuration Item holds.
  { name: 'ListTagsForStream', match: byTarget('Kinesis_20131202.ListTagsForStream'), respond: json({ Tags: [{ Key: 'team', Value: 'data' }], HasMoreTags: false }) },
  {
    name: 'DescribeStreamSummary', match: isDescribe,
    respond: (r) => {
      const found = models.find((m) => m.name === nameOf(r));
      return found === undefined ? jsonError('ResourceNotFoundException', `Stream ${nameOf(r)} under account ${ACCOUNT} not found.`) : json({ StreamDescriptionSummary: summary(found) });
    },
  },
];

/** A stream as Config records it: CloudFormation's properties, PascalCase, no encryption as null. */
const item = (m: Model, change: Record<string, unknown> = {}): string => JSON.stringify({
  resourceId: m.name, resourceType: 'AWS::Kinesis::Stream', resourceName: m.name, arn: arn(m.name), accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: { Name: m.name, Arn: arn(m.name), RetentionPeriodHours: m.hours, ShardCount: 4, StreamEncryption: m.key === undefined ? null : { EncryptionType: 'KMS', KeyId: m.key }, ...change },
  supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'data' }], relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [...configRoutes(items), ...kinesisRoutes(overrides)];

const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([kinesisStreamFromConfig]);

describe('--source config for Kinesis data streams', () => {
  it('gives the same streams as --source api, with one DescribeStreamSummary per stream for what the items lack and no listing', async () => {
    const api = await collectRecorded([kinesisStreams], kinesisRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources.map((r) => r.tags)).toEqual(models.map(() => ({ team: 'data' })));
    // The tags are the item's: Kinesis is not asked for them.
    expect(run.aws.count('ListTagsForStream')).toBe(0);
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter(isDescribe).map(nameOf).sort()).toEqual(['audit', 'clickstream', 'legacy']);
    expect(run.aws.requests.some(isList)).toBe(false);
  });

  it('reads a StreamEncryption or retention the item lacks from the same DescribeStreamSummary, never as "unencrypted"', async () => {
    const lacking = models.map((m) => item(m, { StreamEncryption: undefined, RetentionPeriodHours: undefined }));
    const api = await collectRecorded([kinesisStreams], kinesisRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(isDescribe)).toHaveLength(3);
  });

  it('names a stream deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const retired: Model = { name: 'retired', mode: 'PROVISIONED', hours: 24 };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(retired)]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual(NOT_IN_ITEM.map((p) => [p, 'ResourceNotFoundException']));
    expect(gone?.data).toMatchObject({ encryptionType: 'NONE', keyId: null, retentionPeriodHours: 24 });
  });

  it('records a denied DescribeStreamSummary on that stream\'s missing fields only', async () => {
    const denied: Route = { name: 'denied', match: (r) => isDescribe(r) && nameOf(r) === 'legacy', respond: jsonError('AccessDeniedException', 'no kinesis:DescribeStreamSummary') };
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m)), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])]))
      .toEqual([['legacy', NOT_IN_ITEM.map((p) => [p, 'AccessDeniedException'])]]);
    expect(run.snapshot.resources.find((r) => r.id === 'legacy')?.data).toMatchObject({ encryptionType: 'NONE', retentionPeriodHours: 24 });
  });
});

describe('the Config collector for Kinesis data streams', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: 'legacy', resourceType: 'AWS::Kinesis::Stream', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
