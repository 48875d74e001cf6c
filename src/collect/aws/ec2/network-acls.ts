/** aws.ec2.network-acl: every network ACL in the region with its entries and associated subnets. */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeNetworkAcls } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { networkAclEnvelope, networkAclFields } from './map.js';

export const networkAclCalls = callTable('EC2', 'ec2', {
  DescribeNetworkAcls: { iam: 'ec2:DescribeNetworkAcls', fills: ['networkAclId', 'vpcId', 'isDefault', 'ownerId', 'entries', 'associatedSubnetIds'] },
});

export const ec2NetworkAcls = defineCollector({
  type: 'aws.ec2.network-acl',
  scope: 'regional',
  calls: [networkAclCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const acls = await listResources(ctx, networkAclCalls.DescribeNetworkAcls, () => paginateDescribeNetworkAcls({ client: ec2, pageSize: 1000 }, {}), (page) => page.NetworkAcls);
    for (const acl of acls) {
      if (listedId(ctx, acl.NetworkAclId, networkAclCalls.DescribeNetworkAcls, 'a network ACL', 'NetworkAclId') === undefined) continue;
      const draft = ctx.draft(networkAclEnvelope(acl, ctx));
      setFields(draft, networkAclFields(acl), networkAclCalls.DescribeNetworkAcls.label);
      ctx.emit(draft.build());
    }
  },
});
