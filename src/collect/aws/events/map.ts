/**
 * Pure mapping from EventBridge API answers to the aws.events.event-bus and
 * aws.events.rule catalog shapes, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * EventBridge leaves an optional setting out of its JSON answer when it is
 * not set, so an absent Description, Policy, KmsKeyIdentifier,
 * DeadLetterConfig, EventPattern, ScheduleExpression, ManagedBy, RoleArn,
 * Input, InputPath, InputTransformer or RetryPolicy is "none" (null or
 * false), as the EventBridge API Reference describes each. What every rule
 * and target has — a name, an ARN, a state, a target id — is required: an
 * answer without it is unreadable, never a rule that is "disabled".
 */
import type { DescribeEventBusCommandOutput, EventBus, Rule, Target } from '@aws-sdk/client-eventbridge';
import { eachOf, emptyToNull, knownValue, policyDocument, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Bus = CatalogData['aws.events.event-bus'];
type RuleData = CatalogData['aws.events.rule'];
type TargetData = RuleData['targets'][number];

export const DEFAULT_BUS = 'default';

/** The fields ListEventBuses answers for a bus. */
export function busListingFields(bus: EventBus): ReadersOf<Bus> {
  return {
    name: () => text(bus.Name, 'Name'),
    arn: () => text(bus.Arn, 'Arn'),
    // Each region has exactly one bus named "default", the one AWS services deliver to.
    isDefault: () => text(bus.Name, 'Name') === DEFAULT_BUS,
  };
}

export const busDetailPaths = ['description', 'policy', 'kmsKeyIdentifier', 'deadLetterArn'] as const;

/** The fields DescribeEventBus answers; the policy is plain JSON text (not URL-encoded as IAM's). */
export function busDetailFields(answer: Pick<DescribeEventBusCommandOutput, 'Description' | 'Policy' | 'KmsKeyIdentifier' | 'DeadLetterConfig'>): ReadersOf<Bus> {
  return {
    description: () => emptyToNull(answer.Description),
    policy: () => (answer.Policy === undefined || answer.Policy === '' ? null : policyDocument(answer.Policy, 'Policy')),
    kmsKeyIdentifier: () => emptyToNull(answer.KmsKeyIdentifier),
    // A DeadLetterConfig without its queue names no queue: unreadable, not "none".
    deadLetterArn: () => (answer.DeadLetterConfig === undefined ? null : text(answer.DeadLetterConfig.Arn, 'DeadLetterConfig.Arn')),
  };
}

/** The part of a rule's ARN after "rule/": its name on the default bus, "<bus>/<name>" on any other (names are unique per bus only). */
export function ruleId(busName: string, ruleName: string): string {
  return busName === DEFAULT_BUS ? ruleName : `${busName}/${ruleName}`;
}

const STATES = ['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'] as const;

/** The fields ListRules answers for a rule of bus `busName` (the bus it was listed under). */
export function ruleFields(rule: Rule, busName: string): ReadersOf<RuleData> {
  return {
    name: () => text(rule.Name, 'Name'),
    arn: () => text(rule.Arn, 'Arn'),
    eventBusName: () => busName,
    state: () => knownValue(rule.State, STATES, 'State'),
    // Kept as AWS returns it: the pattern's meaning is for the policies to decide, and its text is the evidence.
    eventPattern: () => emptyToNull(rule.EventPattern),
    scheduleExpression: () => emptyToNull(rule.ScheduleExpression),
    managedBy: () => emptyToNull(rule.ManagedBy),
    description: () => emptyToNull(rule.Description),
    roleArn: () => emptyToNull(rule.RoleArn),
  };
}

/** `arn:aws:sns:us-east-1:123456789012:alerts` → `sns`; a target ARN without a service part is unreadable. */
export function arnService(arn: string): string {
  const parts = arn.split(':');
  const service = parts[2];
  if (parts[0] !== 'arn' || parts.length < 6 || service === undefined || service === '') throw new UnreadableAnswer('IncompleteResponse', `the target ARN "${arn}" has no service part`);
  return service;
}

const count = (value: number | undefined): number | null => value ?? null;

function target(t: Target): TargetData {
  const arn = text(t.Arn, 'Target.Arn');
  return {
    id: text(t.Id, 'Target.Id'),
    arn,
    service: arnService(arn),
    roleArn: emptyToNull(t.RoleArn),
    hasInput: t.Input !== undefined && t.Input !== '',
    hasInputPath: t.InputPath !== undefined && t.InputPath !== '',
    // InputTemplate is required by PutTargets: a transformer without one is unreadable, not "no transformer".
    inputTransformer: t.InputTransformer === undefined ? null : { inputTemplate: required(t.InputTransformer.InputTemplate, 'InputTransformer.InputTemplate') },
    deadLetterArn: t.DeadLetterConfig === undefined ? null : text(t.DeadLetterConfig.Arn, 'Target.DeadLetterConfig.Arn'),
    retryPolicy: t.RetryPolicy === undefined ? null : { maximumRetryAttempts: count(t.RetryPolicy.MaximumRetryAttempts), maximumEventAgeInSeconds: count(t.RetryPolicy.MaximumEventAgeInSeconds) },
  };
}

/** A rule's targets, each on its own: one AWS answered incompletely fails at its index (see eachOf). */
export function targets(listed: readonly Target[]): WithGaps<RuleData['targets']> {
  return eachOf(listed, 'targets', target);
}
