/**
 * Pure mapping from RDS DescribeDBInstances to the aws.rds.db-instance
 * catalog shape, one reader per field (answers.ts). RDS's service model
 * gives none of DBInstance's flags a default, and DescribeDBInstances
 * answers every one of them for every instance, so a flag it left out is
 * unknown: read as false it would pass "not publicly accessible" on nothing.
 *
 * What absence is read as, and why:
 * - KmsKeyId absent is null: RDS sends it only "if StorageEncrypted is
 *   enabled" (DBInstance, RDS API Reference).
 * - DBSubnetGroup absent is no subnet group (vpcId and dbSubnetGroupName
 *   null); one that is answered must name itself and its VPC.
 * - CACertificateIdentifier absent is null: not every engine has a server
 *   certificate authority to report.
 * - InstanceCreateTime absent is null: RDS has none while the instance is
 *   still being created.
 * - Endpoint absent is port null: RDS gives the instance its endpoint only
 *   once it has been created; an endpoint answered without a port is unknown.
 * - EnabledCloudwatchLogsExports absent is no export: RDS leaves the list out
 *   of an instance that publishes no log. MonitoringInterval is answered for
 *   every instance (0 when Enhanced Monitoring is off), so its absence is
 *   unknown, never "off".
 */
import { required, tagMap, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { DBInstance } from '@aws-sdk/client-rds';

type DbInstance = CatalogData['aws.rds.db-instance'];

export function dbInstanceFields(db: DBInstance): ReadersOf<DbInstance> {
  const subnetGroup = db.DBSubnetGroup;
  return {
    dbInstanceIdentifier: () => text(db.DBInstanceIdentifier, 'DBInstanceIdentifier'),
    dbInstanceClass: () => text(db.DBInstanceClass, 'DBInstanceClass'),
    engine: () => text(db.Engine, 'Engine'),
    engineVersion: () => text(db.EngineVersion, 'EngineVersion'),
    status: () => text(db.DBInstanceStatus, 'DBInstanceStatus'),
    storageEncrypted: () => required(db.StorageEncrypted, 'StorageEncrypted'),
    kmsKeyId: () => db.KmsKeyId ?? null,
    publiclyAccessible: () => required(db.PubliclyAccessible, 'PubliclyAccessible'),
    autoMinorVersionUpgrade: () => required(db.AutoMinorVersionUpgrade, 'AutoMinorVersionUpgrade'),
    multiAz: () => required(db.MultiAZ, 'MultiAZ'),
    backupRetentionPeriod: () => required(db.BackupRetentionPeriod, 'BackupRetentionPeriod'),
    deletionProtection: () => required(db.DeletionProtection, 'DeletionProtection'),
    iamDatabaseAuthenticationEnabled: () => required(db.IAMDatabaseAuthenticationEnabled, 'IAMDatabaseAuthenticationEnabled'),
    vpcId: () => (subnetGroup === undefined ? null : text(subnetGroup.VpcId, 'DBSubnetGroup.VpcId')),
    dbSubnetGroupName: () => (subnetGroup === undefined ? null : text(subnetGroup.DBSubnetGroupName, 'DBSubnetGroup.DBSubnetGroupName')),
    vpcSecurityGroupIds: () => required(db.VpcSecurityGroups, 'VpcSecurityGroups').map((group) => text(group.VpcSecurityGroupId, 'VpcSecurityGroupId')),
    caCertificateIdentifier: () => db.CACertificateIdentifier ?? null,
    instanceCreateTime: () => (db.InstanceCreateTime === undefined ? null : db.InstanceCreateTime.toISOString()),
    copyTagsToSnapshot: () => required(db.CopyTagsToSnapshot, 'CopyTagsToSnapshot'),
    masterUsername: () => text(db.MasterUsername, 'MasterUsername'),
    port: () => (db.Endpoint === undefined ? null : required(db.Endpoint.Port, 'Endpoint.Port')),
    monitoringInterval: () => required(db.MonitoringInterval, 'MonitoringInterval'),
    enabledCloudwatchLogsExports: () => [...(db.EnabledCloudwatchLogsExports ?? [])],
  };
}

/** DescribeDBInstances answers each instance's tags (TagList), so no per-instance call is needed. */
export function dbInstanceTags(db: DBInstance): Record<string, string> {
  return tagMap(db.TagList);
}
