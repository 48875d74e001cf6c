/**
 * Pure mapping from CloudWatch DescribeAlarms to the aws.cloudwatch.alarm
 * catalog shape, one reader per field (answers.ts): the alarm's name,
 * state, comparison, evaluation periods, whether actions are enabled and its
 * three action lists are always answered, so one left out is unknown —
 * never "actions off", "no actions" or a guessed operator.
 *
 * What absence is read as, and why:
 * - The single metric's Namespace, MetricName, Statistic, Period and the
 *   Threshold absent are null: metric-math and anomaly-detection alarms
 *   watch Metrics (or a ThresholdMetricId) instead (MetricAlarm, CloudWatch
 *   API Reference); ExtendedStatistic is there only for percentiles.
 * - AlarmDescription absent is null (optional when the alarm is created).
 * - DatapointsToAlarm absent is null, meaning every evaluation period, and
 *   TreatMissingData absent is null, which CloudWatch treats as "missing"
 *   (PutMetricAlarm: "If you omit this parameter, the default behavior of
 *   missing is used").
 * - Metrics absent is empty: a single-metric alarm has no metric data
 *   queries (the describe-alarms example in the AWS CLI reference answers
 *   one without Metrics).
 * - A query's ReturnData absent is true: "If you omit this, the default of
 *   true is used" (MetricDataQuery); its Expression is there only for math.
 */
import type { MetricAlarm, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { knownValue, required, text, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Alarm = CatalogData['aws.cloudwatch.alarm'];

function metricQuery(query: MetricDataQuery): Alarm['metrics'][number] {
  const stat = query.MetricStat;
  const metric = stat === undefined ? undefined : required(stat.Metric, 'MetricStat.Metric');
  return {
    id: text(query.Id, 'Metrics Id'),
    expression: query.Expression ?? null,
    returnData: query.ReturnData ?? true,
    metricStat: metric === undefined ? null : { namespace: text(metric.Namespace, 'MetricStat.Metric.Namespace'), metricName: text(metric.MetricName, 'MetricStat.Metric.MetricName') },
  };
}

export function alarmFields(alarm: MetricAlarm): ReadersOf<Alarm> {
  return {
    alarmName: () => text(alarm.AlarmName, 'AlarmName'),
    alarmDescription: () => alarm.AlarmDescription ?? null,
    namespace: () => alarm.Namespace ?? null,
    metricName: () => alarm.MetricName ?? null,
    statistic: () => (alarm.Statistic === undefined ? null : knownValue(alarm.Statistic, ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'], 'Statistic')),
    extendedStatistic: () => alarm.ExtendedStatistic ?? null,
    dimensions: () => required(alarm.Dimensions, 'Dimensions').map((d) => ({ name: text(d.Name, 'Dimensions Name'), value: required(d.Value, 'Dimensions Value') })),
    period: () => alarm.Period ?? null,
    evaluationPeriods: () => required(alarm.EvaluationPeriods, 'EvaluationPeriods'),
    datapointsToAlarm: () => alarm.DatapointsToAlarm ?? null,
    threshold: () => alarm.Threshold ?? null,
    comparisonOperator: () => knownValue(alarm.ComparisonOperator, [
      'GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold',
      'LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold',
    ], 'ComparisonOperator'),
    treatMissingData: () => (alarm.TreatMissingData === undefined ? null : knownValue(alarm.TreatMissingData, ['breaching', 'notBreaching', 'ignore', 'missing'], 'TreatMissingData')),
    actionsEnabled: () => required(alarm.ActionsEnabled, 'ActionsEnabled'),
    alarmActions: () => required(alarm.AlarmActions, 'AlarmActions'),
    okActions: () => required(alarm.OKActions, 'OKActions'),
    insufficientDataActions: () => required(alarm.InsufficientDataActions, 'InsufficientDataActions'),
    stateValue: () => knownValue(alarm.StateValue, ['OK', 'ALARM', 'INSUFFICIENT_DATA'], 'StateValue'),
    metrics: () => (alarm.Metrics ?? []).map(metricQuery),
  };
}
