/**
 * aws.ec2.vpc: every VPC in the region with the flow logs that capture it.
 * Flow logs come from one paginated DescribeFlowLogs per region, grouped by
 * the resource they capture; when that listing fails, even part-way, every
 * VPC's flowLogs is a recorded failure, never an empty list.
 */
import { EC2Client, paginateDescribeFlowLogs, paginateDescribeVpcs } from '@aws-sdk/client-ec2';
import { defineCollector } from '../../define.js';
import { listResources, readPages } from '../../listing.js';
import { flowLogsByResource, vpcEnvelope, vpcFields } from './map.js';

export const ec2Vpcs = defineCollector({
  type: 'aws.ec2.vpc',
  scope: 'regional',
  permissions: ['ec2:DescribeVpcs', 'ec2:DescribeFlowLogs'],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const [vpcs, logs] = await Promise.all([
      listResources(ctx, 'ec2:DescribeVpcs', () => paginateDescribeVpcs({ client: ec2, pageSize: 1000 }, {}), (page) => page.Vpcs),
      ctx.limit(() => readPages('ec2:DescribeFlowLogs', paginateDescribeFlowLogs({ client: ec2, pageSize: 1000 }, {}), (page) => page.FlowLogs)),
    ]);
    const byResource = flowLogsByResource(logs.items);
    for (const vpc of vpcs) {
      if (vpc.VpcId === undefined) continue;
      const draft = ctx.draft(vpcEnvelope(vpc, ctx)).setAll(vpcFields(vpc, ctx.account));
      if (logs.failure === undefined) draft.set('flowLogs', byResource.get(vpc.VpcId) ?? []);
      else draft.fail('flowLogs', logs.failure);
      ctx.emit(draft.build());
    }
  },
});
