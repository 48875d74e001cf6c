/** logsLogGroups through the real CloudWatch Logs client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { logsLogGroups } from './log-groups.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const groupArn = (name: string): string => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${name}`;
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const trailGroup = { logGroupName: 'aws-cloudtrail-logs', creationTime: 1705311000000, retentionInDays: 365, metricFilterCount: 2, arn: `${groupArn('aws-cloudtrail-logs')}:*`, storedBytes: 52428800, kmsKeyId: kmsKey, logGroupClass: 'STANDARD', logGroupArn: groupArn('aws-cloudtrail-logs') };
// An older answer: no logGroupArn, no class, no retention (never expires).
const lambdaGroup = { logGroupName: '/aws/lambda/handler', creationTime: 1717243500123, metricFilterCount: 0, arn: `${groupArn('/aws/lambda/handler')}:*`, storedBytes: 0 };
const archive = { logGroupName: 'archive', creationTime: 1717243500000, retentionInDays: 3653, metricFilterCount: 0, arn: `${groupArn('archive')}:*`, storedBytes: 10, logGroupClass: 'INFREQUENT_ACCESS', logGroupArn: groupArn('archive') };

const rootFilter = {
  filterName: 'root-account-usage', logGroupName: 'aws-cloudtrail-logs', creationTime: 1705311000000,
  filterPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  metricTransformations: [{ metricName: 'RootAccountUsage', metricNamespace: 'CISBenchmark', metricValue: '1' }],
};
const bytesFilter = { filterName: 'bytes', logGroupName: 'aws-cloudtrail-logs', creationTime: 1705311000000, filterPattern: '', metricTransformations: [{ metricName: 'Bytes', metricNamespace: 'App', metricValue: '$.bytes', defaultValue: 0, unit: 'Bytes' }] };
// A filter on a group DescribeLogGroups did not list (created in between): ignored.
const strayFilter = { ...bytesFilter, filterName: 'stray', logGroupName: 'created-since' };

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeLogGroups',
      match: byTarget('Logs_20140328.DescribeLogGroups'),
      respond: (r) => (r.params.nextToken === undefined ? json({ logGroups: [trailGroup, lambdaGroup], nextToken: 'groups-2' }) : json({ logGroups: [archive] })),
    },
    {
      name: 'DescribeMetricFilters',
      match: byTarget('Logs_20140328.DescribeMetricFilters'),
      respond: (r) => (r.params.nextToken === undefined ? json({ metricFilters: [rootFilter], nextToken: 'filters-2' }) : json({ metricFilters: [bytesFilter, strayFilter] })),
    },
  ];
}

describe('logsLogGroups', () => {
  it('follows pagination, lists metric filters once for the region and maps every group to a valid resource', async () => {
    const run = await collectRecorded([logsLogGroups], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const groups = run.snapshot.resources.filter((r) => r.type === 'aws.logs.log-group');
    expect(groups.map((g) => g.id)).toEqual(['aws-cloudtrail-logs', '/aws/lambda/handler', 'archive']);
    // Two pages of filters for the whole region, not one call per log group.
    expect(run.aws.count('DescribeMetricFilters')).toBe(2);
    expect(run.aws.requests.filter((r) => r.target === 'Logs_20140328.DescribeMetricFilters').every((r) => r.params.logGroupName === undefined)).toBe(true);

    const trail = groups[0];
    expect(trail?.arn).toBe(groupArn('aws-cloudtrail-logs'));
    expect(trail?.data).toEqual({
      logGroupName: 'aws-cloudtrail-logs', creationTime: '2024-01-15T09:30:00.000Z', retentionInDays: 365, kmsKeyId: kmsKey, storedBytes: 52428800, logGroupClass: 'STANDARD',
      metricFilters: [
        { filterName: 'root-account-usage', filterPattern: rootFilter.filterPattern, metricTransformations: [{ metricName: 'RootAccountUsage', metricNamespace: 'CISBenchmark', metricValue: '1', defaultValue: null, unit: null }] },
        { filterName: 'bytes', filterPattern: '', metricTransformations: [{ metricName: 'Bytes', metricNamespace: 'App', metricValue: '$.bytes', defaultValue: 0, unit: 'Bytes' }] },
      ],
    });
    // The ARN without the trailing ":*" when the answer has no logGroupArn.
    expect(groups[1]?.arn).toBe(groupArn('/aws/lambda/handler'));
    expect(groups[1]?.data).toEqual({ logGroupName: '/aws/lambda/handler', creationTime: '2024-06-01T12:05:00.123Z', retentionInDays: null, kmsKeyId: null, storedBytes: 0, logGroupClass: 'STANDARD', metricFilters: [] });
    expect(groups[2]?.data).toMatchObject({ logGroupClass: 'INFREQUENT_ACCESS', metricFilters: [] });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.logs.log-group', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records a failed metric filter listing on every group\'s metricFilters, keeping their other fields', async () => {
    const denied: Route = { name: 'denied', match: byTarget('Logs_20140328.DescribeMetricFilters'), respond: jsonError('AccessDeniedException', 'User is not authorized to perform: logs:DescribeMetricFilters') };
    const run = await collectRecorded([logsLogGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const group of run.snapshot.resources) {
      expect(group.errors).toEqual([{ path: 'metricFilters', code: 'AccessDeniedException', message: 'User is not authorized to perform: logs:DescribeMetricFilters', operation: 'logs:DescribeMetricFilters' }]);
      expect('metricFilters' in group.data).toBe(false);
      expect(group.data.logGroupName).toBe(group.id);
    }
    expect(run.snapshot.errors.filter((e) => e.operation === 'DescribeMetricFilters').map((e) => e.resource)).toEqual(['aws-cloudtrail-logs', '/aws/lambda/handler', 'archive']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('keeps the groups of the first page and marks coverage partial when a later page fails', async () => {
    const broken: Route = { name: 'page-2-denied', match: (r) => r.target === 'Logs_20140328.DescribeLogGroups' && r.params.nextToken === 'groups-2', respond: jsonError('AccessDeniedException', 'no more') };
    const run = await collectRecorded([logsLogGroups], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['aws-cloudtrail-logs', '/aws/lambda/handler']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial', reason: 'AccessDeniedException on logs:DescribeLogGroups: no more' })]);
  });

  it('makes no metric filter call in a region without log groups', async () => {
    const empty: Route = { name: 'empty', match: byTarget('Logs_20140328.DescribeLogGroups'), respond: json({ logGroups: [] }) };
    const run = await collectRecorded([logsLogGroups], routes([empty]), { regions: ['us-east-1'] });
    expect(run.snapshot.resources).toEqual([]);
    expect(run.aws.count('DescribeMetricFilters')).toBe(0);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });
});

describe('logsLogGroups call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(logsLogGroups)).toEqual([]);
  });
});
