/**
 * AWS::ECS::Service items mapped to aws.ecs.service on their own (no API to
 * fill from): what the item holds as the API collector reads
 * DescribeServices, a launch type as no capacity providers, a null
 * NetworkConfiguration as none, and what the item lacks (status, platform
 * family, and values it does not hold as ECS answers them) named unreadable.
 */
import type { Service } from '@aws-sdk/client-ecs';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { serviceFields } from '../../aws/ecs/map.js';
import { parseItem } from '../item.js';
import { ecsServiceFromConfig } from './ecs-service.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const CLUSTER = 'arn:aws:ecs:us-east-1:123456789012:cluster/prod';
const ARN = 'arn:aws:ecs:us-east-1:123456789012:service/prod/api';
const TASK = 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:7';

function mapItem(change: Record<string, unknown>, envelope: Record<string, unknown> = {}): ReturnType<typeof ecsServiceFromConfig.map> {
  const all: Record<string, unknown> = {
    ServiceName: 'api', Name: 'api', ServiceArn: ARN, Cluster: CLUSTER, LaunchType: 'FARGATE', PlatformVersion: 'LATEST', TaskDefinition: TASK, DesiredCount: 2,
    NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'ENABLED', Subnets: ['subnet-a'], SecurityGroups: ['sg-a'] } }, ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: ARN, resourceType: 'AWS::ECS::Service', resourceName: 'api', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'web' }], relationships: [], ...envelope,
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return ecsServiceFromConfig.map(parsed.item, place);
}

const NOT_IN_ITEM = ['status', 'platformFamily'];
const paths = (m: ReturnType<typeof ecsServiceFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);
const apiFields = (service: Service): Record<string, unknown> => Object.fromEntries(Object.entries(readFields(serviceFields(service)).fields).filter(([k]) => !NOT_IN_ITEM.includes(k)));

describe('ecsServiceFromConfig', () => {
  it('gives what the API collector gives from DescribeServices for what the item holds, with the item\'s tags', () => {
    const sdk: Service = {
      serviceArn: ARN, serviceName: 'api', clusterArn: CLUSTER, status: 'ACTIVE', launchType: 'FARGATE', platformVersion: 'LATEST', platformFamily: 'Linux', taskDefinition: TASK,
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-a'], securityGroups: ['sg-a'], assignPublicIp: 'ENABLED' } },
    };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.ecs.service', id: 'prod/api', arn: ARN, tags: { team: 'web' } });
    expect(mapping.fields).toEqual({ serviceArn: ARN, clusterArn: CLUSTER, ...apiFields(sdk) });
    expect(mapping.fields).toMatchObject({ launchType: 'FARGATE', capacityProviders: [], assignPublicIp: 'ENABLED' });
    expect(paths(mapping)).toEqual(NOT_IN_ITEM);
  });

  it('reads a capacity provider strategy as no launch type, and a null NetworkConfiguration as no awsvpc interface', () => {
    const spot = mapItem({ LaunchType: undefined, CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1, Base: 0 }], NetworkConfiguration: null });
    expect(spot.fields).toMatchObject({ launchType: null, capacityProviders: ['FARGATE_SPOT'], platformVersion: 'LATEST', assignPublicIp: null });
    expect(paths(spot)).toEqual(NOT_IN_ITEM);
    expect(mapItem({ NetworkConfiguration: { AwsvpcConfiguration: null } }).fields).toMatchObject({ assignPublicIp: null });
  });

  it('reads an EC2 service without a platform version as not on Fargate, and a cluster name as the cluster\'s ARN', () => {
    const ec2 = mapItem({ LaunchType: 'EC2', PlatformVersion: undefined, Cluster: 'prod' });
    expect(ec2.fields).toMatchObject({ launchType: 'EC2', platformVersion: null, clusterArn: CLUSTER });
    expect(paths(ec2)).toEqual(NOT_IN_ITEM);
  });

  it('takes the cluster from a long-format service ARN when the item names none', () => {
    expect(mapItem({ Cluster: undefined }).fields).toMatchObject({ clusterArn: CLUSTER });
    const short = mapItem({ Cluster: undefined, ServiceArn: 'arn:aws:ecs:us-east-1:123456789012:service/api' }, { arn: 'arn:aws:ecs:us-east-1:123456789012:service/api' });
    expect(paths(short)).toContain('clusterArn');
    expect(short.fields).not.toHaveProperty('clusterArn');
  });

  it.each([
    ['neither LaunchType nor a strategy (the cluster default)', ['launchType', 'capacityProviders'], { LaunchType: undefined }],
    ['an empty strategy without a LaunchType', ['launchType', 'capacityProviders'], { LaunchType: undefined, CapacityProviderStrategy: [] }],
    ['a strategy entry without its provider', ['launchType', 'capacityProviders'], { LaunchType: undefined, CapacityProviderStrategy: [{ Weight: 1 }] }],
    ['a launch type ECS does not spell', ['launchType'], { LaunchType: 'fargate' }],
    ['no PlatformVersion on Fargate (never "not on Fargate")', ['platformVersion'], { PlatformVersion: undefined }],
    ['no PlatformVersion on a capacity provider strategy', ['platformVersion'], { LaunchType: undefined, PlatformVersion: undefined, CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE' }] }],
    ['no NetworkConfiguration key (never "no interface")', ['assignPublicIp'], { NetworkConfiguration: undefined }],
    ['an awsvpc configuration without AssignPublicIp', ['assignPublicIp'], { NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-a'] } } }],
    ['a task definition given as family:revision', ['taskDefinition'], { TaskDefinition: 'api:7' }],
    ['no TaskDefinition', ['taskDefinition'], { TaskDefinition: undefined }],
  ])('names %s unreadable, never a default', (_what, unread, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toEqual([...NOT_IN_ITEM, ...unread]);
    for (const path of unread) expect(mapping.fields).not.toHaveProperty(path);
  });
});
