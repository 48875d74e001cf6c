/**
 * Builds the CIS monitoring policies (one per control in controls.ts) as
 * YAML text. They share one condition — trail → log group → metric filter →
 * alarm → subscribed SNS topic — so it is written once here, not fifteen
 * times by hand; `npm run gen` writes the files and a test fails when they
 * are stale.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { MonitoringControl, NamedEvent } from './controls.js';
import { monitoringControls } from './controls.js';
import { allowedExclusionsParameter, ALLOWED_EXCLUSIONS, recordsAllManagementEvents } from './trail.js';

const NAMESPACE = 'CISBenchmark';
const GROUP = 'cloudtrail-logs';
const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:security-alerts';

export const policyId = (control: MonitoringControl): string => `aws-cloudwatch-alarm-${control.slug}`;
export const policyPath = (control: MonitoringControl): string => `policies/aws/cloudwatch/${policyId(control)}.yaml`;

const eventNames = (events: readonly NamedEvent[]): string => events.map((e) => e.name).join('; ');

/** A trail CIS accepts as the source: multi-region, logging, recording every management event, sending to CloudWatch Logs. */
const qualifyingTrail = [
  { path: 'isMultiRegionTrail', equals: true },
  { path: 'status.isLogging', equals: true },
  recordsAllManagementEvents,
  // Checked before the lookup: a trail without a log group is simply not a source (FAIL), not an unknown one.
  { path: 'cloudWatchLogsLogGroupName', exists: true },
];

function check(control: MonitoringControl): unknown {
  return {
    related: { type: 'aws.cloudtrail.trail', within: 'account' },
    some: {
      all: [
        ...qualifyingTrail,
        {
          related: { type: 'aws.logs.log-group', on: { $id: 'cloudWatchLogsLogGroupName' }, within: 'region' },
          some: {
            path: 'metricFilters',
            some: {
              all: [
                { fn: 'matchesLogEvents', path: 'filterPattern', with: { matches: control.matches, ignores: control.ignores } },
                {
                  path: 'metricTransformations',
                  some: {
                    related: { type: 'aws.cloudwatch.alarm', on: { metricName: 'metricName', namespace: 'metricNamespace' }, within: 'region', ifNone: 'fail' },
                    some: {
                      all: [
                        { path: 'actionsEnabled', equals: true },
                        {
                          path: 'alarmActions',
                          some: {
                            all: [
                              { path: '$value', matches: '^arn:[^:]+:sns:' },
                              // CIS's audit: list-subscriptions-by-topic shows a SubscriptionArn that is an ARN, not
                              // PendingConfirmation. GetTopicAttributes' SubscriptionsConfirmed counter can disagree.
                              { related: { type: 'aws.sns.topic', on: { topicArn: '$value' } }, some: { path: 'subscriptions', some: { path: 'subscriptionArn', matches: '^arn:' } } },
                            ],
                          },
                        },
                      ],
                    },
                  },
                },
              ],
            },
          },
        },
      ],
    },
  };
}

/** Member accounts of an organization trail: the management account holds the trail's log group and alarms. */
const notOrganizationMember = {
  not: {
    all: [
      { path: 'organization.isManagementAccount', equals: false },
      { related: { type: 'aws.cloudtrail.trail', within: 'account' }, some: { path: 'isOrganizationTrail', equals: true } },
    ],
  },
};

const trail = (data: Record<string, unknown> = {}) => ({
  type: 'aws.cloudtrail.trail', id: 'management-events',
  data: { cloudWatchLogsLogGroupName: GROUP, cloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:123456789012:log-group:${GROUP}:*`, ...data },
});
const logGroup = (control: MonitoringControl, pattern: string) => ({
  type: 'aws.logs.log-group', id: GROUP,
  data: {
    logGroupName: GROUP,
    metricFilters: [{ filterName: control.metricName, filterPattern: pattern, metricTransformations: [{ metricName: control.metricName, metricNamespace: NAMESPACE, metricValue: '1', defaultValue: null, unit: null }] }],
  },
});
const alarm = (control: MonitoringControl, data: Record<string, unknown> = {}) => ({
  type: 'aws.cloudwatch.alarm', id: `cis-${control.slug}`,
  data: { alarmName: `cis-${control.slug}`, metricName: control.metricName, namespace: NAMESPACE, actionsEnabled: true, alarmActions: [TOPIC_ARN], ...data },
});
const SUBSCRIPTION_ARN = `${TOPIC_ARN}:8a21d249-4329-4871-acc6-7be709c6ea7f`;
/**
 * The topic as GetTopicAttributes and ListSubscriptionsByTopic describe it. `counted` is the
 * SubscriptionsConfirmed counter, which the verdict must not read: the cases set it to disagree.
 */
const topic = (confirmed: boolean, counted = confirmed ? 1 : 0) => ({
  type: 'aws.sns.topic', id: 'security-alerts',
  data: {
    topicArn: TOPIC_ARN, subscriptionsConfirmed: counted, subscriptionsPending: confirmed ? 0 : 1,
    subscriptions: [{ subscriptionArn: confirmed ? SUBSCRIPTION_ARN : null, protocol: 'email', endpoint: 'security-team@example.com', confirmed, owner: '123456789012' }],
  },
});
const classicSelector = (readWriteType: string, exclude: string[] = []) => ({ readWriteType, includeManagementEvents: true, excludeManagementEventSources: exclude, dataResources: [] });

function tests(control: MonitoringControl): unknown[] {
  const chain = (pattern: string, withTrail = trail()) => [withTrail, logGroup(control, pattern), alarm(control), topic(true)];
  return [
    { name: 'CIS pattern with an alarm that notifies a subscribed topic passes', resource: {}, related: chain(control.pattern), expect: 'PASS' },
    ...control.alsoPasses.map((pattern, i) => ({ name: `equivalent pattern ${i + 1} (older CIS text or a rewriting) passes`, resource: {}, related: chain(pattern), expect: 'PASS' })),
    {
      name: 'pattern that misses an event fails',
      resource: {},
      related: chain(control.misses),
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'metricFilters[0].filterPattern', op: 'matchesLogEvents' }] },
    },
    {
      name: 'metric without an alarm fails',
      resource: {},
      related: [trail(), logGroup(control, control.pattern), topic(true)],
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'aws.cloudwatch.alarm.metricName+namespace', op: 'related' }] },
    },
    {
      name: 'alarm on the same metric name in another namespace does not count',
      resource: {},
      related: [trail(), logGroup(control, control.pattern), alarm(control, { namespace: 'Other' }), topic(true)],
      expect: 'FAIL',
    },
    {
      name: 'alarm whose topic has only a subscription pending confirmation fails, whatever the counter says',
      resource: {},
      related: [trail(), logGroup(control, control.pattern), alarm(control), topic(false, 1)],
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'subscriptions[0].subscriptionArn', actual: null, op: 'matches' }] },
    },
    {
      name: 'a confirmed subscription passes although GetTopicAttributes counts none',
      resource: {},
      related: [trail(), logGroup(control, control.pattern), alarm(control), topic(true, 0)],
      expect: 'PASS',
    },
    {
      name: 'trail whose selectors record only writes fails although DescribeTrails reports no custom selectors',
      resource: {},
      related: chain(control.pattern, trail({ hasCustomEventSelectors: false, eventSelectors: [classicSelector('WriteOnly')] })),
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'eventSelectors[0].readWriteType', actual: 'WriteOnly', expected: 'All' }] },
    },
    {
      name: 'separate ReadOnly and WriteOnly classic selectors fail, as for CIS 4.1',
      resource: {},
      related: chain(control.pattern, trail({ eventSelectors: [classicSelector('ReadOnly'), classicSelector('WriteOnly')] })),
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'eventSelectors[0].readWriteType', actual: 'ReadOnly', expected: 'All' }] },
    },
    {
      name: 'trail excluding KMS management events fails by default',
      resource: {},
      related: chain(control.pattern, trail({ eventSelectors: [classicSelector('All', ['kms.amazonaws.com'])] })),
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'eventSelectors[0].excludeManagementEventSources[0]', actual: 'kms.amazonaws.com', op: 'in' }] },
    },
    {
      name: 'trail excluding KMS management events passes when the parameter allows it',
      resource: {},
      related: chain(control.pattern, trail({ eventSelectors: [classicSelector('All', ['kms.amazonaws.com'])] })),
      params: { [ALLOWED_EXCLUSIONS]: ['kms.amazonaws.com'] },
      expect: 'PASS',
    },
    {
      name: 'alarm with actions disabled fails',
      resource: {},
      related: [trail(), logGroup(control, control.pattern), alarm(control, { actionsEnabled: false }), topic(true)],
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'actionsEnabled', actual: false, expected: true }] },
    },
    {
      name: 'trail that does not send to CloudWatch Logs fails',
      resource: {},
      related: [trail({ cloudWatchLogsLogGroupName: null, cloudWatchLogsLogGroupArn: null, cloudWatchLogsRoleArn: null }), logGroup(control, control.pattern), alarm(control), topic(true)],
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'cloudWatchLogsLogGroupName', actual: null }] },
    },
    {
      name: 'single-region trail fails',
      resource: {},
      related: [trail({ isMultiRegionTrail: false }), logGroup(control, control.pattern), alarm(control), topic(true)],
      expect: { status: 'FAIL', message: 'fail', evidence: [{ path: 'isMultiRegionTrail', actual: false, expected: true }] },
    },
    {
      name: 'member account whose activity an organization trail records is not applicable',
      resource: {},
      related: [trail({ isOrganizationTrail: true, cloudWatchLogsLogGroupName: null, cloudWatchLogsLogGroupArn: null, cloudWatchLogsRoleArn: null })],
      expect: 'NOT_APPLICABLE',
    },
    {
      name: 'alarms that could not be listed are ERROR',
      resource: {},
      related: [trail(), logGroup(control, control.pattern), topic(true)],
      coverage: [{ type: 'aws.cloudwatch.alarm', status: 'failed' }],
      expect: 'ERROR',
    },
    {
      name: 'metric filters that could not be read are ERROR',
      resource: {},
      related: [trail(), { ...logGroup(control, control.pattern), errors: [{ path: 'metricFilters', code: 'AccessDenied' }] }, alarm(control), topic(true)],
      expect: 'ERROR',
    },
  ];
}

function terraform(control: MonitoringControl): string {
  return `resource "aws_cloudwatch_log_metric_filter" "${control.slug.replace(/-/g, '_')}" {
  name           = "${control.metricName}"
  log_group_name = aws_cloudwatch_log_group.cloudtrail.name
  pattern        = ${JSON.stringify(control.pattern)}

  metric_transformation {
    name      = "${control.metricName}"
    namespace = "${NAMESPACE}"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "${control.slug.replace(/-/g, '_')}" {
  alarm_name          = "cis-${control.slug}"
  metric_name         = "${control.metricName}"
  namespace           = "${NAMESPACE}"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.security_alerts.arn]
}
`;
}

/** Security Hub's CloudWatch.N control for each CIS monitoring control (CIS 5.15, Organizations changes, has none). */
const SECURITY_HUB: Readonly<Record<string, string>> = {
  'root-usage': 'CloudWatch.1', 'unauthorized-api-calls': 'CloudWatch.2', 'console-signin-without-mfa': 'CloudWatch.3',
  'iam-policy-changes': 'CloudWatch.4', 'cloudtrail-changes': 'CloudWatch.5', 'console-auth-failures': 'CloudWatch.6',
  'cmk-disable-or-deletion': 'CloudWatch.7', 's3-bucket-policy-changes': 'CloudWatch.8', 'config-changes': 'CloudWatch.9',
  'security-group-changes': 'CloudWatch.10', 'nacl-changes': 'CloudWatch.11', 'network-gateway-changes': 'CloudWatch.12',
  'route-table-changes': 'CloudWatch.13', 'vpc-changes': 'CloudWatch.14',
};

function benchmark(control: MonitoringControl): Record<string, unknown> {
  const hub = SECURITY_HUB[control.slug];
  const cis = `CIS AWS Foundations v7.0.0 ${control.cis7} audit procedure`;
  return {
    comparedWith: [cis, ...(hub === undefined ? [] : [`Security Hub control ${hub}`])],
    differences: [
      {
        topic: 'Filter pattern',
        authority: cis,
        reads: 'The audit compares the metric filter\'s pattern with the pattern the benchmark prints.',
        assay: 'Parses the pattern and runs it against sample CloudTrail records of the events the control names: a pattern that catches them all and none of the unrelated ones passes, however it is written; one that misses an event fails even if it looks like the benchmark\'s.',
        follows: 'the intent of the control',
        why: 'Patterns are rewritten by tools and by hand (spacing, quoting, older benchmark versions); what must be true is that the alarm fires on these events, which a text comparison cannot tell.',
      },
      {
        topic: 'Excluded management event sources',
        authority: cis,
        reads: 'The audit accepts a trail whose selector includes management events with ReadWriteType All, whatever sources it excludes.',
        assay: 'Uses the trail definition of CIS 4.1 (aws-cloudtrail-multi-region-logging): a trail excluding an event source the allowedExcludedEventSources parameter does not allow is not a source for the alarm.',
        follows: 'AWS Config multi-region-cloudtrail-enabled and Security Hub CloudTrail.1',
        why: 'Events of an excluded source never reach the log group, so an alarm on them cannot fire; the same trail must not pass 4.1 and fail 5.x or the other way round.',
      },
      {
        topic: 'Member accounts of an organization trail',
        authority: cis,
        reads: 'The audit looks for the trail, metric filter and alarm in the account being audited.',
        assay: 'Reports NOT_APPLICABLE in a member account whose activity an organization trail records; the chain is checked in the management account, where the trail, its log group and alarms live.',
        follows: 'how organization trails deliver events',
        why: 'A member account cannot hold the metric filter on the organization trail\'s log group; failing it there would report a gap that does not exist.',
      },
    ],
  };
}

function policy(control: MonitoringControl): Record<string, unknown> {
  const lower = control.activity.charAt(0).toLowerCase() + control.activity.slice(1);
  return {
    id: policyId(control),
    title: `${control.activity} raise a CloudWatch alarm that notifies a subscribed SNS topic`,
    severity: control.severity,
    resource: 'aws.account',
    description: `Checks the chain CIS AWS Foundations ${control.cis7} (v7.0.0) asks for. Some CloudTrail trail that is multi-region, logging and recording all read and write management events (decided from GetEventSelectors exactly as for CIS 4.1: one classic or advanced selector recording reads and writes, excluding no event source the allowedExcludedEventSources parameter does not allow) sends to a CloudWatch Logs log group (in the trail's home region); in that group a metric filter's pattern matches every one of these events: ${eventNames(control.matches)}; and none of these: ${eventNames(control.ignores)}. The filter's metric (name and namespace) has a CloudWatch alarm with actions enabled, one of whose actions is an SNS topic with at least one confirmed subscription: ListSubscriptionsByTopic lists a subscription whose SubscriptionArn is an ARN, not PendingConfirmation, as the CIS audit asks (GetTopicAttributes' SubscriptionsConfirmed counter is not used). The filter pattern is parsed and evaluated against those sample CloudTrail records rather than compared as text, so the current and older CIS patterns and equivalent rewritings all pass, and a pattern that misses one of the events fails. An alarm whose topic is not in the snapshot (another account) is ERROR. In a member account of an organization whose activity an organization trail records, the trail's log group and alarms live in the management account, so the control is NOT_APPLICABLE here and is checked there.`,
    rationale: `${control.why} CloudTrail records the events; without a metric filter, an alarm and someone subscribed, nobody learns of them until long after.`,
    where: notOrganizationMember,
    check: check(control),
    parameters: { [ALLOWED_EXCLUSIONS]: allowedExclusionsParameter },
    messages: {
      fail: `Account {{resource.account}} has no CloudWatch alarm, notifying a subscribed SNS topic, on a metric filter that catches ${lower} from a multi-region CloudTrail trail.`,
      pass: `${control.activity} in account {{resource.account}} raise a CloudWatch alarm that notifies a subscribed SNS topic.`,
    },
    frameworks: { 'cis-aws-foundations-7.0.0': [control.cis7], 'cis-aws-foundations-5.0.0': [control.cis5], 'pci-dss-4.0': [...(control.pci ?? ['10.4.1.1'])] },
    benchmark: benchmark(control),
    remediation: {
      text: `In the home region of the multi-region trail, create a metric filter with the CIS pattern on the trail's CloudWatch Logs log group, an alarm on its metric, and an SNS topic with a confirmed subscriber. Set LOG_GROUP (the trail's log group; if the trail has none, first configure it with aws cloudtrail update-trail --cloud-watch-logs-log-group-arn … --cloud-watch-logs-role-arn …), REGION, TOPIC_ARN (an SNS topic; aws sns create-topic creates one) and ALERT_EMAIL. The e-mail subscription must be confirmed from the message AWS sends.`,
      cli: [
        `aws logs put-metric-filter --region "$REGION" --log-group-name "$LOG_GROUP" --filter-name ${control.metricName} --metric-transformations metricName=${control.metricName},metricNamespace=${NAMESPACE},metricValue=1 --filter-pattern '${control.pattern}'`,
        `aws sns subscribe --region "$REGION" --topic-arn "$TOPIC_ARN" --protocol email --notification-endpoint "$ALERT_EMAIL"`,
        `aws cloudwatch put-metric-alarm --region "$REGION" --alarm-name cis-${control.slug} --metric-name ${control.metricName} --namespace ${NAMESPACE} --statistic Sum --period 300 --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --evaluation-periods 1 --treat-missing-data notBreaching --alarm-actions "$TOPIC_ARN"`,
      ],
      terraform: terraform(control),
      disruption: 'None: metric filters and alarms only read the log stream. Subscribers receive a message each time the alarm fires; CloudWatch bills the alarm and custom metric.',
      risk: 'none',
      // The trail and its CloudWatch Logs delivery create the log group the metric filter goes on.
      after: ['aws-cloudtrail-multi-region-logging', 'aws-cloudtrail-cloudwatch-logs-delivery'],
      verify: [
        `aws logs describe-metric-filters --region "$REGION" --log-group-name "$LOG_GROUP" --filter-name-prefix ${control.metricName} --query 'metricFilters[].filterPattern'`,
        `aws cloudwatch describe-alarms --region "$REGION" --alarm-names cis-${control.slug} --query 'MetricAlarms[].[MetricName,Namespace,ActionsEnabled,AlarmActions]'`,
        'aws sns list-subscriptions-by-topic --region "$REGION" --topic-arn "$TOPIC_ARN" --query \'Subscriptions[?SubscriptionArn!=`PendingConfirmation`].[Protocol,Endpoint]\'',
      ],
      rollback: {
        text: 'Delete the alarm and the metric filter; the topic and its subscriptions may serve other alarms, so they stay.',
        cli: [
          `aws cloudwatch delete-alarms --region "$REGION" --alarm-names cis-${control.slug}`,
          `aws logs delete-metric-filter --region "$REGION" --log-group-name "$LOG_GROUP" --filter-name ${control.metricName}`,
        ],
      },
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
    ],
    tests: tests(control),
  };
}

/** Written on one line each: sample events, join keys, and the small lists of test cases. */
const FLOW_KEYS = new Set(['event', 'on', 'metricTransformations', 'evidence', 'coverage', 'errors', 'after', 'cis-aws-foundations-7.0.0', 'cis-aws-foundations-5.0.0', 'pci-dss-4.0']);
const PROSE_KEYS = new Set(['description', 'rationale', 'text', 'disruption', 'reads', 'assay', 'why']);
// (risk, verify and rollback follow disruption in the remediation block, as in hand-written policies.)

/** The YAML text of one policy: sample events on one line each, so the file reads as a list of cases. */
export function policyYaml(control: MonitoringControl): string {
  const doc = new Document(policy(control), { aliasDuplicateObjects: false });
  doc.commentBefore = ` yaml-language-server: $schema=../../../schemas/policy.schema.json\n Generated by \`npm run gen\` from scripts/monitoring/controls.ts (CIS ${control.cis7}): edit there, not here.`;
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = pair.key.value;
      if (FLOW_KEYS.has(String(key)) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
      // A related lookup reads as one line in the check; a test's related resources as one line each.
      if (key === 'related' && isMap(pair.value)) pair.value.flow = true;
      if (key === 'related' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      if (PROSE_KEYS.has(String(key)) && isScalar(pair.value) && typeof pair.value.value === 'string' && !pair.value.value.includes('\n')) pair.value.type = 'BLOCK_FOLDED';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

export function monitoringPolicyFiles(): { path: string; contents: string }[] {
  return monitoringControls.map((control) => ({ path: policyPath(control), contents: policyYaml(control) }));
}
