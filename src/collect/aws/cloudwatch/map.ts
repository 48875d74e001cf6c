/** Pure mapping from CloudWatch DescribeAlarms to the aws.cloudwatch.alarm catalog shape. */
import type { MetricAlarm, MetricDataQuery } from '@aws-sdk/client-cloudwatch';

function metricQuery(query: MetricDataQuery): Record<string, unknown> {
  const metric = query.MetricStat?.Metric;
  return {
    id: query.Id ?? '',
    expression: query.Expression ?? null,
    // AWS's default when ReturnData is left out.
    returnData: query.ReturnData ?? true,
    metricStat: query.MetricStat === undefined ? null : { namespace: metric?.Namespace ?? '', metricName: metric?.MetricName ?? '' },
  };
}

export function alarmFields(alarm: MetricAlarm): Record<string, unknown> {
  return {
    alarmName: alarm.AlarmName ?? '',
    alarmDescription: alarm.AlarmDescription ?? null,
    namespace: alarm.Namespace ?? null,
    metricName: alarm.MetricName ?? null,
    statistic: alarm.Statistic ?? null,
    extendedStatistic: alarm.ExtendedStatistic ?? null,
    dimensions: (alarm.Dimensions ?? []).map((d) => ({ name: d.Name ?? '', value: d.Value ?? '' })),
    period: alarm.Period ?? null,
    evaluationPeriods: alarm.EvaluationPeriods ?? 1,
    datapointsToAlarm: alarm.DatapointsToAlarm ?? null,
    threshold: alarm.Threshold ?? null,
    comparisonOperator: alarm.ComparisonOperator ?? 'GreaterThanOrEqualToThreshold',
    treatMissingData: alarm.TreatMissingData ?? null,
    // Always answered; if it ever were not, "no actions" is the reading that cannot hide a gap.
    actionsEnabled: alarm.ActionsEnabled ?? false,
    alarmActions: alarm.AlarmActions ?? [],
    okActions: alarm.OKActions ?? [],
    insufficientDataActions: alarm.InsufficientDataActions ?? [],
    stateValue: alarm.StateValue ?? 'INSUFFICIENT_DATA',
    metrics: (alarm.Metrics ?? []).map(metricQuery),
  };
}
