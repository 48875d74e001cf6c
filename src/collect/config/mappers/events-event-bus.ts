/**
 * AWS::Events::EventBus → aws.events.event-bus. AWS's Config resource schema
 * for the type (awslabs/aws-config-resource-schema) records the bus's Name,
 * Arn and EventSourceName only, PascalCase as CloudFormation spells them:
 * no policy, description, KMS key or dead-letter queue. Those are never
 * guessed from the item; they are read from EventBridge in the same run
 * with the API collector's own DescribeEventBus row and mapping, one call
 * per bus (not with an aggregator, where they are errors on the bus). The
 * API collector reads no tags, so neither does this mapping: a bus is the
 * same resource from either source.
 */
import { DescribeEventBusCommand, EventBridgeClient, type DescribeEventBusCommandOutput, type EventBus } from '@aws-sdk/client-eventbridge';
import { readFields } from '../../answers.js';
import { eventBusCalls } from '../../aws/events/event-buses.js';
import { busDetailFields, busDetailPaths, busListingFields } from '../../aws/events/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, type Unreadable } from '../read.js';
import type { ConfigurationItem } from '../item.js';

const isDetail = (path: string): path is (typeof busDetailPaths)[number] => (busDetailPaths as readonly string[]).includes(path);

/** One DescribeEventBus per bus, however many of its fields the item lacked. */
const described = new WeakMap<ConfigurationItem, Promise<Fetch<DescribeEventBusCommandOutput>>>();

function describe(ctx: CollectContext, item: ConfigurationItem, name: string): Promise<Fetch<DescribeEventBusCommandOutput>> {
  let answer = described.get(item);
  if (answer === undefined) {
    const events = ctx.clients.get(EventBridgeClient, ctx.region);
    answer = ctx.call(eventBusCalls.DescribeEventBus, () => events.send(new DescribeEventBusCommand({ Name: name })));
    described.set(item, answer);
  }
  return answer;
}

/** The bus's name: Config's configuration.Name, else the item's own name or id. */
const busName = (item: ConfigurationItem): string => stringOf(item.configuration?.Name) ?? item.resourceName ?? item.resourceId;

export const eventsEventBusFromConfig = defineConfigMapper({
  configType: 'AWS::Events::EventBus',
  catalogType: 'aws.events.event-bus',
  fill: {
    calls: [eventBusCalls],
    read(ctx, item, path) {
      if (!isDetail(path)) return undefined;
      return async () => {
        const answer = await describe(ctx, item, busName(item));
        // A bus deleted since Config recorded it has no settings to read: that is not "none".
        if (answer.kind === 'absent') return { kind: 'failed', failure: { code: 'ResourceNotFoundException', message: 'EventBridge no longer has the bus AWS Config recorded', operation: eventBusCalls.DescribeEventBus.label } };
        if (answer.kind === 'failed') return answer;
        const read = readFields(busDetailFields(answer.value));
        const unread = read.unreadable.find((u) => u.path === path);
        return unread === undefined ? { kind: 'ok', value: read.fields[path] } : { kind: 'failed', failure: { code: unread.code, message: unread.message, operation: eventBusCalls.DescribeEventBus.label } };
      };
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const bus: EventBus = { Name: busName(item), Arn: stringOf(c.Arn) ?? item.arn };
    const own: Unreadable[] = busDetailPaths.map((path) => ({ path, reason: 'AWS Config records no policy, description, KMS key or dead-letter queue for AWS::Events::EventBus (its resource schema has Name, Arn and EventSourceName only)' }));
    const read = fromItem(readFields(busListingFields(bus)), own);
    const name = bus.Name ?? item.resourceId;
    return {
      envelope: { type: 'aws.events.event-bus', id: name, arn: bus.Arn ?? `arn:${place.partition}:events:${place.region}:${place.account}:event-bus/${name}`, tags: {} },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
