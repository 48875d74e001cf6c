/**
 * A live run loads the collectors, and the AWS SDK clients, of the types it
 * collects and no others: `assay collect --types` those types, a live
 * `assay scan` the types its policies read. Seen from inside the built CLI
 * (test/support/module-probe.ts) collecting from the moto emulator; the
 * snapshot holds exactly those types. Needs `npm run build`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import { matching, modulesLoadedBy } from '../support/module-probe.js';
import { motoAvailable, startMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const availability = motoAvailable();
if (!availability.ok) {
  if (process.env.CI === 'true') throw new Error(`the moto emulator is required under CI=true: ${availability.reason}`);
  console.warn(`skipping emulator integration tests: ${availability.reason}`);
}

/** The SDK client packages a run loaded, by name (client-s3, client-sts …). */
const sdkClients = (modules: readonly string[]): string[] =>
  [...new Set(matching(modules, '/node_modules/@aws-sdk/client-').map((m) => /@aws-sdk\/(client-[a-z0-9-]+)\//.exec(m)?.[1] ?? ''))].filter((c) => c !== '').sort();

describe.skipIf(!availability.ok)('the SDK clients a live run loads', () => {
  let moto: Moto;
  let dir: string;

  beforeAll(async () => {
    moto = await startMoto();
    dir = await mkdtemp(join(tmpdir(), 'assay-live-modules-'));
  });

  afterAll(async () => {
    await moto.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('collect --types loads the clients of those types only, and writes only those types', async () => {
    const out = join(dir, 'topics.json');
    const run = await modulesLoadedBy(['collect', '--types', 'aws.sns.topic', '--regions', 'us-east-1', '-o', out], moto.env);
    expect(run.stderr).toContain('collecting 1 resource type in account 123456789012');
    expect(run.status).toBe(0);
    // STS says whose account it is; EC2 lists the regions (both before any collector); SNS is the one type asked for.
    expect(sdkClients(run.modules)).toEqual(['client-ec2', 'client-sns', 'client-sts']);
    const { snapshot } = await readSnapshotFile(out);
    expect([...new Set(snapshot.coverage.map((c) => c.type))]).toEqual(['aws.sns.topic']);
  }, 10 * 60_000);

  it('a live scan collects the types its policies read: a CIS scan never loads Lambda, ECR or EKS', async () => {
    const run = await modulesLoadedBy(['scan', '--pack', 'cis-aws-foundations-7.0.0', '--regions', 'us-east-1', '--fail-on', 'none', '--format', 'json', '--quiet'], moto.env);
    expect(run.status, run.stderr).toBe(0);
    const clients = sdkClients(run.modules);
    for (const needed of ['client-s3', 'client-iam', 'client-cloudtrail', 'client-kms']) expect(clients).toContain(needed);
    for (const unused of ['client-lambda', 'client-ecr', 'client-eks', 'client-elastic-load-balancing-v2', 'client-guardduty']) expect(clients).not.toContain(unused);
  }, 10 * 60_000);

  it('refuses an unknown type before collecting anything, suggesting the right one', async () => {
    const out = join(dir, 'x.json');
    const run = await assay(['collect', '--types', 'aws.s3.buckets', '-o', out], moto.env);
    expect(run.stderr).toContain('unknown resource type "aws.s3.buckets"; did you mean "aws.s3.bucket"?');
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('collecting');
  }, 10 * 60_000);
});
