/**
 * `--source config` for ECS clusters and services against `--source api` on
 * the same recorded account: served both as ECS's own answers (ListClusters
 * in two pages, DescribeClusters, ListServices per cluster, DescribeServices
 * ten a call) and as AWS Config's (two advanced query pages of
 * Configuration Items holding what AWS's Config resource schema lists for
 * AWS::ECS::Cluster and AWS::ECS::Service, CloudFormation's PascalCase),
 * collected through the real SDK clients each way. The resources must be
 * equal, with what the items lack (a cluster's status, a service's status
 * and platform family) read from ECS as the API collectors read it — for
 * services without the ListClusters listing.
 */
import { describe, expect, it } from 'vitest';
import { ecsClusters } from '../../src/collect/aws/ecs/clusters.js';
import { ecsServices } from '../../src/collect/aws/ecs/services.js';
import { configCollectors } from '../../src/collect/config/collectors.js';
import { ecsClusterFromConfig } from '../../src/collect/config/mappers/ecs-cluster.js';
import { ecsServiceFromConfig } from '../../src/collect/config/mappers/ecs-service.js';
import type { Snapshot } from '../../src/snapshot/schema.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../support/collect.js';
import { configRoutes } from '../support/config-recorded.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../support/recorded-aws.js';

const ACCOUNT = '123456789012';
const T = 'AmazonEC2ContainerServiceV20141113';
const clusterArn = (name: string): string => `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/${name}`;
const serviceArn = (cluster: string, name: string): string => `arn:aws:ecs:us-east-1:${ACCOUNT}:service/${cluster}/${name}`;
const TASK = `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/api:42`;
const is = (operation: string) => byTarget(`${T}.${operation}`);
const clusterOf = (r: WireRequest): string => String(r.params.cluster);

interface ClusterModel { readonly name: string; readonly status: string; readonly insights?: string; readonly tags: Record<string, string> }
const clusters: ClusterModel[] = [
  { name: 'prod', status: 'ACTIVE', insights: 'enhanced', tags: { team: 'platform' } },
  { name: 'legacy', status: 'ACTIVE', insights: 'disabled', tags: {} },
  // No containerInsights entry: the API reads null, the item's empty ClusterSettings is filled from DescribeClusters.
  { name: 'batch', status: 'PROVISIONING', tags: { team: 'data' } },
];

interface ServiceModel {
  readonly cluster: string; readonly name: string; readonly launchType?: string; readonly providers?: string[]; readonly platform?: string; readonly family?: string;
  readonly publicIp?: 'ENABLED' | 'DISABLED'; readonly status: string; readonly tags: Record<string, string>;
}
const services: ServiceModel[] = [
  { cluster: 'prod', name: 'api', launchType: 'FARGATE', platform: 'LATEST', family: 'Linux', publicIp: 'DISABLED', status: 'ACTIVE', tags: {} },
  { cluster: 'prod', name: 'web', launchType: 'FARGATE', platform: '1.3.0', family: 'Linux', publicIp: 'ENABLED', status: 'ACTIVE', tags: { team: 'web' } },
  { cluster: 'prod', name: 'spot', providers: ['FARGATE_SPOT'], platform: '1.0.0', family: 'WINDOWS_SERVER_2022_CORE', publicIp: 'DISABLED', status: 'DRAINING', tags: {} },
  // EC2 with bridge networking: no network configuration and no platform.
  { cluster: 'legacy', name: 'worker', launchType: 'EC2', status: 'ACTIVE', tags: { team: 'ops' } },
];

/** A cluster as DescribeClusters answers it with settings and tags. */
const clusterAnswer = (m: ClusterModel): Record<string, unknown> => ({
  clusterArn: clusterArn(m.name), clusterName: m.name, status: m.status, registeredContainerInstancesCount: 0, runningTasksCount: 1, activeServicesCount: 1,
  settings: m.insights === undefined ? [] : [{ name: 'containerInsights', value: m.insights }], tags: Object.entries(m.tags).map(([key, value]) => ({ key, value })),
});

/** A service as DescribeServices answers it with tags. */
const serviceAnswer = (m: ServiceModel): Record<string, unknown> => ({
  serviceArn: serviceArn(m.cluster, m.name), serviceName: m.name, clusterArn: clusterArn(m.cluster), status: m.status, desiredCount: 1, runningCount: 1, pendingCount: 0,
  taskDefinition: TASK, schedulingStrategy: 'REPLICA', createdAt: 1748768400,
  ...(m.launchType === undefined ? {} : { launchType: m.launchType }),
  ...(m.providers === undefined ? {} : { capacityProviderStrategy: m.providers.map((capacityProvider) => ({ capacityProvider, weight: 1, base: 0 })) }),
  ...(m.platform === undefined ? {} : { platformVersion: m.platform, platformFamily: m.family }),
  ...(m.publicIp === undefined ? {} : { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f67890'], securityGroups: ['sg-0a1b2c3d4e5f67890'], assignPublicIp: m.publicIp } } }),
  tags: Object.entries(m.tags).map(([key, value]) => ({ key, value })),
});

/** ECS's own answers; a deleted cluster or service is not listed, and named MISSING if asked for. */
const ecsRoutes = (overrides: Route[] = []): Route[] => [
  ...overrides,
  regionsRoute(['us-east-1']),
  {
    name: 'ListClusters', match: is('ListClusters'),
    respond: (r) => (r.params.nextToken === undefined ? json({ clusterArns: [clusterArn('prod'), clusterArn('legacy')], nextToken: 'clusters-2' }) : json({ clusterArns: [clusterArn('batch')] })),
  },
  {
    name: 'DescribeClusters', match: is('DescribeClusters'),
    respond: (r) => {
      const asked = r.params.clusters as string[];
      const found = (a: string) => clusters.find((m) => clusterArn(m.name) === a);
      return json({ clusters: asked.flatMap((a) => { const m = found(a); return m === undefined ? [] : [clusterAnswer(m)]; }), failures: asked.filter((a) => found(a) === undefined).map((arn) => ({ arn, reason: 'MISSING' })) });
    },
  },
  {
    name: 'ListServices', match: is('ListServices'),
    respond: (r) => json({ serviceArns: services.filter((m) => clusterArn(m.cluster) === clusterOf(r)).map((m) => serviceArn(m.cluster, m.name)) }),
  },
  {
    name: 'DescribeServices', match: is('DescribeServices'),
    respond: (r) => {
      const asked = r.params.services as string[];
      const found = (a: string) => services.find((m) => serviceArn(m.cluster, m.name) === a);
      return json({ services: asked.flatMap((a) => { const m = found(a); return m === undefined ? [] : [serviceAnswer(m)]; }), failures: asked.filter((a) => found(a) === undefined).map((arn) => ({ arn, reason: 'MISSING' })) });
    },
  },
];

const envelope = (type: string, id: string, arn: string, name: string, tags: Record<string, string>) => ({
  resourceId: id, resourceType: type, resourceName: name, arn, accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK', configurationItemCaptureTime: '2026-11-01T11:00:00.000Z',
  supplementaryConfiguration: {}, tags: Object.entries(tags).map(([key, value]) => ({ key, value })), relationships: [],
});

/** A cluster as Config records it: CloudFormation's properties, PascalCase, no status. */
const clusterItem = (m: ClusterModel): string => JSON.stringify({
  ...envelope('AWS::ECS::Cluster', m.name, clusterArn(m.name), m.name, m.tags),
  configuration: { ClusterName: m.name, Arn: clusterArn(m.name), ClusterSettings: m.insights === undefined ? [] : [{ Name: 'containerInsights', Value: m.insights }], CapacityProviders: [], DefaultCapacityProviderStrategy: [] },
});

/** A service as Config records it: CloudFormation's properties, PascalCase, no status or platform family; the legacy cluster named by its name. */
const serviceItem = (m: ServiceModel, change: Record<string, unknown> = {}): string => JSON.stringify({
  ...envelope('AWS::ECS::Service', serviceArn(m.cluster, m.name), serviceArn(m.cluster, m.name), m.name, m.tags),
  configuration: {
    ServiceName: m.name, Name: m.name, ServiceArn: serviceArn(m.cluster, m.name), Cluster: m.cluster === 'legacy' ? 'legacy' : clusterArn(m.cluster), TaskDefinition: TASK, DesiredCount: 1, SchedulingStrategy: 'REPLICA',
    ...(m.launchType === undefined ? {} : { LaunchType: m.launchType }),
    ...(m.providers === undefined ? {} : { CapacityProviderStrategy: m.providers.map((CapacityProvider) => ({ CapacityProvider, Weight: 1, Base: 0 })) }),
    ...(m.platform === undefined ? {} : { PlatformVersion: m.platform }),
    NetworkConfiguration: m.publicIp === undefined ? null : { AwsvpcConfiguration: { AssignPublicIp: m.publicIp, Subnets: ['subnet-0a1b2c3d4e5f67890'], SecurityGroups: ['sg-0a1b2c3d4e5f67890'] } },
    ...change,
  },
});

const config = (items: string[], overrides: Route[] = []): Route[] => [...configRoutes(items), ...ecsRoutes(overrides)];
const sorted = (s: Snapshot) => [...s.resources].sort((a, b) => a.id.localeCompare(b.id));
const [clustersFromConfig, servicesFromConfig] = [configCollectors([ecsClusterFromConfig]), configCollectors([ecsServiceFromConfig])];
const regions = { regions: ['us-east-1'] };

describe('--source config for ECS clusters', () => {
  it('gives the same clusters as --source api, with one listing and one DescribeClusters for the status the items lack', async () => {
    const api = await collectRecorded([ecsClusters], ecsRoutes(), regions);
    const run = await collectRecorded(clustersFromConfig, config(clusters.map(clusterItem)), regions);
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(3);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.filter(is('ListClusters'))).toHaveLength(2);
    expect(run.aws.requests.filter(is('DescribeClusters')).map((r) => r.params.clusters)).toEqual([[clusterArn('prod'), clusterArn('legacy'), clusterArn('batch')]]);
  });

  it('names a cluster deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const retired: ClusterModel = { name: 'retired', status: 'ACTIVE', tags: {} };
    const run = await collectRecorded(clustersFromConfig, config([...clusters.map(clusterItem), clusterItem(retired)]), regions);
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'retired');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual([['status', 'ClusterNotFoundException'], ['containerInsights', 'ClusterNotFoundException']]);
    expect(gone?.data).toEqual({ clusterArn: clusterArn('retired'), clusterName: 'retired' });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined)).toHaveLength(1);
  });

  it('records a denied DescribeClusters on the fields it fills only, keeping what the items hold', async () => {
    const denied: Route = { name: 'denied', match: is('DescribeClusters'), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:DescribeClusters') };
    const run = await collectRecorded(clustersFromConfig, config(clusters.map(clusterItem), [denied]), regions);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([
      ['batch', [['status', 'AccessDeniedException'], ['containerInsights', 'AccessDeniedException']]],
      ['legacy', [['status', 'AccessDeniedException']]],
      ['prod', [['status', 'AccessDeniedException']]],
    ]);
    expect(run.snapshot.resources.find((r) => r.id === 'prod')).toMatchObject({ tags: { team: 'platform' }, data: { clusterName: 'prod', containerInsights: 'enhanced' } });
  });
});

describe('--source config for ECS services', () => {
  it('gives the same services as --source api, with each cluster\'s ListServices and DescribeServices for what the items lack and no ListClusters', async () => {
    const api = await collectRecorded([ecsServices], ecsRoutes(), regions);
    const run = await collectRecorded(servicesFromConfig, config(services.map((m) => serviceItem(m))), regions);
    expect(api.problems).toEqual([]);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.snapshot.resources).toHaveLength(4);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage).toEqual(api.snapshot.coverage);
    expect(run.aws.requests.some(is('ListClusters'))).toBe(false);
    expect(run.aws.requests.filter(is('ListServices')).map(clusterOf).sort()).toEqual([clusterArn('legacy'), clusterArn('prod')]);
    expect(run.aws.requests.filter(is('DescribeServices')).map((r) => [clusterOf(r), (r.params.services as string[]).length]).sort()).toEqual([[clusterArn('legacy'), 1], [clusterArn('prod'), 3]]);
  });

  it('reads what an item lacks or holds in another form from the same answers, never as "none"', async () => {
    const lacking = services.map((m) => serviceItem(m, { NetworkConfiguration: undefined, PlatformVersion: undefined, TaskDefinition: 'api:42' }));
    const api = await collectRecorded([ecsServices], ecsRoutes(), regions);
    const run = await collectRecorded(servicesFromConfig, config(lacking), regions);
    expect(run.problems).toEqual([]);
    expect(sorted(run.snapshot)).toEqual(sorted(api.snapshot));
    expect(run.aws.requests.filter(is('DescribeServices'))).toHaveLength(2);
  });

  it('names a service deleted since Config recorded it as gone on the fields it must read, never "none"', async () => {
    const retired: ServiceModel = { cluster: 'prod', name: 'retired', launchType: 'FARGATE', platform: 'LATEST', publicIp: 'ENABLED', status: 'ACTIVE', tags: {} };
    const run = await collectRecorded(servicesFromConfig, config([...services.map((m) => serviceItem(m)), serviceItem(retired)]), regions);
    expect(run.problems).toEqual([]);
    const gone = run.snapshot.resources.find((r) => r.id === 'prod/retired');
    expect(gone?.errors?.map((e) => [e.path, e.code])).toEqual([['status', 'ServiceNotFoundException'], ['platformFamily', 'ServiceNotFoundException']]);
    expect(gone?.data).toMatchObject({ launchType: 'FARGATE', platformVersion: 'LATEST', assignPublicIp: 'ENABLED' });
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined)).toHaveLength(1);
  });

  it('records a denied DescribeServices on that service\'s filled fields only', async () => {
    const denied: Route = { name: 'denied', match: (r) => is('DescribeServices')(r) && clusterOf(r) === clusterArn('legacy'), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:DescribeServices') };
    const run = await collectRecorded(servicesFromConfig, config(services.map((m) => serviceItem(m)), [denied]), regions);
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined).map((r) => [r.id, r.errors?.map((e) => [e.path, e.code])])).toEqual([
      ['legacy/worker', [['status', 'AccessDeniedException'], ['platformFamily', 'AccessDeniedException']]],
    ]);
    expect(run.snapshot.resources.find((r) => r.id === 'legacy/worker')).toMatchObject({ tags: { team: 'ops' }, data: { launchType: 'EC2', platformVersion: null, assignPublicIp: null } });
  });
});

describe('the Config collectors for ECS clusters and services', () => {
  it('have no row the recorded runs above leave unsent', async () => {
    // An item without its configuration, which BatchGetResourceConfig cannot complete either: the listing is partial.
    for (const [collectors, resourceType] of [[clustersFromConfig, 'AWS::ECS::Cluster'], [servicesFromConfig, 'AWS::ECS::Service']] as const) {
      const bare = JSON.stringify({ resourceId: 'prod', resourceType, accountId: ACCOUNT, awsRegion: 'us-east-1', configurationItemStatus: 'OK' });
      const run = await collectRecorded(collectors, config([bare]), regions);
      expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    }
    for (const collector of [...clustersFromConfig, ...servicesFromConfig]) expect(unsentCalls(collector)).toEqual([]);
  });
});
