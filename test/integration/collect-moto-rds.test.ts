/**
 * RDS DB instances through `assay collect` and a live `assay scan` against
 * the moto emulator: the administrator user name and port (MasterUsername,
 * Endpoint.Port) and the settings the RDS policies judge, each seeded
 * explicitly (moto's defaults are not AWS's). moto 5.2.1 answers no
 * MonitoringInterval (it does not model Enhanced Monitoring), which the
 * collector reads as unknown: RDS.6 is ERROR against it, never PASS or FAIL.
 */
import { join } from 'node:path';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

async function seed(moto: Moto): Promise<void> {
  const rds = new RDSClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  // Compliant: a custom administrator on a non-default port, protected, backed up for a week, copying tags.
  await rds.send(new CreateDBInstanceCommand({
    DBInstanceIdentifier: 'orders-db', DBInstanceClass: 'db.m6g.large', Engine: 'postgres', AllocatedStorage: 20,
    MasterUsername: 'orders_owner', MasterUserPassword: 'not-a-real-password-1', Port: 6432,
    DeletionProtection: true, BackupRetentionPeriod: 7, CopyTagsToSnapshot: true, EnableIAMDatabaseAuthentication: true,
    EnableCloudwatchLogsExports: ['postgresql', 'upgrade'], MonitoringInterval: 60, MonitoringRoleArn: 'arn:aws:iam::123456789012:role/rds-monitoring',
  }));
  // Non-compliant: the default administrator on MySQL's default port, unprotected, one day of backups.
  await rds.send(new CreateDBInstanceCommand({
    DBInstanceIdentifier: 'legacy-mysql', DBInstanceClass: 'db.t3.micro', Engine: 'mysql', AllocatedStorage: 20,
    MasterUsername: 'admin', MasterUserPassword: 'not-a-real-password-2', Port: 3306,
    DeletionProtection: false, BackupRetentionPeriod: 1, CopyTagsToSnapshot: false, EnableIAMDatabaseAuthentication: false,
  }));
}

describe.skipIf(!ready)('RDS collection against the moto emulator', () => {
  const fixture = useMoto('assay-moto-rds-', seed);

  it('assay collect records each instance\'s administrator user name and port', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const db = (id: string) => snapshot.resources.find((r) => r.type === 'aws.rds.db-instance' && r.id === id);
    expect(db('orders-db')?.data).toMatchObject({ engine: 'postgres', masterUsername: 'orders_owner', port: 6432, deletionProtection: true, backupRetentionPeriod: 7, copyTagsToSnapshot: true });
    expect(db('legacy-mysql')?.data).toMatchObject({ engine: 'mysql', masterUsername: 'admin', port: 3306, deletionProtection: false, backupRetentionPeriod: 1, copyTagsToSnapshot: false });
    expect(db('orders-db')?.data.enabledCloudwatchLogsExports).toEqual(['postgresql', 'upgrade']);
    expect(db('legacy-mysql')?.data.enabledCloudwatchLogsExports).toEqual([]);
    // moto's quirk: no MonitoringInterval in its answer, so the interval is unknown, not 0.
    expect(db('orders-db')?.errors?.map((e) => e.path)).toContain('monitoringInterval');
    for (const id of ['orders-db', 'legacy-mysql']) {
      const unread = db(id)?.errors?.map((e) => e.path) ?? [];
      expect(unread).not.toContain('masterUsername');
      expect(unread).not.toContain('port');
    }
  });

  it('a live assay scan judges them', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    for (const policy of ['aws-rds-instance-no-default-port', 'aws-rds-instance-custom-admin-username', 'aws-rds-instance-deletion-protection', 'aws-rds-instance-automated-backups', 'aws-rds-instance-copy-tags-to-snapshots']) {
      expect(statusOf(policy, 'orders-db'), policy).toBe('PASS');
      expect(statusOf(policy, 'legacy-mysql'), policy).toBe('FAIL');
    }
    expect(statusOf('aws-rds-instance-postgresql-logs', 'orders-db')).toBe('PASS');
    expect(statusOf('aws-rds-instance-logs-to-cloudwatch', 'orders-db')).toBe('PASS');
    expect(statusOf('aws-rds-instance-logs-to-cloudwatch', 'legacy-mysql')).toBe('FAIL');
    expect(statusOf('aws-rds-instance-enhanced-monitoring', 'orders-db')).toBe('ERROR');
  });
});
