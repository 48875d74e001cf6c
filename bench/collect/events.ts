/**
 * EventBridge (AWS JSON 1.1) for the fake account: each region's default
 * bus, and rules on it modelled from the topics — for each topic a rule
 * alerting it on root sign-in and a disabled CloudTrail-tampering rule to a
 * Lambda — plus a scheduled report, so an estate without topics still has
 * one rule. Every other region's bus lets another account put events.
 * ListEventBuses, ListRules and ListTargetsByRule page by NextToken (100 at
 * a time, as EventBridge's Limit allows). The same models are Config's
 * items (config.ts).
 */
import { ACCOUNT, topicName, type Estate } from './estate.js';
import { json, jsonError, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

export interface TargetModel {
  readonly Id: string;
  readonly Arn: string;
  readonly RoleArn?: string;
  readonly Input?: string;
  readonly InputTransformer?: { readonly InputPathsMap: Record<string, string>; readonly InputTemplate: string };
  readonly DeadLetterConfig?: { readonly Arn: string };
  readonly RetryPolicy?: { readonly MaximumRetryAttempts: number; readonly MaximumEventAgeInSeconds: number };
}

export interface RuleModel {
  readonly Name: string;
  readonly Arn: string;
  readonly EventBusName: 'default';
  readonly State: 'ENABLED' | 'DISABLED';
  readonly EventPattern?: string;
  readonly ScheduleExpression?: string;
  readonly Description?: string;
  readonly targets: readonly TargetModel[];
}

export interface BusModel {
  readonly Name: 'default';
  readonly Arn: string;
  readonly Policy?: string;
}

const ROOT_SIGN_IN = '{"detail-type":["AWS Console Sign In via CloudTrail"],"detail":{"userIdentity":{"type":["Root"]}}}';
const TRAIL_TAMPERING = '{"source":["aws.cloudtrail"],"detail":{"eventName":["StopLogging","DeleteTrail","UpdateTrail"]}}';

export function busModel(region: string, r: number): BusModel {
  const arn = `arn:aws:events:${region}:${ACCOUNT}:event-bus/default`;
  const policy = { Version: '2012-10-17', Statement: [{ Sid: 'partner-put-events', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'events:PutEvents', Resource: arn }] };
  return { Name: 'default', Arn: arn, ...(r % 2 === 1 ? { Policy: JSON.stringify(policy) } : {}) };
}

export function ruleModels(estate: Estate, region: string): RuleModel[] {
  const rule = (name: string, fields: Omit<RuleModel, 'Name' | 'Arn' | 'EventBusName'>): RuleModel => ({ Name: name, Arn: `arn:aws:events:${region}:${ACCOUNT}:rule/${name}`, EventBusName: 'default', ...fields });
  const lambda = `arn:aws:lambda:${region}:${ACCOUNT}:function:bench-responder`;
  return [
    ...Array.from({ length: estate.size.topics }, (_, t) => [
      rule(`bench-root-sign-in-${t}`, {
        State: 'ENABLED', EventPattern: ROOT_SIGN_IN, Description: `Root sign-in to ${topicName(t)}`,
        targets: [{ Id: 'topic', Arn: `arn:aws:sns:${region}:${ACCOUNT}:${topicName(t)}`, ...(t % 2 === 0 ? { DeadLetterConfig: { Arn: `arn:aws:sqs:${region}:${ACCOUNT}:bench-dlq` } } : {}) }],
      }),
      rule(`bench-trail-tampering-${t}`, {
        State: 'DISABLED', EventPattern: TRAIL_TAMPERING,
        targets: [{ Id: 'responder', Arn: lambda, RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 600 }, InputTransformer: { InputPathsMap: { event: '$.detail.eventName' }, InputTemplate: '"<event>"' } }],
      }),
    ]).flat(),
    rule('bench-report', { State: 'ENABLED', ScheduleExpression: 'rate(1 day)', targets: [{ Id: 'report', Arn: lambda, Input: '{"report":"daily"}' }] }),
  ];
}

const NOT_FOUND = (what: string): Answer => jsonError('ResourceNotFoundException', `${what} does not exist.`);
const listed = <T>(all: readonly T[], params: Readonly<Record<string, unknown>>, prefix: string): { items: T[]; token: Record<string, string> } => {
  const { items, next } = page(all, offsetOf(prefix, params.NextToken), pageSize(params.Limit, 100, 100));
  return { items, token: next === undefined ? {} : { NextToken: tokenOf(prefix, next) } };
};

export function answerEvents(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const r = estate.regionIndex(region);
  if (r < 0) return NOT_FOUND('Event bus default');
  const bus = busModel(region, r);
  if (operation === 'ListEventBuses') {
    const { items, token } = listed([bus], params, 'b');
    return json({ EventBuses: items, ...token });
  }
  const asked = params.EventBusName ?? params.Name;
  const busName = typeof asked === 'string' ? asked : 'default';
  if (busName !== 'default' && busName !== bus.Arn) return NOT_FOUND(`Event bus ${busName}`);
  if (operation === 'DescribeEventBus') return json({ ...bus, CreationTime: 1_700_000_000, LastModifiedTime: 1_700_000_000 });
  const rules = ruleModels(estate, region);
  if (operation === 'ListRules') {
    const { items, token } = listed(rules, params, 'r');
    return json({ Rules: items.map(({ targets: _targets, ...rule }) => rule), ...token });
  }
  if (operation === 'ListTargetsByRule') {
    const rule = rules.find((m) => m.Name === params.Rule);
    if (rule === undefined) return NOT_FOUND(`Rule ${String(params.Rule)}`);
    const { items, token } = listed(rule.targets, params, 't');
    return json({ Targets: items, ...token });
  }
  return json({});
}
