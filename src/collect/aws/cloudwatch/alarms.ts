/**
 * aws.cloudwatch.alarm: the metric alarms of the region (composite alarms
 * are another shape and not part of this type). One paginated call answers
 * everything, so an alarm is either fully described or not listed at all.
 */
import { CloudWatchClient, paginateDescribeAlarms, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { defineCollector } from '../../define.js';
import { describeError } from '../../failure.js';
import { alarmFields } from './map.js';

export const cloudwatchAlarms = defineCollector({
  type: 'aws.cloudwatch.alarm',
  scope: 'regional',
  permissions: ['cloudwatch:DescribeAlarms'],
  async collect(ctx) {
    const cloudwatch = ctx.clients.get(CloudWatchClient, ctx.region);
    const alarms: MetricAlarm[] = [];
    try {
      for await (const page of paginateDescribeAlarms({ client: cloudwatch }, { AlarmTypes: ['MetricAlarm'] })) alarms.push(...(page.MetricAlarms ?? []));
    } catch (error) {
      const { code, message } = describeError(error);
      ctx.listingFailed({ code, message, operation: 'cloudwatch:DescribeAlarms' }, alarms.length > 0);
    }
    for (const alarm of alarms) {
      const draft = ctx.draft({ type: 'aws.cloudwatch.alarm', id: alarm.AlarmName ?? '', ...(alarm.AlarmArn === undefined ? {} : { arn: alarm.AlarmArn }) });
      for (const [path, value] of Object.entries(alarmFields(alarm))) draft.set(path, value);
      ctx.emit(draft.build());
    }
  },
});
