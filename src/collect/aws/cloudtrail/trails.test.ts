/** cloudtrailTrails through the real CloudTrail client, fed recorded JSON-protocol answers in two regions. */
import { describe, expect, it } from 'vitest';
import { cloudtrailTrails } from './trails.js';
import { byTarget, json, jsonError, type Route, type WireRequest } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const regionOf = (r: WireRequest): string => r.hostname.split('.')[1] ?? '';
const arn = (region: string, name: string): string => `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/${name}`;
const trailName = (r: WireRequest, key: string): string => String(r.params[key]).split('/').pop() ?? '';

// "everywhere" is multi-region from us-east-1, "europe" multi-region from eu-west-1: each region lists the other's as a shadow.
const everywhere = {
  Name: 'everywhere', S3BucketName: 'trail-logs', IncludeGlobalServiceEvents: true, IsMultiRegionTrail: true, HomeRegion: 'us-east-1',
  TrailARN: arn('us-east-1', 'everywhere'), LogFileValidationEnabled: true, KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
  CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:aws-cloudtrail-logs:*`, CloudWatchLogsRoleArn: `arn:aws:iam::${ACCOUNT}:role/CloudTrailToLogs`,
  HasCustomEventSelectors: true, HasInsightSelectors: true, IsOrganizationTrail: false,
};
const local = { Name: 'local', S3BucketName: 'local-logs', S3KeyPrefix: 'east', SnsTopicName: 'deliveries', SnsTopicARN: `arn:aws:sns:us-east-1:${ACCOUNT}:deliveries`, IncludeGlobalServiceEvents: false, IsMultiRegionTrail: false, HomeRegion: 'us-east-1', TrailARN: arn('us-east-1', 'local'), LogFileValidationEnabled: false, HasCustomEventSelectors: false, HasInsightSelectors: false, IsOrganizationTrail: false };
const europe = { Name: 'europe', S3BucketName: 'eu-logs', IncludeGlobalServiceEvents: true, IsMultiRegionTrail: true, HomeRegion: 'eu-west-1', TrailARN: arn('eu-west-1', 'europe'), LogFileValidationEnabled: true, HasCustomEventSelectors: true, HasInsightSelectors: false, IsOrganizationTrail: true };

const advanced = {
  TrailARN: everywhere.TrailARN,
  AdvancedEventSelectors: [
    { Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
    { FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }, { Field: 'resources.ARN', NotStartsWith: ['arn:aws:s3:::noisy-bucket/'] }] },
  ],
};
const classic = (name: string) => ({ TrailARN: name, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }], ExcludeManagementEventSources: ['kms.amazonaws.com'] }] });

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['eu-west-1', 'us-east-1']),
    {
      name: 'DescribeTrails',
      match: byTarget('CloudTrail_20131101.DescribeTrails'),
      respond: (r) => json({ trailList: regionOf(r) === 'us-east-1' ? [everywhere, local, europe] : [everywhere, europe] }),
    },
    {
      name: 'GetTrailStatus',
      match: byTarget('CloudTrail_20131101.GetTrailStatus'),
      respond: (r) => (trailName(r, 'Name') === 'local'
        ? json({ IsLogging: false, StopLoggingTime: 1717243000, StartLoggingTime: 1705311000 })
        : json({ IsLogging: true, LatestDeliveryTime: 1717243500, LatestCloudWatchLogsDeliveryTime: 1717243470, StartLoggingTime: 1705311000, LatestDigestDeliveryTime: 1717243200, LatestDeliveryAttemptTime: '2024-06-01T12:05:00Z', TimeLoggingStarted: '2024-01-15T09:30:00Z' })),
    },
    {
      name: 'GetEventSelectors',
      match: byTarget('CloudTrail_20131101.GetEventSelectors'),
      respond: (r) => json(trailName(r, 'TrailName') === 'everywhere' ? advanced : classic(String(r.params.TrailName))),
    },
    {
      name: 'GetInsightSelectors',
      match: byTarget('CloudTrail_20131101.GetInsightSelectors'),
      respond: (r) => (trailName(r, 'TrailName') === 'everywhere'
        ? json({ TrailARN: everywhere.TrailARN, InsightSelectors: [{ InsightType: 'ApiCallRateInsight' }, { InsightType: 'ApiErrorRateInsight' }] })
        : jsonError('InsightNotEnabledException', `Trail ${String(r.params.TrailName)} does not have Insights enabled. Edit the trail settings to enable Insights, and then try the operation again.`)),
    },
  ];
}

describe('cloudtrailTrails', () => {
  it('emits each trail once, in its home region, and normalizes status and selectors', async () => {
    const run = await collectRecorded([cloudtrailTrails], routes(), { regions: ['eu-west-1', 'us-east-1'] });
    expect(run.problems).toEqual([]);
    const trails = run.snapshot.resources.filter((r) => r.type === 'aws.cloudtrail.trail');
    expect(trails.map((t) => `${t.region}/${t.id}`).sort()).toEqual(['eu-west-1/europe', 'us-east-1/everywhere', 'us-east-1/local']);
    // Shadows are never described: one call per trail, from its home region.
    expect(run.aws.count('GetTrailStatus')).toBe(3);
    expect(run.aws.requests.filter((r) => r.target?.endsWith('GetTrailStatus') === true).map((r) => `${regionOf(r)} ${String(r.params.Name)}`).sort())
      .toEqual([`eu-west-1 ${europe.TrailARN}`, `us-east-1 ${everywhere.TrailARN}`, `us-east-1 ${local.TrailARN}`]);
    expect(run.aws.requests.filter((r) => r.target?.endsWith('DescribeTrails') === true).every((r) => r.params.includeShadowTrails === true)).toBe(true);

    const main = trails.find((t) => t.id === 'everywhere');
    expect(main?.arn).toBe(everywhere.TrailARN);
    expect(main?.data).toMatchObject({
      homeRegion: 'us-east-1', isMultiRegionTrail: true, s3KeyPrefix: null, snsTopicArn: null, kmsKeyId: everywhere.KmsKeyId,
      cloudWatchLogsLogGroupArn: everywhere.CloudWatchLogsLogGroupArn, cloudWatchLogsLogGroupName: 'aws-cloudtrail-logs',
      status: { isLogging: true, latestDeliveryTime: '2024-06-01T12:05:00.000Z', latestDeliveryError: null, latestCloudWatchLogsDeliveryTime: '2024-06-01T12:04:30.000Z', latestCloudWatchLogsDeliveryError: null, startLoggingTime: '2024-01-15T09:30:00.000Z', stopLoggingTime: null, latestDigestDeliveryTime: '2024-06-01T12:00:00.000Z' },
      eventSelectors: [],
      insightSelectors: [{ insightType: 'ApiCallRateInsight' }, { insightType: 'ApiErrorRateInsight' }],
    });
    expect(main?.data.advancedEventSelectors).toEqual([
      { name: 'Management events', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'], startsWith: [], endsWith: [], notEquals: [], notStartsWith: [], notEndsWith: [] }] },
      { name: null, fieldSelectors: [
        { field: 'eventCategory', equals: ['Data'], startsWith: [], endsWith: [], notEquals: [], notStartsWith: [], notEndsWith: [] },
        { field: 'resources.type', equals: ['AWS::S3::Object'], startsWith: [], endsWith: [], notEquals: [], notStartsWith: [], notEndsWith: [] },
        { field: 'resources.ARN', equals: [], startsWith: [], endsWith: [], notEquals: [], notStartsWith: ['arn:aws:s3:::noisy-bucket/'], notEndsWith: [] },
      ] },
    ]);

    const single = trails.find((t) => t.id === 'local');
    expect(single?.data).toMatchObject({
      isMultiRegionTrail: false, s3KeyPrefix: 'east', snsTopicArn: local.SnsTopicARN, kmsKeyId: null, cloudWatchLogsLogGroupArn: null, cloudWatchLogsLogGroupName: null, cloudWatchLogsRoleArn: null,
      status: { isLogging: false, latestDeliveryTime: null, stopLoggingTime: '2024-06-01T11:56:40.000Z' },
      eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: ['kms.amazonaws.com'], dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }],
      advancedEventSelectors: [],
      // InsightNotEnabledException is the "not configured" answer.
      insightSelectors: [],
    });
    expect(trails.find((t) => t.id === 'europe')?.data).toMatchObject({ homeRegion: 'eu-west-1', isOrganizationTrail: true, insightSelectors: [] });
    expect(trails.every((t) => t.errors === undefined)).toBe(true);
    expect(run.snapshot.errors).toEqual([]);
    expect(run.snapshot.coverage.filter((c) => c.status === 'complete')).toHaveLength(2);
  });

  it('records AccessDenied on one trail\'s event selectors on that trail only', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === 'CloudTrail_20131101.GetEventSelectors' && trailName(r, 'TrailName') === 'local', respond: jsonError('AccessDeniedException', 'User is not authorized to perform: cloudtrail:GetEventSelectors') };
    const run = await collectRecorded([cloudtrailTrails], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const failed = run.snapshot.resources.find((r) => r.id === 'local');
    const errorOn = (path: string) => ({ path, code: 'AccessDeniedException', message: 'User is not authorized to perform: cloudtrail:GetEventSelectors', operation: 'cloudtrail:GetEventSelectors' });
    expect(failed?.errors).toEqual([errorOn('eventSelectors'), errorOn('advancedEventSelectors')]);
    expect('eventSelectors' in (failed?.data ?? {})).toBe(false);
    expect(failed?.data).toMatchObject({ status: { isLogging: false }, insightSelectors: [] });
    expect(run.snapshot.resources.find((r) => r.id === 'everywhere')?.errors).toBeUndefined();
    expect(run.snapshot.errors).toContainEqual(expect.objectContaining({ service: 'cloudtrail', operation: 'GetEventSelectors', resource: 'local', region: 'us-east-1', code: 'AccessDeniedException' }));
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ region: 'us-east-1', status: 'complete' })]);
  });

  it('marks coverage failed in the region whose trails cannot be listed', async () => {
    const denied: Route = { name: 'list-denied', match: (r) => r.target === 'CloudTrail_20131101.DescribeTrails' && regionOf(r) === 'eu-west-1', respond: jsonError('AccessDeniedException', 'no cloudtrail:DescribeTrails') };
    const run = await collectRecorded([cloudtrailTrails], routes([denied]), { regions: ['eu-west-1', 'us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['everywhere', 'local']);
    expect(run.snapshot.coverage).toContainEqual({ type: 'aws.cloudtrail.trail', account: ACCOUNT, region: 'eu-west-1', status: 'failed', reason: 'AccessDeniedException on cloudtrail:DescribeTrails: no cloudtrail:DescribeTrails' });
    expect(run.snapshot.coverage).toContainEqual({ type: 'aws.cloudtrail.trail', account: ACCOUNT, region: 'us-east-1', status: 'complete' });
  });
});

describe('cloudtrailTrails call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(cloudtrailTrails)).toEqual([]);
  });
});
