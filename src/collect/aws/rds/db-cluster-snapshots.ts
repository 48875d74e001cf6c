/**
 * aws.rds.db-cluster-snapshot: the manual Aurora and Multi-AZ DB cluster
 * snapshots the account owns in the region, each with its restore attribute
 * (snapshots.ts). DocumentDB's and Neptune's snapshots are their services'.
 */
import { clusterSnapshotCollector } from './cluster-family.js';

export { dbClusterSnapshotCalls } from './cluster-family.js';

export const rdsDbClusterSnapshots = clusterSnapshotCollector('aws.rds.db-cluster-snapshot', 'rds');
