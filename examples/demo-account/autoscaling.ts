/**
 * EC2 Auto Scaling. Groups: the production web tier run as the controls
 * ask (a launch template with two instance types over two zones, behind a
 * target group whose health checks it uses), and a reports group left on a
 * launch configuration in one zone of the default VPC, behind a Classic
 * Load Balancer it never asks about its instances. Launch configurations:
 * that group's, created with nothing set (every launch default applies:
 * IMDSv1 allowed, the default subnet's public IP, volumes encrypted only if
 * the region says so), and a hardened one in Europe no group uses any more.
 */
import { autoscalingGroup } from '../../src/resources/types/autoscaling-group.js';
import { autoscalingLaunchConfiguration } from '../../src/resources/types/autoscaling-launch-configuration.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, make, subnets, type DemoRegion, type Overrides } from './demo.js';

function group(region: DemoRegion, name: string, tags: Record<string, string>, data: Overrides<typeof autoscalingGroup>): Resource {
  const groupArn = arn.in('autoscaling', region, `autoScalingGroup:5f1c2a7e-3b4d-4e8f-9a60-7b8c9d0e1f2a:autoScalingGroupName/${name}`);
  return make(autoscalingGroup, { id: name, region, arn: groupArn, tags, data: { name, arn: groupArn, ...data } });
}

function launchConfiguration(region: DemoRegion, name: string, data: Overrides<typeof autoscalingLaunchConfiguration>): Resource {
  const configArn = arn.in('autoscaling', region, `launchConfiguration:0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a:launchConfigurationName/${name}`);
  return make(autoscalingLaunchConfiguration, { id: name, region, arn: configArn, data: { name, arn: configArn, ...data } });
}

const webTargetGroup = arn.in('elasticloadbalancing', 'us-east-1', 'targetgroup/prod-web/6d0ecf831eec9f09');

export function autoscalingGroups(): Resource[] {
  return [
    // Launch template through a mixed instances policy, two types, two zones, ELB health checks on the target group.
    group('us-east-1', 'prod-web', { team: 'web' }, {
      createdTime: '2025-02-11T10:00:00.000Z', availabilityZones: ['us-east-1a', 'us-east-1b'], availabilityZoneCount: 2,
      subnetIds: [subnets.prodUsEast1Public, subnets.prodUsEast1Private], healthCheckTypes: ['ELB'], healthCheckGracePeriod: 300,
      loadBalancerNames: [], targetGroupArns: [webTargetGroup], trafficSources: [{ identifier: webTargetGroup, type: 'elbv2' }],
      launchTemplate: null, launchConfigurationName: null,
      mixedInstancesPolicy: { launchTemplate: { id: 'lt-0c3f5a7b9d1e2f408', name: 'prod-web', version: '$Default' }, overrideInstanceTypes: ['m7g.large', 'm6g.large'], overrideInstanceTypeCount: 2, attributeBased: false },
    }),
    // Fails AutoScaling.1, .2, .6 and .9: a launch configuration, one zone, one type, EC2 health checks behind a Classic Load Balancer.
    group('us-east-1', 'legacy-reports', { team: 'reporting' }, {
      createdTime: '2021-06-08T15:30:00.000Z', availabilityZones: ['us-east-1a'], availabilityZoneCount: 1,
      subnetIds: [subnets.defaultUsEast1a], healthCheckTypes: ['EC2'], healthCheckGracePeriod: 0,
      loadBalancerNames: ['legacy-reports'], targetGroupArns: [], trafficSources: [{ identifier: 'legacy-reports', type: 'elb' }],
      launchTemplate: null, launchConfigurationName: 'legacy-reports-2021', mixedInstancesPolicy: null,
    }),
  ];
}

export function autoscalingLaunchConfigurations(): Resource[] {
  return [
    // Nothing set: IMDSv1 allowed, public IP left to the (default) subnet, the root volume's encryption left to the region. Fails AutoScaling.3, Autoscaling.5 and the EBS check; the hop limit passes (default 1).
    launchConfiguration('us-east-1', 'legacy-reports-2021', {
      createdTime: '2021-06-08T15:25:00.000Z', imageId: 'ami-0b5eea76982371e91', instanceType: 't2.medium',
      metadataOptions: { httpTokens: null, httpPutResponseHopLimit: null, httpEndpoint: null }, associatePublicIpAddress: null,
      ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: null, snapshotId: null }],
    }),
    // Hardened, though no group launches from it any more.
    launchConfiguration('eu-west-1', 'batch-workers-2023', {
      createdTime: '2023-04-17T07:45:00.000Z', imageId: 'ami-0d64bb532e0502c46', instanceType: 'c6g.large',
      metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' }, associatePublicIpAddress: false,
      ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true, snapshotId: null }],
    }),
  ];
}
