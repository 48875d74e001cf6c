/**
 * aws.rds.db-cluster: the Aurora and Multi-AZ DB clusters of the region.
 * DescribeDBClusters also lists DocumentDB and Neptune clusters, which are
 * left out here (other services, other controls). One paginated call
 * answers every field and the tags.
 */
import { callTable } from '../../calls.js';
import { RDSClient, paginateDescribeDBClusters } from '@aws-sdk/client-rds';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { dbClusterFields, dbClusterTags, isRdsCluster } from './map-clusters.js';

export const dbClusterCalls = callTable('RDS', 'rds', {
  DescribeDBClusters: { iam: 'rds:DescribeDBClusters', fills: ['dbClusterIdentifier', 'engine', 'engineVersion', 'status', 'storageEncrypted', 'kmsKeyId', 'multiAz', 'deletionProtection', 'iamDatabaseAuthenticationEnabled', 'copyTagsToSnapshot', 'autoMinorVersionUpgrade', 'masterUsername', 'port', 'backupRetentionPeriod', 'backtrackWindow', 'enabledCloudwatchLogsExports', 'dbSubnetGroupName', 'vpcSecurityGroupIds', 'clusterCreateTime'] },
});

export const rdsDbClusters = defineCollector({
  type: 'aws.rds.db-cluster',
  scope: 'regional',
  calls: [dbClusterCalls],
  async collect(ctx) {
    const rds = ctx.clients.get(RDSClient, ctx.region);
    const clusters = await listResources(ctx, dbClusterCalls.DescribeDBClusters, () => paginateDescribeDBClusters({ client: rds }, {}), (page) => page.DBClusters);
    for (const cluster of clusters.filter(isRdsCluster)) {
      const id = listedId(ctx, cluster.DBClusterIdentifier, dbClusterCalls.DescribeDBClusters, 'a cluster', 'DBClusterIdentifier');
      if (id === undefined) continue;
      const draft = ctx.draft({ type: 'aws.rds.db-cluster', id, ...(cluster.DBClusterArn === undefined ? {} : { arn: cluster.DBClusterArn }), tags: dbClusterTags(cluster) });
      setFields(draft, dbClusterFields(cluster), dbClusterCalls.DescribeDBClusters.label);
      ctx.emit(draft.build());
    }
  },
});
