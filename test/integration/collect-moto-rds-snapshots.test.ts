/**
 * RDS manual snapshots, cluster snapshots and event subscriptions through
 * `assay collect` and a live `assay scan` against the moto emulator: who may
 * restore each snapshot (its restore attribute), its encryption, and each
 * subscription's source type, categories and switch, all seeded explicitly
 * (moto's defaults are not AWS's).
 */
import { join } from 'node:path';
import {
  CreateDBClusterCommand, CreateDBClusterSnapshotCommand, CreateDBInstanceCommand, CreateDBSnapshotCommand, CreateEventSubscriptionCommand,
  ModifyDBClusterSnapshotAttributeCommand, ModifyDBSnapshotAttributeCommand, RDSClient,
} from '@aws-sdk/client-rds';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const AUDIT_ACCOUNT = '210987654321';

async function seed(moto: Moto): Promise<void> {
  const credentials = { accessKeyId: 'testing', secretAccessKey: 'testing' };
  const rds = new RDSClient({ endpoint: moto.endpoint, credentials, region: 'us-east-1' });
  const sns = new SNSClient({ endpoint: moto.endpoint, credentials, region: 'us-east-1' });
  await rds.send(new CreateDBInstanceCommand({
    DBInstanceIdentifier: 'orders-db', DBInstanceClass: 'db.m6g.large', Engine: 'postgres', AllocatedStorage: 20,
    MasterUsername: 'orders_owner', MasterUserPassword: 'not-a-real-password-1', StorageEncrypted: true, KmsKeyId: 'alias/aws/rds',
  }));
  await rds.send(new CreateDBInstanceCommand({
    DBInstanceIdentifier: 'legacy-mysql', DBInstanceClass: 'db.t3.micro', Engine: 'mysql', AllocatedStorage: 20,
    MasterUsername: 'admin', MasterUserPassword: 'not-a-real-password-2', StorageEncrypted: false,
  }));
  // Encrypted and private; unencrypted and public.
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders-db', DBSnapshotIdentifier: 'orders-manual' }));
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'legacy-mysql', DBSnapshotIdentifier: 'legacy-public' }));
  await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'legacy-public', AttributeName: 'restore', ValuesToAdd: ['all'] }));
  // Unencrypted, shared with a named account only.
  await rds.send(new CreateDBClusterCommand({
    DBClusterIdentifier: 'reports', Engine: 'aurora-postgresql', MasterUsername: 'reports_owner', MasterUserPassword: 'not-a-real-password-3', StorageEncrypted: false,
  }));
  await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'reports', DBClusterSnapshotIdentifier: 'reports-shared' }));
  await rds.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: 'reports-shared', AttributeName: 'restore', ValuesToAdd: [AUDIT_ACCOUNT] }));
  const topic = await sns.send(new CreateTopicCommand({ Name: 'rds-events' }));
  await rds.send(new CreateEventSubscriptionCommand({
    SubscriptionName: 'instance-critical', SnsTopicArn: topic.TopicArn, SourceType: 'db-instance', EventCategories: ['maintenance', 'configuration change', 'failure'], Enabled: true,
  }));
  await rds.send(new CreateEventSubscriptionCommand({
    SubscriptionName: 'cluster-off', SnsTopicArn: topic.TopicArn, SourceType: 'db-cluster', EventCategories: ['maintenance', 'failure'], Enabled: false,
  }));
}

describe.skipIf(!ready)('RDS snapshots and event subscriptions against the moto emulator', () => {
  const fixture = useMoto('assay-moto-rds-snapshots-', seed);

  it('assay collect records who may restore each snapshot, its encryption, and each subscription', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const find = (type: string, id: string) => snapshot.resources.find((r) => r.type === type && r.id === id);
    expect(find('aws.rds.db-snapshot', 'orders-manual')?.data).toMatchObject({ dbInstanceIdentifier: 'orders-db', snapshotType: 'manual', encrypted: true, restoreAttributeValues: [] });
    expect(find('aws.rds.db-snapshot', 'legacy-public')?.data).toMatchObject({ dbInstanceIdentifier: 'legacy-mysql', encrypted: false, kmsKeyId: null, restoreAttributeValues: ['all'] });
    expect(find('aws.rds.db-cluster-snapshot', 'reports-shared')?.data).toMatchObject({ dbClusterIdentifier: 'reports', storageEncrypted: false, restoreAttributeValues: [AUDIT_ACCOUNT] });
    expect(find('aws.rds.event-subscription', 'instance-critical')?.data).toMatchObject({ sourceType: 'db-instance', enabled: true, status: 'active', sourceIds: [] });
    expect([...(find('aws.rds.event-subscription', 'instance-critical')?.data.eventCategories as string[])].sort()).toEqual(['configuration change', 'failure', 'maintenance']);
    expect(find('aws.rds.event-subscription', 'cluster-off')?.data).toMatchObject({ sourceType: 'db-cluster', enabled: false });
    for (const type of ['aws.rds.db-snapshot', 'aws.rds.db-cluster-snapshot', 'aws.rds.event-subscription']) {
      expect(snapshot.coverage.find((c) => c.type === type && c.region === 'us-east-1')?.status, type).toBe('complete');
      for (const r of snapshot.resources.filter((x) => x.type === type)) expect(r.errors, `${type} ${r.id}`).toBeUndefined();
    }
  });

  it('a live assay scan judges them', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-rds-snapshot-not-public', 'orders-manual')).toBe('PASS');
    expect(statusOf('aws-rds-snapshot-not-public', 'legacy-public')).toBe('FAIL');
    expect(statusOf('aws-rds-snapshot-encrypted', 'orders-manual')).toBe('PASS');
    expect(statusOf('aws-rds-snapshot-encrypted', 'legacy-public')).toBe('FAIL');
    expect(statusOf('aws-rds-cluster-snapshot-not-public', 'reports-shared')).toBe('PASS');
    expect(statusOf('aws-rds-cluster-snapshot-encrypted', 'reports-shared')).toBe('FAIL');
    expect(statusOf('aws-rds-event-subscription-instance-events', 'us-east-1')).toBe('PASS');
    expect(statusOf('aws-rds-event-subscription-cluster-events', 'us-east-1')).toBe('FAIL');
  });
});
