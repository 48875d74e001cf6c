/**
 * aws.logs.log-group: the log groups of the region with their metric
 * filters. Filters are listed once for the whole region and grouped by log
 * group, rather than asked for group by group: a few calls instead of one
 * per group. If that listing fails, every group's metricFilters is recorded
 * as failed (so "is there a filter for X" is ERROR, not FAIL). A filter
 * answered without its log group's name could be any group's: each list then
 * ends with a placeholder that fails, so such a check is ERROR where no
 * other filter decides it.
 */
import { callTable } from '../../calls.js';
import { CloudWatchLogsClient, paginateDescribeLogGroups, paginateDescribeMetricFilters, type DescribeMetricFiltersCommandOutput } from '@aws-sdk/client-cloudwatch-logs';
import { failureOf, mapped, required, setFields, withUnplaced } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { filtersByLogGroup, logGroupArn, logGroupFields, metricFilters } from './map.js';

export const logGroupCalls = callTable('CloudWatchLogs', 'logs', {
  DescribeLogGroups: { iam: 'logs:DescribeLogGroups', fills: ['logGroupName', 'creationTime', 'retentionInDays', 'kmsKeyId', 'storedBytes', 'logGroupClass'] },
  DescribeMetricFilters: { iam: 'logs:DescribeMetricFilters', fills: ['metricFilters'] },
});

export const logsLogGroups = defineCollector({
  type: 'aws.logs.log-group',
  scope: 'regional',
  calls: [logGroupCalls],
  async collect(ctx) {
    const logs = ctx.clients.get(CloudWatchLogsClient, ctx.region);
    const groups = await listResources(ctx, logGroupCalls.DescribeLogGroups, () => paginateDescribeLogGroups({ client: logs }, {}), (page) => page.logGroups);
    if (groups.length === 0) return;
    const pages = await ctx.call(logGroupCalls.DescribeMetricFilters, async () => {
      const answers: DescribeMetricFiltersCommandOutput[] = [];
      for await (const page of paginateDescribeMetricFilters({ client: logs }, {})) answers.push(page);
      return answers;
    });
    // A page without its list says nothing about which filters exist.
    const listed = mapped(pages, (answers) => filtersByLogGroup(answers.flatMap((page) => required(page.metricFilters, 'metricFilters'))), logGroupCalls.DescribeMetricFilters.label);
    for (const group of groups) {
      const name = listedId(ctx, group.logGroupName, logGroupCalls.DescribeLogGroups, 'a log group', 'logGroupName');
      if (name === undefined) continue;
      const arn = logGroupArn(group);
      const draft = ctx.draft({ type: 'aws.logs.log-group', id: name, ...(arn === undefined ? {} : { arn }) });
      setFields(draft, logGroupFields(group), logGroupCalls.DescribeLogGroups.label);
      if (listed.kind === 'ok') {
        const { byGroup, unplaced } = listed.value;
        setFields(draft, { metricFilters: () => withUnplaced(metricFilters(byGroup.get(name) ?? []), unplaced, `DescribeMetricFilters answered ${unplaced} filter(s) without logGroupName; any of them may belong to this log group`) }, logGroupCalls.DescribeMetricFilters.label);
      } else {
        draft.fail('metricFilters', failureOf(listed, logGroupCalls.DescribeMetricFilters.label));
      }
      ctx.emit(draft.build());
    }
  },
});

