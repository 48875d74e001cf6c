/**
 * aws.ec2.security-group: every group in the region with its rules, and how
 * many network interfaces use it. The count comes from one paginated
 * DescribeNetworkInterfaces per region, tallied per group: a call per group
 * does not scale to accounts with thousands of groups. When that listing
 * fails, even part-way, every group's count is a recorded failure, never 0
 * (0 would read as "unused, safe to delete").
 */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeNetworkInterfaces, paginateDescribeSecurityGroups } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, readPages, listedId } from '../../listing.js';
import { interfaceCounts, securityGroupEnvelope, securityGroupFields } from './map.js';

export const securityGroupCalls = callTable('EC2', 'ec2', {
  DescribeSecurityGroups: { iam: 'ec2:DescribeSecurityGroups', fills: ['groupId', 'groupName', 'description', 'vpcId', 'ownerId', 'isDefault', 'ingress', 'egress'] },
  DescribeNetworkInterfaces: { iam: 'ec2:DescribeNetworkInterfaces', fills: ['attachedInterfaceCount'] },
});

export const ec2SecurityGroups = defineCollector({
  type: 'aws.ec2.security-group',
  scope: 'regional',
  calls: [securityGroupCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const [groups, interfaces] = await Promise.all([
      listResources(ctx, securityGroupCalls.DescribeSecurityGroups, () => paginateDescribeSecurityGroups({ client: ec2, pageSize: 1000 }, {}), (page) => page.SecurityGroups),
      readPages(securityGroupCalls.DescribeNetworkInterfaces, paginateDescribeNetworkInterfaces({ client: ec2, pageSize: 1000 }, {}), (page) => page.NetworkInterfaces),
    ]);
    const counts = interfaceCounts(interfaces.items);
    for (const group of groups) {
      // A group without an id cannot be told apart or named: the listing is then incomplete, not shorter.
      const groupId = listedId(ctx, group.GroupId, securityGroupCalls.DescribeSecurityGroups, 'a group', 'GroupId');
      if (groupId === undefined) continue;
      const draft = ctx.draft(securityGroupEnvelope(group, ctx));
      setFields(draft, securityGroupFields(group), securityGroupCalls.DescribeSecurityGroups.label);
      if (interfaces.failure === undefined) draft.set('attachedInterfaceCount', counts.get(groupId) ?? 0);
      else draft.fail('attachedInterfaceCount', interfaces.failure);
      ctx.emit(draft.build());
    }
  },
});
