/**
 * aws.firehose.delivery-stream: the Firehose streams of the region, of
 * every source type. ListDeliveryStreams names them; DescribeDeliveryStream
 * answers each one's type, status and encryption, recorded on every field
 * it fills when it fails. A stream deleted between listing and describing
 * (ResourceNotFoundException) is not emitted. ListTagsForDeliveryStream
 * answers the tags, by name, in pages while HasMoreTags; tags it cannot
 * read are named unreadable on the stream, never read as "untagged".
 */
import { DescribeDeliveryStreamCommand, FirehoseClient, ListDeliveryStreamsCommand, ListTagsForDeliveryStreamCommand, type ListDeliveryStreamsCommandOutput } from '@aws-sdk/client-firehose';
import { setFields, tagMap, UnreadableAnswer } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listFetch, listResources, listedId } from '../../listing.js';
import { envelopeTags, failTags, tagKeyPages } from '../../tags.js';
import { inWindow } from '../../window.js';
import { DESCRIBE_DELIVERY_STREAM_FIELDS, deliveryStreamFields } from './map.js';

export const deliveryStreamCalls = callTable('Firehose', 'firehose', {
  ListDeliveryStreams: { iam: 'firehose:ListDeliveryStreams', fills: ['name'] },
  DescribeDeliveryStream: { iam: 'firehose:DescribeDeliveryStream', absentOn: ['ResourceNotFoundException'], fills: [...DESCRIBE_DELIVERY_STREAM_FIELDS] },
  ListTagsForDeliveryStream: { iam: 'firehose:ListTagsForDeliveryStream' },
});

/**
 * ListDeliveryStreams has no token: the next page starts after the last
 * name of this one, while HasMoreDeliveryStreams says there is one. A page
 * that says so but names nothing new would page forever, so the listing
 * fails there.
 */
async function* deliveryStreamPages(send: (after: string | undefined) => Promise<ListDeliveryStreamsCommandOutput>): AsyncGenerator<ListDeliveryStreamsCommandOutput> {
  let after: string | undefined;
  for (;;) {
    const page = await send(after);
    yield page;
    if (page.HasMoreDeliveryStreams !== true) return;
    const last = page.DeliveryStreamNames?.at(-1);
    if (last === undefined || last === after) throw new UnreadableAnswer('UnexpectedResponse', 'a page said more delivery streams follow but named none after the one it was asked to start after');
    after = last;
  }
}

export const firehoseDeliveryStreams = defineCollector({
  type: 'aws.firehose.delivery-stream',
  scope: 'regional',
  calls: [deliveryStreamCalls],
  async collect(ctx) {
    const firehose = ctx.clients.get(FirehoseClient, ctx.region);
    const names = await listResources(ctx, deliveryStreamCalls.ListDeliveryStreams,
      () => deliveryStreamPages((after) => firehose.send(new ListDeliveryStreamsCommand({ Limit: 1000, ...(after === undefined ? {} : { ExclusiveStartDeliveryStreamName: after }) }))),
      (page) => page.DeliveryStreamNames);
    await inWindow(names, async (listed) => {
      const name = listedId(ctx, listed, deliveryStreamCalls.ListDeliveryStreams, 'a delivery stream', 'its name');
      if (name === undefined) return;
      const [described, tagged] = await Promise.all([
        ctx.call(deliveryStreamCalls.DescribeDeliveryStream, () => firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: name }))),
        listFetch(deliveryStreamCalls.ListTagsForDeliveryStream,
          () => tagKeyPages('ListTagsForDeliveryStream', (ExclusiveStartTagKey) => firehose.send(new ListTagsForDeliveryStreamCommand({ DeliveryStreamName: name, ExclusiveStartTagKey }))), (page) => page.Tags),
      ]);
      if (described.kind === 'absent') return;
      const stream = described.kind === 'ok' ? described.value.DeliveryStreamDescription : undefined;
      const arn = stream?.DeliveryStreamARN;
      const tags = envelopeTags(tagged, tagMap, deliveryStreamCalls.ListTagsForDeliveryStream.label);
      const draft = ctx.draft({ type: 'aws.firehose.delivery-stream', id: name, ...(arn === undefined || arn === '' ? {} : { arn }), tags: tags.tags }).set('name', name);
      failTags(draft, tags);
      if (stream !== undefined) {
        setFields(draft, deliveryStreamFields(stream), deliveryStreamCalls.DescribeDeliveryStream.label);
      } else {
        const failure = described.kind === 'failed' ? described.failure : { code: 'IncompleteResponse', message: 'DescribeDeliveryStream answered no DeliveryStreamDescription', operation: deliveryStreamCalls.DescribeDeliveryStream.label };
        for (const path of DESCRIBE_DELIVERY_STREAM_FIELDS) draft.fail(path, failure);
      }
      ctx.emit(draft.build());
    });
  },
});
