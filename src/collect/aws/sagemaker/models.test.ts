/** sagemakerModels through the real SageMaker client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { sagemakerModels } from './models.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const arn = (name: string): string => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:model/${name}`;
const LIST = 'SageMaker.ListModels';
const DESCRIBE = 'SageMaker.DescribeModel';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/sagemaker-execution`;
/** A credential in a container's environment, as a model may carry one: it must never reach the snapshot. */
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

const model = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ModelName: name, ModelArn: arn(name), CreationTime: 1748768400, ExecutionRoleArn: ROLE, EnableNetworkIsolation: true,
  PrimaryContainer: { Image: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/fraud:1`, Mode: 'SingleModel', Environment: { AWS_SECRET_ACCESS_KEY: SECRET } }, ...extra,
});

const MODELS: Record<string, Record<string, unknown>> = {
  isolated: model('isolated', { VpcConfig: { Subnets: ['subnet-0a1b2c3d4e5f67890'], SecurityGroupIds: ['sg-0a1b2c3d4e5f67890'] } }),
  open: model('open', { EnableNetworkIsolation: false }),
  legacy: model('legacy'),
};

function routes(overrides: Route[] = [], models = MODELS): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListModels', match: byTarget(LIST),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ Models: [{ ModelName: 'isolated', ModelArn: arn('isolated'), CreationTime: 1748768400 }], NextToken: 'page-2' })
        : json({ Models: [{ ModelName: 'legacy', ModelArn: arn('legacy'), CreationTime: 1748768400 }, { ModelName: 'open', ModelArn: arn('open'), CreationTime: 1748768400 }] })),
    },
    {
      name: 'DescribeModel', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = models[String(r.params.ModelName)];
        return found === undefined ? jsonError('ValidationException', 'Could not find model') : json(found);
      },
    },
  ];
}

describe('sagemakerModels', () => {
  it('pages ListModels and maps network isolation and the VPC, never a container environment', async () => {
    const run = await collectRecorded([sagemakerModels], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    const models = run.snapshot.resources.filter((r) => r.type === 'aws.sagemaker.model');
    expect(models.map((m) => m.id).sort()).toEqual(['isolated', 'legacy', 'open']);
    expect(models.find((m) => m.id === 'isolated')?.data).toEqual({
      name: 'isolated', arn: arn('isolated'), createdAt: '2025-06-01T09:00:00.000Z', executionRoleArn: ROLE, networkIsolationEnabled: true, vpcSubnetIds: ['subnet-0a1b2c3d4e5f67890'],
    });
    expect(models.find((m) => m.id === 'open')?.data).toMatchObject({ networkIsolationEnabled: false, vpcSubnetIds: null });
    expect(JSON.stringify(run.snapshot)).not.toContain(SECRET);
  });

  it('reads a model answered without EnableNetworkIsolation as unknown, never isolated or open', async () => {
    const run = await collectRecorded([sagemakerModels], routes([], { ...MODELS, legacy: model('legacy', { EnableNetworkIsolation: undefined }) }), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'legacy');
    expect(legacy?.errors?.map((e) => [e.path, e.code])).toEqual([['networkIsolationEnabled', 'IncompleteResponse']]);
    expect(legacy?.data).not.toHaveProperty('networkIsolationEnabled');
  });

  it('records AccessDenied on DescribeModel on every field it fills', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.ModelName === 'open', respond: jsonError('AccessDeniedException', 'not authorized to perform: sagemaker:DescribeModel') };
    const run = await collectRecorded([sagemakerModels], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const open = run.snapshot.resources.find((r) => r.id === 'open');
    expect(open?.data).toEqual({ name: 'open' });
    expect(open?.errors?.map((e) => [e.path, e.code])).toEqual(['arn', 'createdAt', 'executionRoleArn', 'networkIsolationEnabled', 'vpcSubnetIds'].map((p) => [p, 'AccessDeniedException']));
  });

  it('marks coverage failed when ListModels is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: sagemaker:ListModels') };
    const run = await collectRecorded([sagemakerModels], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.sagemaker.model', status: 'failed' })]);
  });
});

describe('sagemakerModels call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(sagemakerModels)).toEqual([]);
  });
});
