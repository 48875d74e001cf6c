/** aws.ec2.volume: every EBS volume in the region with its encryption and attachments. */
import { callTable } from '../../calls.js';
import { EC2Client, paginateDescribeVolumes } from '@aws-sdk/client-ec2';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { volumeEnvelope, volumeFields } from './map.js';

export const volumeCalls = callTable('EC2', 'ec2', {
  DescribeVolumes: { iam: 'ec2:DescribeVolumes', fills: ['volumeId', 'size', 'volumeType', 'iops', 'throughput', 'encrypted', 'kmsKeyId', 'state', 'createTime', 'availabilityZone', 'snapshotId', 'multiAttachEnabled', 'attachments'] },
});

export const ec2Volumes = defineCollector({
  type: 'aws.ec2.volume',
  scope: 'regional',
  calls: [volumeCalls],
  async collect(ctx) {
    const ec2 = ctx.clients.get(EC2Client, ctx.region);
    // DescribeVolumes pages hold at most 500 volumes.
    const volumes = await listResources(ctx, volumeCalls.DescribeVolumes, () => paginateDescribeVolumes({ client: ec2, pageSize: 500 }, {}), (page) => page.Volumes);
    for (const volume of volumes) {
      if (listedId(ctx, volume.VolumeId, volumeCalls.DescribeVolumes, 'a volume', 'VolumeId') === undefined) continue;
      const draft = ctx.draft(volumeEnvelope(volume, ctx));
      setFields(draft, volumeFields(volume), volumeCalls.DescribeVolumes.label);
      ctx.emit(draft.build());
    }
  },
});
