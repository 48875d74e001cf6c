/**
 * EC2 Auto Scaling (query protocol) for the fake account, in every region:
 * two groups, one run as the controls ask (a mixed instances policy over a
 * launch template with two instance types, two zones, ELB health checks on
 * its target group) and one on a launch configuration in one zone with EC2
 * health checks behind a Classic Load Balancer; and two launch
 * configurations, one hardened and one created with nothing set. Both
 * listings page by MaxRecords (50 by default, 100 at most), as Auto
 * Scaling does.
 */
import { ACCOUNT, ec2Id, type Estate } from './estate.js';
import { elements, offsetOf, page, pageSize, queryAnswer, type Answer, type WireRequest } from './wire.js';

const NS = 'http://autoscaling.amazonaws.com/doc/2011-01-01/';
const GROUPS_PER_REGION = 2;
const CONFIGURATIONS_PER_REGION = 2;
const members = (list: readonly string[]): string => list.map((m) => `<member>${m}</member>`).join('');
const next = (token: number | undefined): string => (token === undefined ? '' : `<NextToken>t${token}</NextToken>`);

const groupName = (r: number, i: number): string => `bench-${r}-asg-${i}`;
const configurationName = (r: number, i: number): string => `bench-${r}-lc-${i}`;

/** Group i of region r, as both Auto Scaling's answer and AWS Config's item (config.ts) describe it. */
export interface GroupModel {
  readonly name: string; readonly arn: string; readonly hardened: boolean; readonly zones: string[]; readonly subnet: string; readonly targetGroup: string;
  readonly launchTemplateId: string; readonly instanceTypes: string[]; readonly launchConfigurationName: string; readonly tags: Record<string, string>;
}

export function groupModels(region: string, r: number): GroupModel[] {
  return Array.from({ length: GROUPS_PER_REGION }, (_, i) => {
    const name = groupName(r, i);
    const hardened = i % 2 === 0;
    return {
      name, arn: `arn:aws:autoscaling:${region}:${ACCOUNT}:autoScalingGroup:00000000-0000-4000-8000-00000000000${i}:autoScalingGroupName/${name}`, hardened,
      zones: hardened ? [`${region}a`, `${region}b`] : [`${region}a`], subnet: ec2Id('subnet', r, 0), targetGroup: `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:targetgroup/${name}/0123456789abcdef`,
      launchTemplateId: 'lt-0a1b2c3d4e5f67890', instanceTypes: ['m7g.large', 'm6g.large'], launchConfigurationName: configurationName(r, 1), tags: hardened ? { team: 'web' } : {},
    };
  });
}

function group(g: GroupModel): string {
  const { name, hardened, targetGroup } = g;
  return elements({
    AutoScalingGroupName: name, AutoScalingGroupARN: g.arn,
    MinSize: 1, MaxSize: 4, DesiredCapacity: 2, DefaultCooldown: 300, CreatedTime: '2025-03-01T10:00:00.000Z',
    HealthCheckType: hardened ? 'ELB' : 'EC2', HealthCheckGracePeriod: hardened ? 300 : 0, VPCZoneIdentifier: g.subnet,
  }) + `<AvailabilityZones>${members(g.zones)}</AvailabilityZones><Instances/>`
    + (hardened
      ? `<LoadBalancerNames/><TargetGroupARNs>${members([targetGroup])}</TargetGroupARNs><TrafficSources>${members([elements({ Identifier: targetGroup, Type: 'elbv2' })])}</TrafficSources>`
        + `<MixedInstancesPolicy><LaunchTemplate><LaunchTemplateSpecification>${elements({ LaunchTemplateId: g.launchTemplateId, LaunchTemplateName: name, Version: '$Default' })}</LaunchTemplateSpecification>`
        + `<Overrides>${members(g.instanceTypes.map((InstanceType) => elements({ InstanceType })))}</Overrides></LaunchTemplate></MixedInstancesPolicy>`
        + `<Tags>${members(Object.entries(g.tags).map(([Key, Value]) => elements({ ResourceId: name, ResourceType: 'auto-scaling-group', Key, Value, PropagateAtLaunch: true })))}</Tags>`
      : `<LoadBalancerNames>${members([name])}</LoadBalancerNames><TargetGroupARNs/><TrafficSources>${members([elements({ Identifier: name, Type: 'elb' })])}</TrafficSources>`
        + `<LaunchConfigurationName>${g.launchConfigurationName}</LaunchConfigurationName><Tags/>`);
}

/** Launch configuration i of region r, as both Auto Scaling's answer and AWS Config's item (config.ts) describe it: the hardened one sets every option, the other none. */
export interface LaunchConfigurationModel { readonly name: string; readonly arn: string; readonly hardened: boolean }

export function launchConfigurationModels(region: string, r: number): LaunchConfigurationModel[] {
  return Array.from({ length: CONFIGURATIONS_PER_REGION }, (_, i) => {
    const name = configurationName(r, i);
    return { name, arn: `arn:aws:autoscaling:${region}:${ACCOUNT}:launchConfiguration:00000000-0000-4000-8000-00000000000${i}:launchConfigurationName/${name}`, hardened: i % 2 === 0 };
  });
}

function configuration(m: LaunchConfigurationModel): string {
  return elements({
    LaunchConfigurationName: m.name, LaunchConfigurationARN: m.arn,
    ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', CreatedTime: '2023-05-01T10:00:00.000Z',
  }) + '<SecurityGroups/><ClassicLinkVPCSecurityGroups/>'
    + (m.hardened
      ? `<MetadataOptions>${elements({ HttpTokens: 'required', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' })}</MetadataOptions><AssociatePublicIpAddress>false</AssociatePublicIpAddress>`
        + `<BlockDeviceMappings>${members([`<DeviceName>/dev/xvda</DeviceName><Ebs>${elements({ VolumeSize: 8, Encrypted: true })}</Ebs>`])}</BlockDeviceMappings>`
      : `<BlockDeviceMappings>${members([`<DeviceName>/dev/xvda</DeviceName><Ebs>${elements({ VolumeSize: 8 })}</Ebs>`])}</BlockDeviceMappings>`);
}

export function answerAutoScaling(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const r = estate.regionIndex(region);
  const size = pageSize(params.MaxRecords, 50, 100);
  if (operation === 'DescribeAutoScalingGroups') {
    const all = r < 0 ? [] : groupModels(region, r).map(group);
    const listed = page(all, offsetOf('t', params.NextToken), size);
    return queryAnswer(operation, NS, `<AutoScalingGroups>${members(listed.items)}</AutoScalingGroups>${next(listed.next)}`);
  }
  if (operation === 'DescribeLaunchConfigurations') {
    const all = r < 0 ? [] : launchConfigurationModels(region, r).map(configuration);
    const listed = page(all, offsetOf('t', params.NextToken), size);
    return queryAnswer(operation, NS, `<LaunchConfigurations>${members(listed.items)}</LaunchConfigurations>${next(listed.next)}`);
  }
  return queryAnswer(operation, NS, '');
}
