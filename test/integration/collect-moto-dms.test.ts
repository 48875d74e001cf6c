/**
 * DMS replication instances, endpoints and tasks collected by `assay
 * collect` and judged by a live `assay scan` against the moto emulator,
 * seeded through the SDK: a hardened migration and one on old defaults.
 * moto 5.2.1 does not implement Redshift Serverless, so it has no test here.
 *
 * Every setting a policy reads is stated when seeding: moto's defaults are
 * not AWS's. moto answers InstanceCreateTime and ReplicationTaskCreationDate
 * as ISO text where the JSON protocol has epoch seconds, so the SDK rejects
 * every answer that holds an instance or a task (the creating calls too,
 * after moto has made the resource): the two listings fail, their coverage
 * is failed, and every instance and task policy has nothing to pass, which
 * is what fail-closed asks. Endpoints carry no timestamp and are judged.
 */
import { join } from 'node:path';
import { CreateEndpointCommand, CreateReplicationInstanceCommand, CreateReplicationTaskCommand, DatabaseMigrationServiceClient } from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const logging = (enabled: boolean): string => JSON.stringify({ Logging: { EnableLogging: enabled, LogComponents: ['SOURCE_UNLOAD', 'SOURCE_CAPTURE', 'TARGET_LOAD', 'TARGET_APPLY'].map((Id) => ({ Id, Severity: 'LOGGER_SEVERITY_DEFAULT' })) } });

/** Sends a creating call whose answer the SDK cannot read (moto's ISO timestamps): moto has made the resource by then. */
async function created(send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
}

async function seed(moto: Moto): Promise<void> {
  const dms = new DatabaseMigrationServiceClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  await created(() => dms.send(new CreateReplicationInstanceCommand({ ReplicationInstanceIdentifier: 'orders-migration', ReplicationInstanceClass: 'dms.t3.medium', PubliclyAccessible: false, MultiAZ: true, AutoMinorVersionUpgrade: true, EngineVersion: '3.5.3' })));
  const source = await dms.send(new CreateEndpointCommand({
    EndpointIdentifier: 'catalog-source', EndpointType: 'source', EngineName: 'mongodb', SslMode: 'verify-full', ServerName: 'mongo.internal', Port: 27017,
    MongoDbSettings: { ServerName: 'mongo.internal', Port: 27017, AuthType: 'password', AuthMechanism: 'scram_sha_1', AuthSource: 'admin', Username: 'reader', Password: 'Not-a-real-password-1' },
  }));
  const target = await dms.send(new CreateEndpointCommand({
    EndpointIdentifier: 'cache-target', EndpointType: 'target', EngineName: 'redis', SslMode: 'none', ServerName: 'cache.internal', Port: 6379,
    RedisSettings: { ServerName: 'cache.internal', Port: 6379, SslSecurityProtocol: 'plaintext', AuthType: 'none' },
  }));
  for (const [id, enabled] of [['orders-task', true], ['legacy-task', false]] as const) {
    await created(() => dms.send(new CreateReplicationTaskCommand({
      ReplicationTaskIdentifier: id, SourceEndpointArn: source.Endpoint?.EndpointArn, TargetEndpointArn: target.Endpoint?.EndpointArn,
      ReplicationInstanceArn: 'arn:aws:dms:us-east-1:123456789012:rep:ORDERSMIGRATION', MigrationType: 'full-load', TableMappings: '{"rules":[]}', ReplicationTaskSettings: logging(enabled),
    })));
  }
}

describe.skipIf(!ready)('DMS collection against the moto emulator', () => {
  const fixture = useMoto('assay-moto-dms-', seed);

  it('assay collect records the endpoints, no password, and the instance and task listings moto breaks as failed', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const of = (type: string, id: string) => snapshot.resources.find((r) => r.type === type && r.id === id);
    expect(JSON.stringify(snapshot)).not.toContain('Not-a-real-password');
    expect(of('aws.dms.endpoint', 'catalog-source')?.data).toMatchObject({ endpointType: 'source', engineName: 'mongodb', sslMode: 'verify-full', mongoDbAuthType: 'password', mongoDbAuthMechanism: 'scram_sha_1', redisSslSecurityProtocol: null });
    expect(of('aws.dms.endpoint', 'cache-target')?.data).toMatchObject({ endpointType: 'target', engineName: 'redis', sslMode: 'none', redisSslSecurityProtocol: 'plaintext', mongoDbAuthType: null });
    expect(snapshot.coverage.filter((c) => c.type === 'aws.dms.endpoint')).toEqual([expect.objectContaining({ region: 'us-east-1', status: 'complete' })]);
    // moto's ISO timestamps: the listings fail, never "no instances" or "no tasks".
    for (const type of ['aws.dms.replication-instance', 'aws.dms.replication-task']) {
      expect(snapshot.resources.filter((r) => r.type === type)).toEqual([]);
      expect(snapshot.coverage.filter((c) => c.type === type)).toEqual([expect.objectContaining({ region: 'us-east-1', status: 'failed' })]);
    }
  });

  it('a live assay scan judges them', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-dms-endpoint-ssl', 'catalog-source')).toBe('PASS');
    expect(statusOf('aws-dms-endpoint-ssl', 'cache-target')).toBe('FAIL');
    expect(statusOf('aws-dms-endpoint-mongodb-auth', 'catalog-source')).toBe('PASS');
    expect(statusOf('aws-dms-endpoint-redis-tls', 'cache-target')).toBe('FAIL');
    // Nothing collected of the failed types: no finding says they pass.
    expect(result.findings.filter((f) => f.resource.type === 'aws.dms.replication-instance' || f.resource.type === 'aws.dms.replication-task').every((f) => f.status !== 'PASS')).toBe(true);
  });
});
