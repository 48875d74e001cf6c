/**
 * A recorded EventBridge account for the collector tests: two buses (the
 * default one with a cross-account PutEvents grant, a custom one encrypted
 * with its own key), rules on both, and targets, answered in two pages
 * wherever the API pages (ListEventBuses, ListRules, ListTargetsByRule).
 * Answers are the JSON EventBridge sends, optional members left out when
 * unset, as AWS does.
 */
import { byTarget, json, jsonError, type Route, type WireRequest } from './recorded-aws.js';

export const ACCOUNT = '123456789012';
const region = 'us-east-1';
export const busArn = (name: string): string => `arn:aws:events:${region}:${ACCOUNT}:event-bus/${name}`;
export const ruleArn = (id: string): string => `arn:aws:events:${region}:${ACCOUNT}:rule/${id}`;
export const topicArn = `arn:aws:sns:${region}:${ACCOUNT}:security-alerts`;
export const dlqArn = `arn:aws:sqs:${region}:${ACCOUNT}:events-dlq`;
export const responderArn = `arn:aws:lambda:${region}:${ACCOUNT}:function:trail-responder`;
export const chatopsArn = `arn:aws:lambda:${region}:${ACCOUNT}:function:chatops`;
export const stateMachineArn = `arn:aws:states:${region}:${ACCOUNT}:stateMachine:contain`;
export const centralBusArn = `arn:aws:events:${region}:999999999999:event-bus/central`;
export const keyArn = `arn:aws:kms:${region}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

export const busPolicy = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'allow-org-put-events', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'events:PutEvents', Resource: busArn('default') }],
};

export const ROOT_PATTERN = '{\n  "detail-type": ["AWS Console Sign In via CloudTrail"],\n  "detail": { "userIdentity": { "type": ["Root"] } }\n}';
export const TRAIL_PATTERN = '{"source":["aws.cloudtrail"],"detail-type":["AWS API Call via CloudTrail"],"detail":{"eventSource":["cloudtrail.amazonaws.com"],"eventName":["StopLogging","DeleteTrail","UpdateTrail"]}}';

/** ListRules' answers by bus: pages of rules. */
export const rulesByBus: Record<string, Record<string, unknown>[][]> = {
  default: [
    [
      { Name: 'root-sign-in', Arn: ruleArn('root-sign-in'), EventPattern: ROOT_PATTERN, State: 'ENABLED', Description: 'Page on root sign-in', EventBusName: 'default' },
      { Name: 'trail-tampering', Arn: ruleArn('trail-tampering'), EventPattern: TRAIL_PATTERN, State: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', EventBusName: 'default' },
    ],
    [
      { Name: 'nightly-report', Arn: ruleArn('nightly-report'), ScheduleExpression: 'cron(0 2 * * ? *)', State: 'ENABLED', EventBusName: 'default' },
      { Name: 'old-alarm', Arn: ruleArn('old-alarm'), EventPattern: '{"source":["aws.guardduty"]}', State: 'DISABLED', EventBusName: 'default' },
      { Name: 'AutoScalingManagedRule', Arn: ruleArn('AutoScalingManagedRule'), EventPattern: '{"source":["aws.ec2"]}', State: 'ENABLED', ManagedBy: 'autoscaling.amazonaws.com', EventBusName: 'default' },
    ],
  ],
  security: [[
    { Name: 'root-sign-in', Arn: ruleArn('security/root-sign-in'), EventPattern: ROOT_PATTERN, State: 'ENABLED', RoleArn: `arn:aws:iam::${ACCOUNT}:role/forward-to-central`, EventBusName: 'security' },
  ]],
};

/** ListTargetsByRule's answers by rule id (bus/rule off the default bus): pages of targets. */
export const targetsByRule: Record<string, Record<string, unknown>[][]> = {
  'root-sign-in': [
    [{ Id: 'page-security', Arn: topicArn, DeadLetterConfig: { Arn: dlqArn }, RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 3600 } }],
    [{ Id: 'chatops', Arn: chatopsArn, InputTransformer: { InputPathsMap: { who: '$.detail.userIdentity.arn' }, InputTemplate: '"Root sign-in: <who>"' } }],
  ],
  'trail-tampering': [[
    { Id: 'responder', Arn: responderArn },
    { Id: 'contain', Arn: stateMachineArn, RoleArn: `arn:aws:iam::${ACCOUNT}:role/events-invoke-sfn`, InputPath: '$.detail', RetryPolicy: { MaximumRetryAttempts: 0 } },
  ]],
  'nightly-report': [[{ Id: 'report', Arn: responderArn, Input: '{"report":"nightly"}' }]],
  'old-alarm': [[]],
  AutoScalingManagedRule: [[{ Id: 'autoscaling', Arn: `arn:aws:autoscaling:${region}:${ACCOUNT}:autoScalingGroup:*` }]],
  'security/root-sign-in': [[{ Id: 'central', Arn: centralBusArn, RoleArn: `arn:aws:iam::${ACCOUNT}:role/forward-to-central` }]],
};

const busAnswers: Record<string, Record<string, unknown>> = {
  default: { Name: 'default', Arn: busArn('default'), Policy: JSON.stringify(busPolicy) },
  security: { Name: 'security', Arn: busArn('security'), Description: 'Security findings', KmsKeyIdentifier: keyArn, DeadLetterConfig: { Arn: dlqArn }, CreationTime: 1717243500, LastModifiedTime: 1717243500 },
};

/** Page `token` of `pages`: tokens are "<key>#<n>", the first page has none. */
function page(pages: readonly (readonly unknown[])[], key: string, token: unknown, list: string): ReturnType<typeof json> {
  const n = typeof token === 'string' ? Number(token.split('#').pop()) : 0;
  const items = pages[n] ?? [];
  return json({ [list]: items, ...(n + 1 < pages.length ? { NextToken: `${key}#${n + 1}` } : {}) });
}

const busName = (r: WireRequest): string => (typeof r.params.EventBusName === 'string' ? r.params.EventBusName : 'default');
const ruleKey = (r: WireRequest): string => (busName(r) === 'default' ? String(r.params.Rule) : `${busName(r)}/${String(r.params.Rule)}`);

/** The account's answers; `overrides` come first, so a test replaces one answer. */
export function eventRoutes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    {
      name: 'ListEventBuses',
      match: byTarget('AWSEvents.ListEventBuses'),
      // ListEventBuses answers the policy too; the collector reads it from DescribeEventBus with the bus's other settings.
      respond: (r) => page([[{ Name: 'default', Arn: busArn('default'), Policy: JSON.stringify(busPolicy) }], [{ Name: 'security', Arn: busArn('security'), Description: 'Security findings', CreationTime: 1717243500 }]], 'buses', r.params.NextToken, 'EventBuses'),
    },
    {
      name: 'DescribeEventBus',
      match: byTarget('AWSEvents.DescribeEventBus'),
      respond: (r) => busAnswers[String(r.params.Name)] === undefined ? jsonError('ResourceNotFoundException', `Event bus ${String(r.params.Name)} does not exist.`) : json(busAnswers[String(r.params.Name)]),
    },
    {
      name: 'ListRules',
      match: byTarget('AWSEvents.ListRules'),
      respond: (r) => {
        const pages = rulesByBus[busName(r)];
        return pages === undefined ? jsonError('ResourceNotFoundException', `Event bus ${busName(r)} does not exist.`) : page(pages, `rules-${busName(r)}`, r.params.NextToken, 'Rules');
      },
    },
    {
      name: 'ListTargetsByRule',
      match: byTarget('AWSEvents.ListTargetsByRule'),
      respond: (r) => {
        const pages = targetsByRule[ruleKey(r)];
        return pages === undefined ? jsonError('ResourceNotFoundException', `Rule ${String(r.params.Rule)} does not exist on EventBus ${busName(r)}.`) : page(pages, `targets-${ruleKey(r)}`, r.params.NextToken, 'Targets');
      },
    },
  ];
}
