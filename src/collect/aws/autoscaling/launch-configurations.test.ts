/** autoscalingLaunchConfigurations through the real Auto Scaling client, fed recorded query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { autoscalingLaunchConfigurations } from './launch-configurations.js';
import { members } from '../../../../test/support/iam-xml.js';
import { pagedAutoScaling } from '../../../../test/support/autoscaling-xml.js';
import { queryError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ARN = (name: string): string => `arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:0000:launchConfigurationName/${name}`;
const config = (name: string, extra: string): string =>
  `<LaunchConfigurationName>${name}</LaunchConfigurationName><LaunchConfigurationARN>${ARN(name)}</LaunchConfigurationARN><ImageId>ami-1</ImageId><InstanceType>t3.micro</InstanceType>`
  + `<CreatedTime>2024-03-10T08:15:00.000Z</CreatedTime><SecurityGroups/><ClassicLinkVPCSecurityGroups/><KernelId></KernelId><RamdiskId></RamdiskId><UserData></UserData>${extra}`;

// Everything set: IMDSv2 required, no public IP, an encrypted root volume, an instance-store device.
const hardened = config('hardened',
  '<MetadataOptions><HttpTokens>required</HttpTokens><HttpPutResponseHopLimit>1</HttpPutResponseHopLimit><HttpEndpoint>enabled</HttpEndpoint></MetadataOptions><AssociatePublicIpAddress>false</AssociatePublicIpAddress>'
  + `<BlockDeviceMappings>${members(['<DeviceName>/dev/xvda</DeviceName><Ebs><VolumeSize>8</VolumeSize><VolumeType>gp3</VolumeType><DeleteOnTermination>true</DeleteOnTermination><Encrypted>true</Encrypted></Ebs>', '<VirtualName>ephemeral0</VirtualName><DeviceName>/dev/sdb</DeviceName>'])}</BlockDeviceMappings>`);
// Nothing set: every launch default applies.
const defaults = config('defaults', '<BlockDeviceMappings/>');
// Some set: tokens optional, a hop limit of 3 and a public IP, an EBS volume from a snapshot with Encrypted unset.
const open = config('open',
  '<MetadataOptions><HttpTokens>optional</HttpTokens><HttpPutResponseHopLimit>3</HttpPutResponseHopLimit></MetadataOptions><AssociatePublicIpAddress>true</AssociatePublicIpAddress>'
  + `<BlockDeviceMappings>${members(['<DeviceName>/dev/sdf</DeviceName><Ebs><SnapshotId>snap-1</SnapshotId><VolumeSize>20</VolumeSize></Ebs>'])}</BlockDeviceMappings>`);

const listing = pagedAutoScaling('DescribeLaunchConfigurations', 'LaunchConfigurations', [[hardened, defaults], [open]]);

describe('autoscalingLaunchConfigurations', () => {
  it('lists launch configurations across pages and maps each one', async () => {
    const run = await collectRecorded([autoscalingLaunchConfigurations], [regionsRoute(['us-east-1']), listing], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['defaults', 'hardened', 'open']);
    const found = (id: string) => run.snapshot.resources.find((r) => r.id === id);
    expect(found('hardened')).toMatchObject({ type: 'aws.autoscaling.launch-configuration', arn: ARN('hardened'), tags: {} });
    expect(found('hardened')?.errors).toBeUndefined();
    expect(found('hardened')?.data).toEqual({
      name: 'hardened', arn: ARN('hardened'), createdTime: '2024-03-10T08:15:00.000Z', imageId: 'ami-1', instanceType: 't3.micro',
      metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' }, associatePublicIpAddress: false,
      ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true, snapshotId: null }],
    });
    expect(found('defaults')?.data).toMatchObject({ metadataOptions: { httpTokens: null, httpPutResponseHopLimit: null, httpEndpoint: null }, associatePublicIpAddress: null, ebsVolumes: [] });
    expect(found('open')?.data).toMatchObject({
      metadataOptions: { httpTokens: 'optional', httpPutResponseHopLimit: 3, httpEndpoint: null }, associatePublicIpAddress: true,
      ebsVolumes: [{ deviceName: '/dev/sdf', encrypted: null, snapshotId: 'snap-1' }],
    });
    expect(run.aws.requests.filter((r) => r.action === 'DescribeLaunchConfigurations').map((r) => r.params.NextToken)).toEqual([undefined, 'page-1']);
  });

  it('leaves block devices AWS left out unknown, and a token state it does not know unreadable', async () => {
    const odd = config('odd', '<MetadataOptions><HttpTokens>sometimes</HttpTokens></MetadataOptions>');
    const run = await collectRecorded([autoscalingLaunchConfigurations], [regionsRoute(['us-east-1']), pagedAutoScaling('DescribeLaunchConfigurations', 'LaunchConfigurations', [[odd]])], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const [resource] = run.snapshot.resources;
    expect(resource?.errors?.map((e) => e.path).sort()).toEqual(['ebsVolumes', 'metadataOptions.httpTokens']);
    expect(resource?.data).toMatchObject({ metadataOptions: { httpPutResponseHopLimit: null, httpEndpoint: null }, associatePublicIpAddress: null });
  });

  it('marks coverage failed when the listing is denied, emitting nothing', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.action === 'DescribeLaunchConfigurations', respond: queryError('AccessDenied', 'User is not authorized to perform: autoscaling:DescribeLaunchConfigurations', 403) };
    const run = await collectRecorded([autoscalingLaunchConfigurations], [regionsRoute(['us-east-1']), denied], { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.autoscaling.launch-configuration', status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ code: 'AccessDenied', service: 'autoscaling', operation: 'DescribeLaunchConfigurations' })]);
  });
});

describe('autoscalingLaunchConfigurations call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(autoscalingLaunchConfigurations)).toEqual([]);
  });
});
