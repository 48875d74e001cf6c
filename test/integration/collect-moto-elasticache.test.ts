/**
 * ElastiCache cache clusters and replication groups collected by `assay
 * collect` and judged by a live `assay scan` against the moto emulator,
 * seeded through the SDK: a Redis OSS cluster of its own with backups and
 * minor upgrades in a subnet group of its own, a Memcached cluster in the
 * default subnet group without upgrades, and a replication group. Every
 * setting a test checks is seeded: moto's defaults are not AWS's.
 */
import { join } from 'node:path';
import { CreateCacheClusterCommand, CreateCacheSubnetGroupCommand, CreateReplicationGroupCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, requestHandler: new NodeHttpHandler(), region: 'us-east-1' };
  const elasticache = new ElastiCacheClient(config);
  await elasticache.send(new CreateCacheSubnetGroupCommand({ CacheSubnetGroupName: 'cache-private', CacheSubnetGroupDescription: 'private', SubnetIds: ['subnet-0a1b2c3d4e5f67890'] }));
  await elasticache.send(new CreateCacheClusterCommand({
    CacheClusterId: 'sessions', Engine: 'redis', EngineVersion: '7.1', CacheNodeType: 'cache.t4g.small', NumCacheNodes: 1, CacheSubnetGroupName: 'cache-private', AutoMinorVersionUpgrade: true, SnapshotRetentionLimit: 7,
  }));
  await elasticache.send(new CreateCacheClusterCommand({ CacheClusterId: 'catalog', Engine: 'memcached', EngineVersion: '1.6.22', CacheNodeType: 'cache.t4g.small', NumCacheNodes: 2, CacheSubnetGroupName: 'default', AutoMinorVersionUpgrade: false }));
  await elasticache.send(new CreateReplicationGroupCommand({
    ReplicationGroupId: 'checkout', ReplicationGroupDescription: 'checkout cache', Engine: 'redis', EngineVersion: '7.1', CacheNodeType: 'cache.t4g.small', NumCacheClusters: 2,
    AutomaticFailoverEnabled: true, SnapshotRetentionLimit: 5, AtRestEncryptionEnabled: true, TransitEncryptionEnabled: true, TransitEncryptionMode: 'required',
  }));
}

describe.skipIf(!ready)('ElastiCache against the moto emulator', () => {
  const fixture = useMoto('assay-moto-elasticache-', seed);

  it('assay collect writes every seeded cluster and group with the settings the policies judge', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const clusters = snapshot.resources.filter((r) => r.type === 'aws.elasticache.cache-cluster');
    const byId = (id: string) => snapshot.resources.find((r) => r.id === id);
    expect(snapshot.coverage.filter((c) => c.type.startsWith('aws.elasticache.')).map((c) => `${c.type}:${c.status}`).sort())
      .toEqual(['aws.elasticache.cache-cluster:complete', 'aws.elasticache.replication-group:complete']);
    expect(clusters.map((c) => c.id)).toEqual(expect.arrayContaining(['catalog', 'sessions']));
    expect(byId('sessions')?.errors).toBeUndefined();
    expect(byId('sessions')?.data).toMatchObject({ engine: 'redis', engineVersion: '7.1', replicationGroupId: null, autoMinorVersionUpgrade: true, snapshotRetentionLimit: 7, cacheSubnetGroupName: 'cache-private' });
    expect(byId('catalog')?.data).toMatchObject({ engine: 'memcached', numCacheNodes: 2, autoMinorVersionUpgrade: false, cacheSubnetGroupName: 'default' });
    const group = snapshot.resources.find((r) => r.type === 'aws.elasticache.replication-group' && r.id === 'checkout');
    expect(group?.data).toMatchObject({ replicationGroupId: 'checkout', automaticFailover: 'enabled', snapshotRetentionLimit: 5, atRestEncryptionEnabled: true, transitEncryptionEnabled: true });
  });

  it('a live assay scan gives the ElastiCache verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-elasticache-cluster-automatic-backups', 'sessions')).toBe('PASS');
    expect(statusOf('aws-elasticache-cluster-automatic-backups', 'catalog')).toBe('NOT_APPLICABLE');
    expect(statusOf('aws-elasticache-cluster-auto-minor-version-upgrade', 'sessions')).toBe('PASS');
    expect(statusOf('aws-elasticache-cluster-auto-minor-version-upgrade', 'catalog')).toBe('FAIL');
    expect(statusOf('aws-elasticache-cluster-no-default-subnet-group', 'sessions')).toBe('PASS');
    expect(statusOf('aws-elasticache-cluster-no-default-subnet-group', 'catalog')).toBe('FAIL');
    expect(statusOf('aws-elasticache-replication-group-automatic-failover', 'checkout')).toBe('PASS');
    expect(statusOf('aws-elasticache-replication-group-encrypted-at-rest', 'checkout')).toBe('PASS');
  });
});
