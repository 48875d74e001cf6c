import { describe, expect, it } from 'vitest';
import { dbInstanceFields, dbInstanceTags } from './map.js';

describe('rds mapping', () => {
  it('spells a missing subnet group, key, CA and creation time as null', () => {
    expect(dbInstanceFields({ DBInstanceIdentifier: 'db', DBInstanceStatus: 'creating', VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1', Status: 'active' }, { Status: 'adding' }] })).toMatchObject({
      dbInstanceIdentifier: 'db', status: 'creating', storageEncrypted: false, kmsKeyId: null, vpcId: null, dbSubnetGroupName: null, caCertificateIdentifier: null,
      instanceCreateTime: null, vpcSecurityGroupIds: ['sg-1'], backupRetentionPeriod: 0,
    });
  });

  it('takes the VPC from the subnet group and the time as ISO', () => {
    expect(dbInstanceFields({ DBSubnetGroup: { DBSubnetGroupName: 'subnets', VpcId: 'vpc-1' }, InstanceCreateTime: new Date('2024-02-01T10:00:00Z') })).toMatchObject({
      vpcId: 'vpc-1', dbSubnetGroupName: 'subnets', instanceCreateTime: '2024-02-01T10:00:00.000Z',
    });
  });

  it('reads tags from TagList', () => {
    expect(dbInstanceTags({ TagList: [{ Key: 'env', Value: 'prod' }] })).toEqual({ env: 'prod' });
    expect(dbInstanceTags({})).toEqual({});
  });
});
