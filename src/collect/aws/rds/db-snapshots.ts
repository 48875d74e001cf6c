/**
 * aws.rds.db-snapshot: the manual DB snapshots the account owns in the
 * region, each with its restore attribute (snapshots.ts says how).
 */
import { callTable } from '../../calls.js';
import { DescribeDBSnapshotAttributesCommand, paginateDescribeDBSnapshots } from '@aws-sdk/client-rds';
import { snapshotCollector } from './snapshots.js';
import { dbSnapshotFields, dbSnapshotRestore, snapshotTags } from './map-snapshots.js';

export const dbSnapshotCalls = callTable('RDS', 'rds', {
  DescribeDBSnapshots: { iam: 'rds:DescribeDBSnapshots', fills: ['dbSnapshotIdentifier', 'dbInstanceIdentifier', 'snapshotType', 'status', 'engine', 'engineVersion', 'snapshotCreateTime', 'encrypted', 'kmsKeyId'] },
  DescribeDBSnapshotAttributes: { iam: 'rds:DescribeDBSnapshotAttributes', fills: ['restoreAttributeValues'] },
});

export const rdsDbSnapshots = snapshotCollector({
  type: 'aws.rds.db-snapshot',
  calls: dbSnapshotCalls,
  list: dbSnapshotCalls.DescribeDBSnapshots,
  attributes: dbSnapshotCalls.DescribeDBSnapshotAttributes,
  item: ['a snapshot', 'DBSnapshotIdentifier'],
  // Pages hold at most 100 snapshots; without SnapshotType RDS also lists the automated ones.
  pages: (rds) => paginateDescribeDBSnapshots({ client: rds, pageSize: 100 }, { SnapshotType: 'manual' }),
  items: (page) => page.DBSnapshots,
  keep: () => true,
  id: (snapshot) => snapshot.DBSnapshotIdentifier,
  draft: (ctx, id, snapshot) => ctx.draft({ type: 'aws.rds.db-snapshot', id, ...(snapshot.DBSnapshotArn === undefined ? {} : { arn: snapshot.DBSnapshotArn }), tags: snapshotTags(snapshot) }),
  fields: dbSnapshotFields,
  readAttributes: (rds, id) => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })),
  restore: (answer, id) => dbSnapshotRestore(answer.DBSnapshotAttributesResult, id),
});
