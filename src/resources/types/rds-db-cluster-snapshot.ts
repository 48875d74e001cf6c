import { defineResourceType } from '../define.js';
import { obj } from '../fields.js';
import { clusterSnapshotFields } from './shared-db-cluster.js';

export const rdsDbClusterSnapshot = defineResourceType({
  type: 'aws.rds.db-cluster-snapshot',
  service: 'rds',
  scope: 'regional',
  awsTypes: ['AWS::RDS::DBClusterSnapshot'],
  description: 'A manual RDS DB cluster snapshot (Aurora, Multi-AZ DB cluster) the account owns, with its encryption and who may restore it (its restore attribute).',
  idDescription: 'the DB cluster snapshot identifier',
  data: obj(clusterSnapshotFields('aurora-postgresql, aurora-mysql'), 'RDS DB cluster snapshot settings.'),
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
