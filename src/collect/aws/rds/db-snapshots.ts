/**
 * aws.rds.db-snapshot: the manual DB snapshots the account owns in the
 * region, each with its restore attribute. Whether a snapshot is public is
 * read from that attribute ("all"), the detailed configuration, never from a
 * summary; when the attribute call fails, who may restore is a recorded
 * failure, never an empty list. Automated snapshots cannot be shared and are
 * encrypted exactly when their instance is (aws-rds-instance-encrypted), so
 * only manual ones are listed.
 */
import { callTable } from '../../calls.js';
import { DescribeDBSnapshotAttributesCommand, RDSClient, paginateDescribeDBSnapshots } from '@aws-sdk/client-rds';
import { setField, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { dbSnapshotFields, dbSnapshotRestore, snapshotTags } from './map-snapshots.js';

export const dbSnapshotCalls = callTable('RDS', 'rds', {
  DescribeDBSnapshots: { iam: 'rds:DescribeDBSnapshots', fills: ['dbSnapshotIdentifier', 'dbInstanceIdentifier', 'snapshotType', 'status', 'engine', 'engineVersion', 'snapshotCreateTime', 'encrypted', 'kmsKeyId'] },
  DescribeDBSnapshotAttributes: { iam: 'rds:DescribeDBSnapshotAttributes', fills: ['restoreAttributeValues'] },
});

export const rdsDbSnapshots = defineCollector({
  type: 'aws.rds.db-snapshot',
  scope: 'regional',
  calls: [dbSnapshotCalls],
  async collect(ctx) {
    const rds = ctx.clients.get(RDSClient, ctx.region);
    // Pages hold at most 100 snapshots; without SnapshotType RDS also lists the automated ones.
    const snapshots = await listResources(ctx, dbSnapshotCalls.DescribeDBSnapshots, () => paginateDescribeDBSnapshots({ client: rds, pageSize: 100 }, { SnapshotType: 'manual' }), (page) => page.DBSnapshots);
    await inWindow(snapshots, async (snapshot) => {
      const id = listedId(ctx, snapshot.DBSnapshotIdentifier, dbSnapshotCalls.DescribeDBSnapshots, 'a snapshot', 'DBSnapshotIdentifier');
      if (id === undefined) return;
      const draft = ctx.draft({ type: 'aws.rds.db-snapshot', id, ...(snapshot.DBSnapshotArn === undefined ? {} : { arn: snapshot.DBSnapshotArn }), tags: snapshotTags(snapshot) });
      setFields(draft, dbSnapshotFields(snapshot), dbSnapshotCalls.DescribeDBSnapshots.label);
      const attributes = await ctx.call(dbSnapshotCalls.DescribeDBSnapshotAttributes, () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })));
      setField(draft, 'restoreAttributeValues', attributes, (answer) => dbSnapshotRestore(answer.DBSnapshotAttributesResult, id), dbSnapshotCalls.DescribeDBSnapshotAttributes.label);
      ctx.emit(draft.build());
    });
  },
});
