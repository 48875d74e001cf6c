/**
 * aws.neptune.db-cluster: the Neptune DB clusters of the region, read
 * through the RDS API (Neptune's own API is the same service): one
 * DescribeDBClusters listing filtered to the neptune engine answers every
 * field and the tags.
 */
import { callTable } from '../../calls.js';
import { clusterCollector, clusterDraft } from '../rds/cluster-family.js';
import { neptuneClusterFields } from '../rds/map-clusters.js';

export const neptuneClusterCalls = callTable('RDS', 'rds', {
  DescribeDBClusters: { iam: 'rds:DescribeDBClusters', fills: ['dbClusterIdentifier', 'engine', 'engineVersion', 'status', 'storageEncrypted', 'kmsKeyId', 'multiAz', 'deletionProtection', 'iamDatabaseAuthenticationEnabled', 'copyTagsToSnapshot', 'port', 'backupRetentionPeriod', 'enabledCloudwatchLogsExports', 'dbSubnetGroupName', 'vpcSecurityGroupIds', 'clusterCreateTime'] },
});

export const neptuneDbClusters = clusterCollector({
  type: 'aws.neptune.db-cluster',
  family: 'neptune',
  calls: [neptuneClusterCalls],
  list: neptuneClusterCalls.DescribeDBClusters,
  draft: (ctx, id, cluster) => clusterDraft(ctx, 'aws.neptune.db-cluster', id, cluster),
  fields: neptuneClusterFields,
});
