/** elasticacheCacheClusters through the real ElastiCache client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { elasticacheCacheClusters } from './cache-clusters.js';
import { byAction, queryError, type Route } from '../../../../test/support/recorded-aws.js';
import { cacheCluster, cacheClustersPage as page } from '../../../../test/support/elasticache-xml.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const SESSIONS = cacheCluster('sessions');
// Memcached: no backups, so no SnapshotRetentionLimit; in the default subnet group, no minor upgrades.
const MEMCACHED = cacheCluster('catalog-cache', { Engine: 'memcached', EngineVersion: '1.6.22', NumCacheNodes: '2', SnapshotRetentionLimit: undefined, SnapshotWindow: undefined, CacheSubnetGroupName: 'default', AutoMinorVersionUpgrade: 'false' });
// A member of a replication group, with backups off, still being created (no creation time yet).
const MEMBER = cacheCluster('orders-002', { Engine: 'redis', EngineVersion: '5.0.6', ReplicationGroupId: 'orders', SnapshotRetentionLimit: '0', CacheClusterStatus: 'creating', CacheClusterCreateTime: undefined });

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeCacheClusters', match: byAction('DescribeCacheClusters'), respond: (r) => (r.params.Marker === undefined ? page([SESSIONS, MEMCACHED], 'clusters-2') : page([MEMBER])) },
  ];
}

describe('elasticacheCacheClusters', () => {
  it('follows the Marker and maps every cluster, reading what AWS leaves out for Memcached as "none"', async () => {
    const run = await collectRecorded([elasticacheCacheClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byAction('DescribeCacheClusters')).map((r) => [r.params.MaxRecords, r.params.Marker])).toEqual([['100', undefined], ['100', 'clusters-2']]);
    const found = run.snapshot.resources;
    expect(found.map((r) => r.id)).toEqual(['sessions', 'catalog-cache', 'orders-002']);
    expect(found[0]).toMatchObject({ type: 'aws.elasticache.cache-cluster', arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:cluster:sessions` });
    expect(found[0]?.data).toEqual({
      cacheClusterId: 'sessions', engine: 'valkey', engineVersion: '8.0', status: 'available', cacheNodeType: 'cache.t4g.small', numCacheNodes: 1, createdAt: '2025-06-01T09:00:00.000Z',
      replicationGroupId: null, autoMinorVersionUpgrade: true, snapshotRetentionLimit: 7, cacheSubnetGroupName: 'cache-private',
    });
    expect(found[1]?.data).toMatchObject({ engine: 'memcached', numCacheNodes: 2, snapshotRetentionLimit: null, cacheSubnetGroupName: 'default', autoMinorVersionUpgrade: false });
    expect(found[2]?.data).toMatchObject({ engine: 'redis', replicationGroupId: 'orders', snapshotRetentionLimit: 0, createdAt: null, status: 'creating' });
    for (const r of found) expect(r.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.elasticache.cache-cluster', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('fails only what an incomplete answer leaves out: no retention limit on Redis OSS is unknown, never 0', async () => {
    const odd: Route = { name: 'odd', match: byAction('DescribeCacheClusters'), respond: page([cacheCluster('odd', { Engine: 'redis', SnapshotRetentionLimit: undefined, AutoMinorVersionUpgrade: undefined })]) };
    const run = await collectRecorded([elasticacheCacheClusters], routes([odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const odd1 = run.snapshot.resources[0];
    expect(odd1?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['autoMinorVersionUpgrade', 'IncompleteResponse', 'elasticache:DescribeCacheClusters'], ['snapshotRetentionLimit', 'IncompleteResponse', 'elasticache:DescribeCacheClusters']]);
    expect(odd1?.data).not.toHaveProperty('snapshotRetentionLimit');
    expect(odd1?.data).toMatchObject({ cacheSubnetGroupName: 'cache-private' });
  });

  it('marks coverage partial when a later page fails, and failed when none can be listed', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.action === 'DescribeCacheClusters' && r.params.Marker === 'clusters-2', respond: queryError('AccessDenied', 'no', 403) };
    const partial = await collectRecorded([elasticacheCacheClusters], routes([broken]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(partial.snapshot.resources.map((r) => r.id)).toEqual(['sessions', 'catalog-cache']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    const denied: Route = { name: 'denied', match: byAction('DescribeCacheClusters'), respond: queryError('AccessDenied', 'User is not authorized to perform: elasticache:DescribeCacheClusters', 403) };
    const run = await collectRecorded([elasticacheCacheClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.elasticache.cache-cluster', status: 'failed', reason: 'AccessDenied on elasticache:DescribeCacheClusters: User is not authorized to perform: elasticache:DescribeCacheClusters' })]);
  });
});

describe('elasticacheCacheClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(elasticacheCacheClusters)).toEqual([]);
  });
});
