import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { clusterFields, clusterTags, loggingFields, requireSsl } from './map.js';

const complete = {
  ClusterIdentifier: 'dw', NodeType: 'ra3.xlplus', ClusterStatus: 'creating', NumberOfNodes: 2, PubliclyAccessible: false, Encrypted: true,
  EnhancedVpcRouting: false, AllowVersionUpgrade: true, AutomatedSnapshotRetentionPeriod: 1, MultiAZ: 'Disabled', MasterUsername: 'awsuser', DBName: 'dev',
  VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1', Status: 'active' }], ClusterParameterGroups: [{ ParameterGroupName: 'default.redshift-1.0', ParameterApplyStatus: 'in-sync' }],
};

describe('redshift mapping', () => {
  it('spells a missing key, creation time, endpoint and VPC as null', () => {
    const read = readFields(clusterFields(complete));
    expect(read.unreadable).toEqual([]);
    expect(read.fields).toMatchObject({ kmsKeyId: null, clusterCreateTime: null, port: null, vpcId: null, parameterGroupName: 'default.redshift-1.0', parameterApplyStatus: 'in-sync', vpcSecurityGroupIds: ['sg-1'] });
  });

  it('reads a flag DescribeClusters left out as unknown, never its default false (publiclyAccessible false would pass)', () => {
    const { PubliclyAccessible: _p, EnhancedVpcRouting: _e, AutomatedSnapshotRetentionPeriod: _a, ...rest } = complete;
    const read = readFields(clusterFields({ ...rest, Endpoint: { Address: 'dw.abc.redshift.amazonaws.com' } }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['publiclyAccessible', 'enhancedVpcRouting', 'automatedSnapshotRetentionPeriod', 'port']);
    expect(read.fields).not.toHaveProperty('publiclyAccessible');
  });

  it('reads a MultiAZ value it does not know, and a parameter group list that is not one group, as unknown', () => {
    const read = readFields(clusterFields({ ...complete, MultiAZ: 'Pending', ClusterParameterGroups: [] }));
    expect(read.unreadable.map((u) => [u.path, u.code])).toEqual([['multiAz', 'IncompleteResponse'], ['parameterGroupName', 'UnexpectedResponse'], ['parameterApplyStatus', 'UnexpectedResponse']]);
  });

  it('reads require_ssl from the parameters; missing or not a boolean is unknown', () => {
    expect(requireSsl([{ ParameterName: 'datestyle', ParameterValue: 'ISO, MDY' }, { ParameterName: 'require_ssl', ParameterValue: 'TRUE' }])).toBe(true);
    expect(requireSsl([{ ParameterName: 'require_ssl', ParameterValue: 'false' }])).toBe(false);
    expect(() => requireSsl([{ ParameterName: 'datestyle', ParameterValue: 'ISO, MDY' }])).toThrow(/no require_ssl/);
    expect(() => requireSsl([{ ParameterName: 'require_ssl', ParameterValue: 'on' }])).toThrow(/does not know/);
    expect(() => requireSsl([{ ParameterName: 'require_ssl' }])).toThrow(/no require_ssl ParameterValue/);
  });

  it('reads logging off with nothing else as null and empty; LoggingEnabled left out is unknown', () => {
    expect(readFields(loggingFields({ $metadata: {}, LoggingEnabled: false })).fields).toEqual({ loggingEnabled: false, loggingDestination: null, loggingBucketName: null, loggingLogExports: [] });
    expect(readFields(loggingFields({ $metadata: {}, LoggingEnabled: false, BucketName: '', LogDestinationType: '' as never })).fields).toMatchObject({ loggingDestination: null, loggingBucketName: null });
    expect(readFields(loggingFields({ $metadata: {}, LoggingEnabled: true, LogDestinationType: 'kinesis' as never })).unreadable.map((u) => u.path)).toEqual(['loggingDestination']);
    const read = readFields(loggingFields({ $metadata: {}, BucketName: 'logs', LogDestinationType: 's3' }));
    expect(read.unreadable.map((u) => u.path)).toEqual(['loggingEnabled']);
    expect(read.fields).toMatchObject({ loggingDestination: 's3', loggingBucketName: 'logs' });
  });

  it('reads tags from Tags', () => {
    expect(clusterTags({ Tags: [{ Key: 'env', Value: 'prod' }] })).toEqual({ env: 'prod' });
    expect(clusterTags({})).toEqual({});
  });
});
