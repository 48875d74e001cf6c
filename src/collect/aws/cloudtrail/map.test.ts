import { readFields } from '../../answers.js';
import { describe, expect, it } from 'vitest';
import { eventSelectors, insightSelectors, isInHomeRegion, logGroupNameFromArn, trailFieldReaders, trailHomeRegion, trailStatus } from './map.js';

const trailArn = 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/main';

describe('cloudtrail mapping', () => {
  it('takes the log group name from its ARN, without the trailing ":*"', () => {
    expect(logGroupNameFromArn('arn:aws:logs:us-east-1:123456789012:log-group:aws-cloudtrail-logs:*')).toBe('aws-cloudtrail-logs');
    expect(logGroupNameFromArn('arn:aws:logs:us-east-1:123456789012:log-group:/org/trail/main')).toBe('/org/trail/main');
    expect(logGroupNameFromArn(undefined)).toBeNull();
    expect(logGroupNameFromArn('not-an-arn')).toBeNull();
  });

  it('places a trail in its home region, from HomeRegion or else its ARN', () => {
    expect(trailHomeRegion({ HomeRegion: 'us-east-1', TrailARN: trailArn })).toBe('us-east-1');
    expect(trailHomeRegion({ TrailARN: trailArn })).toBe('eu-west-1');
    expect(isInHomeRegion({ HomeRegion: 'us-east-1', IsMultiRegionTrail: true }, 'eu-west-1')).toBe(false);
    expect(isInHomeRegion({ HomeRegion: 'us-east-1', IsMultiRegionTrail: true }, 'us-east-1')).toBe(true);
    // With nothing to tell, the trail belongs to the region that listed it.
    expect(isInHomeRegion({ Name: 'bare' }, 'ap-south-1')).toBe(true);
  });

  it('spells absent optional settings as null, and fails each always-sent field AWS left out instead of guessing it', () => {
    const { fields, unreadable } = readFields(trailFieldReaders({ Name: 'bare', S3BucketName: 'logs', S3KeyPrefix: '', TrailARN: trailArn, IsMultiRegionTrail: true, IsOrganizationTrail: false, IncludeGlobalServiceEvents: true, LogFileValidationEnabled: true, HasInsightSelectors: false }, 'eu-west-1'));
    expect(unreadable).toEqual([]);
    expect(fields).toEqual({
      name: 'bare', homeRegion: 'eu-west-1', isMultiRegionTrail: true, isOrganizationTrail: false, s3BucketName: 'logs', s3KeyPrefix: null, snsTopicArn: null,
      includeGlobalServiceEvents: true, logFileValidationEnabled: true, kmsKeyId: null, cloudWatchLogsLogGroupArn: null, cloudWatchLogsLogGroupName: null,
      cloudWatchLogsRoleArn: null, hasCustomEventSelectors: null, hasInsightSelectors: false,
    });
    // A bucket name or flag left out is unknown: never an empty bucket (which would read as another account's) or false.
    const bare = readFields(trailFieldReaders({ Name: 'bare', S3BucketName: '', TrailARN: trailArn }, 'eu-west-1'));
    expect(bare.unreadable.map((u) => u.path)).toEqual(['isMultiRegionTrail', 'isOrganizationTrail', 's3BucketName', 'includeGlobalServiceEvents', 'logFileValidationEnabled', 'hasInsightSelectors']);
    expect(() => trailStatus({ $metadata: {} })).toThrow('IsLogging');
  });

  it('maps the logging status, times as ISO and never-happened as null', () => {
    expect(trailStatus({ $metadata: {}, IsLogging: true, LatestDeliveryTime: new Date('2024-06-01T12:05:00Z'), LatestDeliveryError: 'AccessDenied' })).toEqual({
      isLogging: true, latestDeliveryTime: '2024-06-01T12:05:00.000Z', latestDeliveryError: 'AccessDenied', latestCloudWatchLogsDeliveryTime: null,
      latestCloudWatchLogsDeliveryError: null, startLoggingTime: null, stopLoggingTime: null, latestDigestDeliveryTime: null,
    });
  });

  it('fills classic selector defaults and gives every advanced operator a list', () => {
    expect(eventSelectors({ $metadata: {}, EventSelectors: [{}] })).toEqual({
      eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }],
      advancedEventSelectors: [],
    });
    expect(eventSelectors({ $metadata: {}, AdvancedEventSelectors: [{ Name: '', FieldSelectors: [{ Field: 'readOnly', Equals: ['false'], EndsWith: ['x'] }] }] })).toEqual({
      eventSelectors: [],
      advancedEventSelectors: [{ name: null, fieldSelectors: [{ field: 'readOnly', equals: ['false'], startsWith: [], endsWith: ['x'], notEquals: [], notStartsWith: [], notEndsWith: [] }] }],
    });
    // No selectors at all: the documented default, every management event and no data events.
    expect(eventSelectors({ $metadata: {} })).toEqual({
      eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, excludeManagementEventSources: [], dataResources: [] }],
      advancedEventSelectors: [],
    });
    expect(eventSelectors({ $metadata: {}, EventSelectors: [], AdvancedEventSelectors: [] }).eventSelectors).toHaveLength(1);
  });

  it('lists Insights selectors by type', () => {
    expect(insightSelectors({ $metadata: {}, InsightSelectors: [{ InsightType: 'ApiErrorRateInsight' }, {}] })).toEqual([{ insightType: 'ApiErrorRateInsight' }]);
    expect(insightSelectors({ $metadata: {} })).toEqual([]);
  });
});
