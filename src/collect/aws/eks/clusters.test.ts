/** eksClusters through the real EKS client, fed recorded REST-JSON answers routed on method and path. */
import { describe, expect, it } from 'vitest';
import { eksClusters } from './clusters.js';
import type { RecordedResponse, Route, WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
/** EKS errors: the code in x-amzn-errortype, the message in the body. */
const eksError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message }),
});

const isList = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/clusters';
const isDescribe = (r: WireRequest): boolean => r.method === 'GET' && /^\/clusters\/[^/]+$/.test(r.path);
const nameOf = (r: WireRequest): string => decodeURIComponent(r.path.split('/')[2] ?? '');

const ALL_LOGS = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

/** A cluster as DescribeCluster answers it (epoch seconds for createdAt). */
const cluster = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name, arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/${name}`, createdAt: 1748768400, version: '1.35', platformVersion: 'eks.3', status: 'ACTIVE',
  endpoint: `https://${name}.gr7.us-east-1.eks.amazonaws.com`, roleArn: `arn:aws:iam::${ACCOUNT}:role/eks-cluster`,
  resourcesVpcConfig: {
    subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0f1e2d3c4b5a69870'], securityGroupIds: [], clusterSecurityGroupId: 'sg-0cluster', vpcId: 'vpc-0a1b2c3d4e5f67890',
    endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'],
  },
  logging: { clusterLogging: [{ types: ALL_LOGS, enabled: true }] },
  encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }],
  accessConfig: { authenticationMode: 'API' }, upgradePolicy: { supportType: 'STANDARD' },
  tags: { team: 'platform' },
  ...extra,
});

const PROD = cluster('prod');
// Created with the defaults: public endpoint, no encryption (encryptionConfig left out), only api and audit logs, ConfigMap authentication, extended support.
const LEGACY = cluster('legacy', {
  version: '1.32', platformVersion: 'eks.20', tags: {},
  resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d4e5f67890'], securityGroupIds: ['sg-0extra'], clusterSecurityGroupId: 'sg-0legacy', vpcId: 'vpc-0a1b2c3d4e5f67890', endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['203.0.113.0/24'] },
  logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }, { types: ['authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
  encryptionConfig: undefined,
  accessConfig: { authenticationMode: 'CONFIG_MAP', bootstrapClusterCreatorAdminPermissions: true }, upgradePolicy: { supportType: 'EXTENDED' },
});
const STAGING = cluster('staging', { status: 'UPDATING', encryptionConfig: [] });

function routes(overrides: Route[] = [], clusters: Record<string, Record<string, unknown>> = { prod: PROD, legacy: LEGACY, staging: STAGING }): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListClusters', match: isList,
      respond: (r) => (r.query.nextToken === undefined ? restJson({ clusters: ['legacy', 'prod'], nextToken: 'page-2' }) : restJson({ clusters: ['staging'] })),
    },
    {
      name: 'DescribeCluster', match: isDescribe,
      respond: (r) => {
        const found = clusters[nameOf(r)];
        return found === undefined ? eksError('ResourceNotFoundException', `No cluster found for name: ${nameOf(r)}.`, 404) : restJson({ cluster: found });
      },
    },
  ];
}

describe('eksClusters', () => {
  it('follows nextToken through ListClusters and maps each described cluster to a valid resource', async () => {
    const run = await collectRecorded([eksClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(isList).map((r) => [r.query.maxResults, r.query.nextToken])).toEqual([['100', undefined], ['100', 'page-2']]);
    const clusters = run.snapshot.resources.filter((r) => r.type === 'aws.eks.cluster');
    expect(clusters.map((c) => c.id).sort()).toEqual(['legacy', 'prod', 'staging']);
    expect(clusters.every((c) => c.errors === undefined)).toBe(true);
    const prod = clusters.find((c) => c.id === 'prod');
    expect(prod).toMatchObject({ arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod`, tags: { team: 'platform' } });
    expect(prod?.data).toEqual({
      name: 'prod', arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/prod`, createdAt: '2025-06-01T09:00:00.000Z', version: '1.35', kubernetesMinorVersion: 35, platformVersion: 'eks.3', status: 'ACTIVE',
      endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'], vpcId: 'vpc-0a1b2c3d4e5f67890',
      subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0f1e2d3c4b5a69870'], securityGroupIds: [], clusterSecurityGroupId: 'sg-0cluster',
      encryptionConfig: [{ resources: ['secrets'], keyArn: KEY }],
      logging: { api: true, audit: true, authenticator: true, controllerManager: true, scheduler: true },
      authenticationMode: 'API', upgradePolicySupportType: 'STANDARD',
    });
    // No encryptionConfig in the answer is "none configured": null, not an error.
    expect(clusters.find((c) => c.id === 'legacy')?.data).toMatchObject({
      version: '1.32', kubernetesMinorVersion: 32, endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['203.0.113.0/24'], securityGroupIds: ['sg-0extra'],
      encryptionConfig: null, logging: { api: true, audit: true, authenticator: false, controllerManager: false, scheduler: false },
      authenticationMode: 'CONFIG_MAP', upgradePolicySupportType: 'EXTENDED',
    });
    expect(clusters.find((c) => c.id === 'staging')?.data).toMatchObject({ status: 'UPDATING', encryptionConfig: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.eks.cluster', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a cluster deleted between listing and describing', async () => {
    const run = await collectRecorded([eksClusters], routes([], { prod: PROD, legacy: LEGACY }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.type === 'aws.eks.cluster').map((c) => c.id).sort()).toEqual(['legacy', 'prod']);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('records AccessDenied on DescribeCluster on every field it fills and the tags, never a private or encrypted cluster', async () => {
    const denied: Route = { name: 'describe-denied', match: (r) => isDescribe(r) && nameOf(r) === 'legacy', respond: eksError('AccessDeniedException', 'User is not authorized to perform: eks:DescribeCluster', 403) };
    const run = await collectRecorded([eksClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'legacy');
    expect(legacy?.data).toEqual({ name: 'legacy' });
    expect(legacy?.arn).toBeUndefined();
    const failure = { code: 'AccessDeniedException', message: 'User is not authorized to perform: eks:DescribeCluster', operation: 'eks:DescribeCluster' };
    expect(legacy?.errors).toEqual([
      'arn', 'createdAt', 'version', 'kubernetesMinorVersion', 'platformVersion', 'status', 'endpointPublicAccess', 'endpointPrivateAccess', 'publicAccessCidrs',
      'vpcId', 'subnetIds', 'securityGroupIds', 'clusterSecurityGroupId', 'encryptionConfig', 'logging', 'authenticationMode', 'upgradePolicySupportType', '$tags',
    ].map((path) => ({ path, ...failure })));
    expect(run.snapshot.resources.find((r) => r.id === 'prod')?.errors).toBeUndefined();
    expect(new Set(run.snapshot.errors.map((e) => `${e.service}:${e.operation} ${e.resource ?? ''} ${e.code}`))).toEqual(new Set(['eks:DescribeCluster legacy AccessDeniedException']));
  });

  it('marks coverage failed when ListClusters is denied: no resource that could read as "no clusters"', async () => {
    const denied: Route = { name: 'list-denied', match: isList, respond: eksError('AccessDeniedException', 'User is not authorized to perform: eks:ListClusters', 403) };
    const run = await collectRecorded([eksClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.eks.cluster', status: 'failed', reason: 'AccessDeniedException on eks:ListClusters: User is not authorized to perform: eks:ListClusters' })]);
  });

  it('fails only the fields an incomplete answer leaves out: a log type no entry names, a missing endpoint flag, an unknown version', async () => {
    const partial = cluster('prod', {
      version: '2.0',
      resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d4e5f67890'], securityGroupIds: [], vpcId: 'vpc-0a1b2c3d4e5f67890', endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'] },
      logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }, { types: ['authenticator', 'controllerManager'], enabled: false }] },
      accessConfig: undefined, upgradePolicy: undefined,
      // resources is deprecated: an entry without it still names the key, and its resources are null, not unknown.
      encryptionConfig: [{ provider: { keyArn: KEY } }],
    });
    const run = await collectRecorded([eksClusters], routes([], { prod: partial, legacy: LEGACY, staging: STAGING }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const prod = run.snapshot.resources.find((r) => r.id === 'prod');
    expect(prod?.errors?.map((e) => [e.path, e.code])).toEqual([
      ['kubernetesMinorVersion', 'IncompleteResponse'], ['endpointPublicAccess', 'IncompleteResponse'], ['clusterSecurityGroupId', 'IncompleteResponse'],
      ['logging.scheduler', 'IncompleteResponse'], ['authenticationMode', 'IncompleteResponse'], ['upgradePolicySupportType', 'IncompleteResponse'],
    ]);
    expect(prod?.data).toMatchObject({ version: '2.0', endpointPrivateAccess: true, logging: { api: true, audit: true, authenticator: false, controllerManager: false }, encryptionConfig: [{ resources: null, keyArn: KEY }] });
    expect(prod?.data.logging).not.toHaveProperty('scheduler');
  });

  it('reads a log type answered both enabled and disabled as unknown', async () => {
    const contradictory = cluster('prod', { logging: { clusterLogging: [{ types: ALL_LOGS, enabled: true }, { types: ['audit'], enabled: false }] } });
    const run = await collectRecorded([eksClusters], routes([], { prod: contradictory, legacy: LEGACY, staging: STAGING }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'prod')?.errors).toEqual([expect.objectContaining({ path: 'logging.audit', code: 'UnexpectedResponse' })]);
  });
});

describe('eksClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(eksClusters)).toEqual([]);
  });
});
