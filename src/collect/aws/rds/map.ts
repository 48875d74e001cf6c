/** Pure mapping from RDS DescribeDBInstances to the aws.rds.db-instance catalog shape. */
import { tagMap } from '../../answers.js';
import type { DBInstance } from '@aws-sdk/client-rds';

export function dbInstanceFields(db: DBInstance): Record<string, unknown> {
  return {
    dbInstanceIdentifier: db.DBInstanceIdentifier ?? '',
    dbInstanceClass: db.DBInstanceClass ?? '',
    engine: db.Engine ?? '',
    engineVersion: db.EngineVersion ?? '',
    status: db.DBInstanceStatus ?? '',
    storageEncrypted: db.StorageEncrypted ?? false,
    kmsKeyId: db.KmsKeyId ?? null,
    publiclyAccessible: db.PubliclyAccessible ?? false,
    autoMinorVersionUpgrade: db.AutoMinorVersionUpgrade ?? false,
    multiAz: db.MultiAZ ?? false,
    backupRetentionPeriod: db.BackupRetentionPeriod ?? 0,
    deletionProtection: db.DeletionProtection ?? false,
    iamDatabaseAuthenticationEnabled: db.IAMDatabaseAuthenticationEnabled ?? false,
    vpcId: db.DBSubnetGroup?.VpcId ?? null,
    dbSubnetGroupName: db.DBSubnetGroup?.DBSubnetGroupName ?? null,
    vpcSecurityGroupIds: (db.VpcSecurityGroups ?? []).flatMap((group) => (group.VpcSecurityGroupId === undefined ? [] : [group.VpcSecurityGroupId])),
    caCertificateIdentifier: db.CACertificateIdentifier ?? null,
    instanceCreateTime: db.InstanceCreateTime === undefined ? null : db.InstanceCreateTime.toISOString(),
    copyTagsToSnapshot: db.CopyTagsToSnapshot ?? false,
  };
}

/** DescribeDBInstances answers each instance's tags (TagList), so no per-instance call is needed. */
export function dbInstanceTags(db: DBInstance): Record<string, string> {
  return tagMap(db.TagList);
}
