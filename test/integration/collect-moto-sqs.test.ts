/**
 * SQS queues collected by `assay collect` and judged by a live `assay scan`
 * — real processes, configured by environment only — against the moto
 * emulator, seeded through the SDK: a queue encrypted with a KMS key and
 * scoped to one topic, and one open to everyone without encryption, in
 * us-east-1; a FIFO queue with SSE-SQS and no policy in eu-west-1.
 *
 * Every attribute a policy reads is seeded: moto's defaults for a new queue
 * need not be AWS's (AWS turns SSE-SQS on for new queues since 2022).
 */
import { join } from 'node:path';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const ordersArn = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders`;
const SCOPED = { Version: '2012-10-17', Statement: [{ Sid: 'Topic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: ordersArn, Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCOUNT}:orders` } } }] };
const OPEN = { Version: '2012-10-17', Statement: [{ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:us-east-1:${ACCOUNT}:open` }] };

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const east = new SQSClient({ ...config, region: 'us-east-1' });
  const eu = new SQSClient({ ...config, region: 'eu-west-1' });
  await east.send(new CreateQueueCommand({ QueueName: 'orders', Attributes: { KmsMasterKeyId: KEY, SqsManagedSseEnabled: 'false', Policy: JSON.stringify(SCOPED) }, tags: { team: 'shop' } }));
  await east.send(new CreateQueueCommand({ QueueName: 'open', Attributes: { SqsManagedSseEnabled: 'false', Policy: JSON.stringify(OPEN) } }));
  await eu.send(new CreateQueueCommand({ QueueName: 'jobs.fifo', Attributes: { FifoQueue: 'true', SqsManagedSseEnabled: 'true' } }));
}

describe.skipIf(!ready)('SQS queues against the moto emulator', () => {
  const fixture = useMoto('assay-moto-sqs-', seed);

  it('assay collect writes every seeded queue with its encryption and policy', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const queues = snapshot.resources.filter((r) => r.type === 'aws.sqs.queue');
    expect(queues.map((q) => `${q.region}/${q.id}`).sort()).toEqual(['eu-west-1/jobs.fifo', 'us-east-1/open', 'us-east-1/orders']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.sqs.queue').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
    const queue = (id: string) => queues.find((q) => q.id === id);
    expect(queues.every((q) => q.errors === undefined)).toBe(true);
    expect(queue('orders')).toMatchObject({ arn: ordersArn, tags: { team: 'shop' } });
    expect(queue('orders')?.data).toEqual({ queueUrl: expect.stringMatching(/\/123456789012\/orders$/) as unknown, name: 'orders', queueArn: ordersArn, fifoQueue: false, kmsMasterKeyId: KEY, sqsManagedSseEnabled: false, policy: SCOPED });
    expect(queue('open')?.data).toMatchObject({ kmsMasterKeyId: null, sqsManagedSseEnabled: false, policy: OPEN });
    expect(queue('jobs.fifo')?.data).toMatchObject({ fifoQueue: true, kmsMasterKeyId: null, sqsManagedSseEnabled: true, policy: null });
  });

  it('a live assay scan gives the SQS verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-sqs-queue-encrypted', 'orders')).toBe('PASS');
    expect(statusOf('aws-sqs-queue-encrypted', 'jobs.fifo')).toBe('PASS');
    expect(statusOf('aws-sqs-queue-encrypted', 'open')).toBe('FAIL');
    expect(statusOf('aws-sqs-queue-not-public', 'orders')).toBe('PASS');
    expect(statusOf('aws-sqs-queue-not-public', 'jobs.fifo')).toBe('PASS');
    expect(statusOf('aws-sqs-queue-not-public', 'open')).toBe('FAIL');
  });
});
