/**
 * ECR repositories collected by `assay collect` and judged by a live
 * `assay scan` against the moto emulator, seeded through the SDK: a
 * registry scanning rule per region (moto applies the rules to its
 * repositories' effective scan frequency, as AWS does), repositories with
 * and without lifecycle and repository policies, KMS and SSE-S3
 * encryption, and the tag mutabilities.
 */
import { join } from 'node:path';
import { CreateRepositoryCommand, ECRClient, PutLifecyclePolicyCommand, PutRegistryScanningConfigurationCommand, SetRepositoryPolicyCommand } from '@aws-sdk/client-ecr';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const lifecycle = JSON.stringify({ rules: [{ rulePriority: 1, description: 'expire untagged', selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] });
const pullBy = (principal: unknown) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Pull', Effect: 'Allow', Principal: principal, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] });

async function seed(moto: Moto): Promise<{ keyArn: string }> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const keyArn = (await new KMSClient({ ...config, region: 'us-east-1' }).send(new CreateKeyCommand({ Description: 'ecr images' }))).KeyMetadata?.Arn ?? '';
  const ecr = new ECRClient({ ...config, region: 'us-east-1' });
  const ecrEu = new ECRClient({ ...config, region: 'eu-west-1' });
  // Every setting asserted below is seeded: moto's defaults (MUTABLE, AES256, scanOnPush false, MANUAL) are not assumed.
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'payments/api', imageTagMutability: 'IMMUTABLE', imageScanningConfiguration: { scanOnPush: false }, encryptionConfiguration: { encryptionType: 'KMS', kmsKey: keyArn } }));
  await ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'payments/api', lifecyclePolicyText: lifecycle }));
  await ecr.send(new SetRepositoryPolicyCommand({ repositoryName: 'payments/api', policyText: JSON.stringify(pullBy({ AWS: 'arn:aws:iam::210987654321:root' })) }));
  // Its own scanOnPush is on, but no registry rule matches it: AWS (and moto) scan it manually only.
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'web/frontend', imageTagMutability: 'MUTABLE', imageScanningConfiguration: { scanOnPush: true }, encryptionConfiguration: { encryptionType: 'AES256' } }));
  await ecr.send(new SetRepositoryPolicyCommand({ repositoryName: 'web/frontend', policyText: JSON.stringify(pullBy('*')) }));
  await ecr.send(new PutRegistryScanningConfigurationCommand({ scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'payments/*', filterType: 'WILDCARD' }] }] }));
  await ecrEu.send(new CreateRepositoryCommand({
    repositoryName: 'batch/worker', imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: [{ filter: 'latest', filterType: 'WILDCARD' }],
    imageScanningConfiguration: { scanOnPush: false }, encryptionConfiguration: { encryptionType: 'AES256' },
  }));
  await ecrEu.send(new PutLifecyclePolicyCommand({ repositoryName: 'batch/worker', lifecyclePolicyText: lifecycle }));
  await ecrEu.send(new PutRegistryScanningConfigurationCommand({ scanType: 'BASIC', rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }] }));
  return { keyArn };
}

describe.skipIf(!ready)('ECR against the moto emulator', () => {
  const fixture = useMoto('assay-moto-ecr-', seed);

  it('assay collect records each repository with the scanning its registry gives it', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out, '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const repos = snapshot.resources.filter((r) => r.type === 'aws.ecr.repository');
    expect(repos.map((r) => `${r.region}/${r.id}`).sort()).toEqual(['eu-west-1/batch/worker', 'us-east-1/payments/api', 'us-east-1/web/frontend']);
    expect(repos.every((r) => r.errors === undefined)).toBe(true);
    const repo = (id: string) => repos.find((r) => r.id === id);
    expect(repo('payments/api')?.arn).toBe(`arn:aws:ecr:us-east-1:${ACCOUNT}:repository/payments/api`);
    expect(repo('payments/api')?.data).toMatchObject({
      repositoryName: 'payments/api', registryId: ACCOUNT, imageTagMutability: 'IMMUTABLE', imageTagMutabilityExclusionFilters: [], scanOnPush: false,
      scanFrequency: 'CONTINUOUS_SCAN', appliedScanFilters: ['payments/*'], encryptionType: 'KMS', kmsKey: fixture.seeded.keyArn, lifecyclePolicy: expect.any(String) as unknown,
      repositoryPolicy: { Statement: [expect.objectContaining({ Sid: 'Pull', Principal: { AWS: 'arn:aws:iam::210987654321:root' } })] },
    });
    expect(JSON.parse(String(repo('payments/api')?.data.lifecyclePolicy))).toEqual(JSON.parse(lifecycle));
    expect(repo('web/frontend')?.data).toMatchObject({ imageTagMutability: 'MUTABLE', scanOnPush: true, scanFrequency: 'MANUAL', appliedScanFilters: [], encryptionType: 'AES256', kmsKey: null, lifecyclePolicy: null });
    expect(repo('batch/worker')?.data).toMatchObject({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION', imageTagMutabilityExclusionFilters: ['latest'], scanFrequency: 'SCAN_ON_PUSH', appliedScanFilters: ['*'], repositoryPolicy: null });
    expect(snapshot.coverage.filter((c) => c.type === 'aws.ecr.repository').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
  });

  it('a live assay scan judges them', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1,eu-west-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const verdicts = (policy: string): Record<string, string> => Object.fromEntries(result.findings.filter((f) => f.policy === policy).map((f) => [f.resource.id, f.status]));
    expect(verdicts('aws-ecr-repository-scan-on-push')).toEqual({ 'batch/worker': 'PASS', 'payments/api': 'PASS', 'web/frontend': 'FAIL' });
    expect(verdicts('aws-ecr-repository-tag-immutability')).toEqual({ 'batch/worker': 'FAIL', 'payments/api': 'PASS', 'web/frontend': 'FAIL' });
    expect(verdicts('aws-ecr-repository-lifecycle-policy')).toEqual({ 'batch/worker': 'PASS', 'payments/api': 'PASS', 'web/frontend': 'FAIL' });
    expect(verdicts('aws-ecr-repository-not-public')).toEqual({ 'batch/worker': 'PASS', 'payments/api': 'PASS', 'web/frontend': 'FAIL' });
    expect(verdicts('aws-ecr-repository-kms-encrypted')).toEqual({ 'batch/worker': 'FAIL', 'payments/api': 'PASS', 'web/frontend': 'FAIL' });
  });
});
