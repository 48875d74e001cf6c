/** ecsServices through the real ECS client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ecsServices } from './services.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const T = 'AmazonEC2ContainerServiceV20141113';
const clusterArn = (name: string): string => `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/${name}`;
const serviceArn = (cluster: string, name: string): string => `arn:aws:ecs:us-east-1:${ACCOUNT}:service/${cluster}/${name}`;
const TASK = `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/payments-api:42`;

/** A service as DescribeServices answers it: a Fargate service in private subnets unless changed. */
const service = (cluster: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  serviceArn: serviceArn(cluster, name), serviceName: name, clusterArn: clusterArn(cluster), status: 'ACTIVE', desiredCount: 2, runningCount: 2, pendingCount: 0,
  launchType: 'FARGATE', platformVersion: 'LATEST', platformFamily: 'Linux', taskDefinition: TASK, schedulingStrategy: 'REPLICA', createdAt: 1748768400,
  networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f67890'], securityGroups: ['sg-0a1b2c3d4e5f67890'], assignPublicIp: 'DISABLED' } },
  ...extra,
});

// Eleven services in prod (two ListServices pages, two DescribeServices batches), one in legacy.
const PROD_NAMES = Array.from({ length: 11 }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
const SERVICES: Record<string, Record<string, unknown>> = {
  ...Object.fromEntries(PROD_NAMES.map((n) => [serviceArn('prod', n), service('prod', n)])),
  // Public IPs on, an old platform version.
  [serviceArn('prod', 'svc-01')]: service('prod', 'svc-01', { platformVersion: '1.3.0', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0public'], assignPublicIp: 'ENABLED' } }, tags: [{ key: 'team', value: 'web' }] }),
  // Fargate Spot through a capacity provider strategy: no launch type.
  [serviceArn('prod', 'svc-02')]: service('prod', 'svc-02', { launchType: undefined, capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }] }),
  // EC2 with bridge networking: no network configuration, no platform.
  [serviceArn('legacy', 'worker')]: service('legacy', 'worker', { launchType: 'EC2', platformVersion: undefined, platformFamily: undefined, networkConfiguration: undefined }),
};

const clusterOf = (r: WireRequest): string => String(r.params.cluster);

function routes(overrides: Route[] = [], services: Record<string, Record<string, unknown>> = SERVICES): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListClusters', match: byTarget(`${T}.ListClusters`),
      respond: (r) => (r.params.nextToken === undefined ? json({ clusterArns: [clusterArn('prod')], nextToken: 'clusters-2' }) : json({ clusterArns: [clusterArn('legacy')] })),
    },
    {
      name: 'ListServices', match: byTarget(`${T}.ListServices`),
      respond: (r) => {
        if (clusterOf(r) === clusterArn('legacy')) return json({ serviceArns: [serviceArn('legacy', 'worker')] });
        const arns = PROD_NAMES.map((n) => serviceArn('prod', n));
        return r.params.nextToken === undefined ? json({ serviceArns: arns.slice(0, 6), nextToken: 'services-2' }) : json({ serviceArns: arns.slice(6) });
      },
    },
    {
      name: 'DescribeServices', match: byTarget(`${T}.DescribeServices`),
      respond: (r) => {
        const asked = r.params.services as string[];
        return json({
          services: asked.flatMap((a) => (services[a] === undefined ? [] : [services[a]])),
          failures: asked.filter((a) => services[a] === undefined).map((a) => ({ arn: a, reason: 'MISSING' })),
        });
      },
    },
  ];
}

describe('ecsServices', () => {
  it('lists the clusters and their services over two pages each, describes them ten at a time, and maps each to a valid resource', async () => {
    const run = await collectRecorded([ecsServices], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('ListClusters')).toBe(2);
    expect(run.aws.count('ListServices')).toBe(3);
    const describes = run.aws.requests.filter(byTarget(`${T}.DescribeServices`));
    expect(describes.map((r) => [clusterOf(r), (r.params.services as string[]).length, r.params.include]).sort()).toEqual([
      [clusterArn('legacy'), 1, ['TAGS']], [clusterArn('prod'), 1, ['TAGS']], [clusterArn('prod'), 10, ['TAGS']],
    ]);
    const services = run.snapshot.resources.filter((r) => r.type === 'aws.ecs.service');
    expect(services).toHaveLength(12);
    expect(services.every((s) => s.errors === undefined)).toBe(true);
    const byId = (id: string) => services.find((s) => s.id === id);
    expect(byId('prod/svc-00')?.data).toEqual({
      serviceName: 'svc-00', serviceArn: serviceArn('prod', 'svc-00'), clusterArn: clusterArn('prod'), status: 'ACTIVE', launchType: 'FARGATE', capacityProviders: [],
      platformVersion: 'LATEST', platformFamily: 'Linux', assignPublicIp: 'DISABLED', taskDefinition: TASK,
    });
    expect(byId('prod/svc-01')).toMatchObject({ arn: serviceArn('prod', 'svc-01'), tags: { team: 'web' }, data: { platformVersion: '1.3.0', assignPublicIp: 'ENABLED' } });
    expect(byId('prod/svc-02')?.data).toMatchObject({ launchType: null, capacityProviders: ['FARGATE_SPOT'] });
    // No network configuration and no platform: null, not an error.
    expect(byId('legacy/worker')?.data).toMatchObject({ launchType: 'EC2', platformVersion: null, platformFamily: null, assignPublicIp: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.ecs.service', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a service DescribeServices names MISSING (deleted since the listing)', async () => {
    const { [serviceArn('prod', 'svc-05')]: _gone, ...rest } = SERVICES;
    const run = await collectRecorded([ecsServices], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).not.toContain('prod/svc-05');
    expect(run.snapshot.resources).toHaveLength(11);
  });

  it('records AccessDenied on DescribeServices on every field it fills and the tags of that batch only', async () => {
    const denied: Route = { name: 'describe-denied', match: (r) => byTarget(`${T}.DescribeServices`)(r) && clusterOf(r) === clusterArn('legacy'), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:DescribeServices') };
    const run = await collectRecorded([ecsServices], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const worker = run.snapshot.resources.find((r) => r.id === 'legacy/worker');
    expect(worker?.data).toEqual({ clusterArn: clusterArn('legacy'), serviceArn: serviceArn('legacy', 'worker') });
    const failure = { code: 'AccessDeniedException', message: 'User is not authorized to perform: ecs:DescribeServices', operation: 'ecs:DescribeServices' };
    expect(worker?.errors).toEqual(['serviceName', 'status', 'launchType', 'capacityProviders', 'platformVersion', 'platformFamily', 'assignPublicIp', 'taskDefinition', '$tags'].map((path) => ({ path, ...failure })));
    expect(run.snapshot.resources.filter((r) => r.errors !== undefined)).toHaveLength(1);
  });

  it('marks coverage failed when ListClusters is denied, and partial when one cluster\'s ListServices is', async () => {
    const clustersDenied: Route = { name: 'clusters-denied', match: byTarget(`${T}.ListClusters`), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:ListClusters') };
    const none = await collectRecorded([ecsServices], routes([clustersDenied]), { regions: ['us-east-1'] });
    expect(none.problems).toEqual([]);
    expect(none.snapshot.resources).toEqual([]);
    expect(none.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ecs.service', status: 'failed', reason: 'AccessDeniedException on ecs:ListClusters: User is not authorized to perform: ecs:ListClusters' })]);

    const servicesDenied: Route = { name: 'services-denied', match: (r) => byTarget(`${T}.ListServices`)(r) && clusterOf(r) === clusterArn('legacy'), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:ListServices') };
    const some = await collectRecorded([ecsServices], routes([servicesDenied]), { regions: ['us-east-1'] });
    expect(some.problems).toEqual([]);
    expect(some.snapshot.resources).toHaveLength(11);
    expect(some.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ecs.service', status: 'partial', reason: 'AccessDeniedException on ecs:ListServices: User is not authorized to perform: ecs:ListServices' })]);
  });

  it('fails only what an incomplete answer leaves out: an awsvpc configuration without assignPublicIp, neither launch type nor capacity providers', async () => {
    const partial = { ...SERVICES, [serviceArn('legacy', 'worker')]: service('legacy', 'worker', { launchType: undefined, networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d4e5f67890'] } } }) };
    const run = await collectRecorded([ecsServices], routes([], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'legacy/worker')?.errors?.map((e) => [e.path, e.code])).toEqual([['launchType', 'IncompleteResponse'], ['assignPublicIp', 'IncompleteResponse']]);
  });
});

describe('ecsServices call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ecsServices)).toEqual([]);
  });
});
