/**
 * aws.cloudwatch.alarm: the metric alarms of the region (composite alarms
 * are another shape and not part of this type). One paginated call answers
 * everything, so an alarm is either fully described or not listed at all.
 */
import { callTable } from '../../calls.js';
import { CloudWatchClient, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { alarmFields } from './map.js';

export const alarmCalls = callTable('CloudWatch', 'cloudwatch', {
  DescribeAlarms: { iam: 'cloudwatch:DescribeAlarms', fills: ['alarmName', 'alarmDescription', 'namespace', 'metricName', 'statistic', 'extendedStatistic', 'dimensions', 'period', 'evaluationPeriods', 'datapointsToAlarm', 'threshold', 'comparisonOperator', 'treatMissingData', 'actionsEnabled', 'alarmActions', 'okActions', 'insufficientDataActions', 'stateValue', 'metrics'] },
});

export const cloudwatchAlarms = defineCollector({
  type: 'aws.cloudwatch.alarm',
  scope: 'regional',
  calls: [alarmCalls],
  async collect(ctx) {
    const cloudwatch = ctx.clients.get(CloudWatchClient, ctx.region);
    const alarms = await listResources(ctx, alarmCalls.DescribeAlarms, () => paginateDescribeAlarms({ client: cloudwatch }, { AlarmTypes: ['MetricAlarm'] }), (page) => page.MetricAlarms);
    for (const alarm of alarms) {
      const name = listedId(ctx, alarm.AlarmName, alarmCalls.DescribeAlarms, 'an alarm', 'AlarmName');
      if (name === undefined) continue;
      const draft = ctx.draft({ type: 'aws.cloudwatch.alarm', id: name, ...(alarm.AlarmArn === undefined ? {} : { arn: alarm.AlarmArn }) });
      setFields(draft, alarmFields(alarm), alarmCalls.DescribeAlarms.label);
      ctx.emit(draft.build());
    }
  },
});
