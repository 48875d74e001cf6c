import { defineResourceType } from '../define.js';
import { accountId, bool, int, list, nullable, obj, oneOf, policyDocument, str } from '../fields.js';

const subscription = obj({
  subscriptionArn: nullable(str('Subscription ARN; null while the subscription is PendingConfirmation.')),
  protocol: oneOf(['http', 'https', 'email', 'email-json', 'sms', 'sqs', 'application', 'lambda', 'firehose'], 'Delivery protocol of the subscription.'),
  endpoint: str('Where messages go: e-mail address, phone number, or queue/function/stream/application endpoint ARN, depending on the protocol. For http and https only the scheme and host followed by "/…": webhook URLs carry secrets.'),
  confirmed: bool('Whether the subscription is confirmed (ListSubscriptionsByTopic returns a real ARN rather than PendingConfirmation).'),
  owner: accountId('Account that owns the subscription.'),
}, 'One subscription to the topic.');

export const snsTopic = defineResourceType({
  type: 'aws.sns.topic',
  service: 'sns',
  scope: 'regional',
  awsTypes: ['AWS::SNS::Topic'],
  description: 'An SNS topic with its encryption, access policy and subscriptions.',
  idDescription: 'the topic name (the ARN is on the resource)',
  data: obj({
    topicArn: str('Topic ARN.'),
    name: str('Topic name, the last part of the ARN.'),
    displayName: str('Display name used as the sender of SMS and e-mail messages; empty when none.'),
    kmsMasterKeyId: nullable(str('KMS key id, alias or ARN for server-side encryption (GetTopicAttributes KmsMasterKeyId); null when the topic is not encrypted.')),
    policy: policyDocument('Topic access policy (GetTopicAttributes Policy).'),
    fifoTopic: bool('Whether this is a FIFO topic (false when the FifoTopic attribute is absent).'),
    subscriptionsConfirmed: int('Number of confirmed subscriptions as GetTopicAttributes counts them; can lag or disagree with ListSubscriptionsByTopic — decide from subscriptions.', { minimum: 0 }),
    subscriptionsPending: int('Number of subscriptions pending confirmation (GetTopicAttributes).', { minimum: 0 }),
    subscriptionsDeleted: int('Number of deleted subscriptions (GetTopicAttributes).', { minimum: 0 }),
    subscriptions: list(subscription, 'Subscriptions to the topic (ListSubscriptionsByTopic), without the placeholders AWS lists for deleted subscriptions; empty when none.'),
  }, 'SNS topic settings.'),
  example: {
    topicArn: 'arn:aws:sns:us-east-1:123456789012:security-alerts',
    name: 'security-alerts',
    displayName: '',
    kmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AccountOwnerFullAccess',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:root' },
          Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'],
          Resource: 'arn:aws:sns:us-east-1:123456789012:security-alerts',
        },
        {
          Sid: 'AllowCloudWatchAlarms',
          Effect: 'Allow',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: 'SNS:Publish',
          Resource: 'arn:aws:sns:us-east-1:123456789012:security-alerts',
          Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } },
        },
      ],
    },
    fifoTopic: false,
    subscriptionsConfirmed: 1,
    subscriptionsPending: 0,
    subscriptionsDeleted: 0,
    subscriptions: [{
      subscriptionArn: 'arn:aws:sns:us-east-1:123456789012:security-alerts:8a21d249-4329-4871-acc6-7be709c6ea7f',
      protocol: 'email',
      endpoint: 'security-team@example.com',
      confirmed: true,
      owner: '123456789012',
    }],
  },
});
