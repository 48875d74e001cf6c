import { describe, expect, it } from 'vitest';
import { eventSelectors, insightSelectors, isInHomeRegion, logGroupNameFromArn, trailFields, trailHomeRegion, trailStatus } from './map.js';

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

  it('spells absent settings as null, absent flags as false, and an absent selector summary as unknown', () => {
    expect(trailFields({ Name: 'bare', S3BucketName: 'logs', S3KeyPrefix: '', TrailARN: trailArn }, 'eu-west-1')).toEqual({
      name: 'bare', homeRegion: 'eu-west-1', isMultiRegionTrail: false, isOrganizationTrail: false, s3BucketName: 'logs', s3KeyPrefix: null, snsTopicArn: null,
      includeGlobalServiceEvents: false, logFileValidationEnabled: false, kmsKeyId: null, cloudWatchLogsLogGroupArn: null, cloudWatchLogsLogGroupName: null,
      cloudWatchLogsRoleArn: null, hasCustomEventSelectors: null, hasInsightSelectors: false,
    });
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
