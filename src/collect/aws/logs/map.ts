/**
 * Pure mapping from CloudWatch Logs API answers to the aws.logs.log-group
 * catalog shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - retentionInDays absent is null, "never expire": a log group keeps its
 *   events until a retention is set, and DeleteRetentionPolicy is how one
 *   removes it (LogGroup, CloudWatch Logs API Reference; the AWS Config rule
 *   cw-loggroup-retention-period-check reads it as "Never expire" too).
 * - kmsKeyId absent is null: the log group is encrypted with CloudWatch
 *   Logs' own keys, not a KMS key of the account.
 * - logGroupClass absent is STANDARD: "If you omit this parameter, the
 *   default of STANDARD is used" (CreateLogGroup), and groups from before
 *   classes existed are Standard.
 * - A metric transformation's defaultValue and unit absent are null: none is
 *   published when nothing matches, and CloudWatch uses no unit.
 * A metric filter without its pattern, name or a transformation's metric is
 * unknown, never "": an empty pattern matches every event, so "" would
 * pass any "is there a filter for these events" check.
 */
import type { LogGroup, MetricFilter, MetricTransformation } from '@aws-sdk/client-cloudwatch-logs';
import { eachOf, knownValue, required, text, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type LogGroupData = CatalogData['aws.logs.log-group'];

/** DescribeLogGroups' `arn` ends in ":*"; `logGroupArn` (newer answers) is the ARN without it. */
export function logGroupArn(group: LogGroup): string | undefined {
  return group.logGroupArn ?? group.arn?.replace(/:\*$/, '');
}

export function logGroupFields(group: LogGroup): ReadersOf<LogGroupData> {
  return {
    logGroupName: () => text(group.logGroupName, 'logGroupName'),
    // Epoch milliseconds.
    creationTime: () => new Date(required(group.creationTime, 'creationTime')).toISOString(),
    retentionInDays: () => group.retentionInDays ?? null,
    kmsKeyId: () => (group.kmsKeyId === undefined || group.kmsKeyId === '' ? null : group.kmsKeyId),
    storedBytes: () => required(group.storedBytes, 'storedBytes'),
    // Absent is STANDARD (the default class); a class the catalog does not list yet (ESSENTIALS) is unreadable, not an invalid snapshot.
    logGroupClass: () => (group.logGroupClass === undefined ? 'STANDARD' : knownValue(group.logGroupClass, ['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'], 'logGroupClass')),
  };
}

/**
 * One region-wide DescribeMetricFilters listing, grouped by the log group
 * each filter belongs to. A filter without logGroupName cannot be placed:
 * counted in `unplaced`, so every group's list can say it may be missing one.
 */
export function filtersByLogGroup(filters: readonly MetricFilter[]): { byGroup: Map<string, MetricFilter[]>; unplaced: number } {
  const byGroup = new Map<string, MetricFilter[]>();
  let unplaced = 0;
  for (const filter of filters) {
    const name = filter.logGroupName;
    if (name === undefined || name === '') {
      unplaced++;
      continue;
    }
    let list = byGroup.get(name);
    if (list === undefined) byGroup.set(name, (list = []));
    list.push(filter);
  }
  return { byGroup, unplaced };
}

function transformation(t: MetricTransformation): LogGroupData['metricFilters'][number]['metricTransformations'][number] {
  return {
    metricName: text(t.metricName, 'metricName'),
    metricNamespace: text(t.metricNamespace, 'metricNamespace'),
    metricValue: text(t.metricValue, 'metricValue'),
    defaultValue: t.defaultValue ?? null,
    unit: t.unit ?? null,
  };
}

/** A log group's filters, each on its own: one AWS answered incompletely fails at its index (see eachOf). */
export function metricFilters(filters: readonly MetricFilter[]): WithGaps<LogGroupData['metricFilters']> {
  return eachOf(filters, 'metricFilters', (filter) => ({
    filterName: text(filter.filterName, 'filterName'),
    // PutMetricFilter requires a pattern, "" included, so DescribeMetricFilters always has one to answer.
    filterPattern: required(filter.filterPattern, 'filterPattern'),
    metricTransformations: required(filter.metricTransformations, 'metricTransformations').map(transformation),
  }));
}
