/**
 * aws.docdb.db-cluster: the DocumentDB clusters of the region, read through
 * the RDS API (DescribeDBClusters filtered to the docdb engine), each with
 * the tls parameter of its cluster parameter group (DescribeDBClusterParameters,
 * read once per group however many clusters share it). A failed parameter
 * read fails tls alone, never "TLS on".
 */
import { paginateDescribeDBClusterParameters, type Parameter } from '@aws-sdk/client-rds';
import { asIs, mapped } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { clusterCollector, clusterDraft } from '../rds/cluster-family.js';
import { docdbClusterFields, tlsOf } from '../rds/map-clusters.js';

export const docdbClusterCalls = callTable('RDS', 'rds', {
  DescribeDBClusters: { iam: 'rds:DescribeDBClusters', fills: ['dbClusterIdentifier', 'engine', 'engineVersion', 'status', 'storageEncrypted', 'kmsKeyId', 'multiAz', 'deletionProtection', 'masterUsername', 'port', 'backupRetentionPeriod', 'enabledCloudwatchLogsExports', 'dbSubnetGroupName', 'vpcSecurityGroupIds', 'clusterCreateTime', 'dbClusterParameterGroup'] },
  DescribeDBClusterParameters: { iam: 'rds:DescribeDBClusterParameters', fills: ['tls'] },
});

export const docdbDbClusters = clusterCollector({
  type: 'aws.docdb.db-cluster',
  family: 'docdb',
  calls: [docdbClusterCalls],
  list: docdbClusterCalls.DescribeDBClusters,
  draft: (ctx, id, cluster) => clusterDraft(ctx, 'aws.docdb.db-cluster', id, cluster),
  fields: docdbClusterFields,
  more(_ctx, rds) {
    const groups = new Map<string, Promise<Fetch<Parameter[]>>>();
    const parametersOf = (group: string): Promise<Fetch<Parameter[]>> => {
      let fetch = groups.get(group);
      if (fetch === undefined) {
        fetch = listFetch(docdbClusterCalls.DescribeDBClusterParameters, () => paginateDescribeDBClusterParameters({ client: rds }, { DBClusterParameterGroupName: group }), (page) => page.Parameters);
        groups.set(group, fetch);
      }
      return fetch;
    };
    return async (cluster, draft) => {
      const group = cluster.DBClusterParameterGroup;
      if (group === undefined) {
        // Which group applies is unknown, so its tls is too.
        draft.fail('tls', { code: 'IncompleteResponse', message: 'the cluster\'s parameter group is unknown, so its tls is too', operation: docdbClusterCalls.DescribeDBClusters.label });
        return;
      }
      draft.field('tls', mapped(await parametersOf(group), tlsOf, docdbClusterCalls.DescribeDBClusterParameters.label), asIs);
    };
  },
});
