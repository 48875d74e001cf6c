/**
 * AWS::AutoScaling::LaunchConfiguration items mapped on their own (no API to
 * fill from): what the item holds as the API collector reads
 * DescribeLaunchConfigurations, a null metadataOptions, member,
 * associatePublicIpAddress or ebs.encrypted as "not set" (the launch default
 * applies, as the API's absent member is), and a key the item lacks named
 * unreadable, never "not set".
 */
import type { LaunchConfiguration } from '@aws-sdk/client-auto-scaling';
import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { launchConfigurationFields } from '../../aws/autoscaling/map.js';
import { parseItem } from '../item.js';
import { autoscalingLaunchConfigurationFromConfig } from './autoscaling-launch-configuration.js';

const ARN = 'arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:1d2f3a4b-5c6d-7e8f-9a0b-1c2d3e4f5a6b:launchConfigurationName/web';

function mapItem(change: Record<string, unknown>): ReturnType<typeof autoscalingLaunchConfigurationFromConfig.map> {
  const all: Record<string, unknown> = {
    launchConfigurationName: 'web', launchConfigurationARN: ARN, imageId: 'ami-0123456789abcdef0', keyName: null, securityGroups: [], classicLinkVPCId: null, classicLinkVPCSecurityGroups: [],
    userData: '', instanceType: 't3.micro', kernelId: '', ramdiskId: '', createdTime: '2024-03-10T08:15:00.000Z', ebsOptimized: false, iamInstanceProfile: null, spotPrice: null, placementTenancy: null,
    instanceMonitoring: { enabled: true }, metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' }, associatePublicIpAddress: false,
    blockDeviceMappings: [
      { deviceName: '/dev/xvda', virtualName: null, noDevice: null, ebs: { snapshotId: null, volumeSize: 8, volumeType: 'gp3', deleteOnTermination: true, iops: null, encrypted: true, throughput: null } },
      { deviceName: '/dev/sdb', virtualName: 'ephemeral0', noDevice: null, ebs: null },
    ],
    ...change,
  };
  const parsed = parseItem(JSON.stringify({
    resourceId: ARN, resourceType: 'AWS::AutoScaling::LaunchConfiguration', resourceName: 'web', arn: ARN, accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK',
    configuration: Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined)), supplementaryConfiguration: {}, tags: [{ key: 'team', value: 'web' }], relationships: [],
  }));
  if (parsed.kind !== 'item') throw new Error('the test item did not parse');
  return autoscalingLaunchConfigurationFromConfig.map(parsed.item, { partition: 'aws', region: 'us-east-1', account: '123456789012' });
}

const paths = (m: ReturnType<typeof autoscalingLaunchConfigurationFromConfig.map>): string[] => (m.unreadable ?? []).map((u) => u.path);

describe('autoscalingLaunchConfigurationFromConfig', () => {
  it('gives what the API collector gives from DescribeLaunchConfigurations, with no tags (the API collector reads none)', () => {
    const sdk: LaunchConfiguration = {
      LaunchConfigurationName: 'web', LaunchConfigurationARN: ARN, ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', CreatedTime: new Date('2024-03-10T08:15:00.000Z'),
      SecurityGroups: [], MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' }, AssociatePublicIpAddress: false,
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 8, VolumeType: 'gp3', DeleteOnTermination: true, Encrypted: true } }, { DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }],
    };
    const mapping = mapItem({});
    expect(mapping.envelope).toEqual({ type: 'aws.autoscaling.launch-configuration', id: 'web', arn: ARN, tags: {} });
    expect(mapping.fields).toEqual(readFields(launchConfigurationFields(sdk)).fields);
    expect(mapping.unreadable).toBeUndefined();
  });

  it('reads null as "not set", as the API\'s absent members are', () => {
    const sdk: LaunchConfiguration = { LaunchConfigurationName: 'web', LaunchConfigurationARN: ARN, ImageId: 'ami-0123456789abcdef0', InstanceType: 't3.micro', CreatedTime: new Date('2024-03-10T08:15:00.000Z'), BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: {} }] };
    const mapping = mapItem({ metadataOptions: null, associatePublicIpAddress: null, blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { snapshotId: null, encrypted: null, volumeSize: null } }] });
    expect(mapping.fields).toEqual(readFields(launchConfigurationFields(sdk)).fields);
    expect(mapping.fields).toMatchObject({ metadataOptions: { httpTokens: null, httpPutResponseHopLimit: null, httpEndpoint: null }, associatePublicIpAddress: null, ebsVolumes: [{ encrypted: null, snapshotId: null }] });
    expect(mapItem({ metadataOptions: { httpTokens: null, httpPutResponseHopLimit: null, httpEndpoint: 'enabled' } }).fields).toMatchObject({ metadataOptions: { httpTokens: null, httpEndpoint: 'enabled' } });
  });

  it.each([
    ['no metadataOptions key (never "the launch default applies")', 'metadataOptions', { metadataOptions: undefined }],
    ['a metadataOptions without its httpTokens', 'metadataOptions', { metadataOptions: { httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' } }],
    ['an httpTokens Auto Scaling does not spell', 'metadataOptions', { metadataOptions: { httpTokens: 'REQUIRED', httpPutResponseHopLimit: 1, httpEndpoint: 'enabled' } }],
    ['a hop limit out of range', 'metadataOptions', { metadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 0, httpEndpoint: 'enabled' } }],
    ['no associatePublicIpAddress key', 'associatePublicIpAddress', { associatePublicIpAddress: undefined }],
    ['an EBS mapping without encrypted', 'ebsVolumes', { blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { snapshotId: null } }] }],
    ['a mapping without its ebs key', 'ebsVolumes', { blockDeviceMappings: [{ deviceName: '/dev/xvda' }] }],
    ['null block device mappings (the API always answers them)', 'ebsVolumes', { blockDeviceMappings: null }],
    ['a creation time without a zone', 'createdTime', { createdTime: '2024-03-10T08:15:00' }],
  ])('names %s unreadable, never a default', (_what, path, change) => {
    const mapping = mapItem(change);
    expect(paths(mapping)).toEqual([path]);
    expect(mapping.fields).not.toHaveProperty(path);
  });
});
