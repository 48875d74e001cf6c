import { describe, expect, it } from 'vitest';
import { readFields, UnreadableAnswer } from '../../answers.js';
import { backupPolicyStatus, fileSystemFields, fileSystemName, fileSystemPolicy, fileSystemTags, mountTargets } from './map.js';
import { accessPointFields } from './map-access-points.js';

const base = {
  OwnerId: '123456789012', CreationToken: 't', FileSystemId: 'fs-1', CreationTime: new Date('2024-03-01T08:00:00Z'), LifeCycleState: 'available' as const, NumberOfMountTargets: 1,
  SizeInBytes: { Value: 42 }, PerformanceMode: 'generalPurpose' as const, ThroughputMode: 'bursting' as const, Encrypted: false, Tags: [],
};

describe('efs mapping', () => {
  it('names a file system by its Name (the Name tag), null when it has none', () => {
    expect(fileSystemName({ ...base, Name: 'data' })).toBe('data');
    expect(fileSystemName({ ...base, Tags: [{ Key: 'Name', Value: 'tagged' }] })).toBe('tagged');
    expect(fileSystemName(base)).toBeNull();
    expect(fileSystemTags({ ...base, Tags: [{ Key: 'team', Value: 'x' }] })).toEqual({ team: 'x' });
  });

  it('maps size, encryption and modes, with "not encrypted" as a null key', () => {
    expect(readFields(fileSystemFields(base))).toEqual({
      fields: {
        fileSystemId: 'fs-1', name: null, creationTime: '2024-03-01T08:00:00.000Z', lifeCycleState: 'available', encrypted: false, kmsKeyId: null,
        performanceMode: 'generalPurpose', throughputMode: 'bursting', numberOfMountTargets: 1, sizeInBytes: 42,
      },
      unreadable: [],
    });
  });

  it('reads encryption or a throughput mode EFS left out as unknown, not as unencrypted or bursting', () => {
    const { Encrypted: _e, ThroughputMode: _t, ...rest } = base;
    expect(readFields(fileSystemFields(rest)).unreadable.map((u) => u.path)).toEqual(['encrypted', 'throughputMode']);
  });

  it('reads the backup status and parses the policy; a status or policy the answer lacks is unreadable', () => {
    expect(backupPolicyStatus({ $metadata: {}, BackupPolicy: { Status: 'ENABLING' } })).toBe('ENABLING');
    expect(() => backupPolicyStatus({ $metadata: {} })).toThrow(UnreadableAnswer);
    expect(fileSystemPolicy({ $metadata: {}, Policy: '{"Version":"2012-10-17","Statement":[]}' })).toEqual({ Version: '2012-10-17', Statement: [] });
    expect(() => fileSystemPolicy({ $metadata: {} })).toThrow(UnreadableAnswer);
    expect(() => fileSystemPolicy({ $metadata: {}, Policy: '{"Version": ' })).toThrow(UnreadableAnswer);
  });
});

describe('efs mount target and access point mapping', () => {
  it('reads a mount target without its state as unknown at its index', () => {
    const read = readFields({ mountTargets: () => mountTargets([
      { MountTargetId: 'fsmt-1', FileSystemId: 'fs-1', SubnetId: 'subnet-1', LifeCycleState: 'available' },
      { MountTargetId: 'fsmt-2', FileSystemId: 'fs-1', SubnetId: 'subnet-2' } as never,
    ]) });
    expect(read.unreadable.map((u) => u.path)).toEqual(['mountTargets[1]']);
    expect(read.fields.mountTargets).toEqual([{ mountTargetId: 'fsmt-1', subnetId: 'subnet-1', lifeCycleState: 'available' }, {}]);
  });

  it('reads a PosixUser without its Gid as unknown, never as no identity', () => {
    const read = readFields(accessPointFields({ AccessPointId: 'fsap-1', FileSystemId: 'fs-1', LifeCycleState: 'available', RootDirectory: { Path: '/a' }, PosixUser: { Uid: 5 } as never }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['posixUser']);
    expect(read.fields).toEqual({ accessPointId: 'fsap-1', fileSystemId: 'fs-1', name: null, lifeCycleState: 'available', rootDirectoryPath: '/a' });
  });
});
