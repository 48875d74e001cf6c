/**
 * `--source config` for Lambda against `--source api` on the same recorded
 * account: the functions served both as Lambda's own answers (ListFunctions
 * in two pages and the three per-function reads) and as AWS Config's (two
 * advanced query pages of Configuration Items holding what AWS's Config
 * resource schema lists for AWS::Lambda::Function), collected through the
 * real SDK clients each way. The resources must be equal, with Lambda asked
 * only for what the items lack: the three per-function settings always, and
 * one ListFunctions listing for a VPC connection whose item has no VPC id.
 */
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { lambdaFunctions } from '../../src/collect/aws/lambda/functions.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { lambdaFunctionFromConfig } from '../../src/collect/config/mappers/lambda-function.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { type RecordedResponse, type Route, type WireRequest } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const arn = (name: string): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const lambdaError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ Type: 'User', Message: message }),
});
const notFound = (message: string): RecordedResponse => lambdaError('ResourceNotFoundException', message, 404);
/** `/2015-03-31/functions/orders/policy` → ['orders', 'policy']. */
const sub = (r: WireRequest): [string, string] => {
  const [, , , name = '', what = ''] = r.path.split('/');
  return [decodeURIComponent(name), what];
};
const isSigningConfig = (r: WireRequest): boolean => r.method === 'GET' && r.path.startsWith('/2020-04-22/code-signing-configs/');
const isListing = (r: WireRequest): boolean => r.method === 'GET' && /^\/2015-03-31\/functions\/?$/.test(r.path);

const fn = (name: string, extra: Partial<FunctionConfiguration>): FunctionConfiguration => ({
  FunctionName: name, FunctionArn: arn(name), Runtime: 'python3.13', Role: `arn:aws:iam::${ACCOUNT}:role/${name}`, Handler: 'app.handler', CodeSize: 1024,
  Description: '', Timeout: 30, MemorySize: 256, LastModified: '2025-01-15T10:30:00.000+0000', CodeSha256: 'abc=', Version: '$LATEST',
  TracingConfig: { Mode: 'PassThrough' }, PackageType: 'Zip', Architectures: ['x86_64'], EphemeralStorage: { Size: 512 },
  ...extra,
});
const functions = [
  fn('orders', { VpcConfig: { SubnetIds: ['subnet-0a1b2c3d4e5f67890'], SecurityGroupIds: ['sg-0a1b2c3d4e5f67890'], VpcId: 'vpc-0a1b2c3d4e5f67890' }, TracingConfig: { Mode: 'Active' }, Architectures: ['arm64'] }),
  fn('legacy', { Runtime: 'nodejs14.x', LastModified: '2021-06-01T08:00:00.000-0500', VpcConfig: { SubnetIds: [], SecurityGroupIds: [], VpcId: '' }, DeadLetterConfig: { TargetArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:legacy-dlq` } }),
  fn('image-fn', { Runtime: undefined, Handler: undefined, PackageType: 'Image' }),
  fn('billing', { VpcConfig: { SubnetIds: ['subnet-0b1c2d3e4f5a67890'], SecurityGroupIds: ['sg-0b1c2d3e4f5a67890'], VpcId: 'vpc-0a1b2c3d4e5f67890' } }),
];
const policy = { Version: '2012-10-17', Statement: [{ Sid: 's3-invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: arn('orders') }] };
const failures = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-failures`;
const signing = `arn:aws:lambda:us-east-1:${ACCOUNT}:code-signing-config:csc-0123456789abcdef0`;

/** Lambda's own answers; a deleted function is not listed and answers ResourceNotFoundException everywhere. */
const lambdaRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  { name: 'ListFunctions', match: isListing, respond: (r) => (r.query.Marker === undefined ? restJson({ Functions: functions.slice(0, 2), NextMarker: 'functions-2' }) : restJson({ Functions: functions.slice(2) })) },
  {
    name: 'GetPolicy',
    match: (r) => r.method === 'GET' && sub(r)[1] === 'policy',
    respond: (r) => (sub(r)[0] === 'orders' ? restJson({ Policy: JSON.stringify(policy), RevisionId: 'rev-1' }) : notFound('No policy is associated with the given resource.')),
  },
  {
    name: 'GetFunctionEventInvokeConfig',
    match: (r) => r.method === 'GET' && sub(r)[1] === 'event-invoke-config',
    respond: (r) => (sub(r)[0] === 'orders'
      ? restJson({ FunctionArn: `${arn('orders')}:$LATEST`, MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: failures }, OnSuccess: {} }, LastModified: 1736937000 })
      : notFound(`The function ${arn(sub(r)[0])} doesn't have an EventInvokeConfig`)),
  },
  {
    name: 'GetFunctionCodeSigningConfig',
    match: (r) => r.method === 'GET' && sub(r)[1] === 'code-signing-config',
    respond: (r) => {
      const [name] = sub(r);
      if (!functions.some((f) => f.FunctionName === name)) return notFound(`Function not found: ${arn(name)}`);
      return restJson({ CodeSigningConfigArn: name === 'orders' ? signing : '', FunctionName: name });
    },
  },
  // Every function carries the one tag its Configuration Item holds.
  { name: 'ListTags', match: (r) => r.method === 'GET' && r.path.startsWith('/2017-03-31/tags/'), respond: restJson({ Tags: { team: 'payments' } }) },
  {
    name: 'GetCodeSigningConfig',
    match: isSigningConfig,
    respond: restJson({
      CodeSigningConfig: {
        CodeSigningConfigId: 'csc-0123456789abcdef0', CodeSigningConfigArn: signing, Description: '', LastModified: '2025-01-15T10:30:00.000+0000',
        AllowedPublishers: { SigningProfileVersionArns: [`arn:aws:signer:us-east-1:${ACCOUNT}:/signing-profiles/releases/a1b2c3d4e5`] }, CodeSigningPolicies: { UntrustedArtifactOnDeployment: 'Enforce' },
      },
    }),
  },
];

/**
 * A function as Config records it: GetFunction's configuration in camelCase,
 * null for what is not set; `billing`'s VPC connection without the VPC id
 * the resource schema does not list.
 */
const configuration = (f: FunctionConfiguration): Record<string, unknown> => ({
  functionName: f.FunctionName, functionArn: f.FunctionArn, runtime: f.Runtime ?? null, role: f.Role, handler: f.Handler ?? null, codeSize: f.CodeSize,
  description: f.Description, timeout: f.Timeout, memorySize: f.MemorySize, lastModified: f.LastModified, codeSha256: f.CodeSha256, version: f.Version,
  vpcConfig: f.VpcConfig === undefined ? null : {
    subnetIds: f.VpcConfig.SubnetIds, securityGroupIds: f.VpcConfig.SecurityGroupIds, ...(f.FunctionName === 'billing' ? {} : { vpcId: f.VpcConfig.VpcId }),
  },
  deadLetterConfig: f.DeadLetterConfig === undefined ? null : { targetArn: f.DeadLetterConfig.TargetArn }, tracingConfig: { mode: f.TracingConfig?.Mode },
  kmskeyArn: null, layers: [], state: { value: 'Active' }, packageType: f.PackageType, architectures: f.Architectures, ephemeralStorage: { size: 512 },
});
const item = (f: FunctionConfiguration, withConfiguration = true): string => JSON.stringify({
  resourceId: f.FunctionName, resourceType: 'AWS::Lambda::Function', resourceName: f.FunctionName, arn: f.FunctionArn, accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z', ...(withConfiguration ? { configuration: configuration(f) } : {}),
  supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'payments' }], relationships: [],
});

const configAnswers = (items: string[], overrides: Route[] = []): Route[] => [
  ...configRoutes(items, { resourceType: 'AWS::Lambda::Function', completes: (id) => configuration(functions.find((f) => f.FunctionName === id) as FunctionConfiguration) }),
  ...lambdaRoutes(overrides),
];

const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([lambdaFunctionFromConfig]);

describe('--source config for Lambda', () => {
  it('gives the same functions as --source api, asking Lambda only for what the items lack', async () => {
    const api = await collectRecorded([lambdaFunctions], lambdaRoutes(), { regions: ['us-east-1'] });
    // image-fn's item comes without its configuration, completed through BatchGetResourceConfig.
    const config = await collectRecorded(configCollectors([lambdaFunctionFromConfig]), configAnswers(functions.map((f) => item(f, f.FunctionName !== 'image-fn'))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(config.problems).toEqual([]);
    expect(sorted(config.snapshot)).toEqual(sorted(api.snapshot));
    expect(config.snapshot.resources.map((r) => r.tags)).toEqual(functions.map(() => ({ team: 'payments' })));
    // The tags are the item's: Lambda is not asked for them.
    expect(config.aws.requests.some((r) => r.path.startsWith('/2017-03-31/tags/'))).toBe(false);
    expect(config.snapshot.resources).toHaveLength(functions.length);
    expect(config.snapshot.errors).toEqual([]);
    expect(config.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(config.aws.requests.filter((r) => r.target === 'StarlingDoveService.SelectResourceConfig').map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    expect(config.aws.requests.filter((r) => r.target === 'StarlingDoveService.BatchGetResourceConfig').map((r) => r.params.resourceKeys)).toEqual([[{ resourceType: 'AWS::Lambda::Function', resourceId: 'image-fn' }]]);
    // One listing (two pages) for billing's VPC id, however many functions lack fields; the per-function reads as the API path makes them.
    expect(config.aws.requests.filter(isListing).map((r) => r.query.Marker)).toEqual([undefined, 'functions-2']);
    for (const what of ['policy', 'event-invoke-config', 'code-signing-config']) {
      expect(config.aws.requests.filter((r) => sub(r)[1] === what)).toHaveLength(functions.length);
    }
    // The one code signing configuration named (by orders) is read once.
    expect(config.aws.requests.filter(isSigningConfig)).toHaveLength(1);
  });

  it('lists no functions when every item holds what the listing would answer', async () => {
    const run = await collectRecorded(configCollectors([lambdaFunctionFromConfig]), configAnswers(functions.filter((f) => f.FunctionName !== 'billing').map((f) => item(f))), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.some(isListing)).toBe(false);
    expect(run.snapshot.resources.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
  });

  it('names a function deleted since Config recorded it as gone on every field Lambda must answer, never "none"', async () => {
    const deleted = fn('retired', { VpcConfig: { SubnetIds: ['subnet-0c1d2e3f4a5b67890'], SecurityGroupIds: [], VpcId: 'vpc-1' } });
    const noVpcId = JSON.parse(item(deleted)) as { configuration: { vpcConfig: Record<string, unknown> } };
    delete noVpcId.configuration.vpcConfig.vpcId;
    const run = await collectRecorded(configCollectors([lambdaFunctionFromConfig]), configAnswers([JSON.stringify(noVpcId)]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const retired = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(retired?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['vpcConfig', 'ResourceNotFoundException', 'lambda:ListFunctions'], ['policy', 'ResourceNotFoundException', 'lambda:GetFunctionCodeSigningConfig'],
      ['onFailureDestination', 'ResourceNotFoundException', 'lambda:GetFunctionCodeSigningConfig'], ['codeSigningConfigArn', 'ResourceNotFoundException', 'lambda:GetFunctionCodeSigningConfig'],
      ['codeSigning', 'ResourceNotFoundException', 'lambda:GetFunctionCodeSigningConfig'],
    ]);
    expect(retired?.data).not.toHaveProperty('policy');
    // Only the code signing read is made for a function that is gone.
    expect(run.aws.requests.filter((r) => ['policy', 'event-invoke-config'].includes(sub(r)[1]))).toEqual([]);
  });

  for (const [what, field, operation] of [
    ['policy', 'policy', 'GetPolicy'],
    ['event-invoke-config', 'onFailureDestination', 'GetFunctionEventInvokeConfig'],
    ['code-signing-config', 'codeSigningConfigArn', 'GetFunctionCodeSigningConfig'],
  ] as const) {
    it(`records AccessDeniedException on ${operation} on ${field} of that function only`, async () => {
      const message = `User is not authorized to perform: lambda:${operation}`;
      const denied: Route = { name: 'denied', match: (r) => sub(r)[0] === 'legacy' && sub(r)[1] === what, respond: lambdaError('AccessDeniedException', message, 403) };
      const run = await collectRecorded(configCollectors([lambdaFunctionFromConfig]), configAnswers(functions.map((f) => item(f)), [denied]), { regions: ['us-east-1'] });
      expect(run.problems).toEqual([]);
      const failed = run.snapshot.resources.find((r) => r.id === 'legacy');
      // A denied code signing read cannot tell whether the function still exists: the other two are not read as "none" either.
      const fields = operation === 'GetFunctionCodeSigningConfig' ? ['policy', 'onFailureDestination', 'codeSigningConfigArn', 'codeSigning'] : [field];
      expect(failed?.errors?.map((e) => [e.path, e.code])).toEqual(fields.map((path) => [path, 'AccessDeniedException']));
      expect(failed?.data).toMatchObject({ runtime: 'nodejs14.x', tracingMode: 'PassThrough', vpcConfig: null });
      expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['legacy']);
    });
  }

  it('records a denied listing on the field it would have filled', async () => {
    const denied: Route = { name: 'list-denied', match: isListing, respond: lambdaError('AccessDeniedException', 'no lambda:ListFunctions', 403) };
    const run = await collectRecorded(configCollectors([lambdaFunctionFromConfig]), configAnswers(functions.map((f) => item(f)), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'billing')?.errors).toEqual([{ path: 'vpcConfig', code: 'AccessDeniedException', message: 'no lambda:ListFunctions', operation: 'lambda:ListFunctions' }]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.lambda.function', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });
});

describe('the Config collector for Lambda', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
