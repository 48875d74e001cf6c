/** sagemakerEndpointConfigs through the real SageMaker client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { sagemakerEndpointConfigs } from './endpoint-configs.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const arn = (name: string): string => `arn:aws:sagemaker:us-east-1:${ACCOUNT}:endpoint-config/${name}`;
const LIST = 'SageMaker.ListEndpointConfigs';
const DESCRIBE = 'SageMaker.DescribeEndpointConfig';

const variant = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ VariantName: name, ModelName: 'fraud-xgboost', InitialInstanceCount: 2, InstanceType: 'ml.m5.large', InitialVariantWeight: 1, ...extra });
const config = (name: string, variants: Record<string, unknown>[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  EndpointConfigName: name, EndpointConfigArn: arn(name), ProductionVariants: variants, CreationTime: 1748768400, ...extra,
});

const CONFIGS: Record<string, Record<string, unknown>> = {
  scoring: config('scoring', [variant('AllTraffic')], { KmsKeyId: 'alias/sagemaker' }),
  // One instance: a single point of failure; a serverless variant beside it has no instance count at all.
  canary: config('canary', [variant('Primary', { InitialInstanceCount: 1 }), variant('Serverless', { InitialInstanceCount: undefined, InstanceType: undefined, ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } })]),
  batch: config('batch', [variant('AllTraffic', { InitialInstanceCount: 3, InstanceType: 'ml.c5.xlarge' })]),
};

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListEndpointConfigs', match: byTarget(LIST),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ EndpointConfigs: [{ EndpointConfigName: 'batch', EndpointConfigArn: arn('batch'), CreationTime: 1748768400 }, { EndpointConfigName: 'canary', EndpointConfigArn: arn('canary'), CreationTime: 1748768400 }], NextToken: 'page-2' })
        : json({ EndpointConfigs: [{ EndpointConfigName: 'scoring', EndpointConfigArn: arn('scoring'), CreationTime: 1748768400 }] })),
    },
    {
      name: 'DescribeEndpointConfig', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = CONFIGS[String(r.params.EndpointConfigName)];
        return found === undefined ? jsonError('ValidationException', 'Could not find endpoint configuration') : json(found);
      },
    },
  ];
}

describe('sagemakerEndpointConfigs', () => {
  it('pages ListEndpointConfigs and maps each variant, a serverless one without an instance count', async () => {
    const run = await collectRecorded([sagemakerEndpointConfigs], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => r.params.NextToken)).toEqual([undefined, 'page-2']);
    const configs = run.snapshot.resources.filter((r) => r.type === 'aws.sagemaker.endpoint-config');
    expect(configs.map((c) => c.id).sort()).toEqual(['batch', 'canary', 'scoring']);
    expect(configs.every((c) => c.errors === undefined)).toBe(true);
    expect(configs.find((c) => c.id === 'scoring')?.data).toEqual({
      name: 'scoring', arn: arn('scoring'), createdAt: '2025-06-01T09:00:00.000Z', kmsKeyId: 'alias/sagemaker', productionVariants: [{ name: 'AllTraffic', instanceType: 'ml.m5.large', initialInstanceCount: 2 }],
    });
    expect(configs.find((c) => c.id === 'canary')?.data).toMatchObject({
      kmsKeyId: null,
      productionVariants: [{ name: 'Primary', instanceType: 'ml.m5.large', initialInstanceCount: 1 }, { name: 'Serverless', instanceType: null, initialInstanceCount: null }],
    });
  });

  it('fails only the variant answered without an instance count or a serverless configuration, never reads it as serverless', async () => {
    const incomplete: Route = { name: 'incomplete', match: (r) => r.target === DESCRIBE && r.params.EndpointConfigName === 'batch', respond: json(config('batch', [variant('A'), variant('B', { InitialInstanceCount: undefined })])) };
    const run = await collectRecorded([sagemakerEndpointConfigs], routes([incomplete]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const batch = run.snapshot.resources.find((r) => r.id === 'batch');
    expect(batch?.errors?.map((e) => [e.path, e.code])).toEqual([['productionVariants[1]', 'IncompleteResponse']]);
    expect(batch?.data).toMatchObject({ productionVariants: [{ name: 'A', initialInstanceCount: 2 }, {}] });
  });

  it('records AccessDenied on DescribeEndpointConfig on every field it fills', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.EndpointConfigName === 'canary', respond: jsonError('AccessDeniedException', 'not authorized to perform: sagemaker:DescribeEndpointConfig') };
    const run = await collectRecorded([sagemakerEndpointConfigs], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const canary = run.snapshot.resources.find((r) => r.id === 'canary');
    expect(canary?.data).toEqual({ name: 'canary' });
    expect(canary?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(['arn', 'createdAt', 'kmsKeyId', 'productionVariants'].map((p) => [p, 'AccessDeniedException', 'sagemaker:DescribeEndpointConfig']));
  });

  it('marks coverage failed when ListEndpointConfigs is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: sagemaker:ListEndpointConfigs') };
    const run = await collectRecorded([sagemakerEndpointConfigs], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.sagemaker.endpoint-config', status: 'failed' })]);
  });
});

describe('sagemakerEndpointConfigs call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(sagemakerEndpointConfigs)).toEqual([]);
  });
});
