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
import { required, tagMap, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { DBCluster, Filter, Parameter } from '@aws-sdk/client-rds';

type DbCluster = CatalogData['aws.rds.db-cluster'];
type NeptuneCluster = CatalogData['aws.neptune.db-cluster'];
type DocdbCluster = CatalogData['aws.docdb.db-cluster'];

/**
 * The services the RDS API's cluster calls serve: RDS itself (Aurora and
 * Multi-AZ DB clusters) and the services named by their engine.
 */
export type EngineFamily = 'rds' | 'neptune' | 'docdb';

/** Engines DescribeDBClusters lists that belong to other services (DocumentDB, Neptune), not to RDS's types. */
export const otherServiceEngines: readonly string[] = ['docdb', 'neptune'];

/**
 * Whether a cluster or cluster snapshot of `engine` belongs to the family; one
 * whose engine RDS left out is kept, so its engine is unreadable rather than
 * the resource unseen.
 */
export function inFamily(engine: string | undefined, family: EngineFamily): boolean {
  if (engine === undefined) return true;
  return family === 'rds' ? !otherServiceEngines.includes(engine) : engine === family;
}

export function isRdsCluster(cluster: DBCluster): boolean {
  return inFamily(cluster.Engine, 'rds');
}

/** The server-side filter that lists only the family's clusters; RDS's own engines are many and change, so RDS lists all and keeps its own. */
export function familyFilters(family: EngineFamily): { Filters?: Filter[] } {
  return family === 'rds' ? {} : { Filters: [{ Name: 'engine', Values: [family] }] };
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

/** The readers of the fields a family's type shares with aws.rds.db-cluster (shared-db-cluster.ts), read the same way. */
function pick<D, K extends keyof D & string>(readers: ReadersOf<D>, keys: readonly K[]): ReadersOf<Pick<D, K>> {
  const picked: Partial<Record<K, unknown>> = {};
  for (const key of keys) picked[key] = readers[key];
  return picked as ReadersOf<Pick<D, K>>;
}

const neptuneKeys = ['dbClusterIdentifier', 'engine', 'engineVersion', 'status', 'storageEncrypted', 'kmsKeyId', 'multiAz', 'deletionProtection', 'iamDatabaseAuthenticationEnabled', 'copyTagsToSnapshot', 'port', 'backupRetentionPeriod', 'enabledCloudwatchLogsExports', 'dbSubnetGroupName', 'vpcSecurityGroupIds', 'clusterCreateTime'] as const satisfies readonly (keyof NeptuneCluster)[];

export function neptuneClusterFields(cluster: DBCluster): ReadersOf<NeptuneCluster> {
  return pick(dbClusterFields(cluster), neptuneKeys);
}

const docdbKeys = ['dbClusterIdentifier', 'engine', 'engineVersion', 'status', 'storageEncrypted', 'kmsKeyId', 'multiAz', 'deletionProtection', 'masterUsername', 'port', 'backupRetentionPeriod', 'enabledCloudwatchLogsExports', 'dbSubnetGroupName', 'vpcSecurityGroupIds', 'clusterCreateTime'] as const satisfies readonly (keyof DocdbCluster)[];

/** DocumentDB's cluster fields from DescribeDBClusters; its tls comes from the parameter group (tlsOf). */
export function docdbClusterFields(cluster: DBCluster): ReadersOf<DocdbCluster> {
  return { ...pick(dbClusterFields(cluster), docdbKeys), dbClusterParameterGroup: () => text(cluster.DBClusterParameterGroup, 'DBClusterParameterGroup') };
}

/**
 * The tls parameter of a DocumentDB cluster parameter group: every group
 * has it (DocumentDB's default is enabled), so a listing without it, or
 * without its value, is unreadable, never "TLS on".
 */
export function tlsOf(parameters: readonly Parameter[]): string {
  const tls = parameters.filter((p) => p.ParameterName === 'tls');
  if (tls.length !== 1) throw new UnreadableAnswer('IncompleteResponse', `the parameter group's parameters have ${tls.length} tls parameters, not one`);
  return text(tls[0]?.ParameterValue, 'tls ParameterValue');
}
