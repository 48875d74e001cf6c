/**
 * AWS::ElasticLoadBalancingV2::LoadBalancer → aws.elbv2.load-balancer. AWS's
 * Config resource schema for the type (awslabs/aws-config-resource-schema)
 * records the load balancer as DescribeLoadBalancers answers it, camelCase:
 * loadBalancerArn, loadBalancerName, type, scheme, vpcId, state.code,
 * availabilityZones (zoneName, subnetId, addresses), securityGroups, dNSName,
 * ipAddressType. It names no attributes (deletion protection, access logs,
 * header and desync handling: DescribeLoadBalancerAttributes), and a
 * listener is an item of its own type (AWS::ElasticLoadBalancingV2::Listener),
 * not part of this one. What the item holds is read back into the SDK's
 * LoadBalancer and mapped by the API collector's own functions: one mapping,
 * two sources. The attributes and listeners are always read from Elastic
 * Load Balancing in the same run with the API collector's rows, one call of
 * each per load balancer (not with an aggregator, where they are errors on
 * the load balancer); a load balancer deleted since Config recorded it
 * answers LoadBalancerNotFound, an error on those fields, never "none". A
 * field the item lacks or holds in a form the API does not answer is read
 * from one DescribeLoadBalancers listing per region. Config spells "none"
 * as null: a null securityGroups is none, as the API's absent member is.
 * The API collector reads no tags, so neither does this mapping.
 */
import {
  DescribeLoadBalancerAttributesCommand, ElasticLoadBalancingV2Client, paginateDescribeListeners, paginateDescribeLoadBalancers,
  type DescribeLoadBalancerAttributesCommandOutput, type LoadBalancer,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { readFields, type ReadersOf } from '../../answers.js';
import { elbv2Calls } from '../../aws/elbv2/load-balancers.js';
import { attributeFields, attributePaths, listeners, loadBalancerFields, loadBalancerType } from '../../aws/elbv2/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { ConfigurationItem } from '../item.js';
import { fieldOf, goneFrom, oncePerItem, oncePerRun } from '../fill.js';
import { defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

type Elbv2 = CatalogData['aws.elbv2.load-balancer'];

/** The load balancer's ARN: the item's configuration.loadBalancerArn, else its own ARN or id (Config's id for one is its ARN). */
const arnOf = (item: ConfigurationItem): string => stringOf(item.configuration?.loadBalancerArn) ?? item.arn ?? item.resourceId;

/** securityGroups as the SDK holds them: null is none; a list of ids (or of {value} wrappers, as the schema spells it) is read; anything else is not. */
function securityGroupsOf(value: unknown): string[] | undefined {
  if (value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const ids = value.map((v) => (typeof v === 'string' ? v : isRecord(v) ? stringOf(v.value) : undefined));
  return ids.every((id): id is string => id !== undefined) ? ids : undefined;
}

/** availabilityZones as the SDK holds them; a zone that is not an object with a zone name and a subnet id (or null) makes the list unreadable. */
function zonesOf(value: unknown): LoadBalancer['AvailabilityZones'] | undefined {
  if (!Array.isArray(value)) return undefined;
  const zones = value.map((z) => (isRecord(z) && typeof z.zoneName === 'string' && (z.subnetId === null || typeof z.subnetId === 'string') ? { ZoneName: z.zoneName, SubnetId: stringOf(z.subnetId) } : undefined));
  return zones.every((z) => z !== undefined) ? zones : undefined;
}

/** The region's load balancers, listed once per collector run, however many items lack fields. */
const loadBalancersOf = oncePerRun((ctx): Promise<Fetch<LoadBalancer[]>> => {
  const elb = ctx.clients.get(ElasticLoadBalancingV2Client, ctx.region);
  return listFetch(elbv2Calls.DescribeLoadBalancers, () => paginateDescribeLoadBalancers({ client: elb }, {}), (page) => page.LoadBalancers);
});

/** One DescribeLoadBalancerAttributes per load balancer, however many of its attributes are read. */
const attributesOf = oncePerItem((ctx, item): Promise<Fetch<DescribeLoadBalancerAttributesCommandOutput>> => {
  const elb = ctx.clients.get(ElasticLoadBalancingV2Client, ctx.region);
  return ctx.call(elbv2Calls.DescribeLoadBalancerAttributes, () => elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arnOf(item) })));
});

const gone = (operation: string): Fetch<never> => goneFrom('LoadBalancerNotFound', 'Elastic Load Balancing no longer has the load balancer AWS Config recorded', operation);
const field = (readers: ReadersOf<Elbv2>, path: string, operation: string): Fetch<unknown> => fieldOf(readers, path, operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const listing = await loadBalancersOf(ctx);
  if (listing.kind !== 'ok') return listing.kind === 'failed' ? listing : gone(elbv2Calls.DescribeLoadBalancers.label);
  const lb = listing.value.find((l) => l.LoadBalancerArn === arnOf(item));
  return lb === undefined ? gone(elbv2Calls.DescribeLoadBalancers.label) : field(loadBalancerFields(lb), path, elbv2Calls.DescribeLoadBalancers.label);
}

/** An attribute, read for the type the item holds (which attributes a load balancer has depends on it). */
async function attributeField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const label = elbv2Calls.DescribeLoadBalancerAttributes.label;
  const answer = await attributesOf(ctx, item);
  if (answer.kind === 'absent') return gone(label);
  if (answer.kind === 'failed') return answer;
  let type: Elbv2['type'];
  try {
    type = loadBalancerType({ Type: stringOf(item.configuration?.type) as LoadBalancer['Type'] });
  } catch {
    return { kind: 'failed', failure: { code: 'IncompleteResponse', message: 'the Configuration Item\'s type is unknown, so which attributes the load balancer has is too', operation: label } };
  }
  return field(attributeFields(type, answer.value.Attributes), path, label);
}

async function listenersField(ctx: CollectContext, item: ConfigurationItem): Promise<Fetch<unknown>> {
  const elb = ctx.clients.get(ElasticLoadBalancingV2Client, ctx.region);
  const label = elbv2Calls.DescribeListeners.label;
  const listed = await listFetch(elbv2Calls.DescribeListeners, () => paginateDescribeListeners({ client: elb }, { LoadBalancerArn: arnOf(item) }), (page) => page.Listeners);
  if (listed.kind === 'absent') return gone(label);
  if (listed.kind === 'failed') return elbv2Calls.DescribeListeners.absentOn.includes(listed.failure.code) ? gone(label) : listed;
  // A listener AWS answered incompletely fails the whole list here (a fill sets one field): never a list without it.
  return field({ listeners: () => listeners(listed.value) }, 'listeners', label);
}

const LISTED = ['loadBalancerArn', 'name', 'type', 'scheme', 'vpcId', 'state', 'availabilityZones', 'securityGroups'];
const isAttribute = (path: string): boolean => (attributePaths as readonly string[]).includes(path);

export const elbv2LoadBalancerFromConfig = defineConfigMapper({
  configType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  catalogType: 'aws.elbv2.load-balancer',
  fill: {
    calls: [elbv2Calls],
    read(ctx, item, path) {
      if (path === 'listeners') return () => listenersField(ctx, item);
      if (isAttribute(path)) return () => attributeField(ctx, item, path);
      if (LISTED.includes(path)) return () => listedField(ctx, item, path);
      return undefined;
    },
  },
  map(item) {
    const c = item.configuration ?? {};
    const state = isRecord(c.state) ? stringOf(c.state.code) : undefined;
    const groups = Object.hasOwn(c, 'securityGroups') ? securityGroupsOf(c.securityGroups) : undefined;
    const zones = zonesOf(c.availabilityZones);
    const lb: LoadBalancer = {
      LoadBalancerArn: stringOf(c.loadBalancerArn), LoadBalancerName: stringOf(c.loadBalancerName), Type: stringOf(c.type) as LoadBalancer['Type'],
      Scheme: stringOf(c.scheme) as LoadBalancer['Scheme'], VpcId: stringOf(c.vpcId), State: state === undefined ? undefined : { Code: state as NonNullable<LoadBalancer['State']>['Code'] },
      AvailabilityZones: zones, SecurityGroups: groups,
    };
    const own: Unreadable[] = [
      // The API mapping reads a missing VPC id as none (a load balancer outside a VPC); in the item only a null is none.
      ...(c.vpcId === null || typeof c.vpcId === 'string' ? [] : [{ path: 'vpcId', reason: 'the Configuration Item has no configuration.vpcId' }]),
      ...(zones === undefined ? [{ path: 'availabilityZones', reason: 'configuration.availabilityZones in the Configuration Item is missing or not a list of zones DescribeLoadBalancers documents' }] : []),
      ...(groups === undefined ? [{ path: 'securityGroups', reason: 'configuration.securityGroups in the Configuration Item is missing or not a list of security group ids' }] : []),
      ...attributePaths.map((path) => ({ path, reason: 'AWS Config records no load balancer attributes for AWS::ElasticLoadBalancingV2::LoadBalancer (DescribeLoadBalancerAttributes)' })),
      { path: 'listeners', reason: 'AWS Config records listeners as their own type (AWS::ElasticLoadBalancingV2::Listener), not in the load balancer\'s item' },
    ];
    const read = fromItem(readFields(loadBalancerFields(lb)), own);
    const arn = arnOf(item);
    const name = lb.LoadBalancerName ?? item.resourceName ?? arn.split('/')[2] ?? item.resourceId;
    return {
      envelope: { type: 'aws.elbv2.load-balancer', id: name, arn, name, tags: {} },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
