/**
 * aws.rds.db-cluster: the Aurora and Multi-AZ DB clusters of the region.
 * DescribeDBClusters also lists DocumentDB and Neptune clusters, which are
 * their own services' types (cluster-family.ts). One paginated call answers
 * every field and the tags.
 */
import { callTable } from '../../calls.js';
import { clusterCollector, clusterDraft } from './cluster-family.js';
import { dbClusterFields } from './map-clusters.js';

export const dbClusterCalls = callTable('RDS', 'rds', {
  DescribeDBClusters: { iam: 'rds:DescribeDBClusters', fills: ['dbClusterIdentifier', 'engine', 'engineVersion', 'status', 'storageEncrypted', 'kmsKeyId', 'multiAz', 'deletionProtection', 'iamDatabaseAuthenticationEnabled', 'copyTagsToSnapshot', 'autoMinorVersionUpgrade', 'masterUsername', 'port', 'backupRetentionPeriod', 'backtrackWindow', 'enabledCloudwatchLogsExports', 'dbSubnetGroupName', 'vpcSecurityGroupIds', 'clusterCreateTime'] },
});

export const rdsDbClusters = clusterCollector({
  type: 'aws.rds.db-cluster',
  family: 'rds',
  calls: [dbClusterCalls],
  list: dbClusterCalls.DescribeDBClusters,
  draft: (ctx, id, cluster) => clusterDraft(ctx, 'aws.rds.db-cluster', id, cluster),
  fields: dbClusterFields,
});
