/**
 * Pure mapping from RDS DescribeDBClusters to the aws.rds.db-cluster
 * catalog shape, one reader per field (answers.ts). As for instances, RDS's
 * model gives none of DBCluster's flags a default, so a flag the answer left
 * out is unknown, never false.
 *
 * What absence is read as, and why:
 * - KmsKeyId absent is null: RDS sends it only "if StorageEncrypted is
 *   enabled" (DBCluster, RDS API Reference).
 * - BacktrackWindow absent is null: RDS reports it only for clusters whose
 *   backtracking was ever configured; the backtracking policy fails a null
 *   window as well as 0, so null never passes.
 * - EnabledCloudwatchLogsExports absent is the empty list: RDS leaves the
 *   element out when no log type is exported, and no export is what the log
 *   policies fail.
 * - DBSubnetGroup absent is null; ClusterCreateTime absent is null (the
 *   cluster is still being created).
 */
import { required, tagMap, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { DBCluster } from '@aws-sdk/client-rds';

type DbCluster = CatalogData['aws.rds.db-cluster'];

/** Engines DescribeDBClusters lists that belong to other services (DocumentDB, Neptune), not to this type. */
export const otherServiceEngines: readonly string[] = ['docdb', 'neptune'];

/** Whether the cluster is one of this type's; a cluster whose engine RDS left out is kept, so its engine is unreadable rather than the cluster unseen. */
export function isRdsCluster(cluster: DBCluster): boolean {
  return cluster.Engine === undefined || !otherServiceEngines.includes(cluster.Engine);
}

export function dbClusterFields(cluster: DBCluster): ReadersOf<DbCluster> {
  return {
    dbClusterIdentifier: () => text(cluster.DBClusterIdentifier, 'DBClusterIdentifier'),
    engine: () => text(cluster.Engine, 'Engine'),
    engineVersion: () => text(cluster.EngineVersion, 'EngineVersion'),
    status: () => text(cluster.Status, 'Status'),
    storageEncrypted: () => required(cluster.StorageEncrypted, 'StorageEncrypted'),
    kmsKeyId: () => cluster.KmsKeyId ?? null,
    multiAz: () => required(cluster.MultiAZ, 'MultiAZ'),
    deletionProtection: () => required(cluster.DeletionProtection, 'DeletionProtection'),
    iamDatabaseAuthenticationEnabled: () => required(cluster.IAMDatabaseAuthenticationEnabled, 'IAMDatabaseAuthenticationEnabled'),
    copyTagsToSnapshot: () => required(cluster.CopyTagsToSnapshot, 'CopyTagsToSnapshot'),
    autoMinorVersionUpgrade: () => required(cluster.AutoMinorVersionUpgrade, 'AutoMinorVersionUpgrade'),
    masterUsername: () => text(cluster.MasterUsername, 'MasterUsername'),
    port: () => required(cluster.Port, 'Port'),
    backupRetentionPeriod: () => required(cluster.BackupRetentionPeriod, 'BackupRetentionPeriod'),
    backtrackWindow: () => cluster.BacktrackWindow ?? null,
    enabledCloudwatchLogsExports: () => [...(cluster.EnabledCloudwatchLogsExports ?? [])],
    dbSubnetGroupName: () => cluster.DBSubnetGroup ?? null,
    vpcSecurityGroupIds: () => required(cluster.VpcSecurityGroups, 'VpcSecurityGroups').map((group) => text(group.VpcSecurityGroupId, 'VpcSecurityGroupId')),
    clusterCreateTime: () => (cluster.ClusterCreateTime === undefined ? null : cluster.ClusterCreateTime.toISOString()),
  };
}

/** DescribeDBClusters answers each cluster's tags (TagList), so no per-cluster call is needed. */
export function dbClusterTags(cluster: DBCluster): Record<string, string> {
  return tagMap(cluster.TagList);
}
