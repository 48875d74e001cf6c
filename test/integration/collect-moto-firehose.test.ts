/**
 * Firehose delivery streams collected by `assay collect` and judged by a
 * live `assay scan` — real processes, configured by environment only —
 * against the moto emulator, seeded through the SDK: in us-east-1 one
 * stream encrypted after creation (StartDeliveryStreamEncryption) and one
 * whose encryption was then stopped; in eu-west-1 one created with an
 * encryption configuration.
 *
 * moto 5.2.1 answers a stream created with an encryption configuration
 * with that input echoed back and no Status (AWS answers ENABLING, then
 * ENABLED): the status is unknown in the snapshot — a recorded failure —
 * and the policy is ERROR, never PASS.
 */
import { join } from 'node:path';
import { CreateDeliveryStreamCommand, FirehoseClient, StartDeliveryStreamEncryptionCommand, StopDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const s3 = { RoleARN: `arn:aws:iam::${ACCOUNT}:role/firehose`, BucketARN: 'arn:aws:s3:::example-delivery-bucket' };

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const east = new FirehoseClient({ ...config, region: 'us-east-1' });
  const eu = new FirehoseClient({ ...config, region: 'eu-west-1' });
  await east.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'clicks', DeliveryStreamType: 'DirectPut', ExtendedS3DestinationConfiguration: s3 }));
  await east.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'clicks', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'CUSTOMER_MANAGED_CMK', KeyARN: KEY } }));
  await east.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'stopped', DeliveryStreamType: 'DirectPut', ExtendedS3DestinationConfiguration: s3 }));
  await east.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'stopped', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }));
  await east.send(new StopDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'stopped' }));
  await eu.send(new CreateDeliveryStreamCommand({
    DeliveryStreamName: 'created-encrypted', DeliveryStreamType: 'DirectPut', ExtendedS3DestinationConfiguration: s3,
    DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
  }));
}

describe.skipIf(!ready)('Firehose delivery streams against the moto emulator', () => {
  const fixture = useMoto('assay-moto-firehose-', seed);

  it('assay collect writes every seeded delivery stream, and a status moto leaves out as unknown', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const streams = snapshot.resources.filter((r) => r.type === 'aws.firehose.delivery-stream');
    expect(streams.map((s) => `${s.region}/${s.id}`).sort()).toEqual(['eu-west-1/created-encrypted', 'us-east-1/clicks', 'us-east-1/stopped']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.firehose.delivery-stream').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    const stream = (id: string) => streams.find((s) => s.id === id);
    expect(stream('clicks')).toMatchObject({ arn: `arn:aws:firehose:us-east-1:${ACCOUNT}:deliverystream/clicks` });
    expect(stream('clicks')?.errors).toBeUndefined();
    expect(stream('clicks')?.data).toMatchObject({ name: 'clicks', status: 'ACTIVE', deliveryStreamType: 'DirectPut', encryptionStatus: 'ENABLED', encryptionKeyType: 'CUSTOMER_MANAGED_CMK', encryptionKeyArn: KEY });
    expect(stream('stopped')?.errors).toBeUndefined();
    expect(stream('stopped')?.data).toMatchObject({ encryptionStatus: 'DISABLED' });
    // moto echoes the creation input without a Status: unknown, never disabled and never enabled.
    expect(stream('created-encrypted')?.errors).toEqual([expect.objectContaining({ path: 'encryptionStatus', code: 'IncompleteResponse', operation: 'firehose:DescribeDeliveryStream' })]);
    expect(stream('created-encrypted')?.data).toMatchObject({ encryptionKeyType: 'AWS_OWNED_CMK' });
  });

  it('a live assay scan gives the Firehose verdicts, ERROR where moto left the status out', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (id: string): string | undefined => result.findings.find((f) => f.policy === 'aws-firehose-delivery-stream-encrypted' && f.resource.id === id)?.status;
    expect(statusOf('clicks')).toBe('PASS');
    expect(statusOf('stopped')).toBe('FAIL');
    expect(statusOf('created-encrypted')).toBe('ERROR');
  });
});
