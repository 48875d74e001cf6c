import { describe, expect, it } from 'vitest';
import { readFields } from '../../answers.js';
import { dbClusterFields, familyFilters, inFamily, isRdsCluster, tlsOf } from './map-clusters.js';

const complete = {
  DBClusterIdentifier: 'c', Engine: 'aurora-mysql', EngineVersion: '8.0.mysql_aurora.3.05.2', Status: 'available', StorageEncrypted: false, MultiAZ: false,
  DeletionProtection: false, IAMDatabaseAuthenticationEnabled: false, CopyTagsToSnapshot: false, AutoMinorVersionUpgrade: true, MasterUsername: 'admin', Port: 3306,
  BackupRetentionPeriod: 1, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1' }],
};

describe('rds cluster mapping', () => {
  it('spells a missing key, backtrack window, log list, subnet group and creation time as not configured', () => {
    const read = readFields(dbClusterFields(complete));
    expect(read.unreadable).toEqual([]);
    expect(read.fields).toMatchObject({ kmsKeyId: null, backtrackWindow: null, enabledCloudwatchLogsExports: [], dbSubnetGroupName: null, clusterCreateTime: null, vpcSecurityGroupIds: ['sg-1'] });
  });

  it('keeps a backtrack window of 0 as 0 (disabled), not null', () => {
    expect(readFields(dbClusterFields({ ...complete, BacktrackWindow: 0 })).fields).toMatchObject({ backtrackWindow: 0 });
  });

  it('reads a flag, port or user DescribeDBClusters left out as unknown, never false', () => {
    const { StorageEncrypted: _s, DeletionProtection: _d, Port: _p, MasterUsername: _m, VpcSecurityGroups: _v, ...rest } = complete;
    const read = readFields(dbClusterFields(rest));
    expect(read.unreadable.map((u) => u.path)).toEqual(['storageEncrypted', 'deletionProtection', 'masterUsername', 'port', 'vpcSecurityGroupIds']);
    expect(read.fields).not.toHaveProperty('deletionProtection');
  });

  it('leaves DocumentDB and Neptune clusters to their services, and keeps a cluster whose engine is unknown', () => {
    expect(isRdsCluster({ Engine: 'docdb' })).toBe(false);
    expect(isRdsCluster({ Engine: 'neptune' })).toBe(false);
    expect(isRdsCluster({ Engine: 'aurora-postgresql' })).toBe(true);
    expect(isRdsCluster({ Engine: 'mysql' })).toBe(true);
    expect(isRdsCluster({})).toBe(true);
  });

  it('gives each engine family its own clusters and snapshots, and keeps one whose engine is unknown in every family', () => {
    expect([inFamily('neptune', 'neptune'), inFamily('docdb', 'neptune'), inFamily('aurora-mysql', 'neptune'), inFamily(undefined, 'neptune')]).toEqual([true, false, false, true]);
    expect([inFamily('docdb', 'docdb'), inFamily('neptune', 'docdb'), inFamily(undefined, 'docdb')]).toEqual([true, false, true]);
    expect([inFamily('docdb', 'rds'), inFamily('neptune', 'rds'), inFamily('aurora-postgresql', 'rds')]).toEqual([false, false, true]);
    expect(familyFilters('rds')).toEqual({});
    expect(familyFilters('docdb')).toEqual({ Filters: [{ Name: 'engine', Values: ['docdb'] }] });
  });

  it('reads DocumentDB\'s tls parameter, and a group without exactly one valued tls as unreadable', () => {
    expect(tlsOf([{ ParameterName: 'audit_logs', ParameterValue: 'enabled' }, { ParameterName: 'tls', ParameterValue: 'tls1.2+' }])).toBe('tls1.2+');
    expect(() => tlsOf([{ ParameterName: 'audit_logs', ParameterValue: 'enabled' }])).toThrow(/0 tls parameters/);
    expect(() => tlsOf([{ ParameterName: 'tls' }])).toThrow(/tls ParameterValue/);
  });
});
