/**
 * aws.neptune.db-cluster-snapshot: the manual Neptune cluster snapshots the
 * account owns in the region, listed through the RDS API filtered to the
 * neptune engine, each with its restore attribute (rds/snapshots.ts).
 */
import { clusterSnapshotCollector } from '../rds/cluster-family.js';

export const neptuneDbClusterSnapshots = clusterSnapshotCollector('aws.neptune.db-cluster-snapshot', 'neptune');
