/**
 * AWS::EC2::VPCEndpoint → aws.ec2.vpc-endpoint. AWS's Config resource schema
 * for the type (awslabs/aws-config-resource-schema) records the endpoint as
 * DescribeVpcEndpoints answers it, camelCase: vpcEndpointId, vpcId,
 * vpcEndpointType, serviceName, state (wrapped as `{"value": …}`), ownerId,
 * privateDnsEnabled, subnetIds and routeTableIds, with the endpoint's tags on
 * the item. That is every field the policies judge (the VPC's interface
 * endpoint for a service: its VPC, kind, state and service name). What it
 * holds is read back into the SDK's VpcEndpoint and mapped by the API
 * collector's own functions: one mapping, two sources.
 *
 * The schema lists no policyDocument and no serviceRegion: whether an item
 * holds the policy, and as a string or an object, is not verified, so the
 * item's is never read. Those two — and any field the item lacks or holds in
 * a form EC2 does not answer — come from one DescribeVpcEndpoints listing per
 * region in the same run (the API collector's row), however many endpoints
 * need them; an endpoint deleted since Config recorded it is not listed, an
 * error on those fields, never "no policy". With an aggregator the listing
 * cannot be made: they are errors on the endpoint.
 *
 * A key the item lacks is unknown, never what the API mapping makes of an
 * absent member (no subnets, no private DNS); Config spells "none" as null,
 * so a null list is empty and a null privateDnsEnabled is none.
 */
import { EC2Client, paginateDescribeVpcEndpoints, type VpcEndpoint } from '@aws-sdk/client-ec2';
import { readFields } from '../../answers.js';
import { vpcEndpointEnvelope, vpcEndpointFields } from '../../aws/ec2/map-vpc-endpoints.js';
import { vpcEndpointCalls } from '../../aws/ec2/vpc-endpoints.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldFromListing, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { booleanOf, defineConfigMapper, stateOf, stringOf } from '../mapper.js';
import { fromItem, type Unreadable } from '../read.js';

const LISTING = vpcEndpointCalls.DescribeVpcEndpoints;

/** The endpoint's id: the item's configuration.vpcEndpointId, else the item's resource id (Config's id for an endpoint is it). */
const idOf = (item: ConfigurationItem): string => stringOf(item.configuration?.vpcEndpointId) ?? item.resourceId;

/** A list of ids as the item holds it: null is none (Config's spelling), a list of strings is itself, anything else is not an answer. */
const idsOf = (value: unknown): string[] | undefined =>
  (value === null ? [] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined);

/** The region's endpoints, listed once per collector run however many items lack fields. */
const endpointsOf = oncePerRun((ctx): Promise<Fetch<VpcEndpoint[]>> => {
  const ec2 = ctx.clients.get(EC2Client, ctx.region);
  return listFetch(LISTING, () => paginateDescribeVpcEndpoints({ client: ec2, pageSize: 1000 }, {}), (page) => page.VpcEndpoints);
});

const gone = (operation: string): Fetch<never> => goneFrom('InvalidVpcEndpointId.NotFound', 'EC2 no longer lists the VPC endpoint AWS Config recorded', operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  return fieldFromListing(await endpointsOf(ctx), (endpoints) => endpoints.find((e) => e.VpcEndpointId === idOf(item)), vpcEndpointFields, path, LISTING.label, gone);
}

export const ec2VpcEndpointFromConfig = defineConfigMapper({
  configType: 'AWS::EC2::VPCEndpoint',
  catalogType: 'aws.ec2.vpc-endpoint',
  fill: {
    calls: [vpcEndpointCalls],
    read(ctx, item, path) {
      return (LISTING.fills as readonly string[]).includes(path) ? () => listedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const subnetIds = idsOf(c.subnetIds);
    const routeTableIds = idsOf(c.routeTableIds);
    const endpoint: VpcEndpoint = {
      VpcEndpointId: idOf(item),
      VpcId: stringOf(c.vpcId),
      VpcEndpointType: stringOf(c.vpcEndpointType) as VpcEndpoint['VpcEndpointType'],
      ServiceName: stringOf(c.serviceName),
      // The API mapping judges the state (either case EC2 spells it); one it does not know is unreadable there.
      State: stringOf(stateOf(c.state)) as VpcEndpoint['State'],
      OwnerId: stringOf(c.ownerId),
      PrivateDnsEnabled: booleanOf(c.privateDnsEnabled),
      SubnetIds: subnetIds,
      RouteTableIds: routeTableIds,
      Tags: Object.entries(item.tags).map(([Key, Value]) => ({ Key, Value })),
    };
    const unread = (path: string, key: string, lacking: boolean): Unreadable[] =>
      (lacking ? [{ path, reason: `the Configuration Item's configuration.${key} is missing or not a value DescribeVpcEndpoints documents` }] : []);
    const own: Unreadable[] = [
      { path: 'serviceRegion', reason: 'AWS Config\'s resource schema for AWS::EC2::VPCEndpoint lists no serviceRegion' },
      { path: 'policyDocument', reason: 'AWS Config\'s resource schema for AWS::EC2::VPCEndpoint lists no policyDocument, so the item\'s form of the policy is not verified' },
      // Absent, the API mapping would read a service name as "none" for some kinds and the private DNS as off.
      ...unread('serviceName', 'serviceName', !Object.hasOwn(c, 'serviceName') || (c.serviceName !== null && endpoint.ServiceName === undefined)),
      ...unread('privateDnsEnabled', 'privateDnsEnabled', !Object.hasOwn(c, 'privateDnsEnabled') || (c.privateDnsEnabled !== null && endpoint.PrivateDnsEnabled === undefined)),
      ...unread('subnetIds', 'subnetIds', subnetIds === undefined),
      ...unread('routeTableIds', 'routeTableIds', routeTableIds === undefined),
    ];
    const read = fromItem(readFields(vpcEndpointFields(endpoint)), own);
    return { envelope: vpcEndpointEnvelope(endpoint, place), fields: read.fields, unreadable: read.unreadable };
  },
});
