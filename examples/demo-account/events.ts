/**
 * EventBridge: each region's default bus, and the us-east-1 rules the
 * security team alerts through — root sign-in to the security-alerts topic,
 * CloudTrail tampering (StopLogging, DeleteTrail, UpdateTrail) to a
 * responder Lambda — beside a GuardDuty rule someone disabled and a nightly
 * scheduled report. eu-west-1 has no rules.
 */
import { eventsEventBus } from '../../src/resources/types/events-event-bus.js';
import { eventsRule } from '../../src/resources/types/events-rule.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, make, topics, type DemoRegion, type Overrides } from './demo.js';

const busArn = (region: DemoRegion, name: string): string => arn.in('events', region, `event-bus/${name}`);
const lambda = (name: string): string => arn.in('lambda', 'us-east-1', `function:${name}`);

/** The security tooling account that forwards its findings to this account's default bus. */
const securityToolingAccount = '210987654321';

export function eventBuses(): Resource[] {
  const bus = (region: DemoRegion, data: Overrides<typeof eventsEventBus>) =>
    make(eventsEventBus, { id: 'default', region, arn: busArn(region, 'default'), data: { name: 'default', arn: busArn(region, 'default'), isDefault: true, ...data } });
  return [
    bus('us-east-1', {
      policy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'security-tooling-put-events', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${securityToolingAccount}:root` }, Action: 'events:PutEvents', Resource: busArn('us-east-1', 'default') }],
      },
    }),
    bus('eu-west-1', {}),
  ];
}

const plainTarget = { roleArn: null, hasInput: false, hasInputPath: false, inputTransformer: null, deadLetterArn: null, retryPolicy: null };

export function eventRules(): Resource[] {
  const rule = (name: string, data: Overrides<typeof eventsRule>) => {
    const ruleArn = arn.in('events', 'us-east-1', `rule/${name}`);
    return make(eventsRule, { id: name, region: 'us-east-1', arn: ruleArn, data: { name, arn: ruleArn, eventBusName: 'default', managedBy: null, roleArn: null, ...data } });
  };
  return [
    rule('root-sign-in-alert', {
      description: 'Alert the security team when the root user signs in',
      eventPattern: '{"detail-type":["AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["Root"]}}}',
      targets: [{ ...plainTarget, id: 'security-alerts', arn: topics.securityAlerts, service: 'sns' }],
    }),
    rule('cloudtrail-tampering', {
      description: 'Run the responder when a trail is stopped, deleted or changed',
      eventPattern: '{"source":["aws.cloudtrail"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["cloudtrail.amazonaws.com"],"eventName":["StopLogging","DeleteTrail","UpdateTrail"]}}',
      targets: [{
        ...plainTarget, id: 'trail-tamper-responder', arn: lambda('trail-tamper-responder'), service: 'lambda',
        deadLetterArn: arn.in('sqs', 'us-east-1', 'eventbridge-dlq'), retryPolicy: { maximumRetryAttempts: 4, maximumEventAgeInSeconds: 3600 },
      }],
    }),
    // Disabled during a noisy week and never turned back on.
    rule('guardduty-high-findings', {
      state: 'DISABLED',
      description: 'Page on high-severity GuardDuty findings',
      eventPattern: '{"source":["aws.guardduty"],"detail-type":["GuardDuty Finding"],"detail":{"severity":[{"numeric":[">=",7]}]}}',
      targets: [{ ...plainTarget, id: 'security-alerts', arn: topics.securityAlerts, service: 'sns', inputTransformer: { inputTemplate: '"GuardDuty <severity> finding <type> in <account>"' } }],
    }),
    rule('nightly-cost-report', {
      description: 'Nightly cost report',
      eventPattern: null,
      scheduleExpression: 'cron(0 6 * * ? *)',
      targets: [{ ...plainTarget, id: 'report', arn: lambda('legacy-report-generator'), service: 'lambda', hasInput: true }],
    }),
  ];
}

