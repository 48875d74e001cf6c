/**
 * Lambda layer versions collected by `assay collect`, and judged by a live
 * `assay scan`, against the moto emulator seeded through the SDK: a layer
 * with two versions whose latest is shared with everyone, one shared with
 * a named account, and one never shared.
 *
 * Where moto differs from AWS (so the test does not trust it): ListLayers
 * answers one page (paging is tested with recorded answers in
 * src/collect/aws/lambda/layer-versions.test.ts). Moto 5.2.1 implements no
 * code signing configurations (no CreateCodeSigningConfig or
 * GetCodeSigningConfig), so a function's `codeSigning` is tested with
 * recorded answers only.
 */
import { join } from 'node:path';
import { AddLayerVersionPermissionCommand, LambdaClient, PublishLayerVersionCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const PARTNER = '210987654321';
/** Any bytes will do: moto stores the package and never runs it here. */
const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

async function seed(moto: Moto): Promise<null> {
  const lambda = new LambdaClient({ endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' });
  const publish = (name: string, runtimes: ('python3.13' | 'nodejs22.x')[]) =>
    lambda.send(new PublishLayerVersionCommand({ LayerName: name, Content: { ZipFile: zip }, CompatibleRuntimes: runtimes }));
  // Every setting asserted below is seeded: moto's defaults are not AWS's.
  await publish('sdk-bundle', ['nodejs22.x']);
  await publish('sdk-bundle', ['nodejs22.x']);
  await lambda.send(new AddLayerVersionPermissionCommand({ LayerName: 'sdk-bundle', VersionNumber: 2, StatementId: 'everyone', Action: 'lambda:GetLayerVersion', Principal: '*' }));
  await publish('partner-tools', ['python3.13']);
  await lambda.send(new AddLayerVersionPermissionCommand({ LayerName: 'partner-tools', VersionNumber: 1, StatementId: 'partner', Action: 'lambda:GetLayerVersion', Principal: PARTNER }));
  await publish('private-utils', []);
  return null;
}

describe.skipIf(!ready)('Lambda layer collection against the moto emulator', () => {
  const fixture = useMoto('assay-moto-lambda-layers-', seed);

  it('assay collect writes each layer\'s latest version with its policy', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '--types', 'aws.lambda.layer-version', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const layers = snapshot.resources.filter((r) => r.type === 'aws.lambda.layer-version');
    expect(layers.map((l) => `${l.region}/${l.id}`).sort()).toEqual(['us-east-1/partner-tools:1', 'us-east-1/private-utils:1', 'us-east-1/sdk-bundle:2']);
    const layer = (id: string) => layers.find((l) => l.id === id);
    expect(layers.map((l) => l.errors)).toEqual([undefined, undefined, undefined]);
    expect(layer('sdk-bundle:2')).toMatchObject({ arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:sdk-bundle:2` });
    expect(layer('sdk-bundle:2')?.data).toMatchObject({
      layerName: 'sdk-bundle', version: 2, layerVersionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:sdk-bundle:2`, compatibleRuntimes: ['nodejs22.x'],
      policy: { Statement: [expect.objectContaining({ Sid: 'everyone', Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion' })] },
    });
    expect(layer('partner-tools:1')?.data).toMatchObject({ compatibleRuntimes: ['python3.13'], policy: { Statement: [expect.objectContaining({ Sid: 'partner' })] } });
    // No policy (ResourceNotFoundException) is "not shared": null, no error.
    expect(layer('private-utils:1')?.data).toMatchObject({ policy: null, compatibleRuntimes: [] });
    expect(snapshot.coverage.filter((c) => c.type === 'aws.lambda.layer-version').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
  });

  it('a live assay scan judges the layer versions', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const verdicts = Object.fromEntries(result.findings.filter((f) => f.policy === 'aws-lambda-layer-version-not-public').map((f) => [f.resource.id, f.status]));
    expect(verdicts).toEqual({ 'sdk-bundle:2': 'FAIL', 'partner-tools:1': 'PASS', 'private-utils:1': 'PASS' });
  });
});
