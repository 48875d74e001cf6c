/**
 * aws.sqs.queue: the queues of the region. ListQueues names them by URL;
 * GetQueueAttributes (All) answers encryption and the access policy, each
 * field failing alone; ListQueueTags answers the tags. A queue deleted
 * between listing and describing (QueueDoesNotExist) is not emitted.
 */
import { GetQueueAttributesCommand, ListQueueTagsCommand, paginateListQueues, SQSClient } from '@aws-sdk/client-sqs';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { QUEUE_ATTRIBUTE_FIELDS, queueAttributeReaders, queueName } from './map.js';

export const queueCalls = callTable('SQS', 'sqs', {
  ListQueues: { iam: 'sqs:ListQueues', fills: ['queueUrl', 'name'] },
  GetQueueAttributes: { iam: 'sqs:GetQueueAttributes', absentOn: ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'], fills: [...QUEUE_ATTRIBUTE_FIELDS] },
  ListQueueTags: { iam: 'sqs:ListQueueTags' },
});

export const sqsQueues = defineCollector({
  type: 'aws.sqs.queue',
  scope: 'regional',
  calls: [queueCalls],
  async collect(ctx) {
    // Every call goes to the region's endpoint (or the one the user configured), never to the host a
    // listed QueueUrl names: the client's default follows the URL AWS answered, which would send
    // signed requests wherever an answer points and past a configured endpoint.
    const sqs = ctx.clients.get(SQSClient, ctx.region, { key: 'regional-endpoint', config: { useQueueUrlAsEndpoint: false } });
    // A region without queues answers {} (no QueueUrls member at all), so here a missing list is an empty one.
    const urls = await listResources(ctx, queueCalls.ListQueues, () => paginateListQueues({ client: sqs, pageSize: 1000 }, {}), (page) => page.QueueUrls ?? []);
    await inWindow(urls, async (listed) => {
      const url = listedId(ctx, listed, queueCalls.ListQueues, 'a queue', 'its URL');
      if (url === undefined) return;
      const name = listedId(ctx, queueName(url), queueCalls.ListQueues, `the queue URL ${url}`, 'a queue name');
      if (name === undefined) return;
      const [attributes, tagged] = await Promise.all([
        ctx.call(queueCalls.GetQueueAttributes, () => sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }))),
        ctx.call(queueCalls.ListQueueTags, () => sqs.send(new ListQueueTagsCommand({ QueueUrl: url }))),
      ]);
      if (attributes.kind === 'absent') return;
      const arn = attributes.kind === 'ok' ? attributes.value.Attributes?.QueueArn : undefined;
      const draft = ctx.draft({
        type: 'aws.sqs.queue', id: name,
        ...(arn === undefined || arn === '' ? {} : { arn }),
        tags: tagged.kind === 'ok' ? { ...tagged.value.Tags } : {},
      }).set('queueUrl', url).set('name', name);
      // Unreadable tags are named on the queue, so policies reading $tags yield ERROR, never "untagged".
      if (tagged.kind === 'failed') draft.fail(TAGS_ERROR_PATH, tagged.failure);
      if (attributes.kind === 'ok') setFields(draft, queueAttributeReaders(attributes.value), queueCalls.GetQueueAttributes.label);
      else for (const path of QUEUE_ATTRIBUTE_FIELDS) draft.fail(path, attributes.failure);
      ctx.emit(draft.build());
    });
  },
});
