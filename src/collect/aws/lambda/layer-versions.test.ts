/** lambdaLayerVersions through the real Lambda client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { lambdaLayerVersions } from './layer-versions.js';
import { type RecordedResponse, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const layerArn = (name: string): string => `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:${name}`;
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
/** Lambda errors: the code in x-amzn-errortype, Type and Message in the body. */
const lambdaError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ Type: 'User', Message: message }),
});
const isListing = (r: WireRequest): boolean => r.method === 'GET' && /^\/2018-10-31\/layers\/?$/.test(r.path);
/** `/2018-10-31/layers/utils/versions/3/policy` → ['utils', '3']. */
const policyOf = (r: WireRequest): [string, string] | undefined => {
  const match = /^\/2018-10-31\/layers\/([^/]+)\/versions\/(\d+)\/policy$/.exec(r.path);
  return match === null ? undefined : [decodeURIComponent(match[1] ?? ''), match[2] ?? ''];
};

const layer = (name: string, version: number, runtimes?: string[]) => ({
  LayerName: name, LayerArn: layerArn(name),
  LatestMatchingVersion: {
    LayerVersionArn: `${layerArn(name)}:${version}`, Version: version, Description: '', CreatedDate: '2025-01-15T10:30:00.000+0000',
    ...(runtimes === undefined ? {} : { CompatibleRuntimes: runtimes }), CompatibleArchitectures: ['x86_64'],
  },
});
const shared = {
  Version: '2012-10-17', Id: 'default',
  Statement: [{ Sid: 'partner', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::210987654321:root' }, Action: 'lambda:GetLayerVersion', Resource: `${layerArn('utils')}:3` }],
};
const open = {
  Version: '2012-10-17', Id: 'default',
  Statement: [{ Sid: 'everyone', Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: `${layerArn('open-sdk')}:12` }],
};

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListLayers',
      match: isListing,
      respond: (r) => (r.query.Marker === undefined
        ? restJson({ Layers: [layer('utils', 3, ['python3.12', 'python3.13']), layer('private-tools', 1)], NextMarker: 'layers-2' })
        : restJson({ Layers: [layer('open-sdk', 12, ['nodejs22.x'])] })),
    },
    {
      name: 'GetLayerVersionPolicy',
      match: (r) => r.method === 'GET' && policyOf(r) !== undefined,
      respond: (r) => {
        const [name, version] = policyOf(r) ?? ['', ''];
        if (name === 'utils' && version === '3') return restJson({ Policy: JSON.stringify(shared), RevisionId: 'rev-1' });
        if (name === 'open-sdk' && version === '12') return restJson({ Policy: JSON.stringify(open), RevisionId: 'rev-2' });
        return lambdaError('ResourceNotFoundException', 'No policy is associated with the given resource.', 404);
      },
    },
  ];
}

describe('lambdaLayerVersions', () => {
  it('follows NextMarker, reads each latest version\'s policy and maps every layer to a valid resource', async () => {
    const run = await collectRecorded([lambdaLayerVersions], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isListing).map((r) => r.query.Marker)).toEqual([undefined, 'layers-2']);
    const layers = run.snapshot.resources.filter((r) => r.type === 'aws.lambda.layer-version');
    expect(layers.map((l) => l.id).sort()).toEqual(['open-sdk:12', 'private-tools:1', 'utils:3']);
    const utils = layers.find((l) => l.id === 'utils:3');
    expect(utils).toMatchObject({ arn: `${layerArn('utils')}:3`, tags: {} });
    expect(utils?.errors).toBeUndefined();
    expect(utils?.data).toEqual({ layerName: 'utils', version: 3, layerVersionArn: `${layerArn('utils')}:3`, compatibleRuntimes: ['python3.12', 'python3.13'], policy: shared });
    expect(layers.find((l) => l.id === 'open-sdk:12')?.data).toMatchObject({ policy: open });
    // No policy (ResourceNotFoundException) is "not shared": null, no error; no declared runtimes is [].
    const own = layers.find((l) => l.id === 'private-tools:1');
    expect(own?.errors).toBeUndefined();
    expect(own?.data).toMatchObject({ policy: null, compatibleRuntimes: [] });
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.lambda.layer-version', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records AccessDeniedException on GetLayerVersionPolicy on policy of that version only', async () => {
    const message = 'User is not authorized to perform: lambda:GetLayerVersionPolicy';
    const denied: Route = { name: 'denied', match: (r) => policyOf(r)?.[0] === 'utils', respond: lambdaError('AccessDeniedException', message, 403) };
    const run = await collectRecorded([lambdaLayerVersions], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const failed = run.snapshot.resources.find((r) => r.id === 'utils:3');
    expect(failed?.errors).toEqual([{ path: 'policy', code: 'AccessDeniedException', message, operation: 'lambda:GetLayerVersionPolicy' }]);
    expect('policy' in (failed?.data ?? {})).toBe(false);
    expect(failed?.data).toMatchObject({ layerName: 'utils', version: 3 });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => r.id)).toEqual(['utils:3']);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'lambda', operation: 'GetLayerVersionPolicy', resource: 'utils:3', code: 'AccessDeniedException' })]);
  });

  it('does not emit a layer listed without its latest version, and marks coverage partial', async () => {
    const partial: Route = { name: 'partial', match: isListing, respond: restJson({ Layers: [layer('utils', 3), { LayerName: 'broken', LayerArn: layerArn('broken') }] }) };
    const run = await collectRecorded([lambdaLayerVersions], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['utils:3']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.lambda.layer-version', status: 'partial' })]);
  });

  it('marks coverage failed when layers cannot be listed', async () => {
    const denied: Route = { name: 'list-denied', match: isListing, respond: lambdaError('AccessDeniedException', 'no lambda:ListLayers', 403) };
    const run = await collectRecorded([lambdaLayerVersions], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed', reason: 'AccessDeniedException on lambda:ListLayers: no lambda:ListLayers' })]);
  });
});

describe('lambdaLayerVersions call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(lambdaLayerVersions)).toEqual([]);
  });
});
