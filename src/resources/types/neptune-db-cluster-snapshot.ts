import { defineResourceType } from '../define.js';
import { obj } from '../fields.js';
import { clusterSnapshotFields } from './shared-db-cluster.js';

export const neptuneDbClusterSnapshot = defineResourceType({
  type: 'aws.neptune.db-cluster-snapshot',
  service: 'rds',
  scope: 'regional',
  awsTypes: ['AWS::RDS::DBClusterSnapshot'],
  description: 'A manual Amazon Neptune cluster snapshot the account owns, read through the RDS API (DescribeDBClusterSnapshots filtered to the neptune engine), with its encryption and who may restore it (its restore attribute).',
  idDescription: 'the DB cluster snapshot identifier',
  data: obj(clusterSnapshotFields('neptune'), 'Neptune cluster snapshot settings.'),
  example: {
    dbClusterSnapshotIdentifier: 'graph-before-upgrade',
    dbClusterIdentifier: 'graph',
    snapshotType: 'manual',
    status: 'available',
    engine: 'neptune',
    engineVersion: '1.3.2.0',
    snapshotCreateTime: '2024-06-01T02:00:00.000Z',
    storageEncrypted: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    restoreAttributeValues: [],
  },
});
