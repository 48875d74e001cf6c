/**
 * aws.ec2.network-interface: every network interface in the region, from
 * one paginated DescribeNetworkInterfaces (read the same way, 1000 a page,
 * as the security group collector tallies its interfaces).
 */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeNetworkInterfaces } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { networkInterfaceEnvelope, networkInterfaceFields } from './map-network-interfaces.js';

export const networkInterfaceCalls = callTable('EC2', 'ec2', {
  DescribeNetworkInterfaces: {
    iam: 'ec2:DescribeNetworkInterfaces',
    fills: ['networkInterfaceId', 'interfaceType', 'status', 'vpcId', 'subnetId', 'ownerId', 'sourceDestCheck', 'requesterManaged', 'attachment', 'securityGroupIds', 'privateIpAddress', 'privateIpAddresses', 'publicIp'],
  },
});

export const ec2NetworkInterfaces = defineCollector({
  type: 'aws.ec2.network-interface',
  scope: 'regional',
  calls: [networkInterfaceCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const interfaces = await listResources(ctx, networkInterfaceCalls.DescribeNetworkInterfaces, () => paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 1000 }, {}), (page) => page.NetworkInterfaces);
    for (const eni of interfaces) {
      if (listedId(ctx, eni.NetworkInterfaceId, networkInterfaceCalls.DescribeNetworkInterfaces, 'a network interface', 'NetworkInterfaceId') === undefined) continue;
      const draft = ctx.draft(networkInterfaceEnvelope(eni, ctx));
      setFields(draft, networkInterfaceFields(eni), networkInterfaceCalls.DescribeNetworkInterfaces.label);
      ctx.emit(draft.build());
    }
  },
});
