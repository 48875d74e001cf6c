/**
 * AWS::EKS::Cluster → aws.eks.cluster. AWS's Config resource schema for the
 * type (awslabs/aws-config-resource-schema) records the cluster as
 * CloudFormation describes it, PascalCase: Name, Arn, Version,
 * ClusterStatus, ResourcesVpcConfig (endpoint access, public CIDRs, subnets
 * and security groups), EncryptionConfig (Provider.KeyArn, Resources) and
 * Logging.ClusterLogging.EnabledTypes, with the cluster's tags on the item.
 * What it holds is read back into the SDK's Cluster and mapped by the API
 * collector's own functions: one mapping, two sources. EnabledTypes lists
 * the enabled log types only (CloudFormation documents an empty list as
 * every type off), so a type it does not name is off; a Logging the item
 * lacks is unknown. A null or empty EncryptionConfig is none, as the API's
 * absent member is; a key the item lacks is unknown. It lists no creation
 * time, platform version, VPC id, cluster security group, authentication
 * mode or upgrade policy: those — and any field the item lacks or holds in
 * a form EKS does not answer — are read in the same run with the API
 * collector's DescribeCluster row, one call per cluster, which answers
 * every field (not with an aggregator, where they are errors on the
 * cluster). A cluster deleted since Config recorded it answers
 * ResourceNotFoundException there: an error on those fields, never "none".
 */
import { DescribeClusterCommand, EKSClient, type Cluster, type DescribeClusterCommandOutput } from '@aws-sdk/client-eks';
import { readFields } from '../../answers.js';
import { clusterCalls } from '../../aws/eks/clusters.js';
import { clusterFields, DESCRIBE_CLUSTER_FIELDS, LOG_TYPES } from '../../aws/eks/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { fieldOf, goneFrom, oncePerItem } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { booleanOf, defineConfigMapper, stringOf } from '../mapper.js';
import { fromItem, isRecord, type Unreadable } from '../read.js';

/** The cluster's name: the item's configuration.Name, else its own name or id (Config's id for a cluster is its name). */
const nameOf = (item: ConfigurationItem): string => stringOf(item.configuration?.Name) ?? item.resourceName ?? item.resourceId;

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined);

/** EncryptionConfig as the SDK's: null or empty is none; an entry without a key ARN is not one EKS answers. */
function encryptionOf(value: unknown): Cluster['encryptionConfig'] | 'unreadable' {
  if (value === null) return [];
  if (!Array.isArray(value)) return 'unreadable';
  const configs = value.map((e) => (isRecord(e) && isRecord(e.Provider) && typeof e.Provider.KeyArn === 'string' && (e.Resources === undefined || e.Resources === null || strings(e.Resources) !== undefined)
    ? { provider: { keyArn: e.Provider.KeyArn }, ...(Array.isArray(e.Resources) ? { resources: e.Resources as string[] } : {}) } : undefined));
  return configs.every((c) => c !== undefined) ? configs : 'unreadable';
}

/** Logging.ClusterLogging.EnabledTypes as DescribeCluster's two entries (enabled, disabled); a type name EKS does not spell is not a value. */
function loggingOf(value: unknown): Cluster['logging'] | undefined {
  const enabledTypes = isRecord(value) && isRecord(value.ClusterLogging) ? value.ClusterLogging.EnabledTypes : undefined;
  if (!Array.isArray(enabledTypes)) return undefined;
  const enabled = enabledTypes.map((t) => (isRecord(t) ? stringOf(t.Type) : undefined));
  if (!enabled.every((t): t is string => t !== undefined && (LOG_TYPES as readonly string[]).includes(t))) return undefined;
  type Types = NonNullable<NonNullable<Cluster['logging']>['clusterLogging']>[number]['types'];
  return { clusterLogging: [{ types: enabled as Types, enabled: true }, { types: LOG_TYPES.filter((t) => !enabled.includes(t)), enabled: false }] };
}

/** One DescribeCluster per cluster, however many of its fields the item lacked. */
const describe = oncePerItem((ctx, item): Promise<Fetch<DescribeClusterCommandOutput>> => {
  const eks = ctx.clients.get(EKSClient, ctx.region);
  return ctx.call(clusterCalls.DescribeCluster, () => eks.send(new DescribeClusterCommand({ name: nameOf(item) })));
});

async function describedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const label = clusterCalls.DescribeCluster.label;
  const answer = await describe(ctx, item);
  if (answer.kind === 'absent') return goneFrom('ResourceNotFoundException', 'EKS no longer has the cluster AWS Config recorded', label);
  if (answer.kind === 'failed') return answer;
  const cluster = answer.value.cluster;
  if (cluster === undefined) return { kind: 'failed', failure: { code: 'IncompleteResponse', message: 'DescribeCluster answered no cluster', operation: label } };
  return fieldOf(clusterFields(cluster), path, label);
}

const NOT_IN_ITEM = ['createdAt', 'platformVersion', 'vpcId', 'clusterSecurityGroupId', 'authenticationMode', 'upgradePolicySupportType'];

export const eksClusterFromConfig = defineConfigMapper({
  configType: 'AWS::EKS::Cluster',
  catalogType: 'aws.eks.cluster',
  fill: {
    calls: [clusterCalls],
    read(ctx, item, path) {
      return (DESCRIBE_CLUSTER_FIELDS as readonly string[]).includes(path) ? () => describedField(ctx, item, path) : undefined;
    },
  },
  map(item, place) {
    const c = item.configuration ?? {};
    const vpc = isRecord(c.ResourcesVpcConfig) ? c.ResourcesVpcConfig : {};
    const encryption = Object.hasOwn(c, 'EncryptionConfig') ? encryptionOf(c.EncryptionConfig) : 'unreadable';
    const logging = loggingOf(c.Logging);
    const cluster: Cluster = {
      name: stringOf(c.Name), arn: stringOf(c.Arn), version: stringOf(c.Version), status: stringOf(c.ClusterStatus) as Cluster['status'],
      resourcesVpcConfig: {
        endpointPublicAccess: booleanOf(vpc.EndpointPublicAccess), endpointPrivateAccess: booleanOf(vpc.EndpointPrivateAccess),
        publicAccessCidrs: strings(vpc.PublicAccessCidrs), subnetIds: strings(vpc.SubnetIds), securityGroupIds: strings(vpc.SecurityGroupIds),
      },
      encryptionConfig: encryption === 'unreadable' ? undefined : encryption, logging,
    };
    const own: Unreadable[] = [
      ...NOT_IN_ITEM.map((path) => ({ path, reason: `AWS Config's resource schema for AWS::EKS::Cluster lists no ${path}` })),
      ...(encryption === 'unreadable' ? [{ path: 'encryptionConfig', reason: 'configuration.EncryptionConfig in the Configuration Item is missing or not an encryption configuration EKS documents' }] : []),
      ...(logging === undefined ? [{ path: 'logging', reason: 'configuration.Logging.ClusterLogging.EnabledTypes in the Configuration Item is missing or names a log type EKS does not' }] : []),
    ];
    const read = fromItem(readFields(clusterFields(cluster)), own);
    const name = nameOf(item);
    const arn = cluster.arn ?? item.arn ?? `arn:${place.partition}:eks:${place.region}:${place.account}:cluster/${name}`;
    return {
      envelope: { type: 'aws.eks.cluster', id: name, arn, tags: { ...item.tags } },
      fields: { name, ...read.fields },
      unreadable: read.unreadable,
    };
  },
});
