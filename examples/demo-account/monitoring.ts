/**
 * CloudWatch Logs, the CIS monitoring chain (trail log group → metric filter
 * → alarm → SNS topic with a confirmed subscription), and the other log
 * groups, alarms and topics of the account.
 */
import type { Static } from '@sinclair/typebox';
import { cloudwatchAlarm } from '../../src/resources/types/cloudwatch-alarm.js';
import { logsLogGroup } from '../../src/resources/types/logs-log-group.js';
import { snsTopic } from '../../src/resources/types/sns-topic.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, demo, keys, make, topics, trailLogGroup, type DemoRegion, type Overrides } from './demo.js';

type MetricFilter = Static<typeof logsLogGroup.data>['metricFilters'][number];

/** The CIS AWS Foundations monitoring filters (section 4 in v1.4–v3.0), with the benchmark's own patterns. */
const cis = [
  { id: '4.1', metric: 'UnauthorizedAPICalls', alarm: 'cis-unauthorized-api-calls', pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }' },
  { id: '4.2', metric: 'ConsoleSigninWithoutMFA', alarm: 'cis-console-signin-without-mfa', pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }' },
  { id: '4.3', metric: 'RootAccountUsage', alarm: 'cis-root-account-usage', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }' },
  {
    id: '4.4', metric: 'IAMPolicyChanges', alarm: 'cis-iam-policy-changes',
    pattern: '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
  },
  { id: '4.5', metric: 'CloudTrailConfigChanges', alarm: 'cis-cloudtrail-config-changes', pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }' },
  {
    id: '4.10', metric: 'SecurityGroupChanges', alarm: 'cis-security-group-changes',
    pattern: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  },
] as const;

const filterOf = (c: (typeof cis)[number]): MetricFilter => ({
  filterName: c.alarm,
  filterPattern: c.pattern,
  metricTransformations: [{ metricName: c.metric, metricNamespace: 'CISBenchmark', metricValue: '1', defaultValue: null, unit: null }],
});

function logGroup(region: DemoRegion, name: string, data: Overrides<typeof logsLogGroup>): Resource {
  return make(logsLogGroup, { id: name, region, arn: arn.logGroup(region, name), data: { logGroupName: name, metricFilters: [], ...data } });
}

function alarm(region: DemoRegion, name: string, data: Overrides<typeof cloudwatchAlarm>): Resource {
  return make(cloudwatchAlarm, { id: name, region, arn: arn.in('cloudwatch', region, `alarm:${name}`), data: { alarmName: name, ...data } });
}

/** The policy SNS writes for a new topic, plus CloudWatch publishing where alarms notify it. */
function topicPolicy(topicArn: string, cloudWatchPublishes: boolean) {
  const owner = { Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'], Resource: topicArn, Condition: { StringEquals: { 'AWS:SourceOwner': demo.account } } };
  const cloudWatch = { Sid: 'AllowCloudWatchAlarms', Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'SNS:Publish', Resource: topicArn, Condition: { StringEquals: { 'aws:SourceAccount': demo.account } } };
  return { Version: '2008-10-17', Id: '__default_policy_ID', Statement: cloudWatchPublishes ? [owner, cloudWatch] : [owner] };
}

export function logGroups(): Resource[] {
  return [
    // The management trail's log group: a year's retention, SSE-KMS, and the CIS metric filters.
    logGroup('us-east-1', trailLogGroup, {
      creationTime: '2023-02-14T10:11:00.000Z',
      kmsKeyId: keys.securityLogging,
      storedBytes: 48_318_382_080,
      metricFilters: cis.map(filterOf),
    }),
    // Edge case 9: no retention (retentionInDays null) — its events never expire.
    logGroup('us-east-1', '/aws/lambda/legacy-report-generator', { creationTime: '2022-08-03T16:40:00.000Z', retentionInDays: null, kmsKeyId: null, storedBytes: 7_301_444_301 }),
    // Destination of the production VPC's flow logs (CIS 3.7).
    logGroup('us-east-1', '/vpc/flow-logs', { creationTime: '2023-03-01T09:05:00.000Z', retentionInDays: 90, kmsKeyId: null, storedBytes: 21_474_836_480 }),
    logGroup('eu-west-1', '/aws/rds/instance/orders-eu/postgresql', { creationTime: '2024-05-06T09:10:00.000Z', retentionInDays: 30, kmsKeyId: null, storedBytes: 1_073_741_824 }),
    logGroup('eu-west-1', '/ecs/payments-api', { creationTime: '2024-06-12T09:00:00.000Z', retentionInDays: 14, kmsKeyId: keys.euData, storedBytes: 3_221_225_472, logGroupClass: 'STANDARD' }),
  ];
}

export function alarms(): Resource[] {
  const cisAlarms = cis.map((c) => alarm('us-east-1', c.alarm, {
    alarmDescription: `CIS ${c.id}: ${c.metric}`,
    metricName: c.metric,
    // The security-group alarm notifies no one: filter and alarm exist, but CIS 4.10 also needs a subscriber.
    alarmActions: c.id === '4.10' ? [] : [topics.securityAlerts],
  }));
  return [
    ...cisAlarms,
    // An operational alarm in eu-west-1 on an AWS metric, notifying a topic whose subscription is still pending.
    alarm('eu-west-1', 'orders-eu-high-cpu', {
      alarmDescription: 'orders-eu CPU above 80% for 15 minutes',
      namespace: 'AWS/RDS',
      metricName: 'CPUUtilization',
      statistic: 'Average',
      dimensions: [{ name: 'DBInstanceIdentifier', value: 'orders-eu' }],
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      threshold: 80,
      comparisonOperator: 'GreaterThanThreshold',
      treatMissingData: 'missing',
      alarmActions: [topics.opsNotificationsEu],
      okActions: [topics.opsNotificationsEu],
    }),
  ];
}

export function snsTopics(): Resource[] {
  const topic = (region: DemoRegion, name: string, data: Overrides<typeof snsTopic>) =>
    make(snsTopic, { id: name, region, arn: arn.sns(region, name), data: { topicArn: arn.sns(region, name), name, policy: topicPolicy(arn.sns(region, name), name === 'security-alerts'), ...data } });
  return [
    // Where the CIS alarms go: SSE-KMS and a confirmed e-mail subscription to the SOC.
    topic('us-east-1', 'security-alerts', {
      displayName: 'Acme security alerts',
      kmsMasterKeyId: keys.securityLogging,
      subscriptions: [{ subscriptionArn: `${topics.securityAlerts}:8a21d249-4329-4871-acc6-7be709c6ea7f`, protocol: 'email', endpoint: 'soc@acme.example', confirmed: true, owner: demo.account }],
    }),
    // AWS Config notifications, delivered to a queue; not encrypted.
    topic('us-east-1', 'config-notifications', {
      kmsMasterKeyId: null,
      subscriptions: [{ subscriptionArn: `${topics.configNotifications}:3f0c9e1a-52b7-4d8e-9a16-0b7c2d4e6f81`, protocol: 'sqs', endpoint: arn.in('sqs', 'us-east-1', 'config-events'), confirmed: true, owner: demo.account }],
    }),
    // The only subscription is still PendingConfirmation: alarms publishing here reach no one.
    topic('eu-west-1', 'ops-notifications', {
      kmsMasterKeyId: null,
      subscriptionsConfirmed: 0,
      subscriptionsPending: 1,
      subscriptions: [{ subscriptionArn: null, protocol: 'email', endpoint: 'ops-eu@acme.example', confirmed: false, owner: demo.account }],
    }),
  ];
}
