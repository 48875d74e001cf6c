/**
 * DynamoDB tables collected by `assay collect` and judged by a live `assay
 * scan` — real processes, configured by environment only — against the
 * moto emulator, seeded through the SDK: in us-east-1 an on-demand table
 * with point-in-time recovery and deletion protection, and a provisioned
 * one whose read and write capacity Application Auto Scaling scales; in
 * eu-west-1 a provisioned table on the defaults (no scaling, no recovery,
 * unprotected). Every setting a policy reads is seeded.
 */
import { join } from 'node:path';
import { ApplicationAutoScalingClient, RegisterScalableTargetCommand } from '@aws-sdk/client-application-auto-scaling';
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const keys = { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' as const }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' as const }] };

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const east = new DynamoDBClient({ ...config, region: 'us-east-1' });
  const eu = new DynamoDBClient({ ...config, region: 'eu-west-1' });
  const scaling = new ApplicationAutoScalingClient({ ...config, region: 'us-east-1' });
  await east.send(new CreateTableCommand({ TableName: 'orders', ...keys, BillingMode: 'PAY_PER_REQUEST', DeletionProtectionEnabled: true }));
  await east.send(new UpdateContinuousBackupsCommand({ TableName: 'orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
  await east.send(new CreateTableCommand({ TableName: 'sessions', ...keys, BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }, DeletionProtectionEnabled: false }));
  for (const dimension of ['dynamodb:table:ReadCapacityUnits', 'dynamodb:table:WriteCapacityUnits'] as const) {
    await scaling.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'dynamodb', ResourceId: 'table/sessions', ScalableDimension: dimension, MinCapacity: 5, MaxCapacity: 100 }));
  }
  await eu.send(new CreateTableCommand({ TableName: 'legacy', ...keys, BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }, DeletionProtectionEnabled: false }));
}

describe.skipIf(!ready)('DynamoDB tables against the moto emulator', () => {
  const fixture = useMoto('assay-moto-dynamodb-', seed);

  it('assay collect writes every seeded table with its recovery, protection and auto scaling', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const tables = snapshot.resources.filter((r) => r.type === 'aws.dynamodb.table');
    expect(tables.map((t) => `${t.region}/${t.id}`).sort()).toEqual(['eu-west-1/legacy', 'us-east-1/orders', 'us-east-1/sessions']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.dynamodb.table').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    const table = (id: string) => tables.find((t) => t.id === id);
    expect(tables.map((t) => t.errors)).toEqual([undefined, undefined, undefined]);
    expect(table('orders')).toMatchObject({ arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders` });
    expect(table('orders')?.data).toMatchObject({ name: 'orders', status: 'ACTIVE', billingMode: 'PAY_PER_REQUEST', deletionProtectionEnabled: true, pointInTimeRecoveryEnabled: true, readAutoScaling: false, writeAutoScaling: false, globalSecondaryIndexes: [] });
    expect(table('sessions')?.data).toMatchObject({ billingMode: 'PROVISIONED', deletionProtectionEnabled: false, pointInTimeRecoveryEnabled: false, readAutoScaling: true, writeAutoScaling: true });
    expect(table('legacy')?.data).toMatchObject({ billingMode: 'PROVISIONED', readAutoScaling: false, writeAutoScaling: false, pointInTimeRecoveryEnabled: false });
  });

  it('a live assay scan gives the DynamoDB verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-dynamodb-table-capacity-scales', 'orders')).toBe('PASS');
    expect(statusOf('aws-dynamodb-table-capacity-scales', 'sessions')).toBe('PASS');
    expect(statusOf('aws-dynamodb-table-capacity-scales', 'legacy')).toBe('FAIL');
    expect(statusOf('aws-dynamodb-table-pitr-enabled', 'orders')).toBe('PASS');
    expect(statusOf('aws-dynamodb-table-pitr-enabled', 'sessions')).toBe('FAIL');
    expect(statusOf('aws-dynamodb-table-deletion-protection', 'orders')).toBe('PASS');
    expect(statusOf('aws-dynamodb-table-deletion-protection', 'legacy')).toBe('FAIL');
  });
});
