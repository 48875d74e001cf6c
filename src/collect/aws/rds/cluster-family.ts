/**
 * One collector shape for the DB clusters and cluster snapshots of every
 * service the RDS API serves (aws.rds.*, aws.neptune.*, aws.docdb.*): the
 * same calls, told apart by engine (map-clusters.ts, inFamily). A family's
 * collector is its catalog type, its call table and its field readers.
 */
import { DescribeDBClusterSnapshotAttributesCommand, RDSClient, paginateDescribeDBClusterSnapshots, paginateDescribeDBClusters, type DBCluster } from '@aws-sdk/client-rds';
import { setFields, type ReadersOf } from '../../answers.js';
import { callTable, type Call, type CallTable } from '../../calls.js';
import type { CollectContext, DataOf, ResourceDraft } from '../../context.js';
import { defineCollector, type Collector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import type { CatalogData } from '../../../resources/catalog.js';
import { dbClusterTags, familyFilters, inFamily, type EngineFamily } from './map-clusters.js';
import { dbClusterSnapshotFields, dbClusterSnapshotRestore, snapshotTags } from './map-snapshots.js';
import { snapshotCollector } from './snapshots.js';

export interface ClusterFamily<D> {
  readonly type: string;
  readonly family: EngineFamily;
  readonly calls: readonly CallTable[];
  /** The family's DescribeDBClusters row (its fills are the family's fields). */
  readonly list: Call;
  draft(ctx: CollectContext, id: string, cluster: DBCluster): ResourceDraft<D>;
  fields(cluster: DBCluster): ReadersOf<D>;
  /** Fields other calls fill: prepared once per run (to share answers between clusters), then asked for each cluster. */
  more?(ctx: CollectContext, rds: RDSClient): (cluster: DBCluster, draft: ResourceDraft<D>) => Promise<void>;
}

export function clusterCollector<D>(family: ClusterFamily<D>): Collector {
  return defineCollector({
    type: family.type,
    scope: 'regional',
    calls: family.calls,
    async collect(ctx) {
      const rds = ctx.clients.get(RDSClient, ctx.region);
      const more = family.more?.(ctx, rds);
      const clusters = await listResources(ctx, family.list, () => paginateDescribeDBClusters({ client: rds }, familyFilters(family.family)), (page) => page.DBClusters);
      await inWindow(clusters.filter((cluster) => inFamily(cluster.Engine, family.family)), async (cluster) => {
        const id = listedId(ctx, cluster.DBClusterIdentifier, family.list, 'a cluster', 'DBClusterIdentifier');
        if (id === undefined) return;
        const draft = family.draft(ctx, id, cluster);
        setFields(draft, family.fields(cluster), family.list.label);
        await more?.(cluster, draft);
        ctx.emit(draft.build());
      });
    },
  });
}

/** Draft of a cluster with the ARN and tags DescribeDBClusters answers. */
export function clusterDraft<const N extends string>(ctx: CollectContext, type: N, id: string, cluster: DBCluster): ResourceDraft<DataOf<N>> {
  return ctx.draft({ type, id, ...(cluster.DBClusterArn === undefined ? {} : { arn: cluster.DBClusterArn }), tags: dbClusterTags(cluster) });
}

/** The cluster snapshot calls, the same for every family (their types share one shape, shared-db-cluster.ts). */
export const dbClusterSnapshotCalls = callTable('RDS', 'rds', {
  DescribeDBClusterSnapshots: { iam: 'rds:DescribeDBClusterSnapshots', fills: ['dbClusterSnapshotIdentifier', 'dbClusterIdentifier', 'snapshotType', 'status', 'engine', 'engineVersion', 'snapshotCreateTime', 'storageEncrypted', 'kmsKeyId'] },
  DescribeDBClusterSnapshotAttributes: { iam: 'rds:DescribeDBClusterSnapshotAttributes', fills: ['restoreAttributeValues'] },
});

type ClusterSnapshotType = 'aws.rds.db-cluster-snapshot' | 'aws.neptune.db-cluster-snapshot' | 'aws.docdb.db-cluster-snapshot';

/** A family's manual cluster snapshots, each with its restore attribute (snapshots.ts). */
export function clusterSnapshotCollector(type: ClusterSnapshotType, family: EngineFamily): Collector {
  return snapshotCollector({
    type,
    calls: dbClusterSnapshotCalls,
    list: dbClusterSnapshotCalls.DescribeDBClusterSnapshots,
    attributes: dbClusterSnapshotCalls.DescribeDBClusterSnapshotAttributes,
    item: ['a cluster snapshot', 'DBClusterSnapshotIdentifier'],
    pages: (rds) => paginateDescribeDBClusterSnapshots({ client: rds, pageSize: 100 }, { SnapshotType: 'manual', ...familyFilters(family) }),
    items: (page) => page.DBClusterSnapshots,
    keep: (snapshot) => inFamily(snapshot.Engine, family),
    id: (snapshot) => snapshot.DBClusterSnapshotIdentifier,
    draft: (ctx, id, snapshot): ResourceDraft<CatalogData[ClusterSnapshotType]> => ctx.draft({ type, id, ...(snapshot.DBClusterSnapshotArn === undefined ? {} : { arn: snapshot.DBClusterSnapshotArn }), tags: snapshotTags(snapshot) }),
    fields: dbClusterSnapshotFields,
    readAttributes: (rds, id) => rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })),
    restore: (answer, id) => dbClusterSnapshotRestore(answer.DBClusterSnapshotAttributesResult, id),
  });
}
