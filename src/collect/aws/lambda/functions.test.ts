/** lambdaFunctions through the real Lambda client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { lambdaFunctions } from './functions.js';
import { type RecordedResponse, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const arn = (name: string): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
/** Lambda errors: the code in x-amzn-errortype, Type and Message in the body. */
const lambdaError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ Type: 'User', Message: message }),
});
const notFound = (message: string): RecordedResponse => lambdaError('ResourceNotFoundException', message, 404);
/** `/2015-03-31/functions/orders/policy` → ['orders', 'policy']. */
const sub = (r: WireRequest): [string, string] => {
  const [, , , name = '', what = ''] = r.path.split('/');
  return [decodeURIComponent(name), what];
};

const fn = (name: string, extra: Record<string, unknown>) => ({
  FunctionName: name, FunctionArn: arn(name), Runtime: 'python3.13', Role: `arn:aws:iam::${ACCOUNT}:role/${name}`, Handler: 'app.handler', CodeSize: 1024,
  Description: '', Timeout: 30, MemorySize: 256, LastModified: '2025-01-15T10:30:00.000+0000', CodeSha256: 'abc=', Version: '$LATEST',
  TracingConfig: { Mode: 'PassThrough' }, PackageType: 'Zip', Architectures: ['x86_64'], EphemeralStorage: { Size: 512 },
  ...extra,
});
const orders = fn('orders', {
  VpcConfig: { SubnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890'], SecurityGroupIds: ['sg-0a1b2c3d4e5f67890'], VpcId: 'vpc-0a1b2c3d4e5f67890', Ipv6AllowedForDualStack: false },
  TracingConfig: { Mode: 'Active' }, Architectures: ['arm64'],
});
const legacy = fn('legacy', {
  Runtime: 'nodejs14.x', LastModified: '2021-06-01T08:00:00.000-0500',
  VpcConfig: { SubnetIds: [], SecurityGroupIds: [], VpcId: '' },
  DeadLetterConfig: { TargetArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:legacy-dlq` },
});
const image = fn('image-fn', { Runtime: undefined, Handler: undefined, PackageType: 'Image' });
const gone = fn('gone', {});
const policy = {
  Version: '2012-10-17', Id: 'default',
  Statement: [{ Sid: 's3-invoke', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: arn('orders'), Condition: { StringEquals: { 'AWS:SourceAccount': ACCOUNT } } }],
};
const failures = `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-failures`;
const signing = `arn:aws:lambda:us-east-1:${ACCOUNT}:code-signing-config:csc-0123456789abcdef0`;
const signingWarn = `arn:aws:lambda:us-east-1:${ACCOUNT}:code-signing-config:csc-0fedcba9876543210`;
const publisher = `arn:aws:signer:us-east-1:${ACCOUNT}:/signing-profiles/releases/a1b2c3d4e5`;
const isSigningConfig = (r: WireRequest): boolean => r.method === 'GET' && r.path.startsWith('/2020-04-22/code-signing-configs/');
/** ListTags: GET /2017-03-31/tags/{ARN}, the ARN URL-encoded. */
const isTags = (r: WireRequest): boolean => r.method === 'GET' && r.path.startsWith('/2017-03-31/tags/');
const taggedArn = (r: WireRequest): string => decodeURIComponent(r.path.split('/')[3] ?? '');
/** orders carries two tags; the others none, which Lambda answers as an empty map. */
const tagsOf: Record<string, Record<string, string>> = { [arn('orders')]: { team: 'payments', env: 'prod' } };
const signingConfig = (configArn: string, policy: string) => ({
  CodeSigningConfig: {
    CodeSigningConfigId: configArn.split(':').pop(), CodeSigningConfigArn: configArn, Description: '', LastModified: '2025-01-15T10:30:00.000+0000',
    AllowedPublishers: { SigningProfileVersionArns: [publisher] }, CodeSigningPolicies: { UntrustedArtifactOnDeployment: policy },
  },
});
/** Which code signing configuration each function names; `legacy` none. */
const signedBy: Record<string, string> = { orders: signing, 'image-fn': signingWarn };

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListFunctions',
      match: (r) => r.method === 'GET' && /^\/2015-03-31\/functions\/?$/.test(r.path),
      respond: (r) => (r.query.Marker === undefined ? restJson({ Functions: [orders, legacy], NextMarker: 'functions-2' }) : restJson({ Functions: [image, gone] })),
    },
    {
      name: 'GetPolicy',
      match: (r) => r.method === 'GET' && sub(r)[1] === 'policy',
      respond: (r) => (sub(r)[0] === 'orders' ? restJson({ Policy: JSON.stringify(policy), RevisionId: 'rev-1' }) : notFound('No policy is associated with the given resource.')),
    },
    {
      name: 'GetFunctionEventInvokeConfig',
      match: (r) => r.method === 'GET' && sub(r)[1] === 'event-invoke-config',
      respond: (r) => {
        const [name] = sub(r);
        if (name === 'orders') return restJson({ FunctionArn: `${arn(name)}:$LATEST`, MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: failures }, OnSuccess: {} }, LastModified: 1736937000 });
        if (name === 'image-fn') return restJson({ FunctionArn: `${arn(name)}:$LATEST`, MaximumRetryAttempts: 0, DestinationConfig: { OnSuccess: { Destination: failures } }, LastModified: 1736937000 });
        return notFound(`The function ${arn(name)} doesn't have an EventInvokeConfig`);
      },
    },
    {
      name: 'GetFunctionCodeSigningConfig',
      match: (r) => r.method === 'GET' && sub(r)[1] === 'code-signing-config',
      respond: (r) => {
        const [name] = sub(r);
        if (name === 'gone') return notFound(`Function not found: ${arn(name)}`);
        return restJson({ CodeSigningConfigArn: signedBy[name] ?? '', FunctionName: name });
      },
    },
    { name: 'ListTags', match: isTags, respond: (r) => restJson({ Tags: tagsOf[taggedArn(r)] ?? {} }) },
    {
      name: 'GetCodeSigningConfig',
      match: isSigningConfig,
      respond: (r) => {
        const configArn = decodeURIComponent(r.path.split('/')[3] ?? '');
        return restJson(signingConfig(configArn, configArn === signing ? 'Enforce' : 'Warn'));
      },
    },
  ];
}

describe('lambdaFunctions', () => {
  it('follows NextMarker, reads the per-function settings and maps every function to a valid resource', async () => {
    const run = await collectRecorded([lambdaFunctions], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => /^\/2015-03-31\/functions\/?$/.test(r.path)).map((r) => r.query.Marker)).toEqual([undefined, 'functions-2']);
    const functions = run.snapshot.resources.filter((r) => r.type === 'aws.lambda.function');
    // "gone" was deleted between ListFunctions and the per-function reads: not emitted.
    expect(functions.map((f) => f.id).sort()).toEqual(['image-fn', 'legacy', 'orders']);
    const first = functions.find((f) => f.id === 'orders');
    expect(first).toMatchObject({ arn: arn('orders'), tags: { team: 'payments', env: 'prod' } });
    expect(functions.find((f) => f.id === 'legacy')?.tags).toEqual({});
    // Tags are asked for by ARN, once per function listed.
    expect(run.aws.requests.filter(isTags).map(taggedArn).sort()).toEqual([arn('gone'), arn('image-fn'), arn('legacy'), arn('orders')]);
    expect(first?.errors).toBeUndefined();
    expect(first?.data).toEqual({
      functionName: 'orders', functionArn: arn('orders'), runtime: 'python3.13', packageType: 'Zip', role: `arn:aws:iam::${ACCOUNT}:role/orders`,
      vpcConfig: { vpcId: 'vpc-0a1b2c3d4e5f67890', subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890'], securityGroupIds: ['sg-0a1b2c3d4e5f67890'] },
      deadLetterTargetArn: null, onFailureDestination: failures, codeSigningConfigArn: signing, codeSigning: { allowedPublishers: [publisher], untrustedArtifactOnDeployment: 'Enforce' },
      tracingMode: 'Active', architectures: ['arm64'], lastModified: '2025-01-15T10:30:00.000Z', policy,
    });
    // No policy, no event invoke configuration and an empty code signing ARN are "not configured": null, no error.
    const old = functions.find((f) => f.id === 'legacy');
    expect(old?.errors).toBeUndefined();
    expect(old?.data).toMatchObject({
      runtime: 'nodejs14.x', vpcConfig: null, deadLetterTargetArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:legacy-dlq`, onFailureDestination: null, codeSigningConfigArn: null, codeSigning: null,
      tracingMode: 'PassThrough', policy: null, lastModified: '2021-06-01T13:00:00.000Z',
    });
    // A container image has no runtime; a configuration with only an on-success destination names no on-failure one.
    expect(functions.find((f) => f.id === 'image-fn')?.data).toMatchObject({ runtime: null, packageType: 'Image', onFailureDestination: null, vpcConfig: null });
    // The configuration itself says whether unsigned code is refused: image-fn's only warns.
    expect(functions.find((f) => f.id === 'image-fn')?.data).toMatchObject({ codeSigningConfigArn: signingWarn, codeSigning: { allowedPublishers: [publisher], untrustedArtifactOnDeployment: 'Warn' } });
    // Each configuration is read once per run, however many functions name it.
    expect(run.aws.requests.filter(isSigningConfig).map((r) => decodeURIComponent(r.path.split('/')[3] ?? '')).sort()).toEqual([signing, signingWarn]);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.lambda.function', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  for (const [what, field, operation] of [
    ['policy', 'policy', 'GetPolicy'],
    ['event-invoke-config', 'onFailureDestination', 'GetFunctionEventInvokeConfig'],
    ['code-signing-config', 'codeSigningConfigArn', 'GetFunctionCodeSigningConfig'],
  ] as const) {
    it(`records AccessDeniedException on ${operation} on ${field} of that function only`, async () => {
      const message = `User is not authorized to perform: lambda:${operation}`;
      const denied: Route = { name: 'denied', match: (r) => sub(r)[0] === 'legacy' && sub(r)[1] === what, respond: lambdaError('AccessDeniedException', message, 403) };
      const run = await collectRecorded([lambdaFunctions], routes([denied]), { regions: ['us-east-1'] });
      expect(run.problems).toEqual([]);
      const failed = run.snapshot.resources.find((r) => r.id === 'legacy');
      // Without the ARN the configuration cannot be read either: codeSigning fails with it.
      const paths = field === 'codeSigningConfigArn' ? [field, 'codeSigning'] : [field];
      expect(failed?.errors).toEqual(paths.map((path) => ({ path, code: 'AccessDeniedException', message, operation: `lambda:${operation}` })));
      expect(field in (failed?.data ?? {})).toBe(false);
      expect(failed?.data).toMatchObject({ runtime: 'nodejs14.x', tracingMode: 'PassThrough' });
      expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['legacy']);
      expect(run.snapshot.errors).toEqual(paths.map((): unknown => expect.objectContaining({ service: 'lambda', operation, resource: 'legacy', code: 'AccessDeniedException' })));
    });
  }

  it('records AccessDeniedException on GetCodeSigningConfig on codeSigning of the functions naming that configuration only', async () => {
    const message = 'User is not authorized to perform: lambda:GetCodeSigningConfig';
    const denied: Route = { name: 'denied', match: (r) => isSigningConfig(r) && decodeURIComponent(r.path.split('/')[3] ?? '') === signingWarn, respond: lambdaError('AccessDeniedException', message, 403) };
    const run = await collectRecorded([lambdaFunctions], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const failed = run.snapshot.resources.find((r) => r.id === 'image-fn');
    expect(failed?.errors).toEqual([{ path: 'codeSigning', code: 'AccessDeniedException', message, operation: 'lambda:GetCodeSigningConfig' }]);
    expect(failed?.data).toMatchObject({ codeSigningConfigArn: signingWarn });
    expect('codeSigning' in (failed?.data ?? {})).toBe(false);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['image-fn']);
  });

  it('fails only the tags, never "untagged", when ListTags is denied or answers no Tags', async () => {
    const message = 'User is not authorized to perform: lambda:ListTags';
    const denied: Route = { name: 'denied', match: (r) => isTags(r) && taggedArn(r) === arn('orders'), respond: lambdaError('AccessDeniedException', message, 403) };
    const empty: Route = { name: 'empty', match: (r) => isTags(r) && taggedArn(r) === arn('legacy'), respond: restJson({}) };
    const run = await collectRecorded([lambdaFunctions], routes([denied, empty]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const orders = run.snapshot.resources.find((r) => r.id === 'orders');
    expect(orders?.errors).toEqual([{ path: '$tags', code: 'AccessDeniedException', message, operation: 'lambda:ListTags' }]);
    expect(orders?.data).toMatchObject({ runtime: 'python3.13', policy });
    expect(run.snapshot.resources.find((r) => r.id === 'legacy')?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['$tags', 'IncompleteResponse', 'lambda:ListTags']]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id).sort()).toEqual(['legacy', 'orders']);
  });

  it('fails codeSigning when the configuration leaves out its policy, never defaulting it to Warn or Enforce', async () => {
    const partial: Route = {
      name: 'partial',
      match: isSigningConfig,
      respond: (r) => {
        const answer = signingConfig(decodeURIComponent(r.path.split('/')[3] ?? ''), 'Enforce');
        return restJson({ CodeSigningConfig: { ...answer.CodeSigningConfig, CodeSigningPolicies: {} } });
      },
    };
    const run = await collectRecorded([lambdaFunctions], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'orders')?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['codeSigning', 'IncompleteResponse', 'lambda:GetCodeSigningConfig']]);
  });

  it('fails only the fields ListFunctions left out, never defaulting them', async () => {
    const partial: Route = {
      name: 'partial',
      match: (r) => r.method === 'GET' && /^\/2015-03-31\/functions\/?$/.test(r.path),
      respond: restJson({ Functions: [{ ...orders, Runtime: undefined, TracingConfig: undefined, DeadLetterConfig: {} }] }),
    };
    const run = await collectRecorded([lambdaFunctions], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const only = run.snapshot.resources.find((r) => r.id === 'orders');
    expect(only?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([
      ['runtime', 'IncompleteResponse', 'lambda:ListFunctions'], ['deadLetterTargetArn', 'IncompleteResponse', 'lambda:ListFunctions'], ['tracingMode', 'IncompleteResponse', 'lambda:ListFunctions'],
    ]);
    expect(only?.data).toMatchObject({ packageType: 'Zip', policy, onFailureDestination: failures });
  });

  it('marks coverage failed when functions cannot be listed', async () => {
    const denied: Route = { name: 'list-denied', match: (r) => /^\/2015-03-31\/functions\/?$/.test(r.path), respond: lambdaError('AccessDeniedException', 'no lambda:ListFunctions', 403) };
    const run = await collectRecorded([lambdaFunctions], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on lambda:ListFunctions: no lambda:ListFunctions' })]);
  });
});

describe('lambdaFunctions call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(lambdaFunctions)).toEqual([]);
  });
});
