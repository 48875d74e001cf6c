/**
 * aws.cloudwatch.alarm: the metric alarms of the region (composite alarms
 * are another shape and not part of this type). One paginated call answers
 * everything, so an alarm is either fully described or not listed at all.
 */
import { CloudWatchClient, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { alarmFields } from './map.js';

export const cloudwatchAlarms = defineCollector({
  type: 'aws.cloudwatch.alarm',
  scope: 'regional',
  permissions: ['cloudwatch:DescribeAlarms'],
  async collect(ctx) {
    const cloudwatch = ctx.clients.get(CloudWatchClient, ctx.region);
    const alarms = await listResources(ctx, 'cloudwatch:DescribeAlarms', () => paginateDescribeAlarms({ client: cloudwatch }, { AlarmTypes: ['MetricAlarm'] }), (page) => page.MetricAlarms);
    for (const alarm of alarms) {
      const name = listedId(ctx, alarm.AlarmName, 'cloudwatch:DescribeAlarms', 'an alarm', 'AlarmName');
      if (name === undefined) continue;
      const draft = ctx.draft({ type: 'aws.cloudwatch.alarm', id: name, ...(alarm.AlarmArn === undefined ? {} : { arn: alarm.AlarmArn }) });
      setFields(draft, alarmFields(alarm), 'cloudwatch:DescribeAlarms');
      ctx.emit(draft.build());
    }
  },
});
