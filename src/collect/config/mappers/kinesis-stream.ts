/**
 * AWS::Kinesis::Stream → aws.kinesis.stream. AWS's Config resource schema
 * for the type (awslabs/aws-config-resource-schema) records the stream as
 * CloudFormation describes it, PascalCase: Name, Arn, RetentionPeriodHours,
 * ShardCount and StreamEncryption (EncryptionType, KeyId); Config's id for
 * a stream is its name. What the item holds is read back into the SDK's
 * StreamDescriptionSummary and mapped by the API collector's own functions:
 * one mapping, two sources. Config spells "none" as null, so a null
 * StreamEncryption is a stream without encryption (DescribeStreamSummary's
 * EncryptionType NONE, no key), and a null KeyId no key; a StreamEncryption
 * the item lacks is unknown, never "unencrypted". The schema lists no
 * status, capacity mode (CloudFormation's StreamModeDetails) or creation
 * time: those — and any field the item lacks or holds in a form Kinesis
 * does not answer — are read in the same run with the API collector's
 * DescribeStreamSummary row, one call per stream (not with an aggregator,
 * where they are errors on the stream; no bundled policy judges them). A
 * stream deleted since Config recorded it answers ResourceNotFoundException
 * there: an error on those fields, never "none". The stream's tags are
 * the item's, as ListTagsForStream answers them on the API path.
 */
import { DescribeStreamSummaryCommand, KinesisClient, type DescribeStreamSummaryCommandOutput, type StreamDescriptionSummary } from '@aws-sdk/client-kinesis';
import { readFields } from '../../answers.js';
import { streamCalls } from '../../aws/kinesis/streams.js';
import { STREAM_SUMMARY_FIELDS, streamFields } from '../../aws/kinesis/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { fieldOf, goneFrom, oncePerItem } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, numberOf, stringOf } from '../mapper.js';
import { fromItem, isRecord, unanswered, type Unreadable } from '../read.js';

/** The stream's name: the item's configuration.Name, else its own name or id (Config's id for a stream is its name). */
const nameOf = (item: ConfigurationItem): string => stringOf(item.configuration?.Name) ?? item.resourceName ?? item.resourceId;

/** StreamEncryption as DescribeStreamSummary's two members; undefined when the item does not hold it so. */
function encryptionOf(c: Readonly<Record<string, unknown>>): Pick<StreamDescriptionSummary, 'EncryptionType' | 'KeyId'> | undefined {
  if (!Object.hasOwn(c, 'StreamEncryption')) return undefined;
  const value = c.StreamEncryption;
  if (value === null) return { EncryptionType: 'NONE' };
  if (!isRecord(value) || typeof value.EncryptionType !== 'string' || !Object.hasOwn(value, 'KeyId') || (value.KeyId !== null && typeof value.KeyId !== 'string')) return undefined;
  return { EncryptionType: value.EncryptionType as StreamDescriptionSummary['EncryptionType'], KeyId: stringOf(value.KeyId) };
}

/** One DescribeStreamSummary per stream, however many of its fields the item lacked. */
const describe = oncePerItem((ctx, item): Promise<Fetch<DescribeStreamSummaryCommandOutput>> => {
  const kinesis = ctx.clients.get(KinesisClient, ctx.region);
  return ctx.call(streamCalls.DescribeStreamSummary, () => kinesis.send(new DescribeStreamSummaryCommand({ StreamName: nameOf(item) })));
});

async function describedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const label = streamCalls.DescribeStreamSummary.label;
  const answer = await describe(ctx, item);
  if (answer.kind === 'absent') return goneFrom('ResourceNotFoundException', 'Kinesis no longer has the stream AWS Config recorded', label);
  if (answer.kind === 'failed') return answer;
  const summary = answer.value.StreamDescriptionSummary;
  if (summary === undefined) return { kind: 'failed', failure: { code: 'IncompleteResponse', message: 'DescribeStreamSummary answered no StreamDescriptionSummary', operation: label } };
  return fieldOf(streamFields(summary), path, label);
}

const NOT_IN_ITEM = ['status', 'streamMode', 'createdAt'];

export const kinesisStreamFromConfig = defineConfigMapper({
  configType: 'AWS::Kinesis::Stream',
  catalogType: 'aws.kinesis.stream',
  fill: {
    calls: [streamCalls],
    read(ctx, item, path) {
      return (STREAM_SUMMARY_FIELDS as readonly string[]).includes(path) ? () => describedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const encryption = encryptionOf(c);
    const summary: StreamDescriptionSummary = {
      StreamName: nameOf(item), StreamARN: stringOf(c.Arn), RetentionPeriodHours: numberOf(c.RetentionPeriodHours),
      EncryptionType: encryption?.EncryptionType, KeyId: encryption?.KeyId,
      // Members the SDK's type requires, which the item does not hold: named unreadable below, filled from Kinesis.
      StreamStatus: undefined, StreamCreationTimestamp: undefined, EnhancedMonitoring: undefined, OpenShardCount: undefined,
    };
    const own: Unreadable[] = [
      ...NOT_IN_ITEM.map((path) => ({ path, reason: `AWS Config's resource schema for AWS::Kinesis::Stream lists no ${path}` })),
      ...unanswered(c, [{ key: 'Arn', path: 'arn', kind: 'string' }, { key: 'RetentionPeriodHours', path: 'retentionPeriodHours', kind: 'number' }]),
      ...(encryption === undefined ? [
        { path: 'encryptionType', reason: 'configuration.StreamEncryption in the Configuration Item is missing or not an encryption type with its key' },
        { path: 'keyId', reason: 'configuration.StreamEncryption in the Configuration Item is missing or not an encryption type with its key' },
      ] : []),
    ];
    const read = fromItem(readFields(streamFields(summary)), own);
    const name = nameOf(item);
    return {
      envelope: { type: 'aws.kinesis.stream', id: name, arn: summary.StreamARN ?? item.arn ?? `arn:${place.partition}:kinesis:${place.region}:${place.account}:stream/${name}`, tags: { ...item.tags } },
      fields: { name, ...read.fields },
      unreadable: read.unreadable,
    };
  },
});
