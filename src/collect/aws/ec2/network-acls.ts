/** aws.ec2.network-acl: every network ACL in the region with its entries and associated subnets. */
import { EC2Client, paginateDescribeNetworkAcls } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { networkAclEnvelope, networkAclFields } from './map.js';

export const ec2NetworkAcls = defineCollector({
  type: 'aws.ec2.network-acl',
  scope: 'regional',
  permissions: ['ec2:DescribeNetworkAcls'],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const acls = await listResources(ctx, 'ec2:DescribeNetworkAcls', () => paginateDescribeNetworkAcls({ client: ec2, pageSize: 1000 }, {}), (page) => page.NetworkAcls);
    for (const acl of acls) {
      if (listedId(ctx, acl.NetworkAclId, 'ec2:DescribeNetworkAcls', 'a network ACL', 'NetworkAclId') === undefined) continue;
      const draft = ctx.draft(networkAclEnvelope(acl, ctx));
      setFields(draft, networkAclFields(acl), 'ec2:DescribeNetworkAcls');
      ctx.emit(draft.build());
    }
  },
});
