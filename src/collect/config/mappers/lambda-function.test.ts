/**
 * AWS::Lambda::Function items mapped to aws.lambda.function on their own (no
 * API to fill from): the same data as the API collector for what the item
 * holds, Config's null as "none", and what it lacks — the per-function
 * settings always, a VPC connection without its VPC id, a key not there —
 * named unreadable, never defaulted.
 */
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { functionFields } from '../../aws/lambda/map.js';
import { parseItem } from '../item.js';
import { lambdaFunctionFromConfig } from './lambda-function.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const arn = (name: string): string => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;

function mapItem(configuration: Record<string, unknown>, itemArn?: string): ReturnType<typeof lambdaFunctionFromConfig.map> {
  const parsed = parseItem(JSON.stringify({
    resourceId: 'orders', resourceType: 'AWS::Lambda::Function', resourceName: 'orders', accountId: '123456789012', awsRegion: 'us-east-1',
    ...(itemArn === undefined ? {} : { arn: itemArn }), configurationItemStatus: 'OK', configuration,
    supplementaryConfiguration: { Concurrency: { reservedConcurrentExecutions: 5 } }, tags: [{ key: 'team', value: 'orders' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return lambdaFunctionFromConfig.map(parsed.item, place);
}

/** A function in a VPC as Config records it (GetFunction's configuration, camelCase); each test replaces what it is about. */
const ORDERS: Record<string, unknown> = {
  functionName: 'orders', functionArn: arn('orders'), runtime: 'python3.13', role: 'arn:aws:iam::123456789012:role/orders', handler: 'app.handler',
  codeSize: 1024, description: '', timeout: 30, memorySize: 256, lastModified: '2025-01-15T10:30:00.000+0000', codeSha256: 'abc=', version: '$LATEST',
  vpcConfig: { subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890'], securityGroupIds: ['sg-0a1b2c3d4e5f67890'], vpcId: 'vpc-0a1b2c3d4e5f67890' },
  deadLetterConfig: null, tracingConfig: { mode: 'Active' }, kmskeyArn: null, revisionId: 'rev-1', layers: [], state: { value: 'Active' },
  packageType: 'Zip', architectures: ['arm64'], ephemeralStorage: { size: 512 },
};

/** The same function as ListFunctions answers it through the SDK. */
const SDK: FunctionConfiguration = {
  FunctionName: 'orders', FunctionArn: arn('orders'), Runtime: 'python3.13', Role: 'arn:aws:iam::123456789012:role/orders', LastModified: '2025-01-15T10:30:00.000+0000',
  VpcConfig: { SubnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0b1c2d3e4f5a67890'], SecurityGroupIds: ['sg-0a1b2c3d4e5f67890'], VpcId: 'vpc-0a1b2c3d4e5f67890' },
  TracingConfig: { Mode: 'Active' }, PackageType: 'Zip', Architectures: ['arm64'],
};

const PER_FUNCTION = ['policy', 'onFailureDestination', 'codeSigningConfigArn', 'codeSigning'];
const paths = (mapping: ReturnType<typeof lambdaFunctionFromConfig.map>): string[] => (mapping.unreadable ?? []).map((u) => u.path);

describe('lambdaFunctionFromConfig', () => {
  it('gives exactly what the API collector gives from ListFunctions for the same function, with the item\'s tags', () => {
    const mapping = mapItem(ORDERS);
    expect(mapping.envelope).toEqual({ type: 'aws.lambda.function', id: 'orders', arn: arn('orders'), tags: { team: 'orders' } });
    expect(mapping.fields).toEqual(readFields(functionFields(SDK)).fields);
    expect(mapping.fields).toMatchObject({ deadLetterTargetArn: null, lastModified: '2025-01-15T10:30:00.000Z' });
  });

  it('always names the resource policy, the on-failure destination and the code signing configuration unreadable: Config records none of them', () => {
    expect(paths(mapItem(ORDERS))).toEqual(PER_FUNCTION);
    expect(mapItem(ORDERS).fields).not.toHaveProperty('policy');
  });

  it('reads Config\'s null as none: no VPC, no dead-letter queue, and a container image without a runtime', () => {
    const mapping = mapItem({ ...ORDERS, vpcConfig: null, deadLetterConfig: { targetArn: null }, runtime: null, packageType: 'Image' });
    expect(mapping.fields).toMatchObject({ vpcConfig: null, deadLetterTargetArn: null, runtime: null, packageType: 'Image' });
    expect(paths(mapping)).toEqual(PER_FUNCTION);
  });

  it('reads a VPC configuration without subnets as not in a VPC, as the API mapping reads Lambda\'s answer', () => {
    expect(mapItem({ ...ORDERS, vpcConfig: { subnetIds: [], securityGroupIds: [] } }).fields).toMatchObject({ vpcConfig: null });
  });

  it('reads a dead-letter queue the item holds', () => {
    const queue = 'arn:aws:sqs:us-east-1:123456789012:orders-dlq';
    expect(mapItem({ ...ORDERS, deadLetterConfig: { targetArn: queue } }).fields).toMatchObject({ deadLetterTargetArn: queue });
  });

  it('names a VPC connection without its VPC id unreadable (the schema lists none), never a VPC-less function', () => {
    const mapping = mapItem({ ...ORDERS, vpcConfig: { subnetIds: ['subnet-0a1b2c3d4e5f67890'], securityGroupIds: ['sg-0a1b2c3d4e5f67890'] } });
    expect(mapping.fields).not.toHaveProperty('vpcConfig');
    expect(mapping.unreadable?.[0]).toEqual({ path: 'vpcConfig', reason: 'the Configuration Item holds no configuration.vpcConfig.vpcId (not in AWS Config\'s resource schema for AWS::Lambda::Function)' });
  });

  it.each([
    ['no vpcConfig key', 'vpcConfig', { vpcConfig: undefined }],
    ['subnets that are not a list of ids', 'vpcConfig', { vpcConfig: { subnetIds: 'subnet-1', securityGroupIds: [], vpcId: 'vpc-1' } }],
    ['no deadLetterConfig key', 'deadLetterTargetArn', { deadLetterConfig: undefined }],
    ['a dead-letter target that is not text', 'deadLetterTargetArn', { deadLetterConfig: { targetArn: 7 } }],
    ['a tracing mode Lambda does not spell', 'tracingMode', { tracingConfig: { mode: 'ACTIVE' } }],
    ['no tracing configuration', 'tracingMode', { tracingConfig: null }],
    ['no architectures', 'architectures', { architectures: undefined }],
    ['an architecture Lambda does not spell', 'architectures', { architectures: ['x86'] }],
    // The runtime is read by the package type (none for an image), so it cannot be read without it either.
    ['no package type (items recorded before container images)', 'packageType', { packageType: undefined }, ['runtime', 'packageType']],
    ['a .zip function without a runtime', 'runtime', { runtime: null }],
    ['a time that is not one', 'lastModified', { lastModified: 'yesterday' }],
  ] as [string, string, Record<string, unknown>, string[]?][])('names %s unreadable, never a default', (_what, path, broken, read = [path]) => {
    const configuration = Object.fromEntries(Object.entries({ ...ORDERS, ...broken }).filter(([, v]) => v !== undefined));
    const mapping = mapItem(configuration);
    // The item's own gaps first, then the per-function settings, then what the API mapping could not read.
    const own = path === 'vpcConfig' || path === 'deadLetterTargetArn';
    expect(paths(mapping)).toEqual(own ? [path, ...PER_FUNCTION] : [...PER_FUNCTION, ...read]);
    expect(mapping.fields).not.toHaveProperty(path);
  });

  it('takes the name and ARN from the item when the configuration has none, and builds the ARN when neither has', () => {
    const { functionName: _name, functionArn: _arn, ...rest } = ORDERS;
    const mapping = mapItem(rest, arn('orders'));
    expect(mapping.envelope).toEqual({ type: 'aws.lambda.function', id: 'orders', arn: arn('orders'), tags: { team: 'orders' } });
    expect(paths(mapping)).toEqual([...PER_FUNCTION, 'functionName', 'functionArn']);
    expect(mapItem(rest).envelope.arn).toBe(arn('orders'));
  });
});
