/**
 * Pure mapping from Redshift API answers to the aws.redshift.cluster catalog
 * shape, one reader per field (answers.ts). DescribeClusters answers every
 * flag below for every cluster, so one it left out is unknown: read as its
 * documented default (PubliclyAccessible false, EnhancedVpcRouting false) it
 * would pass a control on nothing.
 *
 * What absence is read as, and why:
 * - KmsKeyId absent is null: Redshift names a key only for a cluster
 *   encrypted with one.
 * - ClusterCreateTime and Endpoint absent are null: a cluster being created
 *   has neither yet; an endpoint answered without a port is unknown.
 * - VpcId absent is null: a cluster outside a VPC (EC2-Classic) has none.
 * - LogDestinationType and BucketName absent or empty are null and LogExports
 *   absent is empty: DescribeLoggingStatus sends them only while logging writes
 *   somewhere. LoggingEnabled itself is always sent.
 * - require_ssl missing from the parameter group's parameters is unknown:
 *   every Redshift parameter group has it.
 */
import { emptyToNull, knownValue, required, tagMap, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { Cluster, DescribeLoggingStatusCommandOutput, Parameter } from '@aws-sdk/client-redshift';

type RedshiftCluster = CatalogData['aws.redshift.cluster'];

/** The fields DescribeLoggingStatus fills. */
export const loggingPaths = ['loggingEnabled', 'loggingDestination', 'loggingBucketName', 'loggingLogExports'] as const;

export function clusterTags(cluster: Cluster): Record<string, string> {
  return tagMap(cluster.Tags);
}

/**
 * The cluster's one parameter group. Redshift gives every cluster exactly
 * one; an answer with none or several cannot say which require_ssl applies.
 */
export function parameterGroupOf(cluster: Cluster): { name: string; applyStatus: string } {
  const groups = required(cluster.ClusterParameterGroups, 'ClusterParameterGroups');
  const [group] = groups;
  if (groups.length !== 1 || group === undefined) throw new UnreadableAnswer('UnexpectedResponse', `the answer lists ${groups.length} parameter groups for the cluster, not one`);
  return { name: text(group.ParameterGroupName, 'ClusterParameterGroups[0].ParameterGroupName'), applyStatus: text(group.ParameterApplyStatus, 'ClusterParameterGroups[0].ParameterApplyStatus') };
}

export function clusterFields(cluster: Cluster): ReadersOf<RedshiftCluster> {
  return {
    clusterIdentifier: () => text(cluster.ClusterIdentifier, 'ClusterIdentifier'),
    nodeType: () => text(cluster.NodeType, 'NodeType'),
    clusterStatus: () => text(cluster.ClusterStatus, 'ClusterStatus'),
    numberOfNodes: () => required(cluster.NumberOfNodes, 'NumberOfNodes'),
    clusterCreateTime: () => (cluster.ClusterCreateTime === undefined ? null : cluster.ClusterCreateTime.toISOString()),
    publiclyAccessible: () => required(cluster.PubliclyAccessible, 'PubliclyAccessible'),
    encrypted: () => required(cluster.Encrypted, 'Encrypted'),
    kmsKeyId: () => emptyToNull(cluster.KmsKeyId),
    enhancedVpcRouting: () => required(cluster.EnhancedVpcRouting, 'EnhancedVpcRouting'),
    allowVersionUpgrade: () => required(cluster.AllowVersionUpgrade, 'AllowVersionUpgrade'),
    automatedSnapshotRetentionPeriod: () => required(cluster.AutomatedSnapshotRetentionPeriod, 'AutomatedSnapshotRetentionPeriod'),
    multiAz: () => knownValue(cluster.MultiAZ, ['Enabled', 'Disabled'], 'MultiAZ'),
    masterUsername: () => text(cluster.MasterUsername, 'MasterUsername'),
    dbName: () => text(cluster.DBName, 'DBName'),
    port: () => (cluster.Endpoint === undefined ? null : required(cluster.Endpoint.Port, 'Endpoint.Port')),
    vpcId: () => emptyToNull(cluster.VpcId),
    vpcSecurityGroupIds: () => required(cluster.VpcSecurityGroups, 'VpcSecurityGroups').map((group) => text(group.VpcSecurityGroupId, 'VpcSecurityGroupId')),
    parameterGroupName: () => parameterGroupOf(cluster).name,
    parameterApplyStatus: () => parameterGroupOf(cluster).applyStatus,
  };
}

/** require_ssl as the parameter group answers it: the text true or false, anything else unknown. */
export function requireSsl(parameters: readonly Parameter[]): boolean {
  const parameter = parameters.find((p) => p.ParameterName === 'require_ssl');
  if (parameter === undefined) throw new UnreadableAnswer('IncompleteResponse', 'the parameter group\'s parameters have no require_ssl');
  const value = knownValue(parameter.ParameterValue?.toLowerCase(), ['true', 'false'], 'require_ssl ParameterValue');
  return value === 'true';
}

export function loggingFields(status: DescribeLoggingStatusCommandOutput): ReadersOf<RedshiftCluster> {
  return {
    loggingEnabled: () => required(status.LoggingEnabled, 'LoggingEnabled'),
    loggingDestination: () => {
      const destination = emptyToNull(status.LogDestinationType);
      return destination === null ? null : knownValue(destination, ['s3', 'cloudwatch', 's3table'], 'LogDestinationType');
    },
    loggingBucketName: () => emptyToNull(status.BucketName),
    loggingLogExports: () => [...(status.LogExports ?? [])],
  };
}
