import { defineResourceType } from '../define.js';
import { int, list, nullable, num, obj, oneOf, str, timestamp } from '../fields.js';

/** CloudWatch StandardUnit values, as metric filters accept them. */
const standardUnits = [
  'Seconds', 'Microseconds', 'Milliseconds', 'Bytes', 'Kilobytes', 'Megabytes', 'Gigabytes', 'Terabytes',
  'Bits', 'Kilobits', 'Megabits', 'Gigabits', 'Terabits', 'Percent', 'Count',
  'Bytes/Second', 'Kilobytes/Second', 'Megabytes/Second', 'Gigabytes/Second', 'Terabytes/Second',
  'Bits/Second', 'Kilobits/Second', 'Megabits/Second', 'Gigabits/Second', 'Terabits/Second', 'Count/Second', 'None',
] as const;

const metricFilter = obj({
  filterName: str('Metric filter name.'),
  filterPattern: str('Filter pattern matched against log events; empty matches every event.'),
  metricTransformations: list(obj({
    metricName: str('CloudWatch metric the filter publishes to.'),
    metricNamespace: str('Namespace of that metric.'),
    metricValue: str('Value published when an event matches: a number such as "1" or a field reference such as "$.bytes".'),
    defaultValue: nullable(num('Value published when no event matches; null when none is published.')),
    unit: nullable(oneOf(standardUnits, 'Unit of the metric; null when not set (CloudWatch then uses None).')),
  }, 'How matching events become metric data.'), 'Metric transformations of the filter.'),
}, 'One metric filter.');

export const logsLogGroup = defineResourceType({
  type: 'aws.logs.log-group',
  service: 'logs',
  scope: 'regional',
  awsTypes: ['AWS::Logs::LogGroup'],
  description: 'A CloudWatch Logs log group with its retention, encryption, class and metric filters.',
  idDescription: 'the log group name',
  data: obj({
    logGroupName: str('Log group name.'),
    creationTime: timestamp('When the log group was created (DescribeLogGroups creationTime, epoch milliseconds converted).'),
    retentionInDays: nullable(int('Days log events are kept; null when they never expire.', { minimum: 1 })),
    kmsKeyId: nullable(str('ARN of the KMS key that encrypts the log data; null when CloudWatch Logs default encryption is used.')),
    storedBytes: int('Bytes of archived log data stored in the group.', { minimum: 0 }),
    logGroupClass: oneOf(['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'], 'Log class of the group.'),
    metricFilters: list(metricFilter, 'Metric filters on the log group (DescribeMetricFilters); empty when none.'),
  }, 'CloudWatch Logs log group settings.'),
  example: {
    logGroupName: 'aws-cloudtrail-logs-123456789012',
    creationTime: '2024-01-15T09:30:00.000Z',
    retentionInDays: 365,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    storedBytes: 52428800,
    logGroupClass: 'STANDARD',
    metricFilters: [{
      filterName: 'root-account-usage',
      filterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
      metricTransformations: [{
        metricName: 'RootAccountUsage',
        metricNamespace: 'CISBenchmark',
        metricValue: '1',
        defaultValue: null,
        unit: null,
      }],
    }],
  },
});
