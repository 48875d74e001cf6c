import { defineResourceType } from '../define.js';
import { bool, int, list, nullable, num, obj, oneOf, str } from '../fields.js';

const arnList = (when: string) => list(str('An action ARN (SNS topic, Auto Scaling policy, EC2 or Systems Manager action).'), `Actions run when the alarm enters ${when}; empty when none.`);

const metricQuery = obj({
  id: str('Query id, referenced by expressions of the same alarm.'),
  expression: nullable(str('Metric math expression; null when the query retrieves a metric.')),
  returnData: bool('Whether this query\'s result is the time series the alarm watches (AWS default true when omitted).'),
  metricStat: nullable(obj({
    namespace: str('Namespace of the retrieved metric.'),
    metricName: str('Name of the retrieved metric.'),
  }, 'Metric the query retrieves; null for an expression.')),
}, 'One metric data query of a metric-math alarm.');

export const cloudwatchAlarm = defineResourceType({
  type: 'aws.cloudwatch.alarm',
  service: 'cloudwatch',
  scope: 'regional',
  awsTypes: ['AWS::CloudWatch::Alarm'],
  description: 'A CloudWatch metric alarm with the metric it watches, its threshold, its actions and its current state.',
  idDescription: 'the alarm name',
  data: obj({
    alarmName: str('Alarm name.'),
    alarmDescription: nullable(str('Alarm description; null when none.')),
    namespace: nullable(str('Namespace of the watched metric; null for metric-math alarms.')),
    metricName: nullable(str('Name of the watched metric; null for metric-math alarms.')),
    statistic: nullable(oneOf(['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'], 'Statistic applied to the metric; null for percentile (extendedStatistic) or metric-math alarms.')),
    extendedStatistic: nullable(str('Percentile or other extended statistic, e.g. p99; null when a plain statistic or metric math is used.')),
    dimensions: list(obj({
      name: str('Dimension name.'),
      value: str('Dimension value.'),
    }, 'One metric dimension.'), 'Dimensions of the watched metric; empty when none or for metric-math alarms.'),
    period: nullable(int('Seconds over which the statistic is applied; null for metric-math alarms.', { minimum: 1 })),
    evaluationPeriods: int('Number of most recent periods compared with the threshold.', { minimum: 1 }),
    datapointsToAlarm: nullable(int('Breaching data points, out of evaluationPeriods, that trigger the alarm; null means all of them.', { minimum: 1 })),
    threshold: nullable(num('Value the statistic is compared with; null for anomaly-detection alarms (they use a threshold metric).')),
    comparisonOperator: oneOf([
      'GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold',
      'LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold',
    ], 'How the statistic is compared with the threshold.'),
    treatMissingData: nullable(oneOf(['breaching', 'notBreaching', 'ignore', 'missing'], 'How missing data points are treated; null when not set (AWS then treats them as missing).')),
    actionsEnabled: bool('Whether the alarm runs its actions on state changes.'),
    alarmActions: arnList('ALARM'),
    okActions: arnList('OK'),
    insufficientDataActions: arnList('INSUFFICIENT_DATA'),
    stateValue: oneOf(['OK', 'ALARM', 'INSUFFICIENT_DATA'], 'Current alarm state.'),
    metrics: list(metricQuery, 'Metric data queries of a metric-math or anomaly-detection alarm (DescribeAlarms Metrics); empty for single-metric alarms.'),
  }, 'CloudWatch metric alarm settings.'),
  example: {
    alarmName: 'root-account-usage',
    alarmDescription: 'Root account usage (CIS)',
    namespace: 'CISBenchmark',
    metricName: 'RootAccountUsage',
    statistic: 'Sum',
    extendedStatistic: null,
    dimensions: [],
    period: 300,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    threshold: 1,
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    treatMissingData: 'notBreaching',
    actionsEnabled: true,
    alarmActions: ['arn:aws:sns:us-east-1:123456789012:security-alerts'],
    okActions: [],
    insufficientDataActions: [],
    stateValue: 'OK',
    metrics: [],
  },
});
