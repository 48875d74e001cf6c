/** daxClusters through the real DAX client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { daxClusters } from './clusters.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const DESCRIBE = 'AmazonDAXV3.DescribeClusters';
const arn = (name: string): string => `arn:aws:dax:us-east-1:${ACCOUNT}:cache/${name}`;

const cluster = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ClusterName: name, ClusterArn: arn(name), TotalNodes: 3, ActiveNodes: 3, NodeType: 'dax.r5.large', Status: 'available',
  ClusterDiscoveryEndpoint: { Address: `${name}.abc123.dax-clusters.us-east-1.amazonaws.com`, Port: 9111, URL: `daxs://${name}.abc123.dax-clusters.us-east-1.amazonaws.com` },
  SubnetGroup: `${name}-subnets`, SecurityGroups: [{ SecurityGroupIdentifier: 'sg-0123456789abcdef0', Status: 'active' }],
  ParameterGroup: { ParameterGroupName: 'default.dax1.0', ParameterApplyStatus: 'in-sync', NodeIdsToReboot: [] },
  SSEDescription: { Status: 'ENABLED' }, ClusterEndpointEncryptionType: 'TLS', ...extra,
});

// A hardened cluster, one on the old defaults (no encryption at all), and one switching encryption on.
const FIRST = [cluster('sessions'), cluster('legacy', { SSEDescription: { Status: 'DISABLED' }, ClusterEndpointEncryptionType: 'NONE', SubnetGroup: undefined, SecurityGroups: undefined, TotalNodes: 1 })];
const SECOND = [cluster('catalog', { SSEDescription: { Status: 'ENABLING' } })];

function routes(overrides: Route[] = [], second = SECOND): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeClusters', match: byTarget(DESCRIBE), respond: (r) => (r.params.NextToken === undefined ? json({ Clusters: FIRST, NextToken: 'page-2' }) : json({ Clusters: second })) },
  ];
}

describe('daxClusters', () => {
  it('follows NextToken and maps every cluster to a valid resource', async () => {
    const run = await collectRecorded([daxClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeClusters')).toBe(2);
    const clusters = run.snapshot.resources.filter((r) => r.type === 'aws.dax.cluster');
    expect(clusters.map((c) => c.id)).toEqual(['sessions', 'legacy', 'catalog']);
    expect(clusters[0]?.arn).toBe(arn('sessions'));
    expect(clusters[0]?.data).toEqual({
      clusterName: 'sessions', status: 'available', nodeType: 'dax.r5.large', totalNodes: 3, sseStatus: 'ENABLED', endpointEncryptionType: 'TLS',
      subnetGroup: 'sessions-subnets', securityGroupIds: ['sg-0123456789abcdef0'],
    });
    // No subnet group or security groups answered: none, not unknown.
    expect(clusters[1]?.data).toMatchObject({ sseStatus: 'DISABLED', endpointEncryptionType: 'NONE', subnetGroup: null, securityGroupIds: [], totalNodes: 1 });
    expect(clusters[1]?.errors).toBeUndefined();
    expect(clusters[2]?.data).toMatchObject({ sseStatus: 'ENABLING' });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.dax.cluster', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads a cluster without its encryption settings, or with a value DAX may add later, as unknown, never unencrypted', async () => {
    const second = [cluster('catalog', { SSEDescription: undefined, ClusterEndpointEncryptionType: 'QUANTUM' })];
    const run = await collectRecorded([daxClusters], routes([], second), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const catalog = run.snapshot.resources.find((r) => r.id === 'catalog');
    expect(catalog?.data).not.toHaveProperty('sseStatus');
    expect(catalog?.data).not.toHaveProperty('endpointEncryptionType');
    expect(catalog?.errors?.map((e) => `${e.path} ${e.code}`)).toEqual(['sseStatus IncompleteResponse', 'endpointEncryptionType IncompleteResponse']);
  });

  it('keeps the clusters of the first page and marks coverage partial when a later page fails', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.target === DESCRIBE && r.params.NextToken === 'page-2', respond: jsonError('AccessDeniedException', 'User is not authorized to perform: dax:DescribeClusters', 400) };
    const run = await collectRecorded([daxClusters], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['sessions', 'legacy']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('marks coverage failed when clusters cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byTarget(DESCRIBE), respond: jsonError('AccessDeniedException', 'no dax:DescribeClusters', 400) };
    const run = await collectRecorded([daxClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'dax', operation: 'DescribeClusters', code: 'AccessDeniedException' })]);
  });
});

describe('daxClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(daxClusters)).toEqual([]);
  });
});
