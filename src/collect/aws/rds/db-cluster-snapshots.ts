/**
 * aws.rds.db-cluster-snapshot: the manual DB cluster snapshots the account
 * owns in the region, each with its restore attribute, read as for DB
 * snapshots (db-snapshots.ts): publicness from the attribute, a failed
 * attribute call a recorded failure, only manual snapshots listed.
 */
import { callTable } from '../../calls.js';
import { DescribeDBClusterSnapshotAttributesCommand, RDSClient, paginateDescribeDBClusterSnapshots } from '@aws-sdk/client-rds';
import { setField, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { dbClusterSnapshotFields, dbClusterSnapshotRestore, snapshotTags } from './map-snapshots.js';

export const dbClusterSnapshotCalls = callTable('RDS', 'rds', {
  DescribeDBClusterSnapshots: { iam: 'rds:DescribeDBClusterSnapshots', fills: ['dbClusterSnapshotIdentifier', 'dbClusterIdentifier', 'snapshotType', 'status', 'engine', 'engineVersion', 'snapshotCreateTime', 'storageEncrypted', 'kmsKeyId'] },
  DescribeDBClusterSnapshotAttributes: { iam: 'rds:DescribeDBClusterSnapshotAttributes', fills: ['restoreAttributeValues'] },
});

export const rdsDbClusterSnapshots = defineCollector({
  type: 'aws.rds.db-cluster-snapshot',
  scope: 'regional',
  calls: [dbClusterSnapshotCalls],
  async collect(ctx) {
    const rds = ctx.clients.get(RDSClient, ctx.region);
    const snapshots = await listResources(ctx, dbClusterSnapshotCalls.DescribeDBClusterSnapshots, () => paginateDescribeDBClusterSnapshots({ client: rds, pageSize: 100 }, { SnapshotType: 'manual' }), (page) => page.DBClusterSnapshots);
    await inWindow(snapshots, async (snapshot) => {
      const id = listedId(ctx, snapshot.DBClusterSnapshotIdentifier, dbClusterSnapshotCalls.DescribeDBClusterSnapshots, 'a cluster snapshot', 'DBClusterSnapshotIdentifier');
      if (id === undefined) return;
      const draft = ctx.draft({ type: 'aws.rds.db-cluster-snapshot', id, ...(snapshot.DBClusterSnapshotArn === undefined ? {} : { arn: snapshot.DBClusterSnapshotArn }), tags: snapshotTags(snapshot) });
      setFields(draft, dbClusterSnapshotFields(snapshot), dbClusterSnapshotCalls.DescribeDBClusterSnapshots.label);
      const attributes = await ctx.call(dbClusterSnapshotCalls.DescribeDBClusterSnapshotAttributes, () => rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })));
      setField(draft, 'restoreAttributeValues', attributes, (answer) => dbClusterSnapshotRestore(answer.DBClusterSnapshotAttributesResult, id), dbClusterSnapshotCalls.DescribeDBClusterSnapshotAttributes.label);
      ctx.emit(draft.build());
    });
  },
});
