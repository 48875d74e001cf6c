/**
 * AWS::AutoScaling::AutoScalingGroup items mapped to aws.autoscaling.group on
 * their own (no API to fill from): the same data as the API collector for
 * what the item holds, Config's null as "none", and what it lacks — the
 * traffic sources always, a key not there, a value Auto Scaling does not
 * spell — named unreadable, never defaulted.
 */
import type { AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { groupFields } from '../../aws/autoscaling/map.js';
import { parseItem } from '../item.js';
import { autoscalingGroupFromConfig } from './autoscaling-group.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:0000:autoScalingGroupName/web';

function mapItem(change: Record<string, unknown>): ReturnType<typeof autoscalingGroupFromConfig.map> {
  const configuration = Object.fromEntries(Object.entries({ ...WEB, ...change }).filter(([, v]) => v !== undefined));
  const parsed = parseItem(JSON.stringify({
    resourceId: ARN, resourceType: 'AWS::AutoScaling::AutoScalingGroup', resourceName: 'web', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1',
    configurationItemStatus: 'OK', configuration, supplementaryConfiguration: { LifeCycleHooks: [] }, tags: [{ key: 'team', value: 'web' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return autoscalingGroupFromConfig.map(parsed.item, place);
}

/** A group as Config records it (DescribeAutoScalingGroups' answer, camelCase, null for what is not set); each test replaces what it is about. */
const WEB: Record<string, unknown> = {
  autoScalingGroupName: 'web', autoScalingGroupARN: ARN, minSize: 1, maxSize: 4, desiredCapacity: 2, defaultCooldown: 300, createdTime: '2026-10-01T08:00:00.000Z',
  availabilityZones: ['us-east-1a', 'us-east-1b'], vpczoneIdentifier: 'subnet-a,subnet-b', healthCheckType: 'ELB', healthCheckGracePeriod: 300,
  loadBalancerNames: [], targetGroupARNs: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef'], instances: [], suspendedProcesses: [],
  launchTemplate: null, launchConfigurationName: null, placementGroup: null, status: null, terminationPolicies: ['Default'], newInstancesProtectedFromScaleIn: false,
  mixedInstancesPolicy: {
    launchTemplate: {
      launchTemplateSpecification: { launchTemplateId: 'lt-1', launchTemplateName: 'web', version: '$Default' },
      overrides: [{ instanceType: 'm7g.large', weightedCapacity: null, instanceRequirements: null }, { instanceType: 'm6g.large', weightedCapacity: null, instanceRequirements: null }],
    },
    instancesDistribution: { onDemandBaseCapacity: 1 },
  },
};

/** The same group as DescribeAutoScalingGroups answers it through the SDK. */
const SDK = {
  AutoScalingGroupName: 'web', AutoScalingGroupARN: ARN, CreatedTime: new Date('2026-10-01T08:00:00.000Z'), AvailabilityZones: ['us-east-1a', 'us-east-1b'],
  VPCZoneIdentifier: 'subnet-a,subnet-b', HealthCheckType: 'ELB', HealthCheckGracePeriod: 300, LoadBalancerNames: [], TargetGroupARNs: WEB.targetGroupARNs as string[],
  MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateId: 'lt-1', LaunchTemplateName: 'web', Version: '$Default' }, Overrides: [{ InstanceType: 'm7g.large' }, { InstanceType: 'm6g.large' }] } },
} as unknown as AutoScalingGroup;

const paths = (m: ReturnType<typeof autoscalingGroupFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('autoscalingGroupFromConfig', () => {
  it('gives what the API collector gives from DescribeAutoScalingGroups for the same group, with the item\'s tags', () => {
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.autoscaling.group', id: 'web', arn: ARN, tags: { team: 'web' } });
    const { trafficSources: _sources, ...api } = readFields(groupFields(SDK)).fields;
    expect(mapping.fields).toEqual(api);
    expect(paths(mapping)).toEqual(['trafficSources']);
  });

  it('always names the traffic sources unreadable: the schema lists none', () => {
    expect(mapItem({}).unreadable?.[0]).toEqual({ path: 'trafficSources', reason: 'AWS Config\'s resource schema for AWS::AutoScaling::AutoScalingGroup lists no trafficSources' });
    expect(mapItem({}).fields).not.toHaveProperty('trafficSources');
  });

  it('reads Config\'s null as none: no subnets, no mixed instances policy, and a launch configuration group', () => {
    const mapping = mapItem({ vpczoneIdentifier: null, mixedInstancesPolicy: null, launchConfigurationName: 'legacy-lc' });
    expect(mapping.fields).toMatchObject({ subnetIds: null, mixedInstancesPolicy: null, launchTemplate: null, launchConfigurationName: 'legacy-lc' });
    expect(paths(mapping)).toEqual(['trafficSources']);
  });

  it('reads a launch template, attribute-based overrides and the schema\'s {value} zones', () => {
    const mapping = mapItem({
      launchTemplate: { launchTemplateId: 'lt-2', launchTemplateName: 'batch', version: '3' }, availabilityZones: [{ value: 'us-east-1a' }],
      mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: null, overrides: [{ instanceType: null, instanceRequirements: { vcpuCount: { min: 2 } } }] } },
    });
    expect(mapping.fields).toMatchObject({
      launchTemplate: { id: 'lt-2', name: 'batch', version: '3' }, availabilityZones: ['us-east-1a'], availabilityZoneCount: 1,
      mixedInstancesPolicy: { launchTemplate: null, overrideInstanceTypes: [], overrideInstanceTypeCount: 0, attributeBased: true },
    });
  });

  it.each([
    ['no vpczoneIdentifier key (the API mapping would read no subnets)', 'subnetIds', { vpczoneIdentifier: undefined }],
    ['no launchTemplate key (the API mapping would read none)', 'launchTemplate', { launchTemplate: undefined }],
    ['no launchConfigurationName key', 'launchConfigurationName', { launchConfigurationName: undefined }],
    ['no mixedInstancesPolicy key', 'mixedInstancesPolicy', { mixedInstancesPolicy: undefined }],
    ['a mixed instances policy without its launch template', 'mixedInstancesPolicy', { mixedInstancesPolicy: { instancesDistribution: {} } }],
    ['an override that is not one', 'mixedInstancesPolicy', { mixedInstancesPolicy: { launchTemplate: { launchTemplateSpecification: null, overrides: ['m5.large'] } } }],
    ['a health check type Auto Scaling does not spell', 'healthCheckTypes', { healthCheckType: 'HTTP' }],
    ['a null grace period', 'healthCheckGracePeriod', { healthCheckGracePeriod: null }],
    ['no load balancer names', 'loadBalancerNames', { loadBalancerNames: undefined }],
    ['target groups that are not a list of ARNs', 'targetGroupArns', { targetGroupARNs: 'arn' }],
    ['zones that are not a list', 'availabilityZones', { availabilityZones: 'us-east-1a' }],
    ['a time that is not one', 'createdTime', { createdTime: 'yesterday' }],
  ] as [string, string, Record<string, unknown>][])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toContain(path);
    expect(mapping.fields).not.toHaveProperty(path);
  });

  it('takes the name from the item, and the ARN from its id, when the configuration has neither', () => {
    const { autoScalingGroupName: _name, autoScalingGroupARN: _arn, ...rest } = WEB;
    const parsed = parseItem(JSON.stringify({ resourceId: ARN, resourceType: 'AWS::AutoScaling::AutoScalingGroup', accountId: '123456789012', awsRegion: 'us-east-1', configuration: rest }));
    if (parsed.kind !== 'item') throw new Error('the test item did not parse');
    const mapping = autoscalingGroupFromConfig.map(parsed.item, place);
    expect(mapping.envelope).toEqual({ type: 'aws.autoscaling.group', id: 'web', arn: ARN, tags: {} });
    expect(paths(mapping)).toEqual(['trafficSources', 'name', 'arn']);
  });
});
