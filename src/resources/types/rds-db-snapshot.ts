import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, str, timestamp } from '../fields.js';

export const rdsDbSnapshot = defineResourceType({
  type: 'aws.rds.db-snapshot',
  service: 'rds',
  scope: 'regional',
  awsTypes: ['AWS::RDS::DBSnapshot'],
  description: 'A manual RDS DB snapshot the account owns, with its encryption and who may restore it (its restore attribute).',
  idDescription: 'the DB snapshot identifier',
  data: obj({
    dbSnapshotIdentifier: str('DB snapshot identifier (DBSnapshotIdentifier).'),
    dbInstanceIdentifier: str('DB instance the snapshot was taken of (DBInstanceIdentifier); the instance may since have been deleted.'),
    snapshotType: str('How the snapshot was made (SnapshotType): manual for the snapshots Assay lists.'),
    status: str('Snapshot status (Status), e.g. available, creating, copying.'),
    engine: str('Database engine of the snapshot (Engine), e.g. postgres, mysql.'),
    engineVersion: str('Engine version of the snapshot (EngineVersion).'),
    snapshotCreateTime: nullable(timestamp('When the snapshot was taken (SnapshotCreateTime); null while RDS is still creating it.')),
    encrypted: bool('Whether the snapshot is encrypted at rest (Encrypted).'),
    kmsKeyId: nullable(str('ARN of the KMS key encrypting the snapshot (KmsKeyId); null when it is not encrypted.')),
    restoreAttributeValues: list(str('An account id that may copy or restore the snapshot, or "all", which makes it public.'), 'Who besides the owner may copy or restore the snapshot (DescribeDBSnapshotAttributes, attribute restore); empty when it is shared with no one.'),
  }, 'RDS DB snapshot settings.'),
  example: {
    dbSnapshotIdentifier: 'orders-db-before-upgrade',
    dbInstanceIdentifier: 'orders-db',
    snapshotType: 'manual',
    status: 'available',
    engine: 'postgres',
    engineVersion: '16.3',
    snapshotCreateTime: '2024-06-01T02:00:00.000Z',
    encrypted: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    restoreAttributeValues: [],
  },
});
