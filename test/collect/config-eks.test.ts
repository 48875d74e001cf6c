/**
 * `--source config` for EKS clusters against `--source api` on the same
 * recorded account: the clusters served both as EKS's own answers
 * (ListClusters in two pages, DescribeCluster per cluster) and as AWS
 * Config's (two advanced query pages of Configuration Items holding what
 * AWS's Config resource schema lists for AWS::EKS::Cluster, CloudFormation's
 * PascalCase), collected through the real SDK clients each way. The
 * resources must be equal, with what the items lack (creation time,
 * platform version, VPC id, cluster security group, authentication mode,
 * upgrade policy) read with one DescribeCluster per cluster, and no listing.
 */
import { describe, expect, it } from 'vitest';
import { eksClusters } from '../../src/collect/aws/eks/clusters.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { eksClusterFromConfig } from '../../src/collect/config/mappers/eks-cluster.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { type RecordedResponse, type Route, type WireRequest } from '../support/recorded-aws.js';
import { configRoutes } from '../support/config-recorded.js';

const ACCOUNT = '123456789012';
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const restJson = (value: unknown): RecordedResponse => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
const eksError = (code: string, message: string, status: number): RecordedResponse => ({
  status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message }),
});
const isList = (r: WireRequest): boolean => r.method === 'GET' && r.path === '/clusters';
const isDescribe = (r: WireRequest): boolean => r.method === 'GET' && /^\/clusters\/[^/]+$/.test(r.path);
const nameOf = (r: WireRequest): string => decodeURIComponent(r.path.split('/')[2] ?? '');
const ALL_LOGS = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

interface Model { readonly name: string; readonly version: string; readonly status: string; readonly isPublic: boolean; readonly cidrs: string[]; readonly groups: string[]; readonly logs: string[]; readonly key?: string; readonly tags: Record<string, string> }
const models: Model[] = [
  { name: 'prod', version: '1.35', status: 'ACTIVE', isPublic: false, cidrs: ['0.0.0.0/0'], groups: [], logs: ALL_LOGS, key: KEY, tags: { team: 'platform' } },
  { name: 'legacy', version: '1.32', status: 'ACTIVE', isPublic: true, cidrs: ['203.0.113.0/24'], groups: ['sg-0extra'], logs: ['api', 'audit'], tags: {} },
  { name: 'staging', version: '1.34', status: 'UPDATING', isPublic: true, cidrs: ['0.0.0.0/0'], groups: [], logs: [], tags: { team: 'qa' } },
];
const arn = (name: string): string => `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/${name}`;

/** A cluster as DescribeCluster answers it. */
const answer = (m: Model): Record<string, unknown> => ({
  name: m.name, arn: arn(m.name), createdAt: 1748768400, version: m.version, platformVersion: 'eks.3', status: m.status,
  endpoint: `https://${m.name}.gr7.us-east-1.eks.amazonaws.com`, roleArn: `arn:aws:iam::${ACCOUNT}:role/eks-cluster`,
  resourcesVpcConfig: {
    subnetIds: ['subnet-0a1b2c3d4e5f67890'], securityGroupIds: m.groups, clusterSecurityGroupId: `sg-0${m.name}`, vpcId: 'vpc-0a1b2c3d4e5f67890',
    endpointPublicAccess: m.isPublic, endpointPrivateAccess: !m.isPublic, publicAccessCidrs: m.cidrs,
  },
  logging: { clusterLogging: [{ types: m.logs, enabled: true }, { types: ALL_LOGS.filter((t) => !m.logs.includes(t)), enabled: false }] },
  ...(m.key === undefined ? {} : { encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: m.key } }] }),
  accessConfig: { authenticationMode: m.isPublic ? 'CONFIG_MAP' : 'API' }, upgradePolicy: { supportType: m.version === '1.32' ? 'EXTENDED' : 'STANDARD' }, tags: m.tags,
});

/** EKS's own answers; a deleted cluster is not listed and answers ResourceNotFoundException. */
const eksRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  { name: 'ListClusters', match: isList, respond: (r) => (r.query.nextToken === undefined ? restJson({ clusters: ['legacy', 'prod'], nextToken: 'page-2' }) : restJson({ clusters: ['staging'] })) },
  {
    name: 'DescribeCluster', match: isDescribe,
    respond: (r) => {
      const found = models.find((m) => m.name === nameOf(r));
      return found === undefined ? eksError('ResourceNotFoundException', `No cluster found for name: ${nameOf(r)}.`, 404) : restJson({ cluster: answer(found) });
    },
  },
];

/** A cluster as Config records it: CloudFormation's properties, PascalCase, the enabled log types only. */
const item = (m: Model, change: Record<string, unknown> = {}): string => JSON.stringify({
  resourceId: m.name, resourceType: 'AWS::EKS::Cluster', resourceName: m.name, arn: arn(m.name), accountId: ACCOUNT, awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  configuration: {
    Name: m.name, Arn: arn(m.name), Version: m.version, ClusterStatus: m.status, RoleArn: `arn:aws:iam::${ACCOUNT}:role/eks-cluster`, Endpoint: `https://${m.name}.gr7.us-east-1.eks.amazonaws.com`,
    ResourcesVpcConfig: { SubnetIds: ['subnet-0a1b2c3d4e5f67890'], SecurityGroupIds: m.groups, EndpointPublicAccess: m.isPublic, EndpointPrivateAccess: !m.isPublic, PublicAccessCidrs: m.cidrs },
    Logging: { ClusterLogging: { EnabledTypes: m.logs.map((Type) => ({ Type })) } },
    EncryptionConfig: m.key === undefined ? null : [{ Provider: { KeyArn: m.key }, Resources: ['secrets'] }],
    KubernetesNetworkConfig: { IpFamily: 'ipv4', ServiceIpv4Cidr: '10.100.0.0/16' }, ...change,
  },
  supplementaryConfiguration: {}, tags: Object.entries(m.tags).map(([key, value]) => ({ key, value })), relationships: [],
});

const config = (items: string[], overrides: Route[] = []): Route[] => [...configRoutes(items), ...eksRoutes(overrides)];

const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const fromConfig = configCollectors([eksClusterFromConfig]);

describe('--source config for EKS clusters', () => {
  it('gives the same clusters as --source api, with one DescribeCluster per cluster for what the items lack and no listing', async () => {
    const api = await collectRecorded([eksClusters], eksRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m))), { regions: ['us-east-1'] });
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter(isDescribe).map(nameOf).sort()).toEqual(['legacy', 'prod', 'staging']);
    expect(run.aws.requests.some(isList)).toBe(false);
  });

  it('reads a Logging or EncryptionConfig the item lacks from the same DescribeCluster, never as "off"', async () => {
    const lacking = models.map((m) => item(m, { Logging: undefined, EncryptionConfig: undefined }));
    const api = await collectRecorded([eksClusters], eksRoutes(), { regions: ['us-east-1'] });
    const run = await collectRecorded(fromConfig, config(lacking), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(isDescribe)).toHaveLength(3);
  });

  it('names a cluster deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const retired: Model = { name: 'retired', version: '1.33', status: 'ACTIVE', isPublic: true, cidrs: ['0.0.0.0/0'], groups: [], logs: [], tags: {} };
    const run = await collectRecorded(fromConfig, config([...models.map((m) => item(m)), item(retired)]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual(['createdAt', 'platformVersion', 'vpcId', 'clusterSecurityGroupId', 'authenticationMode', 'upgradePolicySupportType'].map((p) => [p, 'ResourceNotFoundException']));
    expect(gone?.data).toMatchObject({ endpointPublicAccess: true, logging: { api: false, audit: false }, encryptionConfig: null });
  });

  it('records a denied DescribeCluster on that cluster\'s missing fields only', async () => {
    const denied: Route = { name: 'denied', match: (r) => isDescribe(r) && nameOf(r) === 'legacy', respond: eksError('AccessDeniedException', 'no eks:DescribeCluster', 403) };
    const run = await collectRecorded(fromConfig, config(models.map((m) => item(m)), [denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => e.code)])).toEqual([['legacy', Array(6).fill('AccessDeniedException')]]);
    expect(run.snapshot.resources.find((r) => r.id === 'legacy')?.data).toMatchObject({ endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'], logging: { api: true, scheduler: false } });
  });
});

describe('the Config collector for EKS clusters', () => {
  it('has no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    const bare = JSON.stringify({ resourceId: 'prod', resourceType: 'AWS::EKS::Cluster', accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
    const run = await collectRecorded(fromConfig, config([bare]), { regions: ['us-east-1'] });
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    expect(unsentCalls(fromConfig[0] as (typeof fromConfig)[number])).toEqual([]);
  });
});
