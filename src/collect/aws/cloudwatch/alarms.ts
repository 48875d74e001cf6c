/**
 * aws.cloudwatch.alarm: the metric alarms of the region (composite alarms
 * are another shape and not part of this type). One paginated call answers
 * everything, so an alarm is either fully described or not listed at all.
 */
import { CloudWatchClient, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import { INCOMPLETE, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources } from '../../listing.js';
import { alarmFields } from './map.js';

export const cloudwatchAlarms = defineCollector({
  type: 'aws.cloudwatch.alarm',
  scope: 'regional',
  permissions: ['cloudwatch:DescribeAlarms'],
  async collect(ctx) {
    const cloudwatch = ctx.clients.get(CloudWatchClient, ctx.region);
    const alarms = await listResources(ctx, 'cloudwatch:DescribeAlarms', () => paginateDescribeAlarms({ client: cloudwatch }, { AlarmTypes: ['MetricAlarm'] }), (page) => page.MetricAlarms);
    for (const alarm of alarms) {
      if (alarm.AlarmName === undefined || alarm.AlarmName === '') {
        ctx.listingFailed({ code: INCOMPLETE, message: 'DescribeAlarms answered an alarm without AlarmName', operation: 'cloudwatch:DescribeAlarms' }, true);
        continue;
      }
      const draft = ctx.draft({ type: 'aws.cloudwatch.alarm', id: alarm.AlarmName, ...(alarm.AlarmArn === undefined ? {} : { arn: alarm.AlarmArn }) });
      setFields(draft, alarmFields(alarm), 'cloudwatch:DescribeAlarms');
      ctx.emit(draft.build());
    }
  },
});
