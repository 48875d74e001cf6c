/** aws.ec2.transit-gateway: every transit gateway in the region with its options. */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeTransitGateways } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { transitGatewayEnvelope, transitGatewayFields } from './map-transit-gateways.js';

export const transitGatewayCalls = callTable('EC2', 'ec2', {
  DescribeTransitGateways: { iam: 'ec2:DescribeTransitGateways', fills: ['transitGatewayId', 'state', 'ownerId', 'description', 'creationTime', 'options'] },
});

export const ec2TransitGateways = defineCollector({
  type: 'aws.ec2.transit-gateway',
  scope: 'regional',
  calls: [transitGatewayCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const gateways = await listResources(ctx, transitGatewayCalls.DescribeTransitGateways, () => paginateDescribeTransitGateways({ client: ec2, pageSize: 1000 }, {}), (page) => page.TransitGateways);
    for (const gateway of gateways) {
      if (listedId(ctx, gateway.TransitGatewayId, transitGatewayCalls.DescribeTransitGateways, 'a transit gateway', 'TransitGatewayId') === undefined) continue;
      const draft = ctx.draft(transitGatewayEnvelope(gateway, ctx));
      setFields(draft, transitGatewayFields(gateway), transitGatewayCalls.DescribeTransitGateways.label);
      ctx.emit(draft.build());
    }
  },
});
