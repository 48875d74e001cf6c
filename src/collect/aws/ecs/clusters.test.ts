/** ecsClusters through the real ECS client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ecsClusters } from './clusters.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const T = 'AmazonEC2ContainerServiceV20141113';
const clusterArn = (name: string): string => `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/${name}`;
const cluster = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  clusterArn: clusterArn(name), clusterName: name, status: 'ACTIVE', registeredContainerInstancesCount: 0, runningTasksCount: 2, activeServicesCount: 1,
  settings: [{ name: 'containerInsights', value: 'enabled' }], tags: [], ...extra,
});
const CLUSTERS: Record<string, Record<string, unknown>> = {
  [clusterArn('prod')]: cluster('prod', { tags: [{ key: 'team', value: 'platform' }] }),
  [clusterArn('legacy')]: cluster('legacy', { settings: [{ name: 'containerInsights', value: 'disabled' }] }),
  [clusterArn('batch')]: cluster('batch', { settings: [] }),
};

function routes(overrides: Route[] = [], clusters = CLUSTERS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListClusters', match: byTarget(`${T}.ListClusters`),
      respond: (r) => (r.params.nextToken === undefined ? json({ clusterArns: [clusterArn('prod'), clusterArn('legacy')], nextToken: 'clusters-2' }) : json({ clusterArns: [clusterArn('batch')] })),
    },
    {
      name: 'DescribeClusters', match: byTarget(`${T}.DescribeClusters`),
      respond: (r) => {
        const asked = r.params.clusters as string[];
        return json({ clusters: asked.flatMap((a) => (clusters[a] === undefined ? [] : [clusters[a]])), failures: asked.filter((a) => clusters[a] === undefined).map((a) => ({ arn: a, reason: 'MISSING' })) });
      },
    },
  ];
}

describe('ecsClusters', () => {
  it('lists the clusters over two pages, describes them in one call with settings and tags, and maps each to a valid resource', async () => {
    const run = await collectRecorded([ecsClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('ListClusters')).toBe(2);
    expect(run.aws.requests.filter(byTarget(`${T}.DescribeClusters`)).map((r) => [(r.params.clusters as string[]).length, r.params.include])).toEqual([[3, ['SETTINGS', 'TAGS']]]);
    const clusters = run.snapshot.resources.filter((r) => r.type === 'aws.ecs.cluster');
    expect(clusters.map((c) => c.id).sort()).toEqual(['batch', 'legacy', 'prod']);
    expect(clusters.find((c) => c.id === 'prod')).toMatchObject({ arn: clusterArn('prod'), tags: { team: 'platform' }, data: { clusterName: 'prod', clusterArn: clusterArn('prod'), status: 'ACTIVE', containerInsights: 'enabled' } });
    expect(clusters.find((c) => c.id === 'legacy')?.data.containerInsights).toBe('disabled');
    // No containerInsights entry: null, no error.
    expect(clusters.find((c) => c.id === 'batch')?.data.containerInsights).toBeNull();
    expect(clusters.every((c) => c.errors === undefined)).toBe(true);
  });

  it('leaves out a cluster named MISSING, and fails the settings of one answered without them', async () => {
    const { [clusterArn('batch')]: _gone, ...rest } = CLUSTERS;
    const run = await collectRecorded([ecsClusters], routes([], { ...rest, [clusterArn('legacy')]: cluster('legacy', { settings: undefined }) }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['legacy', 'prod']);
    expect(run.snapshot.resources.find((r) => r.id === 'legacy')?.errors?.map((e) => [e.path, e.code])).toEqual([['containerInsights', 'IncompleteResponse']]);
  });

  it('records AccessDenied on DescribeClusters on every field it fills, and marks coverage failed when ListClusters is denied', async () => {
    const describeDenied: Route = { name: 'describe-denied', match: byTarget(`${T}.DescribeClusters`), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:DescribeClusters') };
    const run = await collectRecorded([ecsClusters], routes([describeDenied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'prod')?.errors?.map((e) => e.path)).toEqual(['clusterName', 'status', 'containerInsights', '$tags']);
    const listDenied: Route = { name: 'list-denied', match: byTarget(`${T}.ListClusters`), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:ListClusters') };
    const none = await collectRecorded([ecsClusters], routes([listDenied]), { regions: ['us-east-1'] });
    expect(none.snapshot.resources).toEqual([]);
    expect(none.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ecs.cluster', status: 'failed' })]);
  });
});

describe('ecsClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ecsClusters)).toEqual([]);
  });
});
