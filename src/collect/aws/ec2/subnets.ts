/** aws.ec2.subnet: every subnet in the region; DescribeSubnets answers all the fields. */
import { EC2Client, paginateDescribeSubnets } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { subnetEnvelope, subnetFields } from './map.js';

export const subnetCalls = callTable('EC2', 'ec2', {
  DescribeSubnets: {
    iam: 'ec2:DescribeSubnets',
    fills: ['subnetId', 'vpcId', 'cidrBlock', 'ipv6CidrBlocks', 'availabilityZone', 'availabilityZoneId', 'state', 'ownerId', 'defaultForAz', 'mapPublicIpOnLaunch', 'assignIpv6AddressOnCreation', 'availableIpAddressCount'],
  },
});

export const ec2Subnets = defineCollector({
  type: 'aws.ec2.subnet',
  scope: 'regional',
  calls: [subnetCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const subnets = await listResources(ctx, subnetCalls.DescribeSubnets, () => paginateDescribeSubnets({ client: ec2, pageSize: 1000 }, {}), (page) => page.Subnets);
    for (const subnet of subnets) {
      if (listedId(ctx, subnet.SubnetId, subnetCalls.DescribeSubnets, 'a subnet', 'SubnetId') === undefined) continue;
      const draft = ctx.draft(subnetEnvelope(subnet, ctx));
      setFields(draft, subnetFields(subnet), subnetCalls.DescribeSubnets.label);
      ctx.emit(draft.build());
    }
  },
});
