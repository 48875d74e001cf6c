/**
 * AWS::Kinesis::Stream items mapped to aws.kinesis.stream on their own (no
 * API to fill from): what the item holds as the API collector reads
 * DescribeStreamSummary, a null StreamEncryption as no encryption, and what
 * the item lacks named unreadable.
 */
import type { StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { streamFields } from '../../aws/kinesis/map.js';
import { parseItem } from '../item.js';
import { kinesisStreamFromConfig } from './kinesis-stream.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/clickstream';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const NOT_IN_ITEM = ['status', 'streamMode', 'createdAt'];

function mapItem(change: Record<string, unknown>): ReturnType<typeof kinesisStreamFromConfig.map> {
  const all: Record<string, unknown> = { Name: 'clickstream', Arn: ARN, RetentionPeriodHours: 168, ShardCount: 4, StreamEncryption: { EncryptionType: 'KMS', KeyId: KEY }, ...change };
  const parsed = parseItem(JSON.stringify({
    resourceId: 'clickstream', resourceType: 'AWS::Kinesis::Stream', resourceName: 'clickstream', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'data' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return kinesisStreamFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof kinesisStreamFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('kinesisStreamFromConfig', () => {
  it('gives what the API collector gives from DescribeStreamSummary for what the item holds, with the item\'s tags', () => {
    const sdk = { StreamName: 'clickstream', StreamARN: ARN, RetentionPeriodHours: 168, EncryptionType: 'KMS', KeyId: KEY } as StreamDescriptionSummary;
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.kinesis.stream', id: 'clickstream', arn: ARN, tags: { team: 'data' } });
    const api = readFields(streamFields(sdk)).fields;
    expect(mapping.fields).toEqual({ name: 'clickstream', ...api });
    expect(mapping.fields).toMatchObject({ encryptionType: 'KMS', keyId: KEY, retentionPeriodHours: 168 });
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('reads a null StreamEncryption as no encryption and a null key as none', () => {
    expect(mapItem({ StreamEncryption: null }).fields).toMatchObject({ encryptionType: 'NONE', keyId: null });
    expect(mapItem({ StreamEncryption: { EncryptionType: 'NONE', KeyId: null } }).fields).toMatchObject({ encryptionType: 'NONE', keyId: null });
  });

  it.each([
    ['no StreamEncryption (never "unencrypted")', 'encryptionType', { StreamEncryption: undefined }],
    ['an encryption without its KeyId key', 'keyId', { StreamEncryption: { EncryptionType: 'KMS' } }],
    ['an encryption type Kinesis does not spell', 'encryptionType', { StreamEncryption: { EncryptionType: 'kms', KeyId: KEY } }],
    ['no RetentionPeriodHours (never the default day)', 'retentionPeriodHours', { RetentionPeriodHours: undefined }],
    ['a retention that is not a number', 'retentionPeriodHours', { RetentionPeriodHours: '168' }],
    ['no Arn', 'arn', { Arn: undefined }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
