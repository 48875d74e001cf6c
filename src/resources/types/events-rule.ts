import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str } from '../fields.js';

const target = obj({
  id: str('Target id, unique within the rule (ListTargetsByRule Id).'),
  arn: str('ARN of what the rule sends matching events to: an SNS topic, Lambda function, SQS queue, Step Functions state machine, another event bus, a log group … (Target Arn).'),
  service: str('The service part of the target ARN (arn:partition:SERVICE:…), e.g. sns, lambda, sqs, states, events, logs, kinesis, firehose; "events" also covers API destinations (arn …:api-destination/…).', { minLength: 1 }),
  roleArn: nullable(str('IAM role EventBridge assumes to reach the target (Target RoleArn); null when none is set, as for targets with resource policies (SNS, Lambda, SQS, logs).')),
  hasInput: bool('Whether the target has a constant Input: the target then receives that JSON instead of the event.'),
  hasInputPath: bool('Whether the target has an InputPath: the target then receives only that part of the event.'),
  inputTransformer: nullable(obj({
    inputTemplate: str('Template of what the target receives, with <placeholders> filled from the event (InputTransformer InputTemplate).'),
  }, 'Input transformer of the target (Target InputTransformer); null when the target receives the event as it is (or a constant Input or InputPath).')),
  deadLetterArn: nullable(str('SQS queue that receives events that could not be delivered to this target (Target DeadLetterConfig.Arn); null when none is set.')),
  retryPolicy: nullable(obj({
    maximumRetryAttempts: nullable(int('Most times EventBridge retries a failed delivery (RetryPolicy MaximumRetryAttempts); null when not set (EventBridge then retries up to 185 times).', { minimum: 0 })),
    maximumEventAgeInSeconds: nullable(int('Longest EventBridge keeps retrying an event, in seconds (RetryPolicy MaximumEventAgeInSeconds); null when not set (24 hours).', { minimum: 0 })),
  }, 'Retry policy of the target (Target RetryPolicy); null when none is set (EventBridge then retries for 24 hours, up to 185 times).')),
}, 'One target of the rule.');

export const eventsRule = defineResourceType({
  type: 'aws.events.rule',
  service: 'events',
  scope: 'regional',
  awsTypes: ['AWS::Events::Rule'],
  description: 'An EventBridge rule: the events it matches on its bus (or its schedule), whether it is enabled, and the targets it sends them to.',
  idDescription: 'the rule name on the default bus; "<bus name>/<rule name>" on any other bus (the part of the rule ARN after "rule/")',
  data: obj({
    name: str('Rule name (ListRules Name).'),
    arn: str('Rule ARN (ListRules Arn).'),
    eventBusName: str('Name of the event bus the rule is on ("default" for the default bus): the bus whose ListRules listed it.'),
    state: oneOf(['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'], 'Rule state (ListRules State); ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS also matches read-only CloudTrail management events.'),
    eventPattern: nullable(str('Event pattern, the JSON text exactly as AWS returns it (ListRules EventPattern); null for a rule that runs on a schedule only.')),
    scheduleExpression: nullable(str('Schedule, e.g. "rate(5 minutes)" or "cron(0 12 * * ? *)" (ListRules ScheduleExpression); null for a rule that matches events only.')),
    managedBy: nullable(str('Service principal that created and manages the rule on the account\'s behalf (ListRules ManagedBy); null for a rule the account created.')),
    description: nullable(str('Description of the rule (ListRules Description); null when it has none.')),
    roleArn: nullable(str('IAM role the rule uses to send events to another bus (ListRules RoleArn); null when none is set.')),
    targets: list(target, 'Targets of the rule (ListTargetsByRule); empty when it has none, so matching events go nowhere.'),
  }, 'Event rule settings.'),
  example: {
    name: 'root-sign-in',
    arn: 'arn:aws:events:us-east-1:123456789012:rule/root-sign-in',
    eventBusName: 'default',
    state: 'ENABLED',
    eventPattern: '{"detail-type":["AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["Root"]}}}',
    scheduleExpression: null,
    managedBy: null,
    description: 'Page the security team when the root user signs in',
    roleArn: null,
    targets: [{
      id: 'security-alerts',
      arn: 'arn:aws:sns:us-east-1:123456789012:security-alerts',
      service: 'sns',
      roleArn: null,
      hasInput: false,
      hasInputPath: false,
      inputTransformer: null,
      deadLetterArn: 'arn:aws:sqs:us-east-1:123456789012:events-dlq',
      retryPolicy: null,
    }],
  },
});
