/** autoscalingGroups through the real Auto Scaling client, fed recorded query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { autoscalingGroups } from './groups.js';
import { members } from '../../../../test/support/iam-xml.js';
import { pagedAutoScaling } from '../../../../test/support/autoscaling-xml.js';
import { queryError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ARN = (name: string): string => `arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:0000:autoScalingGroupName/${name}`;
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';
const group = (name: string, extra: string, lists = '<LoadBalancerNames/><TargetGroupARNs/><TrafficSources/>'): string =>
  `<AutoScalingGroupName>${name}</AutoScalingGroupName><AutoScalingGroupARN>${ARN(name)}</AutoScalingGroupARN><MinSize>1</MinSize><MaxSize>4</MaxSize><DesiredCapacity>2</DesiredCapacity>`
  + `<DefaultCooldown>300</DefaultCooldown><CreatedTime>2026-10-01T08:00:00.000Z</CreatedTime><Instances/>${extra.includes('<Tags>') ? '' : '<Tags/>'}${lists}${extra}`;

// A mixed instances group behind a target group with ELB health checks, across two zones.
const web = group('web',
  `<AvailabilityZones>${members(['us-east-1a', 'us-east-1b'])}</AvailabilityZones><VPCZoneIdentifier>subnet-a,subnet-b</VPCZoneIdentifier>`
  + '<HealthCheckType>ELB</HealthCheckType><HealthCheckGracePeriod>300</HealthCheckGracePeriod>'
  + '<MixedInstancesPolicy><LaunchTemplate><LaunchTemplateSpecification><LaunchTemplateId>lt-1</LaunchTemplateId><LaunchTemplateName>web</LaunchTemplateName><Version>$Default</Version></LaunchTemplateSpecification>'
  + `<Overrides>${members(['<InstanceType>m7g.large</InstanceType>', '<InstanceType>m6g.large</InstanceType>', '<InstanceType>m7g.large</InstanceType><WeightedCapacity>2</WeightedCapacity>'])}</Overrides></LaunchTemplate>`
  + '<InstancesDistribution><OnDemandBaseCapacity>1</OnDemandBaseCapacity></InstancesDistribution></MixedInstancesPolicy>'
  + `<Tags>${members(['<ResourceId>web</ResourceId><ResourceType>auto-scaling-group</ResourceType><Key>team</Key><Value>web</Value><PropagateAtLaunch>true</PropagateAtLaunch>'])}</Tags>`,
  `<LoadBalancerNames/><TargetGroupARNs>${members([TG])}</TargetGroupARNs><TrafficSources>${members([`<Identifier>${TG}</Identifier><Type>elbv2</Type>`])}</TrafficSources>`);
// A launch configuration group in one zone with EC2 health checks and a Classic Load Balancer.
const legacy = group('legacy',
  `<AvailabilityZones>${members(['us-east-1a'])}</AvailabilityZones><HealthCheckType>EC2</HealthCheckType><HealthCheckGracePeriod>0</HealthCheckGracePeriod>`
  + '<LaunchConfigurationName>legacy-lc</LaunchConfigurationName>',
  `<LoadBalancerNames>${members(['classic'])}</LoadBalancerNames><TargetGroupARNs/><TrafficSources>${members(['<Identifier>classic</Identifier><Type>elb</Type>'])}</TrafficSources>`);
// A launch template group choosing instance types by attributes, with two health checks.
const batch = group('batch',
  `<AvailabilityZones>${members(['us-east-1a', 'us-east-1b', 'us-east-1c'])}</AvailabilityZones><VPCZoneIdentifier></VPCZoneIdentifier>`
  + '<HealthCheckType>EC2,EBS</HealthCheckType><HealthCheckGracePeriod>60</HealthCheckGracePeriod>'
  + '<LaunchTemplate><LaunchTemplateId>lt-2</LaunchTemplateId><LaunchTemplateName>batch</LaunchTemplateName><Version>3</Version></LaunchTemplate>'
  + `<MixedInstancesPolicy><LaunchTemplate><Overrides>${members(['<InstanceRequirements><VCpuCount><Min>2</Min></VCpuCount><MemoryMiB><Min>4096</Min></MemoryMiB></InstanceRequirements>'])}</Overrides></LaunchTemplate></MixedInstancesPolicy>`);

const listing = pagedAutoScaling('DescribeAutoScalingGroups', 'AutoScalingGroups', [[web, legacy], [batch]]);

describe('autoscalingGroups', () => {
  it('lists groups across pages and maps each one', async () => {
    const run = await collectRecorded([autoscalingGroups], [regionsRoute(['us-east-1']), listing], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['batch', 'legacy', 'web']);
    const found = (id: string) => run.snapshot.resources.find((r) => r.id === id);
    expect(found('web')).toMatchObject({ type: 'aws.autoscaling.group', arn: ARN('web'), tags: { team: 'web' } });
    expect(found('web')?.errors).toBeUndefined();
    expect(found('web')?.data).toEqual({
      name: 'web', arn: ARN('web'), createdTime: '2026-10-01T08:00:00.000Z', availabilityZones: ['us-east-1a', 'us-east-1b'], availabilityZoneCount: 2,
      subnetIds: ['subnet-a', 'subnet-b'], healthCheckTypes: ['ELB'], healthCheckGracePeriod: 300, loadBalancerNames: [], targetGroupArns: [TG],
      trafficSources: [{ identifier: TG, type: 'elbv2' }], launchTemplate: null, launchConfigurationName: null,
      mixedInstancesPolicy: { launchTemplate: { id: 'lt-1', name: 'web', version: '$Default' }, overrideInstanceTypes: ['m7g.large', 'm6g.large'], overrideInstanceTypeCount: 2, attributeBased: false },
    });
    expect(found('legacy')?.data).toMatchObject({
      availabilityZoneCount: 1, subnetIds: null, healthCheckTypes: ['EC2'], healthCheckGracePeriod: 0, loadBalancerNames: ['classic'], targetGroupArns: [],
      trafficSources: [{ identifier: 'classic', type: 'elb' }], launchTemplate: null, launchConfigurationName: 'legacy-lc', mixedInstancesPolicy: null,
    });
    expect(found('legacy')?.tags).toEqual({});
    expect(found('batch')?.data).toMatchObject({
      availabilityZoneCount: 3, subnetIds: null, healthCheckTypes: ['EC2', 'EBS'], launchTemplate: { id: 'lt-2', name: 'batch', version: '3' },
      mixedInstancesPolicy: { launchTemplate: null, overrideInstanceTypes: [], overrideInstanceTypeCount: 0, attributeBased: true },
    });
    expect(run.aws.requests.filter((r) => r.action === 'DescribeAutoScalingGroups').map((r) => r.params.NextToken)).toEqual([undefined, 'page-1']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.autoscaling.group', status: 'complete' })]);
  });

  it('leaves a field AWS left out unknown on that group alone, never empty', async () => {
    const partial = group('partial', `<AvailabilityZones>${members(['us-east-1a'])}</AvailabilityZones><HealthCheckType>ELB,SOMETHING_NEW</HealthCheckType><HealthCheckGracePeriod>0</HealthCheckGracePeriod><LaunchConfigurationName>lc</LaunchConfigurationName>`, '<LoadBalancerNames/><TargetGroupARNs/>');
    const run = await collectRecorded([autoscalingGroups], [regionsRoute(['us-east-1']), pagedAutoScaling('DescribeAutoScalingGroups', 'AutoScalingGroups', [[partial]])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const [resource] = run.snapshot.resources;
    expect(resource?.errors?.map((e) => e.path).sort()).toEqual(['healthCheckTypes', 'trafficSources']);
    expect(resource?.data).not.toHaveProperty('trafficSources');
    expect(resource?.data).toMatchObject({ loadBalancerNames: [], targetGroupArns: [] });
  });

  it('marks coverage failed when the listing is denied, emitting no group', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.action === 'DescribeAutoScalingGroups', respond: queryError('AccessDenied', 'User is not authorized to perform: autoscaling:DescribeAutoScalingGroups', 403) };
    const run = await collectRecorded([autoscalingGroups], [regionsRoute(['us-east-1']), denied], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.autoscaling.group', status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ code: 'AccessDenied', service: 'autoscaling', operation: 'DescribeAutoScalingGroups' })]);
  });
});

describe('autoscalingGroups call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(autoscalingGroups)).toEqual([]);
  });
});
