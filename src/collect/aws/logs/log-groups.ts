/**
 * aws.logs.log-group: the log groups of the region with their metric
 * filters. Filters are listed once for the whole region and grouped by log
 * group, rather than asked for group by group: a few calls instead of one
 * per group. If that listing fails, every group's metricFilters is recorded
 * as failed (so "is there a filter for X" is ERROR, not FAIL).
 */
import { CloudWatchLogsClient, paginateDescribeLogGroups, paginateDescribeMetricFilters, type MetricFilter } from '@aws-sdk/client-cloudwatch-logs';
import { defineCollector } from '../../define.js';
import { listResources } from '../../listing.js';
import { filtersByLogGroup, logGroupArn, logGroupFields, metricFilters } from './map.js';

export const logsLogGroups = defineCollector({
  type: 'aws.logs.log-group',
  scope: 'regional',
  permissions: ['logs:DescribeLogGroups', 'logs:DescribeMetricFilters'],
  async collect(ctx) {
    const logs = ctx.clients.get(CloudWatchLogsClient, ctx.region);
    const groups = await listResources(ctx, 'logs:DescribeLogGroups', () => paginateDescribeLogGroups({ client: logs }, {}), (page) => page.logGroups);
    if (groups.length === 0) return;
    const listed = await ctx.call('logs:DescribeMetricFilters', async () => {
      const filters: MetricFilter[] = [];
      for await (const page of paginateDescribeMetricFilters({ client: logs }, {})) for (const filter of page.metricFilters ?? []) filters.push(filter);
      return filtersByLogGroup(filters);
    });
    for (const group of groups) {
      const name = group.logGroupName ?? '';
      const arn = logGroupArn(group);
      const draft = ctx.draft({ type: 'aws.logs.log-group', id: name, ...(arn === undefined ? {} : { arn }) });
      for (const [path, value] of Object.entries(logGroupFields(group))) draft.set(path, value);
      draft.field('metricFilters', listed, (byGroup) => metricFilters(byGroup.get(name) ?? []));
      ctx.emit(draft.build());
    }
  },
});
