/**
 * aws.ec2.snapshot: the EBS snapshots the account owns in the region
 * (OwnerIds self), each with its createVolumePermission attribute. Whether a
 * snapshot is public is read from that attribute (group "all"), the detailed
 * configuration, never from a summary; when the attribute call fails the
 * permissions are a recorded failure, never an empty list.
 */
import { callTable } from '../../calls.js';
import { DescribeSnapshotAttributeCommand, EC2Client, paginateDescribeSnapshots } from '@aws-sdk/client-ec2';
import { setField, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { createVolumePermissions, snapshotEnvelope, snapshotFields } from './map-snapshots.js';

export const snapshotCalls = callTable('EC2', 'ec2', {
  DescribeSnapshots: { iam: 'ec2:DescribeSnapshots', fills: ['snapshotId', 'volumeId', 'volumeSize', 'state', 'startTime', 'ownerId', 'description', 'encrypted', 'kmsKeyId'] },
  DescribeSnapshotAttribute: { iam: 'ec2:DescribeSnapshotAttribute', fills: ['createVolumePermissions'] },
});

export const ec2Snapshots = defineCollector({
  type: 'aws.ec2.snapshot',
  scope: 'regional',
  calls: [snapshotCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    // DescribeSnapshots pages hold at most 1000 snapshots; without OwnerIds it would list every public snapshot too.
    const snapshots = await listResources(ctx, snapshotCalls.DescribeSnapshots, () => paginateDescribeSnapshots({ client: ec2, pageSize: 1000 }, { OwnerIds: ['self'] }), (page) => page.Snapshots);
    await inWindow(snapshots, async (snapshot) => {
      const id = listedId(ctx, snapshot.SnapshotId, snapshotCalls.DescribeSnapshots, 'a snapshot', 'SnapshotId');
      if (id === undefined) return;
      const draft = ctx.draft(snapshotEnvelope(snapshot, ctx));
      setFields(draft, snapshotFields(snapshot), snapshotCalls.DescribeSnapshots.label);
      const attribute = await ctx.call(snapshotCalls.DescribeSnapshotAttribute, () => ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission' })));
      setField(draft, 'createVolumePermissions', attribute, (answer) => createVolumePermissions(answer, id), snapshotCalls.DescribeSnapshotAttribute.label);
      ctx.emit(draft.build());
    });
  },
});
