import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, str, timestamp } from '../fields.js';

export const rdsDbClusterSnapshot = defineResourceType({
  type: 'aws.rds.db-cluster-snapshot',
  service: 'rds',
  scope: 'regional',
  awsTypes: ['AWS::RDS::DBClusterSnapshot'],
  description: 'A manual RDS DB cluster snapshot (Aurora, Multi-AZ DB cluster) the account owns, with its encryption and who may restore it (its restore attribute).',
  idDescription: 'the DB cluster snapshot identifier',
  data: obj({
    dbClusterSnapshotIdentifier: str('DB cluster snapshot identifier (DBClusterSnapshotIdentifier).'),
    dbClusterIdentifier: str('DB cluster the snapshot was taken of (DBClusterIdentifier); the cluster may since have been deleted.'),
    snapshotType: str('How the snapshot was made (SnapshotType): manual for the snapshots Assay lists.'),
    status: str('Snapshot status (Status), e.g. available, creating, copying.'),
    engine: str('Database engine of the snapshot (Engine), e.g. aurora-postgresql, aurora-mysql.'),
    engineVersion: str('Engine version of the snapshot (EngineVersion).'),
    snapshotCreateTime: nullable(timestamp('When the snapshot was taken (SnapshotCreateTime); null while RDS is still creating it.')),
    storageEncrypted: bool('Whether the snapshot is encrypted at rest (StorageEncrypted).'),
    kmsKeyId: nullable(str('ARN of the KMS key encrypting the snapshot (KmsKeyId); null when it is not encrypted.')),
    restoreAttributeValues: list(str('An account id that may copy or restore the snapshot, or "all", which makes it public.'), 'Who besides the owner may copy or restore the snapshot (DescribeDBClusterSnapshotAttributes, attribute restore); empty when it is shared with no one.'),
  }, 'RDS DB cluster snapshot settings.'),
  example: {
    dbClusterSnapshotIdentifier: 'reports-before-upgrade',
    dbClusterIdentifier: 'reports',
    snapshotType: 'manual',
    status: 'available',
    engine: 'aurora-postgresql',
    engineVersion: '16.2',
    snapshotCreateTime: '2024-06-01T02:00:00.000Z',
    storageEncrypted: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    restoreAttributeValues: [],
  },
});
