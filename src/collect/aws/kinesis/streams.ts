/**
 * aws.kinesis.stream: the data streams of the region. ListStreams names
 * them; DescribeStreamSummary answers each stream's encryption, mode and
 * retention, recorded on every field it fills when it fails. A stream
 * deleted between listing and describing (ResourceNotFoundException) is not
 * emitted. ListTagsForStream answers the tags, by name, in pages while
 * HasMoreTags; tags it cannot read are named unreadable on the stream,
 * never read as "untagged".
 */
import { DescribeStreamSummaryCommand, KinesisClient, ListTagsForStreamCommand, paginateListStreams } from '@aws-sdk/client-kinesis';
import { setFields, tagMap } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listFetch, listResources, listedId } from '../../listing.js';
import { envelopeTags, failTags, tagKeyPages } from '../../tags.js';
import { inWindow } from '../../window.js';
import { STREAM_SUMMARY_FIELDS, streamFields } from './map.js';

export const streamCalls = callTable('Kinesis', 'kinesis', {
  ListStreams: { iam: 'kinesis:ListStreams', fills: ['name'] },
  DescribeStreamSummary: { iam: 'kinesis:DescribeStreamSummary', absentOn: ['ResourceNotFoundException'], fills: [...STREAM_SUMMARY_FIELDS] },
  ListTagsForStream: { iam: 'kinesis:ListTagsForStream' },
});

export const kinesisStreams = defineCollector({
  type: 'aws.kinesis.stream',
  scope: 'regional',
  calls: [streamCalls],
  async collect(ctx) {
    const kinesis = ctx.clients.get(KinesisClient, ctx.region);
    const names = await listResources(ctx, streamCalls.ListStreams, () => paginateListStreams({ client: kinesis, pageSize: 100 }, {}), (page) => page.StreamNames);
    await inWindow(names, async (listed) => {
      const name = listedId(ctx, listed, streamCalls.ListStreams, 'a stream', 'its name');
      if (name === undefined) return;
      const [described, tagged] = await Promise.all([
        ctx.call(streamCalls.DescribeStreamSummary, () => kinesis.send(new DescribeStreamSummaryCommand({ StreamName: name }))),
        listFetch(streamCalls.ListTagsForStream, () => tagKeyPages('ListTagsForStream', (ExclusiveStartTagKey) => kinesis.send(new ListTagsForStreamCommand({ StreamName: name, ExclusiveStartTagKey }))), (page) => page.Tags),
      ]);
      if (described.kind === 'absent') return;
      const summary = described.kind === 'ok' ? described.value.StreamDescriptionSummary : undefined;
      const arn = summary?.StreamARN;
      const tags = envelopeTags(tagged, tagMap, streamCalls.ListTagsForStream.label);
      const draft = ctx.draft({ type: 'aws.kinesis.stream', id: name, ...(arn === undefined || arn === '' ? {} : { arn }), tags: tags.tags }).set('name', name);
      failTags(draft, tags);
      if (summary !== undefined) {
        setFields(draft, streamFields(summary), streamCalls.DescribeStreamSummary.label);
      } else {
        const failure = described.kind === 'failed' ? described.failure : { code: 'IncompleteResponse', message: 'DescribeStreamSummary answered no StreamDescriptionSummary', operation: streamCalls.DescribeStreamSummary.label };
        for (const path of STREAM_SUMMARY_FIELDS) draft.fail(path, failure);
      }
      ctx.emit(draft.build());
    });
  },
});
