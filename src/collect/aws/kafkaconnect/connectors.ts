/**
 * aws.kafkaconnect.connector: the MSK Connect connectors of the region.
 * ListConnectors names them; DescribeConnector answers each connector's
 * encryption, authentication and log delivery, recorded on every field it
 * fills when it fails. A connector deleted between listing and describing
 * (NotFoundException) is not emitted. Connectors answer no tags here, and no
 * policy reads them, so none are read.
 */
import { DescribeConnectorCommand, KafkaConnectClient, paginateListConnectors } from '@aws-sdk/client-kafkaconnect';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { connectorFields, DESCRIBE_CONNECTOR_FIELDS } from './map.js';

export const connectorCalls = callTable('KafkaConnect', 'kafkaconnect', {
  ListConnectors: { iam: 'kafkaconnect:ListConnectors', fills: ['name'] },
  DescribeConnector: { iam: 'kafkaconnect:DescribeConnector', absentOn: ['NotFoundException'], fills: [...DESCRIBE_CONNECTOR_FIELDS] },
});

export const kafkaconnectConnectors = defineCollector({
  type: 'aws.kafkaconnect.connector',
  scope: 'regional',
  calls: [connectorCalls],
  async collect(ctx) {
    const kafkaconnect = ctx.clients.get(KafkaConnectClient, ctx.region);
    const listed = await listResources(ctx, connectorCalls.ListConnectors, () => paginateListConnectors({ client: kafkaconnect, pageSize: 100 }, {}), (page) => page.connectors);
    await inWindow(listed, async (item) => {
      const name = listedId(ctx, item.connectorName, connectorCalls.ListConnectors, 'a connector', 'connectorName');
      const arn = listedId(ctx, item.connectorArn, connectorCalls.ListConnectors, 'a connector', 'connectorArn');
      if (name === undefined || arn === undefined) return;
      const described = await ctx.call(connectorCalls.DescribeConnector, () => kafkaconnect.send(new DescribeConnectorCommand({ connectorArn: arn })));
      if (described.kind === 'absent') return;
      const draft = ctx.draft({ type: 'aws.kafkaconnect.connector', id: name, arn }).set('name', name);
      if (described.kind === 'ok') setFields(draft, connectorFields(described.value), connectorCalls.DescribeConnector.label);
      else for (const path of DESCRIBE_CONNECTOR_FIELDS) draft.fail(path, described.failure);
      ctx.emit(draft.build());
    });
  },
});
