/**
 * aws.ec2.vpc-endpoint: every VPC endpoint in the region, from one paginated
 * DescribeVpcEndpoints. Policies on aws.ec2.vpc look endpoints up by vpcId,
 * so a listing that fails marks this type's coverage failed and those
 * policies answer ERROR, never "no endpoint".
 */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeVpcEndpoints } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { vpcEndpointEnvelope, vpcEndpointFields } from './map-vpc-endpoints.js';

export const vpcEndpointCalls = callTable('EC2', 'ec2', {
  DescribeVpcEndpoints: { iam: 'ec2:DescribeVpcEndpoints', fills: ['vpcEndpointId', 'vpcId', 'vpcEndpointType', 'serviceName', 'serviceRegion', 'state', 'ownerId', 'policyDocument', 'privateDnsEnabled', 'subnetIds', 'routeTableIds'] },
});

export const ec2VpcEndpoints = defineCollector({
  type: 'aws.ec2.vpc-endpoint',
  scope: 'regional',
  calls: [vpcEndpointCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    const endpoints = await listResources(ctx, vpcEndpointCalls.DescribeVpcEndpoints, () => paginateDescribeVpcEndpoints({ client: ec2, pageSize: 1000 }, {}), (page) => page.VpcEndpoints);
    for (const endpoint of endpoints) {
      if (listedId(ctx, endpoint.VpcEndpointId, vpcEndpointCalls.DescribeVpcEndpoints, 'a VPC endpoint', 'VpcEndpointId') === undefined) continue;
      const draft = ctx.draft(vpcEndpointEnvelope(endpoint, ctx));
      setFields(draft, vpcEndpointFields(endpoint), vpcEndpointCalls.DescribeVpcEndpoints.label);
      ctx.emit(draft.build());
    }
  },
});
