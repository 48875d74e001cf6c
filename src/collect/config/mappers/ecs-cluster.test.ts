/**
 * AWS::ECS::Cluster items mapped to aws.ecs.cluster on their own (no API to
 * fill from): the name, ARN and Container Insights as the API collector
 * reads DescribeClusters, the item's tags, and the status (which the item
 * lacks) and a ClusterSettings without its containerInsights entry named
 * unreadable.
 */
import type { Cluster } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { clusterFields } from '../../aws/ecs/map.js';
import { parseItem } from '../item.js';
import { ecsClusterFromConfig } from './ecs-cluster.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:ecs:us-east-1:123456789012:cluster/prod';

function mapItem(change: Record<string, unknown>, envelope: Record<string, unknown> = {}): ReturnType<typeof ecsClusterFromConfig.map> {
  const all: Record<string, unknown> = { ClusterName: 'prod', Arn: ARN, ClusterSettings: [{ Name: 'containerInsights', Value: 'enhanced' }], CapacityProviders: ['FARGATE'], ...change };
  const parsed = parseItem(JSON.stringify({
    resourceId: 'prod', resourceType: 'AWS::ECS::Cluster', resourceName: 'prod', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'platform' }], relationships: [], ...envelope,
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return ecsClusterFromConfig.map(parsed.item, place);
}

const paths = (m: ReturnType<typeof ecsClusterFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('ecsClusterFromConfig', () => {
  it('gives what the API collector gives from DescribeClusters for what the item holds, with the item\'s tags', () => {
    const sdk: Cluster = { clusterArn: ARN, clusterName: 'prod', status: 'ACTIVE', settings: [{ name: 'containerInsights', value: 'enhanced' }] };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.ecs.cluster', id: 'prod', arn: ARN, tags: { team: 'platform' } });
    const { status: _status, ...api } = readFields(clusterFields(sdk)).fields;
    expect(mapping.fields).toEqual({ clusterArn: ARN, ...api });
    expect(paths(mapping)).toEqual(['status']);
  });

  it('reads each Container Insights value ECS documents', () => {
    for (const value of ['enabled', 'disabled', 'enhanced']) {
      expect(mapItem({ ClusterSettings: [{ Name: 'other', Value: 'x' }, { Name: 'containerInsights', Value: value }] }).fields).toMatchObject({ containerInsights: value });
    }
  });

  it('builds the ARN from the cluster name when the item holds none, as ECS spells it', () => {
    const mapping = mapItem({ Arn: undefined }, { arn: undefined });
    expect(mapping.envelope).toMatchObject({ id: 'prod', arn: ARN });
    expect(mapping.fields).toMatchObject({ clusterArn: ARN });
  });

  it.each([
    ['no ClusterSettings (never "not set")', 'containerInsights', { ClusterSettings: undefined }],
    ['a null ClusterSettings', 'containerInsights', { ClusterSettings: null }],
    ['an empty ClusterSettings (not verified to mean "not set")', 'containerInsights', { ClusterSettings: [] }],
    ['a containerInsights entry without its value', 'containerInsights', { ClusterSettings: [{ Name: 'containerInsights' }] }],
    ['a Container Insights value ECS does not spell', 'containerInsights', { ClusterSettings: [{ Name: 'containerInsights', Value: 'ENABLED' }] }],
    ['no ClusterName', 'clusterName', { ClusterName: undefined }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
