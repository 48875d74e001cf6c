/**
 * AWS::ECS::Service → aws.ecs.service. AWS's Config resource schema for the
 * type (awslabs/aws-config-resource-schema) records the service as
 * CloudFormation describes it, PascalCase: ServiceName (and Name), ServiceArn,
 * Cluster, LaunchType, CapacityProviderStrategy (CapacityProvider, Base,
 * Weight), PlatformVersion, NetworkConfiguration.AwsvpcConfiguration
 * (AssignPublicIp, Subnets, SecurityGroups) and TaskDefinition, with the
 * service's tags on the item. What it holds is read back into the SDK's
 * Service and mapped by the API collector's own functions: one mapping, two
 * sources. A service has a launch type or a capacity provider strategy,
 * never both, so a LaunchType means no capacity providers; an item with
 * neither (a service on the cluster's default strategy, which
 * CloudFormation need not spell) is unknown. PlatformVersion absent is "not
 * on Fargate" only for a launch type that is not Fargate. A null
 * NetworkConfiguration is none, as Config spells none; an absent one is
 * unknown. The Cluster and TaskDefinition CloudFormation take as a name or
 * an ARN: a cluster name gives the cluster's ARN (ECS builds it from the
 * name), a task definition must be the ARN DescribeServices answers. The
 * schema lists no status and no platform family, so those — and any field
 * the item lacks or holds in a form ECS does not answer — are read in the
 * same run with the API collector's rows: one ListServices listing of each
 * cluster the items name and DescribeServices per ten listed services, as
 * the API path reads them (its ListClusters is not needed; not with an
 * aggregator, where the fields are errors on the service). A service
 * deleted since Config recorded it is not listed, or named MISSING: an
 * error on those fields, never "none". The API collector reads the tags
 * DescribeServices answers, which are the service's tags the item carries.
 */
import { ECSClient, paginateListServices, type Service } from '@aws-sdk/client-ecs';
import { readFields } from '../../answers.js';
import type { Place } from '../../aws/ec2/map.js';
import { describeServices, serviceCalls, type DescribedService } from '../../aws/ecs/services.js';
import { arnName, DESCRIBE_SERVICES_FIELDS, serviceFields } from '../../aws/ecs/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldOf, goneFrom } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { defineConfigMapper, records, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

const isArn = (value: string | undefined, kind: string): boolean => value !== undefined && value.startsWith('arn:') && value.includes(`:${kind}/`);

/** The cluster's ARN from the item's Cluster (an ARN or a name), else from a service ARN of the long format (service/cluster/name). */
function clusterArnOf(item: ConfigurationItem, place: Place): string | undefined {
  const cluster = stringOf(item.configuration?.Cluster);
  if (cluster !== undefined && isArn(cluster, 'cluster')) return cluster;
  if (cluster !== undefined && cluster !== '' && !cluster.includes(':') && !cluster.includes('/')) return `arn:${place.partition}:ecs:${place.region}:${place.account}:cluster/${cluster}`;
  const parts = serviceArnOf(item)?.split(':').at(-1)?.split('/') ?? [];
  return parts.length === 3 ? `arn:${place.partition}:ecs:${place.region}:${place.account}:cluster/${parts[1] ?? ''}` : undefined;
}

const serviceArnOf = (item: ConfigurationItem): string | undefined => stringOf(item.configuration?.ServiceArn) ?? item.arn;
const nameOf = (item: ConfigurationItem): string => stringOf(item.configuration?.ServiceName) ?? stringOf(item.configuration?.Name) ?? item.resourceName ?? arnName(serviceArnOf(item) ?? item.resourceId);

const LAUNCH_TYPES_OFF_FARGATE = ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'];

/** The strategy's providers, or undefined when the item has none: neither a launch type nor a strategy is not a service ECS answers. */
function strategyOf(c: Readonly<Record<string, unknown>>, launchType: string | undefined): Service['capacityProviderStrategy'] | 'unreadable' {
  if (launchType !== undefined) return undefined;
  const raw = c.CapacityProviderStrategy;
  if (!Array.isArray(raw) || raw.length === 0) return 'unreadable';
  const providers = records(raw).map((s) => stringOf(s.CapacityProvider));
  return providers.length === raw.length && providers.every((p): p is string => p !== undefined) ? providers.map((capacityProvider) => ({ capacityProvider })) : 'unreadable';
}

/** NetworkConfiguration as the SDK's: null is none; an awsvpc configuration is passed on for the API's reader to judge its AssignPublicIp. */
function networkOf(c: Readonly<Record<string, unknown>>): Service['networkConfiguration'] | 'unreadable' {
  if (!Object.hasOwn(c, 'NetworkConfiguration')) return 'unreadable';
  const raw = c.NetworkConfiguration;
  if (raw === null || (isRecord(raw) && raw.AwsvpcConfiguration === null)) return undefined;
  if (!isRecord(raw) || !isRecord(raw.AwsvpcConfiguration)) return 'unreadable';
  const assign = stringOf(raw.AwsvpcConfiguration.AssignPublicIp);
  return { awsvpcConfiguration: { subnets: [], ...(assign === undefined ? {} : { assignPublicIp: assign as 'ENABLED' | 'DISABLED' }) } };
}

/** The services ListServices names in one cluster and DescribeServices' answer for each, once per collector run and cluster. */
interface Listed { readonly listed: Fetch<string[]>; readonly described: Map<string, DescribedService> }
const listings = new WeakMap<CollectContext, Map<string, Promise<Listed>>>();

function clusterListing(ctx: CollectContext, clusterArn: string): Promise<Listed> {
  let byCluster = listings.get(ctx);
  if (byCluster === undefined) listings.set(ctx, (byCluster = new Map<string, Promise<Listed>>()));
  let listing = byCluster.get(clusterArn);
  if (listing === undefined) {
    listing = (async () => {
      const ecs = ctx.clients.get(ECSClient, ctx.region);
      const listed = await listFetch(serviceCalls.ListServices, () => paginateListServices({ client: ecs, pageSize: 100 }, { cluster: clusterArn }), (page) => page.serviceArns);
      return { listed, described: listed.kind === 'ok' ? await describeServices(ctx, ecs, clusterArn, listed.value) : new Map<string, DescribedService>() };
    })();
    byCluster.set(clusterArn, listing);
  }
  return listing;
}

const gone = (operation: string): Fetch<never> => goneFrom('ServiceNotFoundException', 'ECS no longer has the service AWS Config recorded', operation);

async function describedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const clusterArn = clusterArnOf(item, ctx);
  const serviceArn = serviceArnOf(item);
  if (clusterArn === undefined || serviceArn === undefined) {
    return { kind: 'failed', failure: { code: 'NotInConfigurationItem', message: 'the Configuration Item names no cluster or service ARN to read the service with', operation: serviceCalls.ListServices.label } };
  }
  const { listed, described } = await clusterListing(ctx, clusterArn);
  if (listed.kind !== 'ok') return listed.kind === 'failed' ? listed : gone(serviceCalls.ListServices.label);
  const answer = described.get(serviceArn);
  if (answer === undefined) return gone(serviceCalls.ListServices.label);
  if (answer === 'gone') return gone(serviceCalls.DescribeServices.label);
  return answer.kind === 'ok' ? fieldOf(serviceFields(answer.value), path, serviceCalls.DescribeServices.label) : answer;
}

export const ecsServiceFromConfig = defineConfigMapper({
  configType: 'AWS::ECS::Service',
  catalogType: 'aws.ecs.service',
  fill: {
    calls: [serviceCalls],
    read(ctx, item, path) {
      return (DESCRIBE_SERVICES_FIELDS as readonly string[]).includes(path) ? () => describedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const launchType = stringOf(c.LaunchType);
    const strategy = strategyOf(c, launchType);
    const network = networkOf(c);
    const platform = stringOf(c.PlatformVersion);
    const platformKnown = (platform !== undefined && platform !== '') || (launchType !== undefined && LAUNCH_TYPES_OFF_FARGATE.includes(launchType));
    const task = stringOf(c.TaskDefinition);
    const service: Service = {
      serviceName: nameOf(item), launchType: launchType as Service['launchType'], capacityProviderStrategy: strategy === 'unreadable' ? undefined : strategy,
      platformVersion: platform, networkConfiguration: network === 'unreadable' ? undefined : network, taskDefinition: task,
    };
    const own: Unreadable[] = [
      { path: 'status', reason: 'AWS Config\'s resource schema for AWS::ECS::Service lists no status' },
      { path: 'platformFamily', reason: 'AWS Config\'s resource schema for AWS::ECS::Service lists no platform family' },
      ...(strategy === 'unreadable' ? [
        { path: 'launchType', reason: 'the Configuration Item holds neither configuration.LaunchType nor a capacity provider strategy ECS documents' },
        { path: 'capacityProviders', reason: 'the Configuration Item holds neither configuration.LaunchType nor a capacity provider strategy ECS documents' },
      ] : []),
      ...(platformKnown ? [] : [{ path: 'platformVersion', reason: 'the Configuration Item holds no configuration.PlatformVersion for a service that may run on Fargate' }]),
      ...(network === 'unreadable' ? [{ path: 'assignPublicIp', reason: 'configuration.NetworkConfiguration in the Configuration Item is missing or not a network configuration ECS documents' }] : []),
      ...(isArn(task, 'task-definition') ? [] : [{ path: 'taskDefinition', reason: 'configuration.TaskDefinition in the Configuration Item is not the task definition ARN DescribeServices answers' }]),
    ];
    const read = fromItem(readFields(serviceFields(service)), own);
    const clusterArn = clusterArnOf(item, place);
    const serviceArn = serviceArnOf(item) ?? `arn:${place.partition}:ecs:${place.region}:${place.account}:service/${clusterArn === undefined ? '' : `${arnName(clusterArn)}/`}${nameOf(item)}`;
    const clusterName = clusterArn === undefined ? '' : arnName(clusterArn);
    return {
      envelope: { type: 'aws.ecs.service', id: `${clusterName}/${nameOf(item)}`, arn: serviceArn, tags: { ...item.tags } },
      fields: { serviceArn, ...(clusterArn === undefined ? {} : { clusterArn }), ...read.fields },
      unreadable: [...read.unreadable, ...(clusterArn === undefined ? [{ path: 'clusterArn', reason: 'the Configuration Item names no cluster (configuration.Cluster) and its service ARN has the short format' }] : [])],
    };
  },
});
