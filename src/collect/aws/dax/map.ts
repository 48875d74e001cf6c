/**
 * Pure mapping from DAX DescribeClusters to the aws.dax.cluster catalog
 * shape, one reader per field (answers.ts), so one value AWS left out fails
 * alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - SubnetGroup absent is null: DescribeClusters names the subnet group of
 *   a cluster in a VPC; nothing else makes it up.
 * - SecurityGroups absent is none: the list is the cluster's memberships.
 * - SSEDescription and ClusterEndpointEncryptionType are read as answered:
 *   a cluster without them is unknown, never unencrypted and never
 *   encrypted (the service model gives neither a default).
 */
import type { Cluster } from '@aws-sdk/client-dax';
import { knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type DaxCluster = CatalogData['aws.dax.cluster'];

const SSE_STATUSES = ['ENABLED', 'ENABLING', 'DISABLED', 'DISABLING'] as const;
const ENDPOINT_ENCRYPTION = ['NONE', 'TLS'] as const;

export function daxClusterFields(cluster: Cluster): ReadersOf<DaxCluster> {
  return {
    clusterName: () => text(cluster.ClusterName, 'ClusterName'),
    status: () => text(cluster.Status, 'Status'),
    nodeType: () => text(cluster.NodeType, 'NodeType'),
    totalNodes: () => required(cluster.TotalNodes, 'TotalNodes'),
    sseStatus: () => knownValue(cluster.SSEDescription?.Status, SSE_STATUSES, 'SSEDescription.Status'),
    endpointEncryptionType: () => knownValue(cluster.ClusterEndpointEncryptionType, ENDPOINT_ENCRYPTION, 'ClusterEndpointEncryptionType'),
    subnetGroup: () => cluster.SubnetGroup ?? null,
    securityGroupIds: () => (cluster.SecurityGroups ?? []).map((group) => text(group.SecurityGroupIdentifier, 'SecurityGroups[].SecurityGroupIdentifier')),
  };
}
