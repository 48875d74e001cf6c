import { defineResourceType } from '../define.js';
import { bool, int, nullable, obj, oneOf, str, timestamp } from '../fields.js';

export const elasticacheCacheCluster = defineResourceType({
  type: 'aws.elasticache.cache-cluster',
  service: 'elasticache',
  scope: 'regional',
  awsTypes: ['AWS::ElastiCache::CacheCluster'],
  description: 'An ElastiCache cluster (Memcached, or one node of Redis OSS or Valkey, alone or in a replication group) with its engine, backups, minor version upgrades and subnet group.',
  idDescription: 'the cache cluster id (the ARN is on the resource)',
  data: obj({
    cacheClusterId: str('Cache cluster id (CacheClusterId).'),
    engine: oneOf(['memcached', 'redis', 'valkey'], 'Cache engine (Engine).'),
    engineVersion: str('Engine version, e.g. 7.1 or 1.6.22 (EngineVersion).'),
    status: str('Cluster status (CacheClusterStatus), e.g. available, creating, modifying, snapshotting.'),
    cacheNodeType: str('Node type, e.g. cache.t4g.micro (CacheNodeType).'),
    numCacheNodes: int('Number of cache nodes (NumCacheNodes).', { minimum: 0 }),
    createdAt: nullable(timestamp('When the cluster was created (CacheClusterCreateTime); null while ElastiCache has not created it yet.')),
    replicationGroupId: nullable(str('Replication group the cluster is a member of (ReplicationGroupId); null for a cluster of its own.')),
    autoMinorVersionUpgrade: bool('Whether ElastiCache applies minor engine upgrades in the maintenance window (AutoMinorVersionUpgrade).'),
    snapshotRetentionLimit: nullable(int('Days automatic backups are kept (SnapshotRetentionLimit); 0 means automatic backups are off; null for Memcached, which has no backups.', { minimum: 0 })),
    cacheSubnetGroupName: nullable(str('Cache subnet group the cluster runs in (CacheSubnetGroupName); "default" is the subnet group ElastiCache made in the default VPC; null for a cluster outside a VPC (EC2-Classic).')),
  }, 'ElastiCache cache cluster settings.'),
  example: {
    cacheClusterId: 'sessions-001',
    engine: 'valkey',
    engineVersion: '8.0',
    status: 'available',
    cacheNodeType: 'cache.t4g.small',
    numCacheNodes: 1,
    createdAt: '2025-06-01T09:00:00.000Z',
    replicationGroupId: null,
    autoMinorVersionUpgrade: true,
    snapshotRetentionLimit: 7,
    cacheSubnetGroupName: 'cache-private',
  },
});
