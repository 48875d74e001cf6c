/**
 * Amazon MQ brokers collected by `assay collect` and judged by a live
 * `assay scan` against the moto emulator, seeded through the SDK: an
 * ActiveMQ broker with audit logs and minor upgrades, one without either,
 * and a RabbitMQ broker. Every setting a test checks is seeded: moto's
 * defaults are not AWS's. The seeded user's password never reaches the
 * snapshot: DescribeBroker lists user names only, and Assay reads neither.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CreateBrokerCommand, MqClient, type CreateBrokerRequest } from '@aws-sdk/client-mq';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const PASSWORD = 'seeded-broker-password-1';

async function seed(moto: Moto): Promise<Record<string, string>> {
  const mq = new MqClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, requestHandler: new NodeHttpHandler(), region: 'us-east-1' });
  const base = (name: string, engine: 'ACTIVEMQ' | 'RABBITMQ'): CreateBrokerRequest => ({
    BrokerName: name, EngineType: engine, EngineVersion: engine === 'ACTIVEMQ' ? '5.18' : '3.13', HostInstanceType: 'mq.m5.large', DeploymentMode: 'SINGLE_INSTANCE',
    PubliclyAccessible: false, AutoMinorVersionUpgrade: true, Users: [{ Username: 'app', Password: PASSWORD }],
  });
  const ids: Record<string, string> = {};
  for (const request of [
    { ...base('orders', 'ACTIVEMQ'), Logs: { Audit: true, General: true } },
    { ...base('legacy', 'ACTIVEMQ'), AutoMinorVersionUpgrade: false, Logs: { Audit: false, General: false } },
    { ...base('events', 'RABBITMQ'), Logs: { General: true } },
  ]) {
    const created = await mq.send(new CreateBrokerCommand(request));
    ids[request.BrokerName ?? ''] = created.BrokerId ?? '';
  }
  return ids;
}

describe.skipIf(!ready)('Amazon MQ brokers against the moto emulator', () => {
  const fixture = useMoto('assay-moto-mq-', seed);

  it('assay collect writes every seeded broker with its upgrades and logs, and no password', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(out, 'utf8')).not.toContain(PASSWORD);
    const { snapshot } = await readSnapshotFile(out);
    const brokers = snapshot.resources.filter((r) => r.type === 'aws.mq.broker');
    expect(snapshot.coverage.filter((c) => c.type === 'aws.mq.broker').map((c) => c.status)).toEqual(['complete']);
    const byName = (name: string) => brokers.find((b) => (b.data as { name?: string }).name === name);
    expect(brokers).toHaveLength(3);
    expect(byName('orders')?.id).toBe(fixture.seeded.orders);
    expect(byName('orders')?.data).toMatchObject({ engineType: 'ACTIVEMQ', autoMinorVersionUpgrade: true, auditLogEnabled: true, generalLogEnabled: true });
    expect(byName('legacy')?.data).toMatchObject({ autoMinorVersionUpgrade: false, auditLogEnabled: false });
    expect(byName('events')?.data).toMatchObject({ engineType: 'RABBITMQ', generalLogEnabled: true });
  });

  it('a live assay scan gives the Amazon MQ verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, name: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === fixture.seeded[name])?.status;
    expect(statusOf('aws-mq-broker-audit-logging', 'orders')).toBe('PASS');
    expect(statusOf('aws-mq-broker-audit-logging', 'legacy')).toBe('FAIL');
    expect(statusOf('aws-mq-broker-audit-logging', 'events')).toBe('NOT_APPLICABLE');
    expect(statusOf('aws-mq-broker-auto-minor-version-upgrade', 'orders')).toBe('PASS');
    expect(statusOf('aws-mq-broker-auto-minor-version-upgrade', 'legacy')).toBe('FAIL');
  });
});
