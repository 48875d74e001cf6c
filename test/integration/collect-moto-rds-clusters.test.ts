/**
 * RDS DB clusters through `assay collect` and a live `assay scan` against
 * the moto emulator. Every setting the cluster policies judge is seeded
 * explicitly (moto's defaults are not AWS's): a compliant Aurora MySQL
 * cluster with members in two zones, a non-compliant Aurora PostgreSQL
 * cluster, and a Neptune cluster that must not be collected as this type
 * (moto's RDS refuses the docdb engine, so Neptune stands for both).
 */
import { join } from 'node:path';
import { CreateDBClusterCommand, CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

async function seed(moto: Moto): Promise<void> {
  const rds = new RDSClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  await rds.send(new CreateDBClusterCommand({
    DBClusterIdentifier: 'orders', Engine: 'aurora-mysql', EngineVersion: '8.0.mysql_aurora.3.05.2', MasterUsername: 'orders_owner', MasterUserPassword: 'not-a-real-password-1',
    Port: 3307, StorageEncrypted: true, DeletionProtection: true, EnableIAMDatabaseAuthentication: true, CopyTagsToSnapshot: true, AutoMinorVersionUpgrade: true,
    BacktrackWindow: 86400, EnableCloudwatchLogsExports: ['audit', 'error'], BackupRetentionPeriod: 7,
  }));
  // Members in two zones are what makes moto (and AWS) report the Aurora cluster as Multi-AZ.
  for (const [id, zone] of [['orders-1', 'us-east-1a'], ['orders-2', 'us-east-1b']] as const) {
    await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: id, DBClusterIdentifier: 'orders', Engine: 'aurora-mysql', DBInstanceClass: 'db.r6g.large', AvailabilityZone: zone }));
  }
  await rds.send(new CreateDBClusterCommand({
    DBClusterIdentifier: 'analytics', Engine: 'aurora-postgresql', EngineVersion: '15.4', MasterUsername: 'postgres', MasterUserPassword: 'not-a-real-password-2',
    StorageEncrypted: false, DeletionProtection: false, EnableIAMDatabaseAuthentication: false, CopyTagsToSnapshot: false, AutoMinorVersionUpgrade: false, BackupRetentionPeriod: 1,
  }));
  await rds.send(new CreateDBClusterCommand({
    DBClusterIdentifier: 'graph', Engine: 'neptune', StorageEncrypted: false,
  }));
}

describe.skipIf(!ready)('RDS cluster collection against the moto emulator', () => {
  const fixture = useMoto('assay-moto-rds-clusters-', seed);

  it('assay collect records the Aurora clusters and leaves the Neptune cluster out', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', 'aws.rds.db-cluster', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const clusters = snapshot.resources.filter((r) => r.type === 'aws.rds.db-cluster');
    expect(clusters.map((c) => c.id).sort()).toEqual(['analytics', 'orders']);
    const cluster = (id: string) => clusters.find((c) => c.id === id);
    expect(cluster('orders')?.data).toMatchObject({
      engine: 'aurora-mysql', storageEncrypted: true, multiAz: true, deletionProtection: true, iamDatabaseAuthenticationEnabled: true, copyTagsToSnapshot: true,
      autoMinorVersionUpgrade: true, masterUsername: 'orders_owner', port: 3307, backtrackWindow: 86400, enabledCloudwatchLogsExports: ['audit', 'error'],
    });
    // kmsKeyId is not asserted: moto answers KmsKeyId "default_kms_key_id" for an unencrypted cluster,
    // which AWS sends only when StorageEncrypted is on (the recorded test covers the null).
    expect(cluster('analytics')?.data).toMatchObject({
      engine: 'aurora-postgresql', storageEncrypted: false, multiAz: false, deletionProtection: false, iamDatabaseAuthenticationEnabled: false,
      copyTagsToSnapshot: false, autoMinorVersionUpgrade: false, masterUsername: 'postgres', enabledCloudwatchLogsExports: [],
    });
    for (const c of clusters) expect(c.errors, c.id).toBeUndefined();
    expect(snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.rds.db-cluster', status: 'complete' })]);
  });

  it('a live assay scan judges them', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    for (const policy of ['aws-rds-cluster-deletion-protection', 'aws-rds-cluster-iam-authentication', 'aws-rds-cluster-multi-az', 'aws-rds-cluster-copy-tags-to-snapshots', 'aws-rds-cluster-custom-admin-username', 'aws-rds-cluster-encrypted', 'aws-rds-cluster-auto-minor-version-upgrade']) {
      expect(statusOf(policy, 'orders'), policy).toBe('PASS');
      expect(statusOf(policy, 'analytics'), policy).toBe('FAIL');
    }
    expect(statusOf('aws-rds-cluster-aurora-mysql-backtracking', 'orders')).toBe('PASS');
    expect(statusOf('aws-rds-cluster-aurora-mysql-audit-logs', 'orders')).toBe('PASS');
    expect(statusOf('aws-rds-cluster-aurora-postgresql-logs', 'analytics')).toBe('FAIL');
    expect(statusOf('aws-rds-cluster-aurora-mysql-backtracking', 'analytics')).toBe('NOT_APPLICABLE');
    // The Neptune cluster is judged as a Neptune cluster, never by the RDS cluster policies.
    expect(result.findings.some((f) => f.resource.id === 'graph' && f.resource.type === 'aws.rds.db-cluster')).toBe(false);
    expect(result.findings.some((f) => f.resource.id === 'graph' && f.resource.type === 'aws.neptune.db-cluster')).toBe(true);
  });
});
