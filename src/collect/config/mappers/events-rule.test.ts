/**
 * AWS::Events::Rule items read on their own (no API to fill from): what the
 * item holds as a value is the rule's, what it lacks is named unreadable,
 * never defaulted.
 */
import { describe, expect, it } from 'vitest';
import { parseItem } from '../item.js';
import { eventsRuleFromConfig } from './events-rule.js';

const place = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };
const arn = (resource: string): string => `arn:aws:events:eu-west-1:123456789012:${resource}`;

function map(mapper: typeof eventsRuleFromConfig, resourceType: string, configuration: Record<string, unknown>, itemArn?: string): ReturnType<typeof eventsRuleFromConfig.map> {
  const parsed = parseItem(JSON.stringify({
    resourceId: 'r-1', resourceType, accountId: '123456789012', awsRegion: 'eu-west-1', ...(itemArn === undefined ? {} : { arn: itemArn }),
    configurationItemStatus: 'OK', configuration, supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'sec' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return mapper.map(parsed.item, place);
}

describe('eventsRuleFromConfig', () => {
  it('reads what the item holds and names the pattern, managedBy and targets unreadable', () => {
    const mapping = map(eventsRuleFromConfig, 'AWS::Events::Rule', {
      Name: 'root-sign-in', Arn: arn('rule/security/root-sign-in'), EventBusName: arn('event-bus/security'), State: 'DISABLED', Description: 'Root sign-in',
      EventPattern: { 'detail-type': ['AWS Console Sign In via CloudTrail'] }, Targets: [{ Id: 't', Arn: arn('event-bus/central') }],
    });
    // The bus from an ARN-form EventBusName; the API collector reads no tags, so the item's are not used either.
    expect(mapping.envelope).toEqual({ type: 'aws.events.rule', id: 'security/root-sign-in', arn: arn('rule/security/root-sign-in'), tags: {} });
    expect(mapping.fields).toEqual({ name: 'root-sign-in', arn: arn('rule/security/root-sign-in'), eventBusName: 'security', state: 'DISABLED', description: 'Root sign-in' });
    expect(mapping.unreadable?.map((u) => u.path).sort()).toEqual(['eventPattern', 'managedBy', 'roleArn', 'scheduleExpression', 'targets']);
  });

  it('takes the bus and name from the rule ARN when the item does not name them, and never reads an unknown state', () => {
    const mapping = map(eventsRuleFromConfig, 'AWS::Events::Rule', { State: 'PAUSED', ScheduleExpression: 'rate(1 hour)', RoleArn: null }, arn('rule/nightly'));
    expect(mapping.envelope.id).toBe('nightly');
    expect(mapping.fields).toEqual({ name: 'nightly', arn: arn('rule/nightly'), eventBusName: 'default', scheduleExpression: 'rate(1 hour)' });
    expect(mapping.unreadable?.map((u) => u.path).sort()).toEqual(['description', 'eventPattern', 'managedBy', 'roleArn', 'state', 'targets']);
  });
});
