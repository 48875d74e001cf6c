/**
 * aws.events.event-bus: the event buses of the region. ListEventBuses names
 * them; DescribeEventBus answers each bus's policy, encryption key and
 * dead-letter queue, recorded on the bus's fields when it fails. A bus
 * deleted between listing and describing (ResourceNotFoundException) is not
 * emitted. No tags are read (no events:ListTagsForResource): a bus's tags
 * are empty here.
 */
import { DescribeEventBusCommand, EventBridgeClient, ListEventBusesCommand } from '@aws-sdk/client-eventbridge';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId, tokenPages } from '../../listing.js';
import { inWindow } from '../../window.js';
import { busDetailFields, busDetailPaths, busListingFields } from './map.js';

export const eventBusCalls = callTable('EventBridge', 'events', {
  ListEventBuses: { iam: 'events:ListEventBuses', fills: ['name', 'arn', 'isDefault'] },
  DescribeEventBus: { iam: 'events:DescribeEventBus', absentOn: ['ResourceNotFoundException'], fills: ['description', 'policy', 'kmsKeyIdentifier', 'deadLetterArn'] },
});

export const eventsEventBuses = defineCollector({
  type: 'aws.events.event-bus',
  scope: 'regional',
  calls: [eventBusCalls],
  async collect(ctx) {
    const events = ctx.clients.get(EventBridgeClient, ctx.region);
    const buses = await listResources(ctx, eventBusCalls.ListEventBuses, () => tokenPages((NextToken) => events.send(new ListEventBusesCommand({ NextToken }))), (page) => page.EventBuses);
    await inWindow(buses, async (bus) => {
      const name = listedId(ctx, bus.Name, eventBusCalls.ListEventBuses, 'an event bus', 'Name');
      if (name === undefined) return;
      const described = await ctx.call(eventBusCalls.DescribeEventBus, () => events.send(new DescribeEventBusCommand({ Name: name })));
      if (described.kind === 'absent') return;
      const draft = ctx.draft({ type: 'aws.events.event-bus', id: name, ...(bus.Arn === undefined || bus.Arn === '' ? {} : { arn: bus.Arn }) });
      setFields(draft, busListingFields(bus), eventBusCalls.ListEventBuses.label);
      if (described.kind === 'ok') setFields(draft, busDetailFields(described.value), eventBusCalls.DescribeEventBus.label);
      else draft.fields(busDetailPaths, described, () => ({}));
      ctx.emit(draft.build());
    });
  },
});
