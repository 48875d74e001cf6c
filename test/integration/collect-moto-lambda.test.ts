/**
 * Lambda functions collected by `assay collect`, and judged by a live
 * `assay scan`, against the moto emulator seeded through the SDK: a
 * function built the way the Lambda policies ask (two zones of a VPC,
 * active tracing, an on-failure destination, S3 invoking from one account)
 * beside a public one outside any VPC and one in a single subnet.
 *
 * Where moto differs from AWS (so the test does not trust it): ListFunctions
 * answers one page (paging is tested with recorded answers in
 * src/collect/aws/lambda/functions.test.ts), no DeadLetterConfig is ever
 * answered, and GetFunctionCodeSigningConfig answers a null ARN for a
 * function without one where AWS's API reference marks it as always sent —
 * Assay records that as unreadable on codeSigningConfigArn, never as "none".
 * Moto 5.2.1 implements no GetCodeSigningConfig, so the configuration a
 * function names is unreadable on codeSigning (recorded answers test it).
 */
import { join } from 'node:path';
import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { AddPermissionCommand, CreateFunctionCommand, LambdaClient, PutFunctionEventInvokeConfigCommand } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const ACCOUNT = '123456789012';
const failures = `arn:aws:sqs:us-east-1:${ACCOUNT}:responder-failures`;
const signing = `arn:aws:lambda:us-east-1:${ACCOUNT}:code-signing-config:csc-0123456789abcdef0`;
/** Any bytes will do: moto stores the package and never runs it here. */
const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

interface Seeded { subnetA: string; subnetB: string; group: string; role: string }

async function seed(moto: Moto): Promise<Seeded> {
  const config = { endpoint: moto.endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, region: 'us-east-1' };
  const iam = new IAMClient(config);
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  const role = (await iam.send(new CreateRoleCommand({ RoleName: 'function-role', AssumeRolePolicyDocument: JSON.stringify(trust) }))).Role?.Arn ?? '';
  const ec2 = new EC2Client(config);
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.30.0.0/16' }))).Vpc?.VpcId ?? '';
  const subnetA = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.30.1.0/24', AvailabilityZone: 'us-east-1a' }))).Subnet?.SubnetId ?? '';
  const subnetB = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.30.2.0/24', AvailabilityZone: 'us-east-1b' }))).Subnet?.SubnetId ?? '';
  const group = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'functions', Description: 'functions', VpcId: vpc }))).GroupId ?? '';
  const lambda = new LambdaClient(config);
  const create = (name: string, extra: Partial<ConstructorParameters<typeof CreateFunctionCommand>[0]>) =>
    lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: role, Handler: 'app.handler', Code: { ZipFile: zip }, Runtime: 'python3.13', ...extra }));
  // Every setting asserted below is seeded: moto's defaults are not AWS's.
  await create('responder', {
    VpcConfig: { SubnetIds: [subnetA, subnetB], SecurityGroupIds: [group] }, TracingConfig: { Mode: 'Active' }, Architectures: ['arm64'], CodeSigningConfigArn: signing,
  });
  await lambda.send(new PutFunctionEventInvokeConfigCommand({ FunctionName: 'responder', DestinationConfig: { OnFailure: { Destination: failures } } }));
  await lambda.send(new AddPermissionCommand({ FunctionName: 'responder', StatementId: 'uploads', Action: 'lambda:InvokeFunction', Principal: 's3.amazonaws.com', SourceArn: 'arn:aws:s3:::acme-uploads', SourceAccount: ACCOUNT }));
  await create('open-to-all', { Runtime: 'nodejs16.x', TracingConfig: { Mode: 'PassThrough' } });
  await lambda.send(new AddPermissionCommand({ FunctionName: 'open-to-all', StatementId: 'everyone', Action: 'lambda:InvokeFunction', Principal: '*' }));
  await create('single-zone', { VpcConfig: { SubnetIds: [subnetA], SecurityGroupIds: [group] }, TracingConfig: { Mode: 'PassThrough' } });
  return { subnetA, subnetB, group, role };
}

describe.skipIf(!ready)('Lambda collection against the moto emulator', () => {
  const fixture = useMoto('assay-moto-lambda-', seed);

  it('assay collect writes each function with its settings, policy and on-failure destination', async () => {
    const out = join(fixture.dir, 'snap.json.gz');
    const run = await assay(['collect', '--regions', 'us-east-1,eu-west-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const functions = snapshot.resources.filter((r) => r.type === 'aws.lambda.function');
    expect(functions.map((f) => `${f.region}/${f.id}`).sort()).toEqual(['us-east-1/open-to-all', 'us-east-1/responder', 'us-east-1/single-zone']);
    const fn = (id: string) => functions.find((f) => f.id === id);
    expect(fn('responder')?.arn).toBe(`arn:aws:lambda:us-east-1:${ACCOUNT}:function:responder`);
    // moto implements no GetCodeSigningConfig: the configuration the function names is unreadable, never "enforced" or "none".
    expect(fn('responder')?.errors?.map((e) => `${e.path} ${e.operation ?? ''}`)).toEqual(['codeSigning lambda:GetCodeSigningConfig']);
    expect(fn('responder')?.data).toMatchObject({
      functionName: 'responder', runtime: 'python3.13', packageType: 'Zip', role: fixture.seeded.role,
      vpcConfig: { subnetIds: [fixture.seeded.subnetA, fixture.seeded.subnetB], securityGroupIds: [fixture.seeded.group] },
      deadLetterTargetArn: null, onFailureDestination: failures, codeSigningConfigArn: signing, tracingMode: 'Active', architectures: ['arm64'],
      policy: { Statement: [expect.objectContaining({ Sid: 'uploads', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction' })] },
    });
    // moto's timestamp has nine fractional digits (AWS sends three and a +0000 offset): either is ISO 8601 UTC in the snapshot.
    expect((fn('responder')?.data as { lastModified?: unknown }).lastModified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    // moto answers a placeholder VpcId (vpc-123abc), not the subnets' VPC: only its presence is checked.
    expect((fn('responder')?.data as { vpcConfig?: { vpcId?: unknown } }).vpcConfig?.vpcId).toEqual(expect.any(String));
    // No policy (ResourceNotFoundException) and no event invoke configuration are "not configured": null, no error.
    expect(fn('single-zone')?.data).toMatchObject({ policy: null, onFailureDestination: null, tracingMode: 'PassThrough', vpcConfig: { subnetIds: [fixture.seeded.subnetA] } });
    expect(fn('open-to-all')?.data).toMatchObject({ runtime: 'nodejs16.x', vpcConfig: null, policy: { Statement: [expect.objectContaining({ Sid: 'everyone', Principal: '*' })] } });
    // moto's null code signing ARN (AWS always sends one, empty when none): unreadable, never "none".
    for (const id of ['open-to-all', 'single-zone']) {
      expect(fn(id)?.errors?.map((e) => `${e.path} ${e.code} ${e.operation ?? ''}`)).toEqual([
        'codeSigningConfigArn IncompleteResponse lambda:GetFunctionCodeSigningConfig', 'codeSigning IncompleteResponse lambda:GetFunctionCodeSigningConfig',
      ]);
    }
    expect(snapshot.coverage.filter((c) => c.type === 'aws.lambda.function').map((c) => `${c.region}:${c.status}`).sort()).toEqual(['eu-west-1:complete', 'us-east-1:complete']);
  });

  it('a live assay scan judges the functions', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const verdicts = (policy: string): Record<string, string> =>
      Object.fromEntries(result.findings.filter((f) => f.policy === policy).map((f) => [f.resource.id, f.status]));
    expect(verdicts('aws-lambda-function-not-public')).toEqual({ responder: 'PASS', 'open-to-all': 'FAIL', 'single-zone': 'PASS' });
    expect(verdicts('aws-lambda-function-supported-runtime')).toEqual({ responder: 'PASS', 'open-to-all': 'FAIL', 'single-zone': 'PASS' });
    expect(verdicts('aws-lambda-function-in-vpc')).toEqual({ responder: 'PASS', 'open-to-all': 'FAIL', 'single-zone': 'PASS' });
    // The zones come from the collected subnets (us-east-1a and us-east-1b).
    expect(verdicts('aws-lambda-function-vpc-multi-az')).toEqual({ responder: 'PASS', 'open-to-all': 'NOT_APPLICABLE', 'single-zone': 'FAIL' });
    expect(verdicts('aws-lambda-function-tracing')).toEqual({ responder: 'PASS', 'open-to-all': 'FAIL', 'single-zone': 'FAIL' });
    expect(verdicts('aws-lambda-function-failure-destination')).toEqual({ responder: 'PASS', 'open-to-all': 'FAIL', 'single-zone': 'FAIL' });
  });
});
