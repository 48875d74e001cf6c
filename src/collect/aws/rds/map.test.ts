import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { dbInstanceFields, dbInstanceTags } from './map.js';

const complete = {
  DBInstanceIdentifier: 'db', DBInstanceClass: 'db.t3.micro', Engine: 'postgres', EngineVersion: '16.3', DBInstanceStatus: 'creating',
  StorageEncrypted: false, PubliclyAccessible: false, AutoMinorVersionUpgrade: true, MultiAZ: false, BackupRetentionPeriod: 0,
  DeletionProtection: false, IAMDatabaseAuthenticationEnabled: false, CopyTagsToSnapshot: false, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1', Status: 'active' }], MasterUsername: 'postgres',
  MonitoringInterval: 0,
};

describe('rds mapping', () => {
  it('spells a missing subnet group, key, CA, creation time and endpoint as null', () => {
    const read = readFields(dbInstanceFields(complete));
    expect(read.unreadable).toEqual([]);
    expect(read.fields).toMatchObject({
      dbInstanceIdentifier: 'db', status: 'creating', storageEncrypted: false, kmsKeyId: null, vpcId: null, dbSubnetGroupName: null, caCertificateIdentifier: null,
      instanceCreateTime: null, vpcSecurityGroupIds: ['sg-1'], backupRetentionPeriod: 0, masterUsername: 'postgres', port: null,
    });
  });

  it('takes the port from the endpoint; an endpoint without one, or no MasterUsername, is unknown', () => {
    expect(readFields(dbInstanceFields({ ...complete, Endpoint: { Address: 'db.abc.rds.amazonaws.com', Port: 5432 } })).fields).toMatchObject({ port: 5432 });
    const { MasterUsername: _m, ...rest } = complete;
    const read = readFields(dbInstanceFields({ ...rest, Endpoint: { Address: 'db.abc.rds.amazonaws.com' } }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['masterUsername', 'port']);
  });

  it('takes the VPC from the subnet group and the time as ISO', () => {
    expect(readFields(dbInstanceFields({ ...complete, DBSubnetGroup: { DBSubnetGroupName: 'subnets', VpcId: 'vpc-1' }, InstanceCreateTime: new Date('2024-02-01T10:00:00Z') })).fields).toMatchObject({
      vpcId: 'vpc-1', dbSubnetGroupName: 'subnets', instanceCreateTime: '2024-02-01T10:00:00.000Z',
    });
  });

  it('reads a flag or count DescribeDBInstances left out as unknown, never false or 0 (publiclyAccessible false would pass)', () => {
    const { PubliclyAccessible: _p, StorageEncrypted: _s, BackupRetentionPeriod: _b, ...rest } = complete;
    const read = readFields(dbInstanceFields(rest));
    expect(read.unreadable.map((u) => u.path)).toEqual(['storageEncrypted', 'publiclyAccessible', 'backupRetentionPeriod']);
    expect(read.fields).not.toHaveProperty('publiclyAccessible');
  });

  it('reads no EnabledCloudwatchLogsExports as no export, and a MonitoringInterval left out as unknown, never off', () => {
    expect(readFields(dbInstanceFields(complete)).fields).toMatchObject({ monitoringInterval: 0, enabledCloudwatchLogsExports: [] });
    expect(readFields(dbInstanceFields({ ...complete, MonitoringInterval: 30, EnabledCloudwatchLogsExports: ['postgresql'] })).fields).toMatchObject({ monitoringInterval: 30, enabledCloudwatchLogsExports: ['postgresql'] });
    const { MonitoringInterval: _i, ...rest } = complete;
    const read = readFields(dbInstanceFields(rest));
    expect(read.unreadable.map((u) => u.path)).toEqual(['monitoringInterval']);
    expect(read.fields).not.toHaveProperty('monitoringInterval');
  });

  it('reads tags from TagList', () => {
    expect(dbInstanceTags({ TagList: [{ Key: 'env', Value: 'prod' }] })).toEqual({ env: 'prod' });
    expect(dbInstanceTags({})).toEqual({});
  });
});
