/**
 * aws.ec2.vpc: every VPC in the region with the flow logs that capture it.
 * Flow logs come from one paginated DescribeFlowLogs per region, grouped by
 * the resource they capture; when that listing fails, even part-way, every
 * VPC's flowLogs is a recorded failure, never an empty list. A flow log the
 * answer gives without ResourceId could be any VPC's: each VPC's list then
 * ends with one placeholder that fails, so "has an active flow log" is
 * unknown where no other flow log decides it.
 */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeFlowLogs, paginateDescribeVpcs } from '@aws-sdk/client-ec2';
import { setFields, withUnplaced } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, readPages, listedId } from '../../listing.js';
import { flowLogsByResource, flowLogsOf, vpcEnvelope, vpcFields } from './map.js';

export const vpcCalls = callTable('EC2', 'ec2', {
  DescribeVpcs: { iam: 'ec2:DescribeVpcs', fills: ['vpcId', 'cidrBlock', 'ipv6CidrBlocks', 'isDefault', 'state', 'ownerId', 'instanceTenancy'] },
  DescribeFlowLogs: { iam: 'ec2:DescribeFlowLogs', fills: ['flowLogs'] },
});

export const ec2Vpcs = defineCollector({
  type: 'aws.ec2.vpc',
  scope: 'regional',
  calls: [vpcCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const [vpcs, logs] = await Promise.all([
      listResources(ctx, vpcCalls.DescribeVpcs, () => paginateDescribeVpcs({ client: ec2, pageSize: 1000 }, {}), (page) => page.Vpcs),
      readPages(vpcCalls.DescribeFlowLogs, paginateDescribeFlowLogs({ client: ec2, pageSize: 1000 }, {}), (page) => page.FlowLogs),
    ]);
    const { byResource, unplaced } = flowLogsByResource(logs.items);
    for (const vpc of vpcs) {
      const vpcId = listedId(ctx, vpc.VpcId, vpcCalls.DescribeVpcs, 'a VPC', 'VpcId');
      if (vpcId === undefined) continue;
      const draft = ctx.draft(vpcEnvelope(vpc, ctx));
      setFields(draft, vpcFields(vpc), vpcCalls.DescribeVpcs.label);
      if (logs.failure !== undefined) {
        draft.fail('flowLogs', logs.failure);
      } else {
        const own = byResource.get(vpcId) ?? [];
        setFields(draft, { flowLogs: () => withUnplaced(flowLogsOf(own), unplaced, `DescribeFlowLogs answered ${unplaced} flow log(s) without ResourceId; any of them may capture this VPC`) }, vpcCalls.DescribeFlowLogs.label);
      }
      ctx.emit(draft.build());
    }
  },
});

