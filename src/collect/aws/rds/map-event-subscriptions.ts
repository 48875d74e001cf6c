/**
 * Pure mapping from DescribeEventSubscriptions to
 * aws.rds.event-subscription, one reader per field (answers.ts).
 *
 * What absence is read as, and why (CreateEventSubscription, RDS API
 * Reference): a subscription made without SourceType is for every kind of
 * source (null), without SourceIds for every source of its type, without
 * EventCategories for every category; RDS then answers no SourceType,
 * SourceIdsList or EventCategoriesList, and the query protocol sends no
 * element for an empty list. Enabled and Status are answered for every
 * subscription, so their absence is unknown, never "on".
 */
import { required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { EventSubscription } from '@aws-sdk/client-rds';

type Subscription = CatalogData['aws.rds.event-subscription'];

export function eventSubscriptionFields(subscription: EventSubscription): ReadersOf<Subscription> {
  return {
    subscriptionName: () => text(subscription.CustSubscriptionId, 'CustSubscriptionId'),
    snsTopicArn: () => text(subscription.SnsTopicArn, 'SnsTopicArn'),
    status: () => text(subscription.Status, 'Status'),
    enabled: () => required(subscription.Enabled, 'Enabled'),
    sourceType: () => (subscription.SourceType === undefined || subscription.SourceType === '' ? null : subscription.SourceType),
    sourceIds: () => (subscription.SourceIdsList ?? []).map((id) => text(id, 'SourceIdsList entry')),
    eventCategories: () => (subscription.EventCategoriesList ?? []).map((category) => text(category, 'EventCategoriesList entry')),
  };
}
