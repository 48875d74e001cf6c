/**
 * aws.docdb.db-cluster-snapshot: the manual DocumentDB cluster snapshots the
 * account owns in the region, listed through the RDS API filtered to the
 * docdb engine, each with its restore attribute (rds/snapshots.ts).
 */
import { clusterSnapshotCollector } from '../rds/cluster-family.js';

export const docdbDbClusterSnapshots = clusterSnapshotCollector('aws.docdb.db-cluster-snapshot', 'docdb');
