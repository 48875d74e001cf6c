/**
 * ECS (AWS JSON 1.1) for the fake account: in each region one task
 * definition family per topic (bench-app-<t>, Fargate, hardened) and one
 * legacy family (bench-legacy, EC2 with the host's process namespace, a
 * privileged container without a log driver or a read-only root, and an
 * access key name in its environment). ListTaskDefinitionFamilies pages by
 * nextToken (100 at a time, as maxResults allows); DescribeTaskDefinition
 * answers the family's latest ACTIVE revision. One cluster per region
 * (bench-cluster) runs one service per family: the app services in
 * private subnets on LATEST, the legacy one with a public IP on 1.3.0.
 * ListClusters and ListServices answer one page; DescribeServices up to
 * ten services; DescribeClusters answers Container Insights enabled.
 */
import { ACCOUNT, type Estate } from './estate.js';
import { json, jsonError, offsetOf, page, pageSize, tokenOf, type Answer, type WireRequest } from './wire.js';

export interface TaskDefinitionModel {
  readonly family: string;
  readonly revision: number;
  readonly hardened: boolean;
}

export function taskDefinitionModels(estate: Estate): TaskDefinitionModel[] {
  return [
    ...Array.from({ length: estate.size.topics }, (_, t) => ({ family: `bench-app-${t}`, revision: t + 1, hardened: true })),
    { family: 'bench-legacy', revision: 7, hardened: false },
  ];
}

function describe(region: string, m: TaskDefinitionModel): Record<string, unknown> {
  const base = { name: 'app', image: `${ACCOUNT}.dkr.ecr.${region}.amazonaws.com/bench/base:1`, cpu: 0, essential: true, portMappings: [], mountPoints: [], volumesFrom: [] };
  return {
    taskDefinitionArn: `arn:aws:ecs:${region}:${ACCOUNT}:task-definition/${m.family}:${m.revision}`, family: m.family, revision: m.revision, status: 'ACTIVE',
    compatibilities: m.hardened ? ['EC2', 'FARGATE'] : ['EC2'], registeredAt: 1_700_000_000 + m.revision,
    ...(m.hardened
      ? {
          networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'],
          containerDefinitions: [{ ...base, user: '1000:1000', privileged: false, readonlyRootFilesystem: true, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': `/ecs/${m.family}` } }, environment: [{ name: 'PORT', value: '8080' }] }],
        }
      : {
          pidMode: 'host',
          containerDefinitions: [{ ...base, privileged: true, environment: [{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE' }] }],
        }),
  };
}

export const clusterArnOf = (region: string): string => `arn:aws:ecs:${region}:${ACCOUNT}:cluster/bench-cluster`;
export const serviceArnOf = (region: string, m: TaskDefinitionModel): string => `arn:aws:ecs:${region}:${ACCOUNT}:service/bench-cluster/${m.family}`;

/** A service as DescribeServices answers it (config.ts renders the same service as a Configuration Item). */
export function describeService(region: string, m: TaskDefinitionModel): {
  serviceName: string; serviceArn: string; launchType: string; platformVersion: string; taskDefinition: string;
  networkConfiguration: { awsvpcConfiguration: { subnets: string[]; securityGroups: string[]; assignPublicIp: string } }; [key: string]: unknown;
} {
  return {
    serviceArn: serviceArnOf(region, m), serviceName: m.family, clusterArn: clusterArnOf(region), status: 'ACTIVE', desiredCount: 1, runningCount: 1, pendingCount: 0,
    launchType: 'FARGATE', platformVersion: m.hardened ? 'LATEST' : '1.3.0', platformFamily: 'Linux',
    taskDefinition: `arn:aws:ecs:${region}:${ACCOUNT}:task-definition/${m.family}:${m.revision}`,
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0bench'], securityGroups: ['sg-0bench'], assignPublicIp: m.hardened ? 'DISABLED' : 'ENABLED' } },
  };
}

export function answerEcs(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const models = estate.regionIndex(region) < 0 ? [] : taskDefinitionModels(estate);
  if (operation === 'ListClusters') return json({ clusterArns: models.length === 0 ? [] : [clusterArnOf(region)] });
  if (operation === 'ListServices') return json({ serviceArns: params.cluster === clusterArnOf(region) ? models.map((m) => serviceArnOf(region, m)) : [] });
  if (operation === 'DescribeClusters') {
    const asked = Array.isArray(params.clusters) ? params.clusters.map(String) : [];
    const found = models.length > 0 && asked.includes(clusterArnOf(region));
    return json({
      clusters: found ? [{ clusterArn: clusterArnOf(region), clusterName: 'bench-cluster', status: 'ACTIVE', settings: [{ name: 'containerInsights', value: 'enabled' }], tags: [] }] : [],
      failures: asked.filter((a) => !found || a !== clusterArnOf(region)).map((a) => ({ arn: a, reason: 'MISSING' })),
    });
  }
  if (operation === 'DescribeServices') {
    const asked = Array.isArray(params.services) ? params.services.map(String) : [];
    const found = models.filter((m) => asked.includes(serviceArnOf(region, m)));
    return json({ services: found.map((m) => describeService(region, m)), failures: asked.filter((a) => !found.some((m) => serviceArnOf(region, m) === a)).map((a) => ({ arn: a, reason: 'MISSING' })) });
  }
  if (operation === 'ListTaskDefinitionFamilies') {
    const { items, next } = page(models, offsetOf('f', params.nextToken), pageSize(params.maxResults, 100, 100));
    return json({ families: items.map((m) => m.family), ...(next === undefined ? {} : { nextToken: tokenOf('f', next) }) });
  }
  if (operation === 'DescribeTaskDefinition') {
    const model = models.find((m) => m.family === params.taskDefinition);
    if (model === undefined) return jsonError('ClientException', 'Unable to describe task definition.');
    return json({ taskDefinition: describe(region, model), tags: model.hardened ? [{ key: 'team', value: 'bench' }] : [] });
  }
  return json({});
}
