/**
 * Auto Scaling groups and launch configurations collected by `assay
 * collect` and judged by a live `assay scan` — real processes, configured
 * by environment only — against the moto emulator, seeded through the SDK
 * in us-east-1: a group on a launch template behind a target group with ELB
 * health checks, a mixed instances group with two instance types, and a
 * one-zone group on a launch configuration behind a Classic Load Balancer;
 * a hardened launch configuration and one created with nothing set.
 *
 * What moto 5.2.1 answers and leaves out, and what Assay must make of it:
 * DescribeAutoScalingGroups answers no TrafficSources, so trafficSources is
 * unknown on every group (a recorded failure, never "none"), and the ELB
 * health check policy is ERROR on a group that has no other load balancer.
 * A launch template's Version is echoed only when CreateAutoScalingGroup
 * sent one, so the seeds send it. A launch configuration created without
 * AssociatePublicIpAddress is answered with false, where AWS answers
 * nothing (the subnet decides): the seed that relies on the default is
 * judged on moto's false. Moto cannot attach a target group to a mixed
 * instances group (CreateAutoScalingGroup answers TargetGroupNotFound), so
 * the mixed group has no load balancer. A grace period of 0 is stored as
 * moto's 300, so the seeds give other values.
 */
import { join } from 'node:path';
import { AutoScalingClient, CreateAutoScalingGroupCommand, CreateLaunchConfigurationCommand } from '@aws-sdk/client-auto-scaling';
import { CreateLaunchTemplateCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateLoadBalancerCommand, ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing';
import { CreateTargetGroupCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

const IMAGE = 'ami-12c6146b';
let targetGroupArn = '';

async function seed(moto: Moto): Promise<void> {
  const config = { endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } };
  const ec2 = new EC2Client(config);
  const autoscaling = new AutoScalingClient(config);
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId;
  targetGroupArn = (await new ElasticLoadBalancingV2Client(config).send(new CreateTargetGroupCommand({ Name: 'web', Protocol: 'HTTP', Port: 80, VpcId: vpcId }))).TargetGroups?.[0]?.TargetGroupArn ?? '';
  await new ElasticLoadBalancingClient(config).send(new CreateLoadBalancerCommand({ LoadBalancerName: 'legacy', Listeners: [{ Protocol: 'HTTP', LoadBalancerPort: 80, InstancePort: 80 }], AvailabilityZones: ['us-east-1a'] }));
  await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: IMAGE, InstanceType: 't3.micro' } }));
  // Every setting a policy reads, stated.
  await autoscaling.send(new CreateLaunchConfigurationCommand({
    LaunchConfigurationName: 'hardened', ImageId: IMAGE, InstanceType: 't3.micro', AssociatePublicIpAddress: false,
    MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
    BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, Encrypted: true } }],
  }));
  // Only what CreateLaunchConfiguration requires.
  await autoscaling.send(new CreateLaunchConfigurationCommand({ LaunchConfigurationName: 'bare', ImageId: IMAGE, InstanceType: 't3.micro' }));
  await autoscaling.send(new CreateAutoScalingGroupCommand({
    AutoScalingGroupName: 'web', MinSize: 0, MaxSize: 2, DesiredCapacity: 0, AvailabilityZones: ['us-east-1a', 'us-east-1b'],
    LaunchTemplate: { LaunchTemplateName: 'web', Version: '$Default' }, TargetGroupARNs: [targetGroupArn], HealthCheckType: 'ELB', HealthCheckGracePeriod: 300,
    Tags: [{ Key: 'team', Value: 'web', PropagateAtLaunch: true }],
  }));
  await autoscaling.send(new CreateAutoScalingGroupCommand({
    AutoScalingGroupName: 'mixed', MinSize: 0, MaxSize: 2, DesiredCapacity: 0, AvailabilityZones: ['us-east-1a', 'us-east-1b'], HealthCheckType: 'EC2', HealthCheckGracePeriod: 60,
    MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateName: 'web', Version: '$Default' }, Overrides: [{ InstanceType: 'm7g.large' }, { InstanceType: 'm6g.large' }] } },
  }));
  await autoscaling.send(new CreateAutoScalingGroupCommand({
    AutoScalingGroupName: 'legacy', MinSize: 0, MaxSize: 1, DesiredCapacity: 0, AvailabilityZones: ['us-east-1a'], LaunchConfigurationName: 'bare',
    LoadBalancerNames: ['legacy'], HealthCheckType: 'EC2', HealthCheckGracePeriod: 30,
  }));
}

describe.skipIf(!ready)('Auto Scaling against the moto emulator', () => {
  const fixture = useMoto('assay-moto-autoscaling-', seed);

  it('assay collect writes every fixture.seeded group and launch configuration, and what moto leaves out as unknown', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '--types', 'aws.autoscaling.group,aws.autoscaling.launch-configuration', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const of = (type: string) => snapshot.resources.filter((r) => r.type === type);
    const groups = of('aws.autoscaling.group');
    const configs = of('aws.autoscaling.launch-configuration');
    expect(groups.map((g) => g.id).sort()).toEqual(['legacy', 'mixed', 'web']);
    expect(configs.map((c) => c.id).sort()).toEqual(['bare', 'hardened']);
    expect(snapshot.coverage.filter((c) => c.type.startsWith('aws.autoscaling.')).map((c) => `${c.type}:${c.status}`).sort())
      .toEqual(['aws.autoscaling.group:complete', 'aws.autoscaling.launch-configuration:complete']);
    const group = (id: string) => groups.find((g) => g.id === id);

    expect(group('web')).toMatchObject({ tags: { team: 'web' } });
    expect(group('web')?.data).toMatchObject({
      name: 'web', availabilityZones: ['us-east-1a', 'us-east-1b'], availabilityZoneCount: 2, subnetIds: null, healthCheckTypes: ['ELB'], healthCheckGracePeriod: 300,
      loadBalancerNames: [], targetGroupArns: [targetGroupArn], launchTemplate: { name: 'web', version: '$Default' }, launchConfigurationName: null, mixedInstancesPolicy: null,
    });
    expect(group('mixed')?.data).toMatchObject({
      availabilityZoneCount: 2, healthCheckTypes: ['EC2'], launchTemplate: null,
      mixedInstancesPolicy: { launchTemplate: { name: 'web', version: '$Default' }, overrideInstanceTypes: ['m7g.large', 'm6g.large'], overrideInstanceTypeCount: 2, attributeBased: false },
    });
    expect(group('legacy')?.data).toMatchObject({
      availabilityZoneCount: 1, healthCheckTypes: ['EC2'], healthCheckGracePeriod: 30, loadBalancerNames: ['legacy'], targetGroupArns: [],
      launchTemplate: null, launchConfigurationName: 'bare', mixedInstancesPolicy: null,
    });
    // moto answers no TrafficSources: unknown on every group, never an empty list.
    for (const g of groups) {
      expect(g.errors).toEqual([expect.objectContaining({ path: 'trafficSources', code: 'IncompleteResponse', operation: 'autoscaling:DescribeAutoScalingGroups' })]);
      expect(g.data).not.toHaveProperty('trafficSources');
    }

    const config = (id: string) => configs.find((c) => c.id === id);
    expect(config('hardened')?.errors).toBeUndefined();
    expect(config('hardened')?.data).toMatchObject({
      imageId: IMAGE, instanceType: 't3.micro', metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' },
      associatePublicIpAddress: false, ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true, snapshotId: null }],
    });
    // No MetadataOptions in moto's answer: each option null (the launch default applies). moto answers AssociatePublicIpAddress false unasked.
    expect(config('bare')?.errors).toBeUndefined();
    expect(config('bare')?.data).toMatchObject({ metadataOptions: { httpTokens: null, httpPutResponseHopLimit: null, httpEndpoint: null }, associatePublicIpAddress: false, ebsVolumes: [] });
  });

  it('a live assay scan gives the Auto Scaling verdicts, ERROR where moto left traffic sources out', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--pack', 'assay-workloads', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const statusOf = (policy: string, id: string): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-autoscaling-group-elb-health-check', 'web')).toBe('PASS');
    expect(statusOf('aws-autoscaling-group-elb-health-check', 'legacy')).toBe('FAIL');
    expect(statusOf('aws-autoscaling-group-elb-health-check', 'mixed')).toBe('ERROR');
    expect(statusOf('aws-autoscaling-group-multi-az', 'web')).toBe('PASS');
    expect(statusOf('aws-autoscaling-group-multi-az', 'legacy')).toBe('FAIL');
    expect(statusOf('aws-autoscaling-group-multiple-instance-types', 'mixed')).toBe('PASS');
    expect(statusOf('aws-autoscaling-group-multiple-instance-types', 'web')).toBe('FAIL');
    expect(statusOf('aws-autoscaling-group-launch-template', 'web')).toBe('PASS');
    expect(statusOf('aws-autoscaling-group-launch-template', 'mixed')).toBe('PASS');
    expect(statusOf('aws-autoscaling-group-launch-template', 'legacy')).toBe('FAIL');
    expect(statusOf('aws-autoscaling-launch-configuration-imdsv2-required', 'hardened')).toBe('PASS');
    expect(statusOf('aws-autoscaling-launch-configuration-imdsv2-required', 'bare')).toBe('FAIL');
    expect(statusOf('aws-autoscaling-launch-configuration-imds-hop-limit', 'bare')).toBe('PASS');
    expect(statusOf('aws-autoscaling-launch-configuration-no-public-ip', 'hardened')).toBe('PASS');
    expect(statusOf('aws-autoscaling-launch-configuration-no-public-ip', 'bare')).toBe('PASS');
    expect(statusOf('aws-autoscaling-launch-configuration-ebs-encrypted', 'hardened')).toBe('PASS');
  });
});
