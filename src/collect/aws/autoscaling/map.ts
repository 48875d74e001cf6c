/**
 * Pure mapping from EC2 Auto Scaling answers to aws.autoscaling.group and
 * aws.autoscaling.launch-configuration, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - A group's LaunchTemplate, LaunchConfigurationName and
 *   MixedInstancesPolicy are null when absent: a group launches from
 *   exactly one of them, and DescribeAutoScalingGroups answers only the
 *   one it has. VPCZoneIdentifier absent or empty is null: the group names
 *   no subnets. Overrides absent are none.
 * - LoadBalancerNames, TargetGroupARNs and TrafficSources are answered for
 *   every group (an empty list as an empty element), so their absence is
 *   unknown, never "no load balancer".
 * - In a launch configuration, MetadataOptions and each of its members,
 *   AssociatePublicIpAddress and an EBS mapping's Encrypted are sent only
 *   when the launch configuration was created with them; absent is null,
 *   which the catalog describes as "the launch-time default applies" (the
 *   policies decide what that default means for each control).
 *   BlockDeviceMappings is answered for every launch configuration, so its
 *   absence is unknown.
 */
import type { AutoScalingGroup, LaunchConfiguration, LaunchTemplateSpecification } from '@aws-sdk/client-auto-scaling';
import { emptyToNull, iso, knownValue, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type GroupData = CatalogData['aws.autoscaling.group'];
type LaunchConfigurationData = CatalogData['aws.autoscaling.launch-configuration'];

const HEALTH_CHECK_TYPES = ['EC2', 'EBS', 'ELB', 'VPC_LATTICE'] as const;
const TRAFFIC_SOURCE_TYPES = ['elb', 'elbv2', 'vpc-lattice'] as const;

const strings = (values: readonly string[] | undefined, what: string): string[] => required(values, what).map((v) => text(v, `${what}[]`));

/** Comma-separated values (VPCZoneIdentifier, HealthCheckType), trimmed, empty parts dropped. */
export const commaList = (value: string): string[] => value.split(',').map((part) => part.trim()).filter((part) => part !== '');

function templateSpec(spec: LaunchTemplateSpecification | undefined, what: string): GroupData['launchTemplate'] {
  if (spec === undefined) return null;
  return { id: text(spec.LaunchTemplateId, `${what}.LaunchTemplateId`), name: text(spec.LaunchTemplateName, `${what}.LaunchTemplateName`), version: text(spec.Version, `${what}.Version`) };
}

/** The mixed instances policy: its launch template, the distinct override instance types, and whether any override picks types by attributes. */
export function mixedInstancesPolicy(group: AutoScalingGroup): GroupData['mixedInstancesPolicy'] {
  const policy = group.MixedInstancesPolicy;
  if (policy === undefined) return null;
  const overrides = policy.LaunchTemplate?.Overrides ?? [];
  const types: string[] = [];
  for (const override of overrides) {
    const type = override.InstanceType;
    if (type !== undefined && type !== '' && !types.includes(type)) types.push(type);
    if ((type === undefined || type === '') && override.InstanceRequirements === undefined) {
      throw new UnreadableAnswer('IncompleteResponse', 'the answer has a MixedInstancesPolicy override with neither InstanceType nor InstanceRequirements');
    }
  }
  return {
    launchTemplate: templateSpec(policy.LaunchTemplate?.LaunchTemplateSpecification, 'MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification'),
    overrideInstanceTypes: types,
    overrideInstanceTypeCount: types.length,
    attributeBased: overrides.some((o) => o.InstanceRequirements !== undefined),
  };
}

/** Every field DescribeAutoScalingGroups fills. */
export function groupFields(group: AutoScalingGroup): ReadersOf<GroupData> {
  return {
    name: () => text(group.AutoScalingGroupName, 'AutoScalingGroupName'),
    arn: () => text(group.AutoScalingGroupARN, 'AutoScalingGroupARN'),
    createdTime: () => iso(group.CreatedTime, 'CreatedTime'),
    availabilityZones: () => strings(group.AvailabilityZones, 'AvailabilityZones'),
    availabilityZoneCount: () => new Set(strings(group.AvailabilityZones, 'AvailabilityZones')).size,
    subnetIds: () => {
      const subnets = commaList(group.VPCZoneIdentifier ?? '');
      return subnets.length === 0 ? null : subnets;
    },
    healthCheckTypes: () => {
      const types = commaList(text(group.HealthCheckType, 'HealthCheckType'));
      return types.map((type) => knownValue(type, HEALTH_CHECK_TYPES, 'HealthCheckType'));
    },
    healthCheckGracePeriod: () => required(group.HealthCheckGracePeriod, 'HealthCheckGracePeriod'),
    loadBalancerNames: () => strings(group.LoadBalancerNames, 'LoadBalancerNames'),
    targetGroupArns: () => strings(group.TargetGroupARNs, 'TargetGroupARNs'),
    trafficSources: () => required(group.TrafficSources, 'TrafficSources').map((source) => ({
      identifier: text(source.Identifier, 'TrafficSources[].Identifier'),
      type: knownValue(source.Type, TRAFFIC_SOURCE_TYPES, 'TrafficSources[].Type'),
    })),
    launchTemplate: () => templateSpec(group.LaunchTemplate, 'LaunchTemplate'),
    launchConfigurationName: () => emptyToNull(group.LaunchConfigurationName),
    mixedInstancesPolicy: () => mixedInstancesPolicy(group),
  };
}

/** Every field DescribeLaunchConfigurations fills. */
export function launchConfigurationFields(config: LaunchConfiguration): ReadersOf<LaunchConfigurationData> {
  const imds = config.MetadataOptions;
  return {
    name: () => text(config.LaunchConfigurationName, 'LaunchConfigurationName'),
    arn: () => text(config.LaunchConfigurationARN, 'LaunchConfigurationARN'),
    createdTime: () => iso(config.CreatedTime, 'CreatedTime'),
    imageId: () => text(config.ImageId, 'ImageId'),
    instanceType: () => text(config.InstanceType, 'InstanceType'),
    'metadataOptions.httpTokens': () => (imds?.HttpTokens === undefined ? null : knownValue(imds.HttpTokens, ['optional', 'required'], 'MetadataOptions.HttpTokens')),
    'metadataOptions.httpPutResponseHopLimit': () => imds?.HttpPutResponseHopLimit ?? null,
    'metadataOptions.httpEndpoint': () => (imds?.HttpEndpoint === undefined ? null : knownValue(imds.HttpEndpoint, ['enabled', 'disabled'], 'MetadataOptions.HttpEndpoint')),
    associatePublicIpAddress: () => config.AssociatePublicIpAddress ?? null,
    ebsVolumes: () => required(config.BlockDeviceMappings, 'BlockDeviceMappings').flatMap((mapping) => (mapping.Ebs === undefined ? [] : [{
      deviceName: text(mapping.DeviceName, 'BlockDeviceMappings[].DeviceName'),
      encrypted: mapping.Ebs.Encrypted ?? null,
      snapshotId: emptyToNull(mapping.Ebs.SnapshotId),
    }])),
  };
}

export const GROUP_FIELDS = [
  'name', 'arn', 'createdTime', 'availabilityZones', 'availabilityZoneCount', 'subnetIds', 'healthCheckTypes', 'healthCheckGracePeriod',
  'loadBalancerNames', 'targetGroupArns', 'trafficSources', 'launchTemplate', 'launchConfigurationName', 'mixedInstancesPolicy',
] as const;

export const LAUNCH_CONFIGURATION_FIELDS = ['name', 'arn', 'createdTime', 'imageId', 'instanceType', 'metadataOptions', 'associatePublicIpAddress', 'ebsVolumes'] as const;
