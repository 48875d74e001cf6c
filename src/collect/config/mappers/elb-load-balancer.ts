/**
 * AWS::ElasticLoadBalancing::LoadBalancer → aws.elb.load-balancer. AWS's
 * Config resource schema for the type (awslabs/aws-config-resource-schema)
 * records the load balancer as DescribeLoadBalancers answers it, in the
 * camelCase of AWS's Java SDK: loadBalancerName, dnsname, scheme, vpcid,
 * availabilityZones, subnets, securityGroups and listenerDescriptions
 * (listener.protocol, loadBalancerPort, instanceProtocol, instancePort,
 * sslcertificateId, and policyNames); its supplementary configuration
 * LoadBalancerPolicies holds the policies as DescribeLoadBalancerPolicies
 * answers them (policyName, policyTypeName, policyAttributeDescriptions).
 * It names no attributes (access log, connection draining, cross-zone
 * balancing, desync mitigation: DescribeLoadBalancerAttributes). What the
 * item holds is read back into the SDK's shapes and mapped by the API
 * collector's own functions: one mapping, two sources, so a listener that
 * names a policy the item's LoadBalancerPolicies does not hold is unknown,
 * never "no negotiation policy". The attributes are always read from
 * Elastic Load Balancing in the same run with the API collector's row, one
 * call per load balancer, and the SSL negotiation with
 * DescribeLoadBalancerPolicies when the item lacks the policies (not with an
 * aggregator, where they are errors on the load balancer); a load balancer
 * deleted since Config recorded it answers LoadBalancerNotFound, an error on
 * those fields, never "none". A field the item lacks or holds in a form the
 * API does not answer is read from one DescribeLoadBalancers listing per
 * region. Config spells "none" as null: a null vpcid, subnets or
 * securityGroups is none, as the API's absent member is. The API collector
 * reads no tags, so neither does this mapping.
 */
import {
  DescribeLoadBalancerAttributesCommand, DescribeLoadBalancerPoliciesCommand, ElasticLoadBalancingClient, paginateDescribeLoadBalancers,
  type DescribeLoadBalancerAttributesCommandOutput, type ListenerDescription, type LoadBalancerDescription, type PolicyDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import { readFields, type ReadersOf } from '../../answers.js';
import { elbCalls } from '../../aws/elb/load-balancers.js';
import { attributeFields, attributePaths, loadBalancerFields, sslNegotiation, tlsListeners } from '../../aws/elb/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { documentOf, type ConfigurationItem } from '../item.js';
import { fieldOf, goneFrom, oncePerItem, oncePerRun } from '../fill.js';
import { defineConfigMapper, numberOf, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

type Elb = CatalogData['aws.elb.load-balancer'];

/** The load balancer's name: the item's configuration.loadBalancerName, else its own name or id (Config's id for one is its name). */
const nameOf = (item: ConfigurationItem): string => stringOf(item.configuration?.loadBalancerName) ?? item.resourceName ?? item.resourceId;

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined);

/** A list the API leaves out when there is none: null is none, a list of strings is read, anything else (a missing key too) is not. */
const noneOrStrings = (c: Readonly<Record<string, unknown>>, key: string): string[] | undefined => (c[key] === null && Object.hasOwn(c, key) ? [] : strings(c[key]));

/** One listener description as the SDK's; a listener without its ports and protocols, or a certificate that is not null or a string, is not one the API answers. */
function listenerOf(value: unknown): ListenerDescription | undefined {
  if (!isRecord(value) || !isRecord(value.listener)) return undefined;
  const l = value.listener;
  const policyNames = value.policyNames === null ? [] : strings(value.policyNames);
  if (policyNames === undefined || !Object.hasOwn(l, 'sslcertificateId') || !(l.sslcertificateId === null || typeof l.sslcertificateId === 'string')) return undefined;
  const [protocol, instanceProtocol, port, instancePort] = [stringOf(l.protocol), stringOf(l.instanceProtocol), numberOf(l.loadBalancerPort), numberOf(l.instancePort)];
  if (protocol === undefined || instanceProtocol === undefined || port === undefined || instancePort === undefined) return undefined;
  return { Listener: { Protocol: protocol, LoadBalancerPort: port, InstanceProtocol: instanceProtocol, InstancePort: instancePort, SSLCertificateId: stringOf(l.sslcertificateId) }, PolicyNames: policyNames };
}

function listenersOf(value: unknown): ListenerDescription[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const listeners = value.map(listenerOf);
  return listeners.every((l) => l !== undefined) ? listeners : undefined;
}

/** supplementaryConfiguration.LoadBalancerPolicies as DescribeLoadBalancerPolicies' PolicyDescriptions; undefined when the item lacks them or holds something else. */
function policiesOf(value: unknown): PolicyDescription[] | undefined {
  const document = documentOf(value);
  if (!Array.isArray(document)) return undefined;
  const policies = document.map((p): PolicyDescription | undefined => {
    if (!isRecord(p) || typeof p.policyName !== 'string' || typeof p.policyTypeName !== 'string') return undefined;
    const attributes = p.policyAttributeDescriptions === null ? [] : p.policyAttributeDescriptions;
    if (!Array.isArray(attributes)) return undefined;
    const read = attributes.map((a) => (isRecord(a) && typeof a.attributeName === 'string' && (a.attributeValue === null || typeof a.attributeValue === 'string')
      ? { AttributeName: a.attributeName, AttributeValue: stringOf(a.attributeValue) } : undefined));
    return read.every((a) => a !== undefined) ? { PolicyName: p.policyName, PolicyTypeName: p.policyTypeName, PolicyAttributeDescriptions: read } : undefined;
  });
  return policies.every((p) => p !== undefined) ? policies : undefined;
}

/** The region's Classic Load Balancers, listed once per collector run, however many items lack fields. */
const loadBalancersOf = oncePerRun((ctx): Promise<Fetch<LoadBalancerDescription[]>> => {
  const elb = ctx.clients.get(ElasticLoadBalancingClient, ctx.region);
  return listFetch(elbCalls.DescribeLoadBalancers, () => paginateDescribeLoadBalancers({ client: elb }, {}), (page) => page.LoadBalancerDescriptions);
});

/** One DescribeLoadBalancerAttributes per load balancer, however many of its attributes are read. */
const attributesOf = oncePerItem((ctx, item): Promise<Fetch<DescribeLoadBalancerAttributesCommandOutput>> => {
  const elb = ctx.clients.get(ElasticLoadBalancingClient, ctx.region);
  return ctx.call(elbCalls.DescribeLoadBalancerAttributes, () => elb.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: nameOf(item) })));
});

const gone = (operation: string): Fetch<never> => goneFrom('LoadBalancerNotFound', 'Elastic Load Balancing no longer has the load balancer AWS Config recorded', operation);
const field = (readers: ReadersOf<Elb>, path: string, operation: string): Fetch<unknown> => fieldOf(readers, path, operation);

/** The load balancer as the listing answers it, or the listing's failure (gone when it is not listed). */
async function listed(ctx: CollectContext, item: ConfigurationItem): Promise<Fetch<LoadBalancerDescription>> {
  const listing = await loadBalancersOf(ctx);
  if (listing.kind !== 'ok') return listing.kind === 'failed' ? listing : gone(elbCalls.DescribeLoadBalancers.label);
  const lb = listing.value.find((l) => l.LoadBalancerName === nameOf(item));
  return lb === undefined ? gone(elbCalls.DescribeLoadBalancers.label) : { kind: 'ok', value: lb };
}

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const lb = await listed(ctx, item);
  return lb.kind === 'ok' ? field(loadBalancerFields(lb.value), path, elbCalls.DescribeLoadBalancers.label) : lb;
}

async function attributeField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const answer = await attributesOf(ctx, item);
  if (answer.kind === 'absent') return gone(elbCalls.DescribeLoadBalancerAttributes.label);
  if (answer.kind === 'failed') return answer;
  return field(attributeFields(answer.value.LoadBalancerAttributes), path, elbCalls.DescribeLoadBalancerAttributes.label);
}

/** The SSL negotiation as the API collector reads it: the listeners from the item when it holds them, else from the listing; policies asked only for TLS listeners. */
async function negotiationField(ctx: CollectContext, item: ConfigurationItem, own: ListenerDescription[] | undefined): Promise<Fetch<unknown>> {
  const lb = own === undefined ? await listed(ctx, item) : { kind: 'ok' as const, value: { ListenerDescriptions: own } };
  if (lb.kind !== 'ok') return lb;
  const label = elbCalls.DescribeLoadBalancerPolicies.label;
  if (tlsListeners(lb.value).length === 0) return field({ sslNegotiation: () => sslNegotiation(lb.value, []) }, 'sslNegotiation', label);
  const elb = ctx.clients.get(ElasticLoadBalancingClient, ctx.region);
  const answer = await ctx.call(elbCalls.DescribeLoadBalancerPolicies, () => elb.send(new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: nameOf(item) })));
  if (answer.kind === 'absent') return gone(label);
  if (answer.kind === 'failed') return answer;
  return field({ sslNegotiation: () => sslNegotiation(lb.value, answer.value.PolicyDescriptions) }, 'sslNegotiation', label);
}

const LISTED = ['name', 'dnsName', 'scheme', 'vpcId', 'availabilityZones', 'subnets', 'securityGroups', 'listeners'];
const isAttribute = (path: string): boolean => (attributePaths as readonly string[]).includes(path);

export const elbLoadBalancerFromConfig = defineConfigMapper({
  configType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  catalogType: 'aws.elb.load-balancer',
  fill: {
    calls: [elbCalls],
    read(ctx, item, path) {
      if (isAttribute(path)) return () => attributeField(ctx, item, path);
      if (path === 'sslNegotiation') return () => negotiationField(ctx, item, listenersOf(item.configuration?.listenerDescriptions));
      if (LISTED.includes(path)) return () => listedField(ctx, item, path);
      return undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const subnets = noneOrStrings(c, 'subnets');
    const groups = noneOrStrings(c, 'securityGroups');
    const listeners = listenersOf(c.listenerDescriptions);
    const policies = Object.hasOwn(item.supplementaryConfiguration, 'LoadBalancerPolicies') ? policiesOf(item.supplementaryConfiguration.LoadBalancerPolicies) : undefined;
    const lb: LoadBalancerDescription = {
      LoadBalancerName: stringOf(c.loadBalancerName), DNSName: stringOf(c.dnsname), Scheme: stringOf(c.scheme), VPCId: stringOf(c.vpcid),
      AvailabilityZones: strings(c.availabilityZones), Subnets: subnets, SecurityGroups: groups, ListenerDescriptions: listeners,
    };
    // Without the item's policies a TLS listener's negotiation is unknown (an empty list reads as "names a policy it does not hold").
    const negotiation: ReadersOf<Elb> = { sslNegotiation: () => sslNegotiation(lb, policies ?? (tlsListeners(lb).length === 0 ? [] : undefined)) };
    const lacks = (path: string, key: string, what: string): Unreadable => ({ path, reason: `configuration.${key} in the Configuration Item is missing or not ${what}` });
    const own: Unreadable[] = [
      // The API mapping reads a missing VPC id or list as none (EC2-Classic); in the item only a null is none.
      ...(c.vpcid === null || typeof c.vpcid === 'string' ? [] : [lacks('vpcId', 'vpcid', 'null or a VPC id')]),
      ...(subnets === undefined ? [lacks('subnets', 'subnets', 'null or a list of subnet ids')] : []),
      ...(groups === undefined ? [lacks('securityGroups', 'securityGroups', 'null or a list of security group ids')] : []),
      ...(lb.AvailabilityZones === undefined ? [lacks('availabilityZones', 'availabilityZones', 'a list of zone names')] : []),
      ...(listeners === undefined ? [lacks('listeners', 'listenerDescriptions', 'a list of listeners as DescribeLoadBalancers answers them')] : []),
      // A fill sets the list whole: a listener naming a policy the item does not hold sends the whole list to DescribeLoadBalancerPolicies.
      ...(listeners === undefined || readFields(negotiation).unreadable.length > 0
        ? [{ path: 'sslNegotiation', reason: 'the Configuration Item holds no readable listeners, or no supplementaryConfiguration.LoadBalancerPolicies answering every policy its TLS listeners name' }] : []),
      ...attributePaths.map((path) => ({ path, reason: 'AWS Config records no load balancer attributes for AWS::ElasticLoadBalancing::LoadBalancer (DescribeLoadBalancerAttributes)' })),
    ];
    const read = fromItem(readFields({ ...loadBalancerFields(lb), ...negotiation }), own);
    const name = nameOf(item);
    return {
      envelope: { type: 'aws.elb.load-balancer', id: name, arn: `arn:${place.partition}:elasticloadbalancing:${place.region}:${place.account}:loadbalancer/${name}`, name, tags: {} },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
