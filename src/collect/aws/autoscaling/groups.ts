/**
 * aws.autoscaling.group: every Auto Scaling group in the region, from one
 * paginated DescribeAutoScalingGroups listing that answers each group's
 * settings and tags whole (no per-group call).
 */
import { AutoScalingClient, paginateDescribeAutoScalingGroups } from '@aws-sdk/client-auto-scaling';
import { setFields, tagMap } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { GROUP_FIELDS, groupFields } from './map.js';

export const groupCalls = callTable('AutoScaling', 'autoscaling', {
  DescribeAutoScalingGroups: { iam: 'autoscaling:DescribeAutoScalingGroups', fills: [...GROUP_FIELDS] },
});

export const autoscalingGroups = defineCollector({
  type: 'aws.autoscaling.group',
  scope: 'regional',
  calls: [groupCalls],
  async collect(ctx) {
    const client = ctx.clients.get(AutoScalingClient, ctx.region);
    const groups = await listResources(ctx, groupCalls.DescribeAutoScalingGroups,
      () => paginateDescribeAutoScalingGroups({ client, pageSize: 100 }, {}), (page) => page.AutoScalingGroups);
    for (const group of groups) {
      const name = listedId(ctx, group.AutoScalingGroupName, groupCalls.DescribeAutoScalingGroups, 'a group', 'AutoScalingGroupName');
      if (name === undefined) continue;
      const draft = ctx.draft({
        type: 'aws.autoscaling.group', id: name,
        ...(group.AutoScalingGroupARN === undefined || group.AutoScalingGroupARN === '' ? {} : { arn: group.AutoScalingGroupARN }),
        tags: tagMap(group.Tags),
      });
      setFields(draft, groupFields(group), groupCalls.DescribeAutoScalingGroups.label);
      ctx.emit(draft.build());
    }
  },
});
