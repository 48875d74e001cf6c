/**
 * `--source config` for EventBridge against `--source api` on the same
 * recorded account (test/support/eventbridge.ts): the Configuration Items
 * hold what AWS's Config resource schema lists for AWS::Events::EventBus and
 * AWS::Events::Rule, and the rest — the bus's policy, key and dead-letter
 * queue, the rule's event pattern, managedBy and targets — is read from
 * EventBridge in the same run, through the real SDK clients. The resources
 * must be equal, with calls only for what the items lack: no ListEventBuses,
 * one ListRules listing per bus however many of its rules lack fields.
 */
import { describe, expect, it } from 'vitest';
import { eventsEventBuses } from '../../src/collect/aws/events/event-buses.js';
import { eventsRules } from '../../src/collect/aws/events/rules.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { eventsEventBusFromConfig } from '../../src/collect/config/mappers/events-event-bus.js';
import { eventsRuleFromConfig } from '../../src/collect/config/mappers/events-rule.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute } from '../support/collect.js';
import { ACCOUNT, busArn, eventRoutes, rulesByBus } from '../support/eventbridge.js';
import { byTarget, json, jsonError, type Route } from '../support/recorded-aws.js';

const captured = { accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z', supplementaryConfiguration: {}, tags: [], relationships: [] };

const busItem = (name: string): string => JSON.stringify({
  ...captured, resourceId: name, resourceType: 'AWS::Events::EventBus', resourceName: name, arn: busArn(name), configuration: { Name: name, Arn: busArn(name) },
});

/** A rule as CloudFormation's model spells it: the pattern as a JSON object, targets without what the schema leaves out. */
const ruleItem = (rule: Record<string, unknown>): string => {
  const { EventPattern, ManagedBy: _managedBy, ...rest } = rule;
  return JSON.stringify({
    ...captured, resourceId: String(rule.Name), resourceType: 'AWS::Events::Rule', resourceName: String(rule.Name), arn: String(rule.Arn),
    configuration: { ...rest, ...(typeof EventPattern === 'string' ? { EventPattern: JSON.parse(EventPattern) as unknown } : {}), Targets: [] },
  });
};

const rules = Object.values(rulesByBus).flatMap((pages) => pages.flat());

const recorder: Route[] = [
  { name: 'DescribeConfigurationRecorders', match: byTarget('StarlingDoveService.DescribeConfigurationRecorders'), respond: json({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] }) },
  { name: 'DescribeConfigurationRecorderStatus', match: byTarget('StarlingDoveService.DescribeConfigurationRecorderStatus'), respond: json({ ConfigurationRecordersStatus: [{ name: 'default', recording: true }] }) },
  {
    name: 'SelectResourceConfig',
    match: byTarget('StarlingDoveService.SelectResourceConfig'),
    respond: (r) => json({ Results: String(r.params.Expression).includes('AWS::Events::Rule') ? rules.map(ruleItem) : ['default', 'security'].map(busItem) }),
  },
];

const api = (overrides: Route[] = []): Route[] => [regionsRoute(['us-east-1']), ...eventRoutes(overrides)];
const config = (overrides: Route[] = []): Route[] => [...recorder, ...api(overrides)];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => `${a.type} ${a.id}`.localeCompare(`${b.type} ${b.id}`));
const mappers = [eventsEventBusFromConfig, eventsRuleFromConfig];

describe('--source config for EventBridge', () => {
  it('gives the same buses and rules as --source api, asking EventBridge only for what the items lack', async () => {
    const fromApi = await collectRecorded([eventsEventBuses, eventsRules], api(), { regions: ['us-east-1'] });
    const fromConfig = await collectRecorded(configCollectors(mappers), config(), { regions: ['us-east-1'] });
    expect(fromApi.problems).toEqual([]);
    expect(fromConfig.problems).toEqual([]);
    expect(sorted(fromConfig.snapshot)).toEqual(sorted(fromApi.snapshot));
    expect(fromConfig.snapshot.resources).toHaveLength(2 + rules.length);
    expect(fromConfig.snapshot.errors).toEqual([]);
    // No bus listing; one DescribeEventBus per bus; each bus's rules listed once (two pages for the default bus), not once per rule.
    expect(fromConfig.aws.count('ListEventBuses')).toBe(0);
    expect(fromConfig.aws.count('DescribeEventBus')).toBe(2);
    expect(fromConfig.aws.count('ListRules')).toBe(3);
    expect(fromConfig.aws.count('ListTargetsByRule')).toBe(fromApi.aws.count('ListTargetsByRule'));
  });

  it('records a read the item needed and EventBridge refused on the fields it fills, never a default', async () => {
    const denied: Route = { name: 'targets-denied', match: (r) => r.target === 'AWSEvents.ListTargetsByRule' && r.params.Rule === 'trail-tampering', respond: jsonError('AccessDeniedException', 'no events:ListTargetsByRule') };
    const noRules: Route = { name: 'rules-denied', match: (r) => r.target === 'AWSEvents.ListRules' && r.params.EventBusName === 'security', respond: jsonError('AccessDeniedException', 'no events:ListRules') };
    const run = await collectRecorded(configCollectors(mappers), config([denied, noRules]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const tampering = run.snapshot.resources.find((r) => r.id === 'trail-tampering');
    expect(tampering?.errors).toEqual([{ path: 'targets', code: 'AccessDeniedException', message: 'no events:ListTargetsByRule', operation: 'events:ListTargetsByRule' }]);
    expect(tampering?.data).toMatchObject({ state: 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', eventBusName: 'default' });
    // The security bus's rule: what the item holds is read, the pattern and managedBy are not guessed.
    const forwarded = run.snapshot.resources.find((r) => r.id === 'security/root-sign-in');
    expect(forwarded?.errors?.map((e) => [e.path, e.code])).toEqual([['eventPattern', 'AccessDeniedException'], ['managedBy', 'AccessDeniedException'], ['description', 'AccessDeniedException'], ['scheduleExpression', 'AccessDeniedException']]);
    expect(forwarded?.data).toMatchObject({ name: 'root-sign-in', eventBusName: 'security', state: 'ENABLED', roleArn: `arn:aws:iam::${ACCOUNT}:role/forward-to-central` });
  });
});
