/** AWS::Events::EventBus items read on their own: the name and ARN from the item, the rest unreadable, never defaulted. */
import { describe, expect, it } from 'vitest';
import { parseItem } from '../item.js';
import { eventsEventBusFromConfig } from './events-event-bus.js';

const place = { partition: 'aws', region: 'eu-west-1', account: '123456789012' };
const arn = (resource: string): string => `arn:aws:events:eu-west-1:123456789012:${resource}`;

function map(configuration: Record<string, unknown>, resourceName?: string): ReturnType<typeof eventsEventBusFromConfig.map> {
  const parsed = parseItem(JSON.stringify({
    resourceId: 'default', resourceType: 'AWS::Events::EventBus', ...(resourceName === undefined ? {} : { resourceName }), accountId: '123456789012', awsRegion: 'eu-west-1',
    configurationItemStatus: 'OK', configuration, supplementaryConfiguration: {}, tags: [], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return eventsEventBusFromConfig.map(parsed.item, place);
}

describe('eventsEventBusFromConfig', () => {
  it('reads the name and ARN, and names every setting Config does not record unreadable', () => {
    const mapping = map({ Name: 'default', Arn: arn('event-bus/default') });
    expect(mapping.envelope).toEqual({ type: 'aws.events.event-bus', id: 'default', arn: arn('event-bus/default'), tags: {} });
    expect(mapping.fields).toEqual({ name: 'default', arn: arn('event-bus/default'), isDefault: true });
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['description', 'policy', 'kmsKeyIdentifier', 'deadLetterArn']);
  });

  it('builds the ARN AWS documents when the item has none, and reads a bus without its ARN as unreadable, not as another bus', () => {
    const mapping = map({ Name: 'orders' }, 'orders');
    expect(mapping.envelope).toEqual({ type: 'aws.events.event-bus', id: 'orders', arn: arn('event-bus/orders'), tags: {} });
    expect(mapping.fields).toEqual({ name: 'orders', isDefault: false });
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['description', 'policy', 'kmsKeyIdentifier', 'deadLetterArn', 'arn']);
  });
});
