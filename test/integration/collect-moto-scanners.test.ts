/**
 * Amazon Inspector and Amazon Macie on aws.region, collected by `assay
 * collect` and judged by `assay scan` against the moto emulator, seeded
 * through the SDK: us-east-1 scans EC2 and ECR (not Lambda) and runs Macie;
 * eu-west-1 had EC2 scanning switched on and off again.
 *
 * moto quirks this works around, each where AWS's documentation differs:
 * BatchGetAccountStatus answers only accounts that once called Enable (AWS
 * answers DISABLED for any account), so eu-west-1 is enabled then disabled.
 * moto 5.2.1's GetMacieSession answers its times without a time zone, which
 * the SDK rejects as not RFC 3339, and answers a session in every region
 * once Macie is enabled in one: the Macie session is unreadable in both
 * regions, so Macie.1 and Macie.2 are ERROR there, never PASS or a
 * guessed FAIL. "Not enabled" is covered by the recorded answers
 * (settings.test.ts).
 */
import { join } from 'node:path';
import { DisableCommand, EnableCommand, Inspector2Client } from '@aws-sdk/client-inspector2';
import { EnableMacieCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();
const account = '123456789012';

async function seed(moto: Moto): Promise<undefined> {
  const config = (region: string) => ({ endpoint: moto.endpoint, region, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  const home = new Inspector2Client(config('us-east-1'));
  await home.send(new EnableCommand({ accountIds: [account], resourceTypes: ['EC2', 'ECR'] }));
  await new Macie2Client(config('us-east-1')).send(new EnableMacieCommand({ status: 'ENABLED' }));
  const eu = new Inspector2Client(config('eu-west-1'));
  await eu.send(new EnableCommand({ accountIds: [account], resourceTypes: ['EC2'] }));
  await eu.send(new DisableCommand({ accountIds: [account], resourceTypes: ['EC2'] }));
  return undefined;
}

describe.skipIf(!ready)('Inspector and Macie against the moto emulator', () => {
  const fixture = useMoto('assay-moto-scanners-', seed);

  it('assay collect records each region\'s scan types and Macie status', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '--types', 'aws.region', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const region = (id: string) => snapshot.resources.find((r) => r.type === 'aws.region' && r.id === id);
    expect(region('us-east-1')?.data).toMatchObject({ inspector: { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'DISABLED', lambdaCode: 'DISABLED' } });
    expect(region('eu-west-1')?.data).toMatchObject({ inspector: { ec2: 'DISABLED', ecr: 'DISABLED', lambda: 'DISABLED', lambdaCode: 'DISABLED' } });
    for (const id of ['us-east-1', 'eu-west-1']) {
      expect((region(id)?.errors ?? []).filter((e) => e.path.startsWith('inspector'))).toEqual([]);
      expect('macie' in (region(id)?.data ?? {})).toBe(false);
      const macie = region(id)?.errors?.find((e) => e.path === 'macie');
      expect(macie?.operation).toBe('macie2:GetMacieSession');
      expect(macie?.message).toContain('RFC-3339');
    }
  });

  it('a live assay scan gives the Inspector and Macie verdicts', async () => {
    const run = await assay(['scan', '--snapshot', join(fixture.dir, 'snap.json.gz'), '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-inspector-ec2-scanning-enabled', 'us-east-1')).toBe('PASS');
    expect(statusOf('aws-inspector-ecr-scanning-enabled', 'us-east-1')).toBe('PASS');
    expect(statusOf('aws-inspector-lambda-standard-scanning-enabled', 'us-east-1')).toBe('FAIL');
    expect(statusOf('aws-inspector-lambda-code-scanning-enabled', 'us-east-1')).toBe('FAIL');
    expect(statusOf('aws-inspector-ec2-scanning-enabled', 'eu-west-1')).toBe('FAIL');
    for (const id of ['us-east-1', 'eu-west-1']) {
      expect(statusOf('aws-macie-enabled', id)).toBe('ERROR');
      expect(statusOf('aws-macie-automated-discovery-enabled', id)).toBe('ERROR');
    }
  });
});
