import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, str } from '../fields.js';

export const rdsEventSubscription = defineResourceType({
  type: 'aws.rds.event-subscription',
  service: 'rds',
  scope: 'regional',
  awsTypes: ['AWS::RDS::EventSubscription'],
  description: 'An RDS event notification subscription: which sources and event categories RDS sends to an SNS topic, and whether it is on.',
  idDescription: 'the subscription name',
  data: obj({
    subscriptionName: str('Name of the subscription (CustSubscriptionId).'),
    snsTopicArn: str('SNS topic RDS publishes the events to (SnsTopicArn).'),
    status: str('Subscription status (Status): active, or e.g. no-permission or topic-not-exist when RDS cannot publish, creating, modifying, deleting.'),
    enabled: bool('Whether the subscription is switched on (Enabled).'),
    sourceType: nullable(str('Kind of source the subscription is for (SourceType), e.g. db-instance, db-cluster, db-parameter-group, db-security-group; null when it is for every kind of source.')),
    sourceIds: list(str('A source identifier, e.g. a DB instance identifier.'), 'The sources the subscription is limited to (SourceIdsList); empty when it covers every source of its type.'),
    eventCategories: list(str('An event category, e.g. failure, maintenance, configuration change.'), 'The event categories the subscription is limited to (EventCategoriesList); empty when it covers every category.'),
  }, 'RDS event subscription settings.'),
  example: {
    subscriptionName: 'rds-critical-instance-events',
    snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:security-alerts',
    status: 'active',
    enabled: true,
    sourceType: 'db-instance',
    sourceIds: [],
    eventCategories: ['configuration change', 'failure', 'maintenance'],
  },
});
