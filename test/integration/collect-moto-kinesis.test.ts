/**
 * Kinesis data streams collected by `assay collect` and judged by a live
 * `assay scan` — real processes, configured by environment only — against
 * the moto emulator, seeded through the SDK: a stream encrypted with a KMS
 * key and kept seven days, and one left on the defaults (no encryption, 24
 * hours), in us-east-1; an on-demand stream in eu-west-1.
 *
 * The Kinesis client this project installs speaks AWS JSON 1.1, which moto
 * 5.2.1 answers (newer clients speak RPCv2-CBOR, which it does not). Left
 * to itself the client sends HTTP/2, which moto's server refuses; Assay's
 * ClientPool gives every client an HTTP/1.1 handler, and so does the seed.
 */
import { join } from 'node:path';
import { CreateStreamCommand, IncreaseStreamRetentionPeriodCommand, KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, requestHandler: new NodeHttpHandler() };
  const east = new KinesisClient({ ...config, region: 'us-east-1' });
  const eu = new KinesisClient({ ...config, region: 'eu-west-1' });
  await east.send(new CreateStreamCommand({ StreamName: 'clickstream', ShardCount: 1, StreamModeDetails: { StreamMode: 'PROVISIONED' } }));
  await east.send(new StartStreamEncryptionCommand({ StreamName: 'clickstream', EncryptionType: 'KMS', KeyId: KEY }));
  await east.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'clickstream', RetentionPeriodHours: 168 }));
  await east.send(new CreateStreamCommand({ StreamName: 'defaults', ShardCount: 1 }));
  await eu.send(new CreateStreamCommand({ StreamName: 'events', StreamModeDetails: { StreamMode: 'ON_DEMAND' } }));
  await eu.send(new StartStreamEncryptionCommand({ StreamName: 'events', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
}

describe.skipIf(!ready)('Kinesis data streams against the moto emulator', () => {
  const fixture = useMoto('assay-moto-kinesis-', seed);

  it('assay collect writes every seeded stream with its encryption and retention', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const streams = snapshot.resources.filter((r) => r.type === 'aws.kinesis.stream');
    expect(streams.map((s) => `${s.region}/${s.id}`).sort()).toEqual(['eu-west-1/events', 'us-east-1/clickstream', 'us-east-1/defaults']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.kinesis.stream').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    const stream = (id: string) => streams.find((s) => s.id === id);
    expect(streams.every((s) => s.errors === undefined)).toBe(true);
    expect(stream('clickstream')).toMatchObject({ arn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clickstream` });
    expect(stream('clickstream')?.data).toMatchObject({ name: 'clickstream', status: 'ACTIVE', streamMode: 'PROVISIONED', retentionPeriodHours: 168, encryptionType: 'KMS', keyId: KEY });
    expect(stream('defaults')?.data).toMatchObject({ retentionPeriodHours: 24, encryptionType: 'NONE', keyId: null });
    expect(stream('events')?.data).toMatchObject({ streamMode: 'ON_DEMAND', encryptionType: 'KMS', keyId: 'alias/aws/kinesis' });
  });

  it('a live assay scan gives the Kinesis verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-kinesis-stream-encrypted', 'clickstream')).toBe('PASS');
    expect(statusOf('aws-kinesis-stream-encrypted', 'events')).toBe('PASS');
    expect(statusOf('aws-kinesis-stream-encrypted', 'defaults')).toBe('FAIL');
    expect(statusOf('aws-kinesis-stream-retention-period', 'clickstream')).toBe('PASS');
    expect(statusOf('aws-kinesis-stream-retention-period', 'defaults')).toBe('FAIL');
    expect(statusOf('aws-kinesis-stream-retention-period', 'events')).toBe('FAIL');
  });
});
