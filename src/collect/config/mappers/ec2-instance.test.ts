/**
 * AWS::EC2::Instance items, shaped like a real item (keys, explicit nulls,
 * "…000Z" times) with the metadataOptions newer items carry, mapped as the
 * API collector maps the same instance.
 */
import type { Instance } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { findResourceType } from '../../../resources/catalog.js';
import { validateData } from '../../../resources/validate-data.js';
import { readFields } from '../../answers.js';
import { instanceEnvelope, instanceFields } from '../../aws/ec2/map.js';
import { parseItem, type ConfigurationItem } from '../item.js';
import { ec2InstanceFromConfig } from './ec2-instance.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };

const configuration = {
  amiLaunchIndex: 0, imageId: 'ami-0123456789abcdef0', instanceId: 'i-0a1b2c3d4e5f67890', instanceType: 't3.medium',
  kernelId: null, keyName: 'ops', launchTime: '2024-03-10T08:15:00.000Z',
  monitoring: { state: 'enabled' },
  placement: { availabilityZone: 'us-east-1a', affinity: null, groupName: '', partitionNumber: null, hostId: null, tenancy: 'default', spreadDomain: null },
  platform: null, privateDnsName: 'ip-10-0-1-25.ec2.internal', privateIpAddress: '10.0.1.25', productCodes: [], publicDnsName: '', publicIpAddress: null, ramdiskId: null,
  state: { code: 16, name: 'running' }, stateTransitionReason: '', subnetId: 'subnet-0a1b2c3d4e5f67890', vpcId: 'vpc-0a1b2c3d4e5f67890', architecture: 'x86_64',
  blockDeviceMappings: [
    { deviceName: '/dev/xvda', ebs: { attachTime: '2024-03-10T08:15:01.000Z', deleteOnTermination: true, status: 'attached', volumeId: 'vol-0a1b2c3d4e5f67890' } },
    { deviceName: '/dev/sdb', ebs: { attachTime: '2024-03-10T08:15:01.000Z', deleteOnTermination: false, status: 'attached', volumeId: 'vol-0fedcba9876543210' } },
  ],
  clientToken: '', ebsOptimized: true, enaSupport: true, hypervisor: 'xen',
  iamInstanceProfile: { arn: 'arn:aws:iam::123456789012:instance-profile/app-server', id: 'AIPAEXAMPLEID1234567' },
  instanceLifecycle: null, elasticGpuAssociations: [], elasticInferenceAcceleratorAssociations: [],
  networkInterfaces: [{ networkInterfaceId: 'eni-0a1b2c3d4e5f67890', groups: [{ groupName: 'app', groupId: 'sg-0123456789abcdef0' }], privateIpAddress: '10.0.1.25', subnetId: 'subnet-0a1b2c3d4e5f67890', vpcId: 'vpc-0a1b2c3d4e5f67890' }],
  rootDeviceName: '/dev/xvda', rootDeviceType: 'ebs',
  securityGroups: [{ groupName: 'app', groupId: 'sg-0123456789abcdef0' }, { groupName: 'ssm', groupId: 'sg-0fedcba9876543210' }],
  sourceDestCheck: true, spotInstanceRequestId: null, stateReason: null,
  tags: [{ key: 'Name', value: 'app-server-1' }, { key: 'env', value: 'prod' }],
  virtualizationType: 'hvm', cpuOptions: { coreCount: 1, threadsPerCore: 2 }, hibernationOptions: { configured: false },
  metadataOptions: { state: 'applied', httpTokens: 'required', httpPutResponseHopLimit: 2, httpEndpoint: 'enabled', httpProtocolIpv6: 'disabled', instanceMetadataTags: 'disabled' },
};

const result = (config: unknown): string => JSON.stringify({
  resourceId: 'i-0a1b2c3d4e5f67890', resourceType: 'AWS::EC2::Instance', resourceName: null,
  arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0a1b2c3d4e5f67890', accountId: '123456789012', awsRegion: 'us-east-1',
  configurationItemStatus: 'OK', configurationItemCaptureTime: '2024-03-11T09:00:00.123Z',
  configuration: config, supplementaryConfiguration: {},
  tags: [{ key: 'Name', value: 'app-server-1' }, { key: 'env', value: 'prod' }],
  relationships: [
    { resourceId: 'sg-0123456789abcdef0', resourceType: 'AWS::EC2::SecurityGroup', name: 'Is associated with SecurityGroup' },
    { resourceId: 'vol-0a1b2c3d4e5f67890', resourceType: 'AWS::EC2::Volume', name: 'Is attached to Volume' },
  ],
});

function item(config: unknown): ConfigurationItem {
  const parsed = parseItem(result(config));
  if (parsed.kind !== 'item') throw new Error(`test item did not parse: ${parsed.kind}`);
  return parsed.item;
}

const map = (config: unknown) => ec2InstanceFromConfig.map(item(config), place);
const withConfig = (changes: Record<string, unknown>) => ({ ...configuration, ...changes });
const without = (key: string): Record<string, unknown> => Object.fromEntries(Object.entries(configuration).filter(([k]) => k !== key));

const expectedFields = {
  instanceId: 'i-0a1b2c3d4e5f67890', instanceType: 't3.medium', imageId: 'ami-0123456789abcdef0', state: 'running', launchTime: '2024-03-10T08:15:00.000Z',
  vpcId: 'vpc-0a1b2c3d4e5f67890', subnetId: 'subnet-0a1b2c3d4e5f67890', privateIpAddress: '10.0.1.25', publicIpAddress: null,
  iamInstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/app-server', securityGroupIds: ['sg-0123456789abcdef0', 'sg-0fedcba9876543210'],
  metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2, instanceMetadataTags: 'disabled', state: 'applied' },
  monitoringState: 'enabled', ebsOptimized: true, rootDeviceType: 'ebs', blockDeviceVolumeIds: ['vol-0a1b2c3d4e5f67890', 'vol-0fedcba9876543210'],
  networkInterfaceCount: 1, virtualizationType: 'hvm', stoppedAt: null,
};

describe('AWS::EC2::Instance from AWS Config', () => {
  it('maps an advanced-query result to the exact envelope and fields, with nothing unreadable', () => {
    const mapping = map(configuration);
    expect(mapping.envelope).toEqual({
      type: 'aws.ec2.instance', id: 'i-0a1b2c3d4e5f67890', arn: 'arn:aws:ec2:us-east-1:123456789012:instance/i-0a1b2c3d4e5f67890',
      tags: { Name: 'app-server-1', env: 'prod' }, name: 'app-server-1',
    });
    expect(mapping.fields).toEqual(expectedFields);
    expect(mapping.unreadable).toBeUndefined();
    expect(validateData(findResourceType('aws.ec2.instance')!, mapping.fields)).toEqual([]);
  });

  it('gives what the API collector gives for the same instance from DescribeInstances', () => {
    const sdk: Instance = {
      InstanceId: 'i-0a1b2c3d4e5f67890', InstanceType: 't3.medium', ImageId: 'ami-0123456789abcdef0', State: { Code: 16, Name: 'running' },
      LaunchTime: new Date('2024-03-10T08:15:00.000Z'), VpcId: 'vpc-0a1b2c3d4e5f67890', SubnetId: 'subnet-0a1b2c3d4e5f67890', PrivateIpAddress: '10.0.1.25',
      IamInstanceProfile: { Arn: 'arn:aws:iam::123456789012:instance-profile/app-server', Id: 'AIPAEXAMPLEID1234567' },
      SecurityGroups: [{ GroupName: 'app', GroupId: 'sg-0123456789abcdef0' }, { GroupName: 'ssm', GroupId: 'sg-0fedcba9876543210' }],
      MetadataOptions: { State: 'applied', HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', HttpProtocolIpv6: 'disabled', InstanceMetadataTags: 'disabled' },
      Monitoring: { State: 'enabled' }, EbsOptimized: true, RootDeviceType: 'ebs',
      BlockDeviceMappings: [
        { DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-0a1b2c3d4e5f67890', Status: 'attached', DeleteOnTermination: true } },
        { DeviceName: '/dev/sdb', Ebs: { VolumeId: 'vol-0fedcba9876543210', Status: 'attached', DeleteOnTermination: false } },
      ],
      NetworkInterfaces: [{ NetworkInterfaceId: 'eni-0a1b2c3d4e5f67890' }], VirtualizationType: 'hvm', StateTransitionReason: '',
      Tags: [{ Key: 'Name', Value: 'app-server-1' }, { Key: 'env', Value: 'prod' }],
    };
    const mapping = map(configuration);
    expect(mapping.envelope).toEqual(instanceEnvelope(sdk, place));
    expect(mapping.fields).toEqual(readFields(instanceFields(sdk)).fields);
  });

  it('keeps IMDSv1 visible: httpTokens "optional" is mapped as it is, not as IMDSv2', () => {
    const imdsV1 = map(withConfig({ metadataOptions: { ...configuration.metadataOptions, httpTokens: 'optional', httpPutResponseHopLimit: 1 } }));
    expect(imdsV1.fields.metadataOptions).toEqual({ httpTokens: 'optional', httpEndpoint: 'enabled', httpPutResponseHopLimit: 1, instanceMetadataTags: 'disabled', state: 'applied' });
    expect(imdsV1.unreadable).toBeUndefined();
  });

  it('maps no instance profile to null, whether Config wrote null (as real items do) or left the key out', () => {
    expect(map(withConfig({ iamInstanceProfile: null })).fields.iamInstanceProfileArn).toBeNull();
    const absent = map(without('iamInstanceProfile'));
    expect(absent.fields.iamInstanceProfileArn).toBeNull();
    expect(absent.unreadable).toBeUndefined();
  });

  it('maps a stopped instance: no public address, no subnet, empty strings and nulls to null', () => {
    const fields = map(withConfig({ state: { code: 80, name: 'stopped' }, publicIpAddress: '', subnetId: null, vpcId: '' })).fields;
    expect(fields).toMatchObject({ state: 'stopped', publicIpAddress: null, subnetId: null, vpcId: null });
  });

  it('reports the metadata options of an item recorded before Config captured them, instead of the permissive defaults', () => {
    const mapping = map(without('metadataOptions'));
    expect(mapping.unreadable).toEqual([{ path: 'metadataOptions', reason: 'the Configuration Item has no configuration.metadataOptions, which the API always answers' }]);
    expect(mapping.fields).not.toHaveProperty('metadataOptions');
    expect(mapping.fields).toEqual(Object.fromEntries(Object.entries(expectedFields).filter(([key]) => key !== 'metadataOptions')));
  });

  it('reports a metadata option the item lacks and keeps the ones it holds', () => {
    const { instanceMetadataTags: _, ...older } = configuration.metadataOptions;
    const mapping = map(withConfig({ metadataOptions: older }));
    expect(mapping.unreadable).toEqual([{ path: 'metadataOptions.instanceMetadataTags', reason: 'the Configuration Item has no configuration.metadataOptions.instanceMetadataTags, which the API always answers' }]);
    expect(mapping.fields.metadataOptions).toEqual({ httpTokens: 'required', httpEndpoint: 'enabled', httpPutResponseHopLimit: 2, state: 'applied' });
  });

  it('maps explicit nulls as the API maps values AWS left out: unreadable, never the permissive launch defaults', () => {
    const mapping = map(withConfig({ metadataOptions: null, ebsOptimized: null }));
    expect(mapping.unreadable?.map((u) => u.path)).toEqual([
      'metadataOptions.httpTokens', 'metadataOptions.httpEndpoint', 'metadataOptions.httpPutResponseHopLimit', 'metadataOptions.instanceMetadataTags', 'metadataOptions.state', 'ebsOptimized',
    ]);
    expect(mapping.unreadable?.[0]?.reason).toBe('the Configuration Item does not read as the API\'s answer: the answer has no MetadataOptions');
    expect(mapping.fields.metadataOptions).toEqual({});
    expect(mapping.fields).not.toHaveProperty('ebsOptimized');
  });

  it('reports values of the wrong kind and lists the item lacks, never defaulting them', () => {
    const mapping = map(withConfig({ ebsOptimized: 'true', launchTime: '2024-03-10 08:15:00', securityGroups: undefined, state: { code: 16 } }));
    expect(mapping.unreadable).toEqual([
      { path: 'launchTime', reason: 'configuration.launchTime in the Configuration Item is not a time with a zone' },
      { path: 'securityGroupIds', reason: 'the Configuration Item has no configuration.securityGroups, which the API always answers' },
      { path: 'ebsOptimized', reason: 'configuration.ebsOptimized in the Configuration Item is not a boolean' },
      { path: 'state', reason: 'the Configuration Item has no configuration.state.name, which the API always answers' },
      // Whether there is a stop time to read depends on the state.
      { path: 'stoppedAt', reason: 'the Configuration Item does not read as the API\'s answer: the answer has no State.Name' },
    ]);
    for (const path of ['launchTime', 'securityGroupIds', 'ebsOptimized', 'state', 'stoppedAt']) expect(mapping.fields).not.toHaveProperty(path);
    expect(mapping.fields.instanceType).toBe('t3.medium');
  });

  it('reads a stopped instance\'s stop time from stateTransitionReason, and none from an item without it', () => {
    const stopped = map(withConfig({ state: { code: 80, name: 'stopped' }, stateTransitionReason: 'User initiated (2024-05-01 10:20:30 GMT)' }));
    expect(stopped.fields).toMatchObject({ state: 'stopped', stoppedAt: '2024-05-01T10:20:30.000Z' });
    expect(stopped.unreadable).toBeUndefined();
    const unknown = map({ ...without('stateTransitionReason'), state: { code: 80, name: 'stopped' } });
    expect(unknown.unreadable?.map((u) => u.path)).toEqual(['stoppedAt']);
    expect(map(without('networkInterfaces')).unreadable?.map((u) => u.path)).toEqual(['networkInterfaceCount']);
  });

  it('takes the id from the item when the configuration lacks it', () => {
    const mapping = map(without('instanceId'));
    expect(mapping.envelope.id).toBe('i-0a1b2c3d4e5f67890');
    expect(mapping.fields.instanceId).toBe('i-0a1b2c3d4e5f67890');
  });

  it('reads a launch time in an offset spelling to the instant', () => {
    expect(map(withConfig({ launchTime: '2024-03-10T10:15:00.5+02:00' })).fields.launchTime).toBe('2024-03-10T08:15:00.500Z');
  });
});
