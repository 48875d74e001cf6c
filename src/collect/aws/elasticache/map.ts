/**
 * Pure mapping from ElastiCache's DescribeCacheClusters and
 * DescribeReplicationGroups answers to the aws.elasticache.cache-cluster and
 * aws.elasticache.replication-group catalog shapes, one reader per field
 * (answers.ts), so one value AWS left out fails alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - ReplicationGroupId absent is "not in a group" (null): ElastiCache names
 *   the group only for its members.
 * - SnapshotRetentionLimit absent on a Memcached cluster is null: Memcached
 *   has no backups. On Redis OSS or Valkey it is unknown, never 0 and never
 *   a retention period.
 * - CacheSubnetGroupName absent is null: only a cluster outside a VPC
 *   (EC2-Classic) has no subnet group.
 * - KmsKeyId absent is "no customer managed key" (null); UserGroupIds absent
 *   is "no user groups"; TransitEncryptionMode absent is null only when
 *   transit encryption is off (the mode exists only with it on).
 * - A replication group answers no engine version: it is the lowest version
 *   of its member clusters in the region's DescribeCacheClusters listing; a
 *   member the listing lacks, or one without a version, leaves it unknown.
 */
import type { CacheCluster, ReplicationGroup } from '@aws-sdk/client-elasticache';
import { emptyToNull, INCOMPLETE, isoOrNull, knownValue, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Cluster = CatalogData['aws.elasticache.cache-cluster'];
type Group = CatalogData['aws.elasticache.replication-group'];

const CLUSTER_ENGINES = ['memcached', 'redis', 'valkey'] as const;
const GROUP_ENGINES = ['redis', 'valkey'] as const;

/** The fields DescribeReplicationGroups fills; engineVersion comes from the member clusters. */
export const REPLICATION_GROUP_FIELDS = ['replicationGroupId', 'engine', 'status', 'memberClusters', 'automaticFailover', 'multiAz', 'snapshotRetentionLimit', 'atRestEncryptionEnabled', 'kmsKeyId', 'transitEncryptionEnabled', 'transitEncryptionMode', 'authTokenEnabled', 'userGroupIds'] as const;

export function cacheClusterFields(cluster: CacheCluster): ReadersOf<Cluster> {
  return {
    cacheClusterId: () => text(cluster.CacheClusterId, 'CacheClusterId'),
    engine: () => knownValue(cluster.Engine, CLUSTER_ENGINES, 'Engine'),
    engineVersion: () => text(cluster.EngineVersion, 'EngineVersion'),
    status: () => text(cluster.CacheClusterStatus, 'CacheClusterStatus'),
    cacheNodeType: () => text(cluster.CacheNodeType, 'CacheNodeType'),
    numCacheNodes: () => required(cluster.NumCacheNodes, 'NumCacheNodes'),
    createdAt: () => isoOrNull(cluster.CacheClusterCreateTime),
    replicationGroupId: () => emptyToNull(cluster.ReplicationGroupId),
    autoMinorVersionUpgrade: () => required(cluster.AutoMinorVersionUpgrade, 'AutoMinorVersionUpgrade'),
    snapshotRetentionLimit: () => {
      if (knownValue(cluster.Engine, CLUSTER_ENGINES, 'Engine') === 'memcached') return cluster.SnapshotRetentionLimit ?? null;
      return required(cluster.SnapshotRetentionLimit, 'SnapshotRetentionLimit');
    },
    cacheSubnetGroupName: () => emptyToNull(cluster.CacheSubnetGroupName),
  };
}

/** Dotted versions compared number by number (6.2 < 6.10); a part that is not a number sorts as text. */
function compareVersions(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const x = left[i] ?? '0';
    const y = right[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const order = Number.isInteger(nx) && Number.isInteger(ny) ? nx - ny : x.localeCompare(y);
    if (order !== 0) return order;
  }
  return 0;
}

/** Each listed cluster's engine version, by cache cluster id. */
export function versionsById(clusters: readonly CacheCluster[]): Map<string, string | undefined> {
  return new Map(clusters.flatMap((c) => (c.CacheClusterId === undefined ? [] : [[c.CacheClusterId, c.EngineVersion] as const])));
}

export function lowestMemberVersion(group: ReplicationGroup, versions: ReadonlyMap<string, string | undefined>): string {
  const members = required(group.MemberClusters, 'MemberClusters');
  if (members.length === 0) throw new UnreadableAnswer(INCOMPLETE, 'the replication group has no member clusters to read an engine version from');
  let lowest: string | undefined;
  for (const member of members) {
    const version = versions.get(member);
    if (version === undefined || version === '') throw new UnreadableAnswer(INCOMPLETE, `DescribeCacheClusters answered no engine version for member cluster ${member}`);
    if (lowest === undefined || compareVersions(version, lowest) < 0) lowest = version;
  }
  return required(lowest, 'a member engine version');
}

export function replicationGroupFields(group: ReplicationGroup): ReadersOf<Group> {
  const transit = (): boolean => required(group.TransitEncryptionEnabled, 'TransitEncryptionEnabled');
  return {
    replicationGroupId: () => text(group.ReplicationGroupId, 'ReplicationGroupId'),
    engine: () => knownValue(group.Engine, GROUP_ENGINES, 'Engine'),
    status: () => text(group.Status, 'Status'),
    memberClusters: () => required(group.MemberClusters, 'MemberClusters').map((id) => text(id, 'MemberClusters entry')),
    automaticFailover: () => knownValue(group.AutomaticFailover, ['enabled', 'disabled', 'enabling', 'disabling'], 'AutomaticFailover'),
    multiAz: () => knownValue(group.MultiAZ, ['enabled', 'disabled'], 'MultiAZ'),
    snapshotRetentionLimit: () => required(group.SnapshotRetentionLimit, 'SnapshotRetentionLimit'),
    atRestEncryptionEnabled: () => required(group.AtRestEncryptionEnabled, 'AtRestEncryptionEnabled'),
    kmsKeyId: () => emptyToNull(group.KmsKeyId),
    transitEncryptionEnabled: transit,
    transitEncryptionMode: () => (group.TransitEncryptionMode === undefined && !transit() ? null : knownValue(group.TransitEncryptionMode, ['preferred', 'required'], 'TransitEncryptionMode')),
    authTokenEnabled: () => required(group.AuthTokenEnabled, 'AuthTokenEnabled'),
    userGroupIds: () => (group.UserGroupIds ?? []).map((id) => text(id, 'UserGroupIds entry')),
  };
}
