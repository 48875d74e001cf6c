/**
 * aws.ec2.vpn-connection: every Site-to-Site VPN connection in the region
 * with its tunnels' telemetry and logging options. DescribeVpnConnections
 * has no paging: one call answers every connection of the region.
 */
import { callTable } from '../../calls.js';
import { DescribeVpnConnectionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { vpnConnectionEnvelope, vpnConnectionFields } from './map-vpn-connections.js';

export const vpnConnectionCalls = callTable('EC2', 'ec2', {
  DescribeVpnConnections: { iam: 'ec2:DescribeVpnConnections', fills: ['vpnConnectionId', 'state', 'customerGatewayId', 'vpnGatewayId', 'transitGatewayId', 'tunnels', 'tunnelLogging'] },
});

export const ec2VpnConnections = defineCollector({
  type: 'aws.ec2.vpn-connection',
  scope: 'regional',
  calls: [vpnConnectionCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    async function* onePage() {
      yield await ec2.send(new DescribeVpnConnectionsCommand({}));
    }
    const connections = await listResources(ctx, vpnConnectionCalls.DescribeVpnConnections, onePage, (page) => page.VpnConnections);
    for (const connection of connections) {
      if (listedId(ctx, connection.VpnConnectionId, vpnConnectionCalls.DescribeVpnConnections, 'a VPN connection', 'VpnConnectionId') === undefined) continue;
      const draft = ctx.draft(vpnConnectionEnvelope(connection, ctx));
      setFields(draft, vpnConnectionFields(connection), vpnConnectionCalls.DescribeVpnConnections.label);
      ctx.emit(draft.build());
    }
  },
});
