/**
 * aws.rds.event-subscription: the RDS event notification subscriptions of
 * the region. One paginated call answers every field; the listing answers
 * no tags, and no policy reads them, so none are read.
 */
import { callTable } from '../../calls.js';
import { RDSClient, paginateDescribeEventSubscriptions } from '@aws-sdk/client-rds';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { eventSubscriptionFields } from './map-event-subscriptions.js';

export const eventSubscriptionCalls = callTable('RDS', 'rds', {
  DescribeEventSubscriptions: { iam: 'rds:DescribeEventSubscriptions', fills: ['subscriptionName', 'snsTopicArn', 'status', 'enabled', 'sourceType', 'sourceIds', 'eventCategories'] },
});

export const rdsEventSubscriptions = defineCollector({
  type: 'aws.rds.event-subscription',
  scope: 'regional',
  calls: [eventSubscriptionCalls],
  async collect(ctx) {
    const rds = ctx.clients.get(RDSClient, ctx.region);
    const subscriptions = await listResources(ctx, eventSubscriptionCalls.DescribeEventSubscriptions, () => paginateDescribeEventSubscriptions({ client: rds, pageSize: 100 }, {}), (page) => page.EventSubscriptionsList);
    for (const subscription of subscriptions) {
      const id = listedId(ctx, subscription.CustSubscriptionId, eventSubscriptionCalls.DescribeEventSubscriptions, 'a subscription', 'CustSubscriptionId');
      if (id === undefined) continue;
      const draft = ctx.draft({ type: 'aws.rds.event-subscription', id, ...(subscription.EventSubscriptionArn === undefined ? {} : { arn: subscription.EventSubscriptionArn }) });
      setFields(draft, eventSubscriptionFields(subscription), eventSubscriptionCalls.DescribeEventSubscriptions.label);
      ctx.emit(draft.build());
    }
  },
});
