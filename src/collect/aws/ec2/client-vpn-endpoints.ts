/**
 * aws.ec2.client-vpn-endpoint: every Client VPN endpoint in the region, from
 * one paginated DescribeClientVpnEndpoints, with its connection logging,
 * authentication, split tunnelling and transport.
 */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeClientVpnEndpoints } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { clientVpnEndpointEnvelope, clientVpnEndpointFields } from './map-vpc-endpoints.js';

export const clientVpnEndpointCalls = callTable('EC2', 'ec2', {
  DescribeClientVpnEndpoints: { iam: 'ec2:DescribeClientVpnEndpoints', fills: ['clientVpnEndpointId', 'status', 'vpcId', 'connectionLog', 'authentication', 'splitTunnel', 'transportProtocol'] },
});

export const ec2ClientVpnEndpoints = defineCollector({
  type: 'aws.ec2.client-vpn-endpoint',
  scope: 'regional',
  calls: [clientVpnEndpointCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const endpoints = await listResources(ctx, clientVpnEndpointCalls.DescribeClientVpnEndpoints, () => paginateDescribeClientVpnEndpoints({ client: ec2, pageSize: 1000 }, {}), (page) => page.ClientVpnEndpoints);
    for (const endpoint of endpoints) {
      if (listedId(ctx, endpoint.ClientVpnEndpointId, clientVpnEndpointCalls.DescribeClientVpnEndpoints, 'a Client VPN endpoint', 'ClientVpnEndpointId') === undefined) continue;
      const draft = ctx.draft(clientVpnEndpointEnvelope(endpoint, ctx));
      setFields(draft, clientVpnEndpointFields(endpoint), clientVpnEndpointCalls.DescribeClientVpnEndpoints.label);
      ctx.emit(draft.build());
    }
  },
});
