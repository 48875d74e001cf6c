/**
 * AWS::RDS::DBInstance items with Config's own casing (dBInstanceIdentifier,
 * iAMDatabaseAuthenticationEnabled, multiAZ, …) mapped as the API collector
 * maps the same DescribeDBInstances answer.
 */
import type { DBInstance } from '@aws-sdk/client-rds';
import { describe, expect, it } from 'vitest';
import { findResourceType } from '../../../resources/catalog.js';
import { validateData } from '../../../resources/validate-data.js';
import { readFields } from '../../answers.js';
import { dbInstanceFields, dbInstanceTags } from '../../aws/rds/map.js';
import { parseItem, type ConfigurationItem } from '../item.js';
import { rdsDbInstanceFromConfig } from './rds-db-instance.js';

const place = { partition: 'aws', region: 'us-east-1', account: '123456789012' };
const ARN = 'arn:aws:rds:us-east-1:123456789012:db:orders-prod';
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

const configuration = {
  dBInstanceIdentifier: 'orders-prod', dBInstanceClass: 'db.m6g.large', engine: 'postgres', dBInstanceStatus: 'available', masterUsername: 'postgres', dBName: 'orders',
  endpoint: { address: 'orders-prod.abcdefghijkl.us-east-1.rds.amazonaws.com', port: 5432, hostedZoneId: 'Z2R2ITUGPM61AM' },
  allocatedStorage: 100, instanceCreateTime: '2024-02-01T10:00:00.000Z', preferredBackupWindow: '03:00-03:30', backupRetentionPeriod: 7,
  dBSecurityGroups: [], vpcSecurityGroups: [{ vpcSecurityGroupId: 'sg-0123456789abcdef0', status: 'active' }],
  dBParameterGroups: [{ dBParameterGroupName: 'default.postgres16', parameterApplyStatus: 'in-sync' }], availabilityZone: 'us-east-1a',
  dBSubnetGroup: {
    dBSubnetGroupName: 'orders-db-subnets', dBSubnetGroupDescription: 'orders', vpcId: 'vpc-0a1b2c3d4e5f67890', subnetGroupStatus: 'Complete',
    subnets: [{ subnetIdentifier: 'subnet-0a1b2c3d4e5f67890', subnetAvailabilityZone: { name: 'us-east-1a' }, subnetStatus: 'Active' }],
  },
  preferredMaintenanceWindow: 'sun:05:00-sun:05:30', pendingModifiedValues: {}, latestRestorableTime: '2024-03-11T08:55:00.000Z', multiAZ: true, engineVersion: '16.3',
  autoMinorVersionUpgrade: true, readReplicaSourceDBInstanceIdentifier: null, readReplicaDBInstanceIdentifiers: [], licenseModel: 'postgresql-license', iops: null,
  optionGroupMemberships: [{ optionGroupName: 'default:postgres-16', status: 'in-sync' }], secondaryAvailabilityZone: 'us-east-1b', publiclyAccessible: false,
  storageType: 'gp3', dbInstancePort: 0, dBClusterIdentifier: null, storageEncrypted: true, kmsKeyId: KEY, dbiResourceId: 'db-ABCDEFGHIJKLMNOPQRSTUVWXY1',
  cACertificateIdentifier: 'rds-ca-rsa2048-g1', domainMemberships: [], copyTagsToSnapshot: true, monitoringInterval: 60, enabledCloudwatchLogsExports: ['postgresql', 'upgrade'], dBInstanceArn: ARN,
  iAMDatabaseAuthenticationEnabled: true, performanceInsightsEnabled: false, deletionProtection: true, associatedRoles: [], maxAllocatedStorage: 1000,
};

const result = (config: unknown, overrides: Record<string, unknown> = {}): string => JSON.stringify({
  resourceId: 'db-ABCDEFGHIJKLMNOPQRSTUVWXY1', resourceType: 'AWS::RDS::DBInstance', resourceName: 'orders-prod', arn: ARN,
  accountId: '123456789012', awsRegion: 'us-east-1', configurationItemStatus: 'OK', configurationItemCaptureTime: '2024-03-11T09:00:00.123Z',
  configuration: config, supplementaryConfiguration: {},
  tags: [{ key: 'team', value: 'orders' }, { key: 'env', value: 'prod' }],
  relationships: [
    { resourceId: 'sg-0123456789abcdef0', resourceType: 'AWS::EC2::SecurityGroup', name: 'Is associated with SecurityGroup' },
    { resourceName: 'orders-db-subnets', resourceType: 'AWS::RDS::DBSubnetGroup', name: 'Is associated with DBSubnetGroup' },
  ],
  ...overrides,
});

function item(config: unknown, overrides?: Record<string, unknown>): ConfigurationItem {
  const parsed = parseItem(result(config, overrides));
  if (parsed.kind !== 'item') throw new Error(`test item did not parse: ${parsed.kind}`);
  return parsed.item;
}

const map = (config: unknown, overrides?: Record<string, unknown>) => rdsDbInstanceFromConfig.map(item(config, overrides), place);
const withConfig = (changes: Record<string, unknown>) => ({ ...configuration, ...changes });
const without = (...keys: string[]): Record<string, unknown> => Object.fromEntries(Object.entries(configuration).filter(([k]) => !keys.includes(k)));

const expectedFields = {
  dbInstanceIdentifier: 'orders-prod', dbInstanceClass: 'db.m6g.large', engine: 'postgres', engineVersion: '16.3', status: 'available',
  storageEncrypted: true, kmsKeyId: KEY, publiclyAccessible: false, autoMinorVersionUpgrade: true, multiAz: true, backupRetentionPeriod: 7,
  deletionProtection: true, iamDatabaseAuthenticationEnabled: true, vpcId: 'vpc-0a1b2c3d4e5f67890', dbSubnetGroupName: 'orders-db-subnets',
  vpcSecurityGroupIds: ['sg-0123456789abcdef0'], caCertificateIdentifier: 'rds-ca-rsa2048-g1', instanceCreateTime: '2024-02-01T10:00:00.000Z', copyTagsToSnapshot: true,
  masterUsername: 'postgres', port: 5432, monitoringInterval: 60, enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
};

describe('AWS::RDS::DBInstance from AWS Config', () => {
  it('maps an advanced-query result to the exact envelope and fields, with nothing unreadable', () => {
    const mapping = map(configuration);
    expect(mapping.envelope).toEqual({ type: 'aws.rds.db-instance', id: 'orders-prod', arn: ARN, tags: { team: 'orders', env: 'prod' } });
    expect(mapping.fields).toEqual(expectedFields);
    expect(mapping.unreadable).toBeUndefined();
    expect(validateData(findResourceType('aws.rds.db-instance')!, mapping.fields)).toEqual([]);
  });

  it('gives what the API collector gives for the same DescribeDBInstances answer', () => {
    const sdk: DBInstance = {
      DBInstanceIdentifier: 'orders-prod', DBInstanceClass: 'db.m6g.large', Engine: 'postgres', DBInstanceStatus: 'available', MasterUsername: 'postgres',
      Endpoint: { Address: 'orders-prod.abcdefghijkl.us-east-1.rds.amazonaws.com', Port: 5432, HostedZoneId: 'Z2R2ITUGPM61AM' },
      InstanceCreateTime: new Date('2024-02-01T10:00:00.000Z'), BackupRetentionPeriod: 7, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-0123456789abcdef0', Status: 'active' }],
      DBSubnetGroup: { DBSubnetGroupName: 'orders-db-subnets', VpcId: 'vpc-0a1b2c3d4e5f67890', SubnetGroupStatus: 'Complete' },
      MultiAZ: true, EngineVersion: '16.3', AutoMinorVersionUpgrade: true, PubliclyAccessible: false, StorageEncrypted: true, KmsKeyId: KEY,
      CACertificateIdentifier: 'rds-ca-rsa2048-g1', CopyTagsToSnapshot: true, DBInstanceArn: ARN, IAMDatabaseAuthenticationEnabled: true, DeletionProtection: true,
      MonitoringInterval: 60, EnabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
      TagList: [{ Key: 'team', Value: 'orders' }, { Key: 'env', Value: 'prod' }],
    };
    const mapping = map(configuration);
    // The envelope the collector passes to ctx.draft (built inline in aws/rds/db-instances.ts).
    expect(mapping.envelope).toEqual({ type: 'aws.rds.db-instance', id: sdk.DBInstanceIdentifier, arn: sdk.DBInstanceArn, tags: dbInstanceTags(sdk) });
    expect(mapping.fields).toEqual(readFields(dbInstanceFields(sdk)).fields);
  });

  it('maps a publicly accessible, unencrypted instance as it is', () => {
    const mapping = map(withConfig({ publiclyAccessible: true, storageEncrypted: false, kmsKeyId: null, iAMDatabaseAuthenticationEnabled: false, deletionProtection: false, backupRetentionPeriod: 0 }));
    expect(mapping.fields).toMatchObject({ publiclyAccessible: true, storageEncrypted: false, kmsKeyId: null, iamDatabaseAuthenticationEnabled: false, deletionProtection: false, backupRetentionPeriod: 0 });
    expect(mapping.unreadable).toBeUndefined();
  });

  it('maps what an instance being created lacks to null, as the API mapping does', () => {
    const mapping = map(withConfig({ dBInstanceStatus: 'creating', instanceCreateTime: null, dBSubnetGroup: null, cACertificateIdentifier: null, kmsKeyId: null, endpoint: null }));
    expect(mapping.fields).toMatchObject({ status: 'creating', instanceCreateTime: null, vpcId: null, dbSubnetGroupName: null, caCertificateIdentifier: null, kmsKeyId: null, port: null });
    expect(map(without('instanceCreateTime', 'dBSubnetGroup', 'kmsKeyId', 'endpoint')).fields).toMatchObject({ instanceCreateTime: null, vpcId: null, dbSubnetGroupName: null, kmsKeyId: null, port: null });
    expect(map(without('instanceCreateTime')).unreadable).toBeUndefined();
  });

  it('reports deletion protection on an item recorded before Config captured it, never false', () => {
    const mapping = map(without('deletionProtection'));
    expect(mapping.unreadable).toEqual([{ path: 'deletionProtection', reason: 'the Configuration Item has no configuration.deletionProtection, which the API always answers' }]);
    expect(mapping.fields).not.toHaveProperty('deletionProtection');
    expect(mapping.fields).toEqual(Object.fromEntries(Object.entries(expectedFields).filter(([key]) => key !== 'deletionProtection')));
  });

  it('reports exposure and encryption the item lacks or holds in another kind, instead of defaulting to false', () => {
    const mapping = map(withConfig({ publiclyAccessible: undefined, storageEncrypted: 'true', instanceCreateTime: 'Feb 1, 2024', vpcSecurityGroups: null }));
    expect(mapping.unreadable).toEqual([
      { path: 'storageEncrypted', reason: 'configuration.storageEncrypted in the Configuration Item is not a boolean' },
      { path: 'publiclyAccessible', reason: 'the Configuration Item has no configuration.publiclyAccessible, which the API always answers' },
      { path: 'instanceCreateTime', reason: 'configuration.instanceCreateTime in the Configuration Item is not a time with a zone' },
    ]);
    for (const path of ['storageEncrypted', 'publiclyAccessible', 'instanceCreateTime']) expect(mapping.fields).not.toHaveProperty(path);
    // null is AWS's own "none", as an empty list from the API.
    expect(mapping.fields.vpcSecurityGroupIds).toEqual([]);
  });

  it('reads a flag Config wrote as null as unknown, as the API mapping reads one AWS left out, never as false', () => {
    const mapping = map(withConfig({ publiclyAccessible: null, multiAZ: null }));
    expect(mapping.unreadable?.map((u) => u.path)).toEqual(['publiclyAccessible', 'multiAz']);
    expect(mapping.unreadable?.[0]?.reason).toBe("the Configuration Item does not read as the API's answer: the answer has no PubliclyAccessible");
    expect(mapping.fields).not.toHaveProperty('publiclyAccessible');
  });

  it('reads an administrator name the item lacks, or an endpoint without a port, as unknown', () => {
    expect(map(without('masterUsername')).unreadable?.map((u) => u.path)).toEqual(['masterUsername']);
    expect(map(withConfig({ endpoint: { address: 'orders-prod.abcdefghijkl.us-east-1.rds.amazonaws.com', port: null } })).unreadable?.map((u) => u.path)).toEqual(['port']);
  });

  it('reads the monitoring interval and log exports; an item without them, or with a list of other things, is unknown, never "off"', () => {
    expect(map(withConfig({ enabledCloudwatchLogsExports: null, monitoringInterval: 0 })).fields).toMatchObject({ enabledCloudwatchLogsExports: [], monitoringInterval: 0 });
    expect(map(without('monitoringInterval', 'enabledCloudwatchLogsExports')).unreadable?.map((u) => u.path)).toEqual(['monitoringInterval', 'enabledCloudwatchLogsExports']);
    const odd = map(withConfig({ enabledCloudwatchLogsExports: ['postgresql', { logType: 'upgrade' }] }));
    expect(odd.unreadable).toEqual([{ path: 'enabledCloudwatchLogsExports', reason: 'configuration.enabledCloudwatchLogsExports in the Configuration Item holds something other than log type names' }]);
    expect(odd.fields).not.toHaveProperty('enabledCloudwatchLogsExports');
  });

  it('reads the older Java spelling of a time, whose four digits count milliseconds', () => {
    expect(map(withConfig({ instanceCreateTime: '2024-02-01T11:00:00.0885+0100' })).fields.instanceCreateTime).toBe('2024-02-01T10:00:00.885Z');
  });

  it('reads Config\'s "dB" casing only: a dbInstanceIdentifier key is not the identifier, the item\'s resourceName is', () => {
    const { dBInstanceIdentifier: _, ...rest } = configuration;
    const mapping = map({ ...rest, dbInstanceIdentifier: 'wrong-casing' });
    expect(mapping.envelope.id).toBe('orders-prod');
    expect(mapping.fields.dbInstanceIdentifier).toBe('orders-prod');
  });

  it('takes the ARN from the item, then builds RDS\'s documented form, never from the DbiResourceId', () => {
    expect(map(without('dBInstanceArn')).envelope.arn).toBe(ARN);
    expect(map(without('dBInstanceArn'), { arn: null }).envelope.arn).toBe('arn:aws:rds:us-east-1:123456789012:db:orders-prod');
  });
});
