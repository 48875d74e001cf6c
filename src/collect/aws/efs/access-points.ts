/**
 * aws.efs.access-point: every access point of the region, from one
 * DescribeAccessPoints listing (no file system filter), which answers every
 * field.
 */
import { EFSClient, paginateDescribeAccessPoints } from '@aws-sdk/client-efs';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { accessPointFields, accessPointName, accessPointTags } from './map-access-points.js';

export const accessPointCalls = callTable('EFS', 'elasticfilesystem', {
  DescribeAccessPoints: { iam: 'elasticfilesystem:DescribeAccessPoints', fills: ['accessPointId', 'fileSystemId', 'name', 'lifeCycleState', 'rootDirectoryPath', 'posixUser'] },
});

export const efsAccessPoints = defineCollector({
  type: 'aws.efs.access-point',
  scope: 'regional',
  calls: [accessPointCalls],
  async collect(ctx) {
    const efs = ctx.clients.get(EFSClient, ctx.region);
    const accessPoints = await listResources(ctx, accessPointCalls.DescribeAccessPoints, () => paginateDescribeAccessPoints({ client: efs, pageSize: 100 }, {}), (page) => page.AccessPoints);
    for (const ap of accessPoints) {
      const id = listedId(ctx, ap.AccessPointId, accessPointCalls.DescribeAccessPoints, 'an access point', 'AccessPointId');
      if (id === undefined) continue;
      const name = accessPointName(ap);
      const draft = ctx.draft({ type: 'aws.efs.access-point', id, ...(ap.AccessPointArn === undefined ? {} : { arn: ap.AccessPointArn }), ...(name === null ? {} : { name }), tags: accessPointTags(ap) });
      setFields(draft, accessPointFields(ap), accessPointCalls.DescribeAccessPoints.label);
      ctx.emit(draft.build());
    }
  },
});
