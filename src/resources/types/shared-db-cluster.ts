/**
 * The fields RDS's DescribeDBClusters and DescribeDBClusterSnapshots answer
 * alike for every engine family they serve (RDS's Aurora and Multi-AZ
 * clusters, Neptune, DocumentDB), shared by those families' types so one
 * mapper fills them all and a field means the same in each.
 */
import { bool, int, list, nullable, str, timestamp } from '../fields.js';

export const clusterFields = {
  dbClusterIdentifier: str('DB cluster identifier (DBClusterIdentifier).'),
  engineVersion: str('Engine version (EngineVersion), e.g. 8.0.mysql_aurora.3.05.2 or 16.4.'),
  status: str('Cluster state (Status), e.g. available, creating, stopped, backtracking.'),
  storageEncrypted: bool('Whether the cluster storage is encrypted at rest (StorageEncrypted).'),
  kmsKeyId: nullable(str('ARN of the KMS key encrypting the storage (KmsKeyId); null when the cluster is not encrypted.')),
  multiAz: bool('Whether the cluster has DB instances in more than one Availability Zone (MultiAZ).'),
  deletionProtection: bool('Whether deletion protection is enabled (DeletionProtection).'),
  iamDatabaseAuthenticationEnabled: bool('Whether IAM database authentication is enabled (IAMDatabaseAuthenticationEnabled).'),
  copyTagsToSnapshot: bool('Whether the cluster\'s tags are copied to its snapshots (CopyTagsToSnapshot).'),
  masterUsername: str('Name of the administrator (master) database user the cluster was created with (MasterUsername).'),
  port: int('Port the cluster accepts connections on (Port).', { minimum: 1, maximum: 65535 }),
  backupRetentionPeriod: int('Days automated backups are kept (BackupRetentionPeriod).', { minimum: 0 }),
  dbSubnetGroupName: nullable(str('DB subnet group name (DBSubnetGroup); null when RDS reports none.')),
  vpcSecurityGroupIds: list(str('A VPC security group id, e.g. sg-0123456789abcdef0.'), 'VPC security groups attached to the cluster (VpcSecurityGroups); empty when none.'),
  clusterCreateTime: nullable(timestamp('When the cluster was created (ClusterCreateTime); null while it is still being created.')),
};

/** The log types a family's clusters export, its examples named in the item's description. */
export const logExports = (examples: string) =>
  list(str(`A log type, e.g. ${examples}.`), 'Log types exported to CloudWatch Logs (EnabledCloudwatchLogsExports); empty when none (RDS leaves the list out then).');

/** A family's manual cluster snapshot, `engines` naming the engines its snapshots hold. */
export const clusterSnapshotFields = (engines: string) => ({
  dbClusterSnapshotIdentifier: str('DB cluster snapshot identifier (DBClusterSnapshotIdentifier).'),
  dbClusterIdentifier: str('DB cluster the snapshot was taken of (DBClusterIdentifier); the cluster may since have been deleted.'),
  snapshotType: str('How the snapshot was made (SnapshotType): manual for the snapshots Assay lists.'),
  status: str('Snapshot status (Status), e.g. available, creating, copying.'),
  engine: str(`Database engine of the snapshot (Engine), e.g. ${engines}.`),
  engineVersion: str('Engine version of the snapshot (EngineVersion).'),
  snapshotCreateTime: nullable(timestamp('When the snapshot was taken (SnapshotCreateTime); null while RDS is still creating it.')),
  storageEncrypted: bool('Whether the snapshot is encrypted at rest (StorageEncrypted).'),
  kmsKeyId: nullable(str('ARN of the KMS key encrypting the snapshot (KmsKeyId); null when it is not encrypted.')),
  restoreAttributeValues: list(str('An account id that may copy or restore the snapshot, or "all", which makes it public.'), 'Who besides the owner may copy or restore the snapshot (DescribeDBClusterSnapshotAttributes, attribute restore); empty when it is shared with no one.'),
});
