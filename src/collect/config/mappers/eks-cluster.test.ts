/**
 * AWS::EKS::Cluster items mapped to aws.eks.cluster on their own (no API to
 * fill from): what the item holds as the API collector reads DescribeCluster,
 * EnabledTypes as the enabled logs (every other type off), a null
 * EncryptionConfig as none, and what the item lacks named unreadable.
 */
import type { Cluster } from '@aws-sdk/client-eks';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { clusterFields } from '../../aws/eks/map.js';
import { parseItem } from '../item.js';
import { eksClusterFromConfig } from './eks-cluster.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:eks:us-east-1:123456789012:cluster/prod';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function mapItem(change: Record<string, unknown>): ReturnType<typeof eksClusterFromConfig.map> {
  const all: Record<string, unknown> = {
    Name: 'prod', Arn: ARN, Version: '1.35', ClusterStatus: 'ACTIVE',
    ResourcesVpcConfig: { SubnetIds: ['subnet-a'], SecurityGroupIds: [], EndpointPublicAccess: false, EndpointPrivateAccess: true, PublicAccessCidrs: ['0.0.0.0/0'] },
    Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'api' }, { Type: 'audit' }] } }, EncryptionConfig: [{ Provider: { KeyArn: KEY }, Resources: ['secrets'] }], ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: 'prod', resourceType: 'AWS::EKS::Cluster', resourceName: 'prod', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'platform' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return eksClusterFromConfig.map(parsed.item, place);
}

const NOT_IN_ITEM = ['createdAt', 'platformVersion', 'vpcId', 'clusterSecurityGroupId', 'authenticationMode', 'upgradePolicySupportType'];
const paths = (m: ReturnType<typeof eksClusterFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('eksClusterFromConfig', () => {
  it('gives what the API collector gives from DescribeCluster for what the item holds, with the item\'s tags', () => {
    // Not contextually typed, so the deprecated resources member the API still answers can be written.
    const sdk = {
      arn: ARN, version: '1.35', status: 'ACTIVE', resourcesVpcConfig: { subnetIds: ['subnet-a'], securityGroupIds: [], endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: ['0.0.0.0/0'] },
      logging: { clusterLogging: [{ types: ['api', 'audit'], enabled: true }, { types: ['authenticator', 'controllerManager', 'scheduler'], enabled: false }] },
      encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: KEY } }],
    } as unknown as Cluster;
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.eks.cluster', id: 'prod', arn: ARN, tags: { team: 'platform' } });
    const api = readFields(clusterFields(sdk)).fields;
    expect(mapping.fields).toEqual({ name: 'prod', ...Object.fromEntries(Object.entries(api).filter(([k]) => !NOT_IN_ITEM.includes(k))) });
    expect(mapping.fields).toMatchObject({ logging: { api: true, audit: true, authenticator: false, controllerManager: false, scheduler: false } });
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('reads an empty EnabledTypes as every log off and a null or empty EncryptionConfig as none', () => {
    const mapping = mapItem({ Logging: { ClusterLogging: { EnabledTypes: [] } }, EncryptionConfig: null });
    expect(mapping.fields).toMatchObject({ logging: { api: false, audit: false, scheduler: false }, encryptionConfig: null });
    expect(mapItem({ EncryptionConfig: [] }).fields).toMatchObject({ encryptionConfig: null });
  });

  it.each([
    ['no Logging (never "every log off")', 'logging', { Logging: undefined }],
    ['a log type EKS does not spell', 'logging', { Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'API' }] } } }],
    ['no EncryptionConfig key (never "no key")', 'encryptionConfig', { EncryptionConfig: undefined }],
    ['an encryption entry without its key', 'encryptionConfig', { EncryptionConfig: [{ Resources: ['secrets'] }] }],
    ['no endpoint access flag', 'endpointPublicAccess', { ResourcesVpcConfig: { SubnetIds: [], SecurityGroupIds: [], EndpointPrivateAccess: true, PublicAccessCidrs: [] } }],
    ['a status EKS does not spell', 'status', { ClusterStatus: 'Active' }],
    ['a version that is not Kubernetes 1.N', 'kubernetesMinorVersion', { Version: 'latest' }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
