import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

const templateSpec = (where: string) => obj({
  id: str(`Launch template id, lt-… (${where}.LaunchTemplateId).`),
  name: str(`Launch template name (${where}.LaunchTemplateName).`),
  version: str(`Version the group launches: a number, $Default or $Latest (${where}.Version).`),
}, `The EC2 launch template (${where}).`);

export const autoscalingGroup = defineResourceType({
  type: 'aws.autoscaling.group',
  service: 'autoscaling',
  awsTypes: ['AWS::AutoScaling::AutoScalingGroup'],
  scope: 'regional',
  description: 'An EC2 Auto Scaling group with its Availability Zones and subnets, health checks, load balancers and other traffic sources, and what it launches instances from (a launch template, a mixed instances policy or a launch configuration).',
  idDescription: 'the Auto Scaling group name',
  data: obj({
    name: str('Group name (AutoScalingGroupName).'),
    arn: str('Group ARN (AutoScalingGroupARN).'),
    createdTime: timestamp('When the group was created (CreatedTime).'),
    availabilityZones: list(str('Availability Zone name, e.g. us-east-1a.'), 'Availability Zones the group launches instances in (AvailabilityZones).'),
    availabilityZoneCount: int('How many different Availability Zones availabilityZones names, read from it so that policies compare a number.', { minimum: 0 }),
    subnetIds: nullable(list(str('Subnet id (subnet-…).'), 'Subnets the group launches instances in (VPCZoneIdentifier, a comma-separated list); null when the group names no subnets and launches into its zones\' default subnets.')),
    healthCheckTypes: list(oneOf(['EC2', 'EBS', 'ELB', 'VPC_LATTICE'], 'Health check type.'), 'Health checks that decide whether an instance is replaced (HealthCheckType, comma-separated); EC2 status checks always apply.'),
    healthCheckGracePeriod: int('Seconds after launch before health checks count (HealthCheckGracePeriod).', { minimum: 0 }),
    loadBalancerNames: list(str('Classic Load Balancer name.'), 'Classic Load Balancers attached to the group (LoadBalancerNames); empty when none.'),
    targetGroupArns: list(str('Target group ARN.'), 'Elastic Load Balancing target groups attached to the group (TargetGroupARNs); empty when none.'),
    trafficSources: list(obj({
      identifier: str('A Classic Load Balancer\'s name or a target group\'s ARN (TrafficSources[].Identifier).'),
      type: oneOf(['elb', 'elbv2', 'vpc-lattice'], 'elb for a Classic Load Balancer, elbv2 for an ELB target group, vpc-lattice for a VPC Lattice target group (TrafficSources[].Type).'),
    }, 'One traffic source.'), 'Traffic sources attached to the group, however they were attached (TrafficSources); empty when none.'),
    launchTemplate: nullable(templateSpec('LaunchTemplate')),
    launchConfigurationName: nullable(str('Launch configuration the group launches from (LaunchConfigurationName); null when it uses a launch template.')),
    mixedInstancesPolicy: nullable(obj({
      launchTemplate: nullable(templateSpec('MixedInstancesPolicy.LaunchTemplate.LaunchTemplateSpecification')),
      overrideInstanceTypes: list(str('Instance type, e.g. m7g.large.'), 'Different instance types the overrides name (MixedInstancesPolicy.LaunchTemplate.Overrides[].InstanceType), first mention first; empty when none does.'),
      overrideInstanceTypeCount: int('How many different instance types overrideInstanceTypes holds.', { minimum: 0 }),
      attributeBased: bool('Whether an override chooses instance types by attributes (Overrides[].InstanceRequirements), which lets EC2 pick among many types.'),
    }, 'The mixed instances policy (MixedInstancesPolicy): the launch template and the instance types the group may launch.')),
  }, 'Auto Scaling group settings.'),
  example: {
    name: 'web',
    arn: 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:1d2f3a4b-5c6d-7e8f-9a0b-1c2d3e4f5a6b:autoScalingGroupName/web',
    createdTime: '2025-06-01T09:00:00.000Z',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    availabilityZoneCount: 2,
    subnetIds: ['subnet-0a1b2c3d4e5f67890', 'subnet-0f1e2d3c4b5a69870'],
    healthCheckTypes: ['ELB'],
    healthCheckGracePeriod: 300,
    loadBalancerNames: [],
    targetGroupArns: ['arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef'],
    trafficSources: [{ identifier: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', type: 'elbv2' }],
    launchTemplate: null,
    launchConfigurationName: null,
    mixedInstancesPolicy: {
      launchTemplate: { id: 'lt-0a1b2c3d4e5f67890', name: 'web', version: '$Default' },
      overrideInstanceTypes: ['m7g.large', 'm6g.large'],
      overrideInstanceTypeCount: 2,
      attributeBased: false,
    },
  },
});
