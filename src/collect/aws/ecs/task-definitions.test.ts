/** ecsTaskDefinitions through the real ECS client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ecsTaskDefinitions } from './task-definitions.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const T = 'AmazonEC2ContainerServiceV20141113';
const arn = (family: string, revision: number): string => `arn:aws:ecs:us-east-1:${ACCOUNT}:task-definition/${family}:${String(revision)}`;
const IMAGE = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/payments/api:1.4.2`;

/** A task definition as DescribeTaskDefinition answers it: optional parameters left out unless set. */
const definition = (family: string, revision: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  taskDefinitionArn: arn(family, revision), family, revision, status: 'ACTIVE', compatibilities: ['EC2', 'FARGATE'], registeredAt: 1748768400,
  ...extra,
});
const container = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name, image: IMAGE, cpu: 0, essential: true, portMappings: [], mountPoints: [], volumesFrom: [], environment: [], ...extra,
});

const API = definition('payments-api', 42, {
  networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'],
  containerDefinitions: [container('api', {
    user: '1000:1000', privileged: false, readonlyRootFilesystem: true,
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/payments-api' } },
    environment: [{ name: 'PORT', value: '8080' }, { name: 'LOG_LEVEL', value: 'info' }],
  })],
});
// Registered with the defaults (no network mode, no compatibilities), plus host PIDs, a privileged sidecar and a credential in plain text.
const LEGACY = definition('legacy-worker', 7, {
  pidMode: 'host',
  containerDefinitions: [
    container('worker', { environment: [{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAIOSFODNN7EXAMPLE' }, { name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }] }),
    container('agent', { privileged: true, logConfiguration: { logDriver: 'json-file' } }),
  ],
});
const BATCH = definition('batch', 3, { networkMode: 'host', containerDefinitions: [container('job', { readonlyRootFilesystem: false })] });

const familyOf = (r: WireRequest): string => String(r.params.taskDefinition);

function routes(overrides: Route[] = [], definitions: Record<string, Record<string, unknown>> = { 'payments-api': API, 'legacy-worker': LEGACY, batch: BATCH }): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListTaskDefinitionFamilies',
      match: byTarget(`${T}.ListTaskDefinitionFamilies`),
      respond: (r) => (r.params.nextToken === undefined ? json({ families: ['batch', 'legacy-worker'], nextToken: 'families-2' }) : json({ families: ['payments-api'] })),
    },
    {
      name: 'DescribeTaskDefinition',
      match: byTarget(`${T}.DescribeTaskDefinition`),
      respond: (r) => {
        const found = definitions[familyOf(r)];
        return found === undefined
          ? jsonError('ClientException', 'Unable to describe task definition.')
          : json({ taskDefinition: found, tags: familyOf(r) === 'payments-api' ? [{ key: 'team', value: 'payments' }] : [] });
      },
    },
  ];
}

describe('ecsTaskDefinitions', () => {
  it('lists the ACTIVE families over two pages and describes the latest ACTIVE revision of each, never an environment value', async () => {
    const run = await collectRecorded([ecsTaskDefinitions], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const lists = run.aws.requests.filter(byTarget(`${T}.ListTaskDefinitionFamilies`));
    expect(lists.map((r) => [r.params.status, r.params.maxResults, r.params.nextToken])).toEqual([['ACTIVE', 100, undefined], ['ACTIVE', 100, 'families-2']]);
    // The family alone names its latest ACTIVE revision; tags come with it.
    expect(run.aws.requests.filter(byTarget(`${T}.DescribeTaskDefinition`)).map((r) => [r.params.taskDefinition, r.params.include]).sort()).toEqual([
      ['batch', ['TAGS']], ['legacy-worker', ['TAGS']], ['payments-api', ['TAGS']],
    ]);
    const definitions = run.snapshot.resources.filter((r) => r.type === 'aws.ecs.task-definition');
    expect(definitions.map((d) => d.id).sort()).toEqual(['batch:3', 'legacy-worker:7', 'payments-api:42']);
    expect(definitions.every((d) => d.errors === undefined)).toBe(true);
    const api = definitions.find((d) => d.id === 'payments-api:42');
    expect(api).toMatchObject({ arn: arn('payments-api', 42), tags: { team: 'payments' } });
    expect(api?.data).toEqual({
      family: 'payments-api', revision: 42, arn: arn('payments-api', 42), status: 'ACTIVE', networkMode: 'awsvpc', pidMode: null, requiresCompatibilities: ['FARGATE'],
      containerDefinitions: [{ name: 'api', image: IMAGE, privileged: false, user: '1000:1000', readonlyRootFilesystem: true, logDriver: 'awslogs', environment: [{ name: 'PORT' }, { name: 'LOG_LEVEL' }] }],
    });
    // Settings left out are "not set": null, no error.
    expect(definitions.find((d) => d.id === 'legacy-worker:7')?.data).toEqual({
      family: 'legacy-worker', revision: 7, arn: arn('legacy-worker', 7), status: 'ACTIVE', networkMode: null, pidMode: 'host', requiresCompatibilities: null,
      containerDefinitions: [
        { name: 'worker', image: IMAGE, privileged: null, user: null, readonlyRootFilesystem: null, logDriver: null, environment: [{ name: 'AWS_ACCESS_KEY_ID' }, { name: 'AWS_SECRET_ACCESS_KEY' }] },
        { name: 'agent', image: IMAGE, privileged: true, user: null, readonlyRootFilesystem: null, logDriver: 'json-file', environment: [] },
      ],
    });
    expect(definitions.find((d) => d.id === 'batch:3')?.data).toMatchObject({ networkMode: 'host', containerDefinitions: [{ readonlyRootFilesystem: false }] });
    // No value of any environment variable reaches the snapshot.
    const written = JSON.stringify(run.snapshot);
    for (const value of ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', '8080', '"info"']) expect(written).not.toContain(value);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.ecs.task-definition', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records a failed DescribeTaskDefinition on every field it fills and the tags, under the family name', async () => {
    const denied: Route = { name: 'describe-denied', match: (r) => byTarget(`${T}.DescribeTaskDefinition`)(r) && familyOf(r) === 'legacy-worker', respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:DescribeTaskDefinition') };
    const run = await collectRecorded([ecsTaskDefinitions], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'legacy-worker');
    expect(legacy?.data).toEqual({ family: 'legacy-worker' });
    expect(legacy?.arn).toBeUndefined();
    const failure = { code: 'AccessDeniedException', message: 'User is not authorized to perform: ecs:DescribeTaskDefinition', operation: 'ecs:DescribeTaskDefinition' };
    expect(legacy?.errors).toEqual(['revision', 'arn', 'status', 'networkMode', 'pidMode', 'requiresCompatibilities', 'containerDefinitions', '$tags'].map((path) => ({ path, ...failure })));
    expect(run.snapshot.resources.find((r) => r.id === 'payments-api:42')?.errors).toBeUndefined();
  });

  it('keeps a family whose ACTIVE revision went away after the listing as unreadable, never as a compliant definition', async () => {
    const run = await collectRecorded([ecsTaskDefinitions], routes([], { 'payments-api': API, batch: BATCH }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'legacy-worker')?.errors?.[0]).toMatchObject({ path: 'revision', code: 'ClientException' });
  });

  it('marks coverage failed when ListTaskDefinitionFamilies is denied: no resource that could read as "no task definitions"', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(`${T}.ListTaskDefinitionFamilies`), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: ecs:ListTaskDefinitionFamilies') };
    const run = await collectRecorded([ecsTaskDefinitions], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ecs.task-definition', status: 'failed', reason: 'AccessDeniedException on ecs:ListTaskDefinitionFamilies: User is not authorized to perform: ecs:ListTaskDefinitionFamilies' })]);
  });

  it('fails only what an incomplete answer leaves out: a container without its environment list, a log configuration without a driver, an unknown network mode', async () => {
    const partial = definition('payments-api', 42, {
      networkMode: 'vpc-lattice',
      containerDefinitions: [
        container('api', { environment: undefined }),
        container('sidecar', { logConfiguration: { options: {} } }),
        container('ok', { readonlyRootFilesystem: true }),
      ],
    });
    const run = await collectRecorded([ecsTaskDefinitions], routes([], { 'payments-api': partial, 'legacy-worker': LEGACY, batch: BATCH }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const api = run.snapshot.resources.find((r) => r.id === 'payments-api:42');
    expect(api?.errors?.map((e) => [e.path, e.code])).toEqual([
      ['networkMode', 'IncompleteResponse'], ['containerDefinitions[0]', 'IncompleteResponse'], ['containerDefinitions[1]', 'IncompleteResponse'],
    ]);
    expect(api?.data).toMatchObject({ pidMode: null, containerDefinitions: [{}, {}, { name: 'ok', readonlyRootFilesystem: true }] });
  });
});

describe('ecsTaskDefinitions call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ecsTaskDefinitions)).toEqual([]);
  });
});
