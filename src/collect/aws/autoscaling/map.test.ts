/** Unit tests of the Auto Scaling mappers: comma lists, override instance types, and launch configuration defaults. */
import { describe, expect, it } from 'vitest';
import { UnreadableAnswer } from '../../answers.js';
import { commaList, groupFields, launchConfigurationFields, mixedInstancesPolicy } from './map.js';

describe('commaList', () => {
  it('splits, trims and drops empty parts', () => {
    expect(commaList('subnet-a, subnet-b,,')).toEqual(['subnet-a', 'subnet-b']);
    expect(commaList('')).toEqual([]);
  });
});

describe('mixedInstancesPolicy', () => {
  it('is null for a group without one', () => {
    expect(mixedInstancesPolicy({ AutoScalingGroupName: 'g', MinSize: 0, MaxSize: 1, DesiredCapacity: 0, DefaultCooldown: 300, AvailabilityZones: [], HealthCheckType: 'EC2', CreatedTime: new Date(0) })).toBeNull();
  });

  it('counts each instance type once, in first-mention order', () => {
    const policy = mixedInstancesPolicy({ MixedInstancesPolicy: { LaunchTemplate: { Overrides: [{ InstanceType: 'b' }, { InstanceType: 'a' }, { InstanceType: 'b', WeightedCapacity: '2' }] } } } as never);
    expect(policy).toEqual({ launchTemplate: null, overrideInstanceTypes: ['b', 'a'], overrideInstanceTypeCount: 2, attributeBased: false });
  });

  it('makes an override with neither a type nor requirements unreadable, never skipped', () => {
    expect(() => mixedInstancesPolicy({ MixedInstancesPolicy: { LaunchTemplate: { Overrides: [{ InstanceType: 'a' }, { WeightedCapacity: '1' }] } } } as never)).toThrow(UnreadableAnswer);
  });

  it('makes a launch template without a version unreadable', () => {
    expect(() => mixedInstancesPolicy({ MixedInstancesPolicy: { LaunchTemplate: { LaunchTemplateSpecification: { LaunchTemplateId: 'lt-1', LaunchTemplateName: 'web' } } } } as never)).toThrow(UnreadableAnswer);
  });
});

describe('groupFields', () => {
  it('reads a health check type it does not know as unreadable', () => {
    expect(() => groupFields({ HealthCheckType: 'ELB,NEW' } as never).healthCheckTypes?.()).toThrow(UnreadableAnswer);
  });

  it('counts zones once each', () => {
    expect(groupFields({ AvailabilityZones: ['a', 'b', 'a'] } as never).availabilityZoneCount?.()).toBe(2);
  });
});

describe('launchConfigurationFields', () => {
  it('reads options the launch configuration does not set as null, not as their defaults', () => {
    const readers = launchConfigurationFields({ MetadataOptions: { HttpTokens: 'required' } } as never);
    expect(readers['metadataOptions.httpTokens']?.()).toBe('required');
    expect(readers['metadataOptions.httpPutResponseHopLimit']?.()).toBeNull();
    expect(readers['metadataOptions.httpEndpoint']?.()).toBeNull();
    expect(readers.associatePublicIpAddress?.()).toBeNull();
  });

  it('lists only EBS mappings, with Encrypted unset as null', () => {
    const readers = launchConfigurationFields({ BlockDeviceMappings: [{ DeviceName: '/dev/sdb', VirtualName: 'ephemeral0' }, { DeviceName: '/dev/xvda', Ebs: { SnapshotId: 'snap-1' } }] } as never);
    expect(readers.ebsVolumes?.()).toEqual([{ deviceName: '/dev/xvda', encrypted: null, snapshotId: 'snap-1' }]);
  });
});
