/** Pure mapping from CloudWatch Logs API answers to the aws.logs.log-group catalog shape. */
import type { LogGroup, MetricFilter } from '@aws-sdk/client-cloudwatch-logs';

/** DescribeLogGroups' `arn` ends in ":*"; `logGroupArn` (newer answers) is the ARN without it. */
export function logGroupArn(group: LogGroup): string | undefined {
  return group.logGroupArn ?? group.arn?.replace(/:\*$/, '');
}

export function logGroupFields(group: LogGroup): Record<string, unknown> {
  return {
    logGroupName: group.logGroupName ?? '',
    // Epoch milliseconds.
    creationTime: new Date(group.creationTime ?? 0).toISOString(),
    retentionInDays: group.retentionInDays ?? null,
    kmsKeyId: group.kmsKeyId === undefined || group.kmsKeyId === '' ? null : group.kmsKeyId,
    storedBytes: group.storedBytes ?? 0,
    logGroupClass: group.logGroupClass ?? 'STANDARD',
  };
}

/** One region-wide DescribeMetricFilters listing, grouped by the log group each filter belongs to. */
export function filtersByLogGroup(filters: readonly MetricFilter[]): Map<string, MetricFilter[]> {
  const grouped = new Map<string, MetricFilter[]>();
  for (const filter of filters) {
    const name = filter.logGroupName ?? '';
    let list = grouped.get(name);
    if (list === undefined) grouped.set(name, (list = []));
    list.push(filter);
  }
  return grouped;
}

export function metricFilters(filters: readonly MetricFilter[]): Record<string, unknown>[] {
  return filters.map((filter) => ({
    filterName: filter.filterName ?? '',
    filterPattern: filter.filterPattern ?? '',
    metricTransformations: (filter.metricTransformations ?? []).map((t) => ({
      metricName: t.metricName ?? '',
      metricNamespace: t.metricNamespace ?? '',
      metricValue: t.metricValue ?? '',
      defaultValue: t.defaultValue ?? null,
      unit: t.unit ?? null,
    })),
  }));
}
