/**
 * Secrets Manager secrets collected by `assay collect` and judged by a live
 * `assay scan` — real processes, configured by environment only — against
 * the moto emulator, seeded through the SDK: a secret left on the defaults,
 * one rotating every 30 days under a named key, and one whose rotation was
 * turned on with a rotation function that does not exist, so its first
 * rotation failed.
 *
 * What moto 5.2.1 answers, and what Assay must make of it: like AWS, it
 * leaves RotationEnabled out of a secret never given a rotation (false,
 * "never set up"); it answers RotationLambdaARN "" for a rotation without
 * a function (null); it does not record reads, so LastAccessedDate never
 * appears (null, "never retrieved") and the unused-secret policy judges
 * the creation date instead. A rotation whose function is missing still
 * turns rotation on and sets a next date, but never a LastRotatedDate.
 */
import { join } from 'node:path';
import { CreateSecretCommand, RotateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const MISSING_ROTATOR = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:no-such-rotator`;

async function seed(moto: Moto): Promise<void> {
  const sm = new SecretsManagerClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  await sm.send(new CreateSecretCommand({ Name: 'legacy/token', SecretString: 'not-a-real-secret' }));
  await sm.send(new CreateSecretCommand({ Name: 'prod/db', SecretString: 'not-a-real-secret', KmsKeyId: KEY, Tags: [{ Key: 'team', Value: 'payments' }] }));
  await sm.send(new RotateSecretCommand({ SecretId: 'prod/db', RotationRules: { AutomaticallyAfterDays: 30 } }));
  await sm.send(new CreateSecretCommand({ Name: 'prod/reporting', SecretString: 'not-a-real-secret' }));
  // moto refuses the rotation (the function does not exist) after turning rotation on: AWS's shape of a rotation that failed.
  await sm.send(new RotateSecretCommand({ SecretId: 'prod/reporting', RotationLambdaARN: MISSING_ROTATOR, RotationRules: { AutomaticallyAfterDays: 7 } })).catch((error: unknown) => {
    if (!(error instanceof Error) || error.name !== 'ResourceNotFoundException') throw error;
  });
}

describe.skipIf(!ready)('Secrets Manager secrets against the moto emulator', () => {
  const fixture = useMoto('assay-moto-secretsmanager-', seed);

  it('assay collect writes every seeded secret, never its value', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const secrets = snapshot.resources.filter((r) => r.type === 'aws.secretsmanager.secret');
    expect(secrets.map((s) => s.id).sort()).toEqual(['legacy/token', 'prod/db', 'prod/reporting']);
    expect(snapshot.coverage.filter((c) => c.type === 'aws.secretsmanager.secret').map((c) => `${c.region}:${c.status}`)).toEqual(['us-east-1:complete']);
    expect(secrets.every((s) => s.errors === undefined)).toBe(true);
    expect(JSON.stringify(secrets)).not.toContain('not-a-real-secret');
    const secret = (id: string) => secrets.find((s) => s.id === id);
    expect(secret('legacy/token')?.data).toMatchObject({
      name: 'legacy/token', kmsKeyId: null, rotationEnabled: false, rotationLambdaArn: null, rotationRules: null, lastRotatedDate: null, nextRotationDate: null, lastAccessedDate: null,
    });
    expect(secret('prod/db')).toMatchObject({ tags: { team: 'payments' } });
    expect(secret('prod/db')?.data).toMatchObject({ kmsKeyId: KEY, rotationEnabled: true, rotationLambdaArn: null, rotationRules: { automaticallyAfterDays: 30 } });
    expect(typeof secret('prod/db')?.data.lastRotatedDate).toBe('string');
    expect(secret('prod/reporting')?.data).toMatchObject({ rotationEnabled: true, rotationLambdaArn: MISSING_ROTATOR, lastRotatedDate: null });
  });

  it('a live assay scan gives the Secrets Manager verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-secretsmanager-secret-rotation-enabled', 'legacy/token')).toBe('FAIL');
    expect(statusOf('aws-secretsmanager-secret-rotation-enabled', 'prod/db')).toBe('PASS');
    expect(statusOf('aws-secretsmanager-secret-rotation-enabled', 'prod/reporting')).toBe('PASS');
    expect(statusOf('aws-secretsmanager-secret-rotation-succeeded', 'legacy/token')).toBe('NOT_APPLICABLE');
    expect(statusOf('aws-secretsmanager-secret-rotation-succeeded', 'prod/db')).toBe('PASS');
    expect(statusOf('aws-secretsmanager-secret-rotation-succeeded', 'prod/reporting')).toBe('FAIL');
    expect(statusOf('aws-secretsmanager-secret-rotated-recently', 'prod/db')).toBe('PASS');
    expect(statusOf('aws-secretsmanager-secret-rotated-recently', 'legacy/token')).toBe('FAIL');
    // Never read (moto records no reads) but created just now: not unused yet.
    expect(statusOf('aws-secretsmanager-secret-unused', 'legacy/token')).toBe('PASS');
  });
});
