/**
 * CloudTrail trails: one compliant management trail, three that look like
 * coverage but are not — stopped, read-only, or single-region without
 * encryption or validation — and one delivering to the organization's log
 * archive, a bucket another account owns.
 */
import type { Static } from '@sinclair/typebox';
import { cloudtrailTrail } from '../../src/resources/types/cloudtrail-trail.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, buckets, daysAgo, keys, make, trailLogGroup, type DemoRegion, type Overrides } from './demo.js';

type TrailData = Static<typeof cloudtrailTrail.data>;
type FieldSelector = TrailData['advancedEventSelectors'][number]['fieldSelectors'][number];

function equalsSelector(field: string, values: string[]): FieldSelector {
  return { field, equals: values, startsWith: [], endsWith: [], notEquals: [], notStartsWith: [], notEndsWith: [] };
}

/** A trail delivering normally: logging since `started`, last deliveries minutes before collection. */
function healthyStatus(started: string, cloudWatch: boolean): TrailData['status'] {
  return {
    isLogging: true,
    latestDeliveryTime: daysAgo(4 / 1440),
    latestDeliveryError: null,
    latestCloudWatchLogsDeliveryTime: cloudWatch ? daysAgo(1 / 1440) : null,
    latestCloudWatchLogsDeliveryError: null,
    startLoggingTime: started,
    stopLoggingTime: null,
    latestDigestDeliveryTime: daysAgo(29 / 1440),
  };
}

function trail(region: DemoRegion, name: string, data: Overrides<typeof cloudtrailTrail>): Resource {
  return make(cloudtrailTrail, {
    id: name,
    region,
    arn: arn.in('cloudtrail', region, `trail/${name}`),
    tags: { owner: 'security' },
    data: { name, homeRegion: region, ...data },
  });
}

export function cloudtrailTrails(): Resource[] {
  return [
    // The compliant one: multi-region, logging, log file validation, SSE-KMS, CloudWatch Logs integration,
    // management events read and write plus S3 data events (CIS 3.1, 3.2, 3.5, 3.8, 3.9); its log group feeds the section 4 alarms.
    trail('us-east-1', 'acme-management-events', {
      s3BucketName: buckets.trailLogs,
      kmsKeyId: keys.securityLogging,
      cloudWatchLogsLogGroupArn: `${arn.logGroup('us-east-1', trailLogGroup)}:*`,
      cloudWatchLogsLogGroupName: trailLogGroup,
      cloudWatchLogsRoleArn: arn.iam('role/CloudTrailToCloudWatchLogs'),
      status: healthyStatus('2023-02-14T10:12:00.000Z', true),
    }),

    // Edge case 1: a multi-region trail that exists but is NOT logging — stopped on 2026-08-19.
    // "A multi-region trail exists" is not enough for CIS 3.1; it must be logging.
    trail('eu-west-1', 'acme-security-audit', {
      s3BucketName: buckets.euTrailLogs,
      kmsKeyId: keys.euData,
      cloudWatchLogsLogGroupArn: null,
      cloudWatchLogsLogGroupName: null,
      cloudWatchLogsRoleArn: null,
      hasCustomEventSelectors: false,
      eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }],
      status: {
        isLogging: false,
        latestDeliveryTime: '2026-08-19T22:35:41.000Z',
        latestCloudWatchLogsDeliveryTime: null,
        startLoggingTime: '2024-05-06T08:30:00.000Z',
        stopLoggingTime: '2026-08-19T22:41:07.000Z',
        latestDigestDeliveryTime: '2026-08-19T22:30:12.000Z',
      },
    }),

    // Edge case 2: multi-region and logging, but its only advanced event selector records read-only
    // management events (eventCategory = Management, readOnly = true), so every write is missed: it must
    // not satisfy CIS 3.1, which needs read and write management events.
    trail('us-east-1', 'acme-readonly-audit', {
      s3BucketName: buckets.trailLogs,
      s3KeyPrefix: 'readonly-audit',
      kmsKeyId: keys.securityLogging,
      cloudWatchLogsLogGroupArn: null,
      cloudWatchLogsLogGroupName: null,
      cloudWatchLogsRoleArn: null,
      eventSelectors: [],
      advancedEventSelectors: [{
        name: 'Read-only management events',
        fieldSelectors: [equalsSelector('eventCategory', ['Management']), equalsSelector('readOnly', ['true'])],
      }],
      status: healthyStatus('2025-03-03T14:00:00.000Z', false),
    }),

    // Single-region data-event trail for the EU data lake: no SSE-KMS (CIS 3.5) and no log file
    // validation (CIS 3.2); it must not count as the account's multi-region trail.
    trail('eu-west-1', 'acme-eu-data-events', {
      isMultiRegionTrail: false,
      includeGlobalServiceEvents: false,
      s3BucketName: buckets.euTrailLogs,
      s3KeyPrefix: 'data-events',
      logFileValidationEnabled: false,
      kmsKeyId: null,
      cloudWatchLogsLogGroupArn: null,
      cloudWatchLogsLogGroupName: null,
      cloudWatchLogsRoleArn: null,
      eventSelectors: [{
        readWriteType: 'WriteOnly',
        includeManagementEvents: false,
        excludeManagementEventSources: [],
        dataResources: [{ type: 'AWS::S3::Object', values: [`${arn.s3(buckets.euDataLake)}/`] }],
      }],
      status: { ...healthyStatus('2024-06-12T09:00:00.000Z', false), latestDigestDeliveryTime: null },
    }),

    // Edge case 5: a single-region trail delivering to the organization's central log archive, a bucket
    // the management account owns (it is not among this account's bucket names). The trail-bucket checks
    // (CIS 4.4 …) are NOT_APPLICABLE here, with the finding saying to evaluate them in the bucket owner's
    // account — not ERROR, which would fail a --fail-on-error gate in every member account for nothing.
    trail('us-east-1', 'acme-org-archive', {
      isMultiRegionTrail: false,
      s3BucketName: 'acme-org-log-archive-111122223333',
      s3KeyPrefix: 'acme-production',
      kmsKeyId: keys.securityLogging,
      cloudWatchLogsLogGroupArn: `${arn.logGroup('us-east-1', trailLogGroup)}:*`,
      cloudWatchLogsLogGroupName: trailLogGroup,
      cloudWatchLogsRoleArn: arn.iam('role/CloudTrailToCloudWatchLogs'),
      eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }],
      status: healthyStatus('2025-09-01T08:00:00.000Z', true),
    }),
  ];
}
