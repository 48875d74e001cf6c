/**
 * aws.sns.topic: the topics of the region with their attributes,
 * subscriptions and tags. Attributes and subscriptions are separate calls,
 * each recorded on the topic when it fails. A topic deleted between listing
 * and describing (NotFound; the SDK names it NotFoundException) is not
 * emitted.
 */
import { callTable } from '../../calls.js';
import { GetTopicAttributesCommand, ListTagsForResourceCommand, SNSClient, paginateListSubscriptionsByTopic, paginateListTopics, type Subscription } from '@aws-sdk/client-sns';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { defineCollector } from '../../define.js';
import { listResources } from '../../listing.js';
import { asIs, mapped, setFields } from '../../answers.js';
import { attributePaths, subscriptions, tags, topicAttributeReaders, topicName } from './map.js';
import { inWindow } from '../../window.js';

export const topicCalls = callTable('SNS', 'sns', {
  ListTopics: { iam: 'sns:ListTopics', fills: ['topicArn', 'name'] },
  GetTopicAttributes: { iam: 'sns:GetTopicAttributes', absentOn: ['NotFound', 'NotFoundException'], fills: ['displayName', 'kmsMasterKeyId', 'policy', 'fifoTopic', 'subscriptionsConfirmed', 'subscriptionsPending', 'subscriptionsDeleted'] },
  ListSubscriptionsByTopic: { iam: 'sns:ListSubscriptionsByTopic', fills: ['subscriptions'] },
  ListTagsForResource: { iam: 'sns:ListTagsForResource' },
});

export const snsTopics = defineCollector({
  type: 'aws.sns.topic',
  scope: 'regional',
  calls: [topicCalls],
  async collect(ctx) {
    const sns = ctx.clients.get(SNSClient, ctx.region);
    const topics = await listResources(ctx, topicCalls.ListTopics, () => paginateListTopics({ client: sns }, {}), (page) => page.Topics);
    await inWindow(topics, async (topic) => {
      const arn = topic.TopicArn ?? '';
      const attributes = await ctx.call(topicCalls.GetTopicAttributes, () => sns.send(new GetTopicAttributesCommand({ TopicArn: arn })));
      if (attributes.kind === 'absent') return;
      const listed = await ctx.call(topicCalls.ListSubscriptionsByTopic, async () => {
        const all: Subscription[] = [];
        for await (const page of paginateListSubscriptionsByTopic({ client: sns }, { TopicArn: arn })) for (const subscription of page.Subscriptions ?? []) all.push(subscription);
        return all;
      });
      const tagged = await ctx.call(topicCalls.ListTagsForResource, () => sns.send(new ListTagsForResourceCommand({ ResourceArn: arn })));
      const draft = ctx.draft({ type: 'aws.sns.topic', id: topicName(arn), arn, tags: tagged.kind === 'ok' ? tags(tagged.value.Tags) : {} });
      // Unreadable tags are named on the topic, so policies reading $tags yield ERROR, never "untagged".
      if (tagged.kind === 'failed') draft.fail(TAGS_ERROR_PATH, tagged.failure);
      draft.set('topicArn', arn).set('name', topicName(arn));
      if (attributes.kind === 'ok') setFields(draft, topicAttributeReaders(attributes.value), topicCalls.GetTopicAttributes.label);
      else draft.fields(attributePaths, attributes, () => ({}));
      draft.field('subscriptions', mapped(listed, subscriptions, topicCalls.ListSubscriptionsByTopic.label), asIs);
      ctx.emit(draft.build());
    });
  },
});
