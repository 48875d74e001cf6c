import { defineResourceType } from '../define.js';
import { bool, nullable, obj, policyDocument, str } from '../fields.js';

export const eventsEventBus = defineResourceType({
  type: 'aws.events.event-bus',
  service: 'events',
  scope: 'regional',
  awsTypes: ['AWS::Events::EventBus'],
  description: 'An EventBridge event bus with its resource policy (who else may put events on it), encryption and dead-letter queue.',
  idDescription: 'the event bus name (default for the account\'s default bus)',
  data: obj({
    name: str('Event bus name (ListEventBuses Name).'),
    arn: str('Event bus ARN (ListEventBuses Arn).'),
    isDefault: bool('Whether this is the region\'s default bus, the one AWS services (CloudTrail, sign-in, GuardDuty …) send their events to: its name is "default".'),
    description: nullable(str('Description of the bus (DescribeEventBus Description); null when it has none.')),
    policy: nullable(policyDocument('Resource-based policy of the bus (DescribeEventBus Policy), e.g. events:PutEvents granted to other accounts or an organization; null when the bus has none, so only the owning account can put events on it.')),
    kmsKeyIdentifier: nullable(str('Customer managed KMS key that encrypts events on the bus (DescribeEventBus KmsKeyIdentifier); null when EventBridge encrypts them with an AWS owned key.')),
    deadLetterArn: nullable(str('SQS queue that receives events the bus could not deliver to a target (DescribeEventBus DeadLetterConfig.Arn); null when none is set.')),
  }, 'Event bus settings.'),
  example: {
    name: 'default',
    arn: 'arn:aws:events:us-east-1:123456789012:event-bus/default',
    isDefault: true,
    description: null,
    policy: null,
    kmsKeyIdentifier: null,
    deadLetterArn: null,
  },
});
