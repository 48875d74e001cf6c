import { defineResourceType } from '../define.js';
import { obj } from '../fields.js';
import { clusterSnapshotFields } from './shared-db-cluster.js';

export const docdbDbClusterSnapshot = defineResourceType({
  type: 'aws.docdb.db-cluster-snapshot',
  service: 'rds',
  scope: 'regional',
  awsTypes: ['AWS::RDS::DBClusterSnapshot'],
  description: 'A manual Amazon DocumentDB cluster snapshot the account owns, read through the RDS API (DescribeDBClusterSnapshots filtered to the docdb engine), with its encryption and who may restore it (its restore attribute).',
  idDescription: 'the DB cluster snapshot identifier',
  data: obj(clusterSnapshotFields('docdb'), 'DocumentDB cluster snapshot settings.'),
  example: {
    dbClusterSnapshotIdentifier: 'docs-before-upgrade',
    dbClusterIdentifier: 'docs',
    snapshotType: 'manual',
    status: 'available',
    engine: 'docdb',
    engineVersion: '5.0.0',
    snapshotCreateTime: '2024-06-01T02:00:00.000Z',
    storageEncrypted: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    restoreAttributeValues: [],
  },
});
