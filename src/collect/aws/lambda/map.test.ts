import { describe, expect, it } from 'vitest';
import { readFields, UnreadableAnswer } from '../../answers.js';
import { codeSigningConfig, codeSigningConfigArn, layerPolicy, layerVersionFields, functionFields, functionPolicy, lastModifiedIso, onFailureDestination } from './map.js';
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';

const base: FunctionConfiguration = {
  FunctionName: 'f', FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f', Runtime: 'python3.13', PackageType: 'Zip', Role: 'arn:aws:iam::123456789012:role/f',
  TracingConfig: { Mode: 'PassThrough' }, Architectures: ['x86_64'], LastModified: '2025-01-15T10:30:00.000+0000',
};
const read = (fn: FunctionConfiguration) => readFields(functionFields(fn));

describe('lambda mapping', () => {
  it('reads Lambda timestamps with a colon-less offset as ISO 8601 UTC, and refuses what is not one', () => {
    expect(lastModifiedIso('2025-01-15T10:30:00.000+0000')).toBe('2025-01-15T10:30:00.000Z');
    expect(lastModifiedIso('2025-01-15T10:30:00.000+0530')).toBe('2025-01-15T05:00:00.000Z');
    expect(() => lastModifiedIso('yesterday')).toThrow(UnreadableAnswer);
    expect(() => lastModifiedIso(undefined)).toThrow(UnreadableAnswer);
  });

  it('spells "not in a VPC" and "no dead-letter queue" as null, in each of the ways AWS answers them', () => {
    expect(read(base).fields).toMatchObject({ vpcConfig: null, deadLetterTargetArn: null });
    expect(read({ ...base, VpcConfig: { SubnetIds: [], SecurityGroupIds: [], VpcId: '' }, DeadLetterConfig: { TargetArn: '' } }).fields).toMatchObject({ vpcConfig: null, deadLetterTargetArn: null });
  });

  it('gives a container image no runtime, but never a .zip function', () => {
    expect(read({ ...base, PackageType: 'Image', Runtime: undefined }).fields.runtime).toBeNull();
    expect(read({ ...base, Runtime: undefined }).unreadable.map((u) => u.path)).toEqual(['runtime']);
    // Without a package type the runtime cannot be judged either.
    expect(read({ ...base, PackageType: undefined }).unreadable.map((u) => u.path)).toEqual(['runtime', 'packageType']);
  });

  it('fails only what is missing or unknown, never guessing it', () => {
    const { unreadable } = read({ ...base, TracingConfig: {}, Architectures: ['risc-v' as 'arm64'], VpcConfig: { SubnetIds: ['subnet-1'] }, DeadLetterConfig: {} });
    expect(unreadable.map((u) => u.path)).toEqual(['vpcConfig', 'deadLetterTargetArn', 'tracingMode', 'architectures']);
  });

  it('reads the per-function answers', () => {
    expect(onFailureDestination({ $metadata: {}, DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:us-east-1:123456789012:q' } } })).toBe('arn:aws:sqs:us-east-1:123456789012:q');
    expect(onFailureDestination({ $metadata: {}, DestinationConfig: { OnSuccess: { Destination: 'arn:aws:sqs:us-east-1:123456789012:q' } } })).toBeNull();
    expect(onFailureDestination({ $metadata: {} })).toBeNull();
    expect(codeSigningConfigArn({ $metadata: {}, CodeSigningConfigArn: '', FunctionName: 'f' })).toBeNull();
    expect(() => codeSigningConfigArn({ $metadata: {}, CodeSigningConfigArn: undefined, FunctionName: 'f' })).toThrow(UnreadableAnswer);
    expect(functionPolicy({ $metadata: {}, Policy: '{"Version":"2012-10-17","Statement":[]}' })).toEqual({ Version: '2012-10-17', Statement: [] });
    expect(() => functionPolicy({ $metadata: {}, Policy: 'not json' })).toThrow(UnreadableAnswer);
  });

  it('reads a code signing configuration, refusing a policy value AWS does not document', () => {
    const config = { CodeSigningConfigId: 'csc-1', CodeSigningConfigArn: 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-1', LastModified: 'x', AllowedPublishers: { SigningProfileVersionArns: ['arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/1'] } };
    expect(codeSigningConfig({ $metadata: {}, CodeSigningConfig: { ...config, CodeSigningPolicies: { UntrustedArtifactOnDeployment: 'Enforce' } } }))
      .toEqual({ allowedPublishers: ['arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/1'], untrustedArtifactOnDeployment: 'Enforce' });
    expect(() => codeSigningConfig({ $metadata: {}, CodeSigningConfig: { ...config, CodeSigningPolicies: { UntrustedArtifactOnDeployment: 'Block' as 'Warn' } } })).toThrow(UnreadableAnswer);
    expect(() => codeSigningConfig({ $metadata: {}, CodeSigningConfig: { ...config, AllowedPublishers: undefined, CodeSigningPolicies: { UntrustedArtifactOnDeployment: 'Warn' } } })).toThrow(UnreadableAnswer);
    expect(() => codeSigningConfig({ $metadata: {}, CodeSigningConfig: undefined })).toThrow(UnreadableAnswer);
  });

  it('reads a layer\'s latest version, with no declared runtimes as an empty list and nothing else defaulted', () => {
    const layer = { LayerName: 'utils', LayerArn: 'arn:aws:lambda:us-east-1:123456789012:layer:utils', LatestMatchingVersion: { LayerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:utils:3', Version: 3 } };
    expect(readFields(layerVersionFields(layer)).fields).toEqual({ layerName: 'utils', version: 3, layerVersionArn: 'arn:aws:lambda:us-east-1:123456789012:layer:utils:3', compatibleRuntimes: [] });
    expect(readFields(layerVersionFields({ LayerName: 'utils' })).unreadable.map((u) => u.path)).toEqual(['version', 'layerVersionArn']);
    expect(layerPolicy({ $metadata: {}, Policy: '{"Version":"2012-10-17","Statement":[]}' })).toEqual({ Version: '2012-10-17', Statement: [] });
    expect(() => layerPolicy({ $metadata: {} })).toThrow(UnreadableAnswer);
  });
});
