import { defineResourceType } from '../define.js';
import { bool, list, nullable, obj, oneOf, str, timestamp } from '../fields.js';

/** One advanced-selector operator: the values it compares with, empty when the operator is unused. */
const operatorValues = (operator: string) =>
  list(str('One value to compare the field with.'), `Values the field must ${operator}; empty when the operator is unused.`);

const eventSelector = obj({
  readWriteType: oneOf(['ReadOnly', 'WriteOnly', 'All'], 'Which events the selector records: read-only, write-only or all.'),
  includeManagementEvents: bool('Whether the selector records management (control plane) events.'),
  excludeManagementEventSources: list(str('An event source, e.g. kms.amazonaws.com.'), 'Event sources whose management events are not logged; empty when none are excluded.'),
  dataResources: list(obj({
    type: str('Resource type whose data events are logged, e.g. AWS::S3::Object or AWS::Lambda::Function.'),
    values: list(str('An ARN or ARN prefix, e.g. arn:aws:s3 for all buckets.'), 'ARNs or ARN prefixes the data events are logged for.'),
  }, 'One kind of data event the selector records.'), 'Data event resources; empty when the selector logs no data events.'),
}, 'One classic event selector.');

const advancedEventSelector = obj({
  name: nullable(str('Selector name; null when unnamed.')),
  fieldSelectors: list(obj({
    field: str('Event record field the selector tests, e.g. eventCategory, readOnly, resources.type, eventSource.'),
    equals: operatorValues('equal'),
    startsWith: operatorValues('start with'),
    endsWith: operatorValues('end with'),
    notEquals: operatorValues('not equal'),
    notStartsWith: operatorValues('not start with'),
    notEndsWith: operatorValues('not end with'),
  }, 'One field condition; all of a selector\'s conditions must match.'), 'Field conditions of the selector.'),
}, 'One advanced event selector.');

export const cloudtrailTrail = defineResourceType({
  type: 'aws.cloudtrail.trail',
  service: 'cloudtrail',
  scope: 'regional',
  awsTypes: ['AWS::CloudTrail::Trail'],
  description: 'A CloudTrail trail in its home region (shadow copies of multi-region trails are not emitted) with its destinations, encryption, logging status and event selectors.',
  idDescription: 'the trail name',
  data: obj({
    name: str('Trail name.'),
    homeRegion: str('Region the trail was created in (DescribeTrails HomeRegion).'),
    isMultiRegionTrail: bool('Whether the trail records events in all regions.'),
    isOrganizationTrail: bool('Whether the trail logs events for every account in the AWS Organization.'),
    s3BucketName: str('S3 bucket the log files are delivered to.'),
    s3KeyPrefix: nullable(str('Key prefix of the delivered log files; null when none.')),
    snsTopicArn: nullable(str('SNS topic notified on log file delivery; null when none.')),
    includeGlobalServiceEvents: bool('Whether events from global services such as IAM are recorded.'),
    logFileValidationEnabled: bool('Whether log file integrity validation (digest files) is enabled.'),
    kmsKeyId: nullable(str('ARN of the KMS key that encrypts the log files (SSE-KMS); null when not KMS-encrypted.')),
    cloudWatchLogsLogGroupArn: nullable(str('ARN of the CloudWatch Logs log group the trail delivers to; null when not integrated.')),
    cloudWatchLogsLogGroupName: nullable(str('Name of that log group, taken from the ARN (which ends in ":*"), so policies can join on the log group\'s id; null when not integrated.')),
    cloudWatchLogsRoleArn: nullable(str('ARN of the role CloudTrail assumes to write to CloudWatch Logs; null when not integrated.')),
    hasCustomEventSelectors: nullable(bool('DescribeTrails\' summary of whether the trail has custom event selectors; null when AWS left it out. It can disagree with the selectors: decide from eventSelectors and advancedEventSelectors.')),
    hasInsightSelectors: bool('Whether CloudTrail Insights selectors are configured.'),
    status: obj({
      isLogging: bool('Whether the trail is currently logging.'),
      latestDeliveryTime: nullable(timestamp('Last time log files were delivered to S3; null when never.')),
      latestDeliveryError: nullable(str('Latest S3 delivery error; null when none.')),
      latestCloudWatchLogsDeliveryTime: nullable(timestamp('Last time logs were delivered to CloudWatch Logs; null when never.')),
      latestCloudWatchLogsDeliveryError: nullable(str('Latest CloudWatch Logs delivery error; null when none.')),
      startLoggingTime: nullable(timestamp('When logging was last started; null when unknown.')),
      stopLoggingTime: nullable(timestamp('When logging was last stopped; null when never stopped.')),
      latestDigestDeliveryTime: nullable(timestamp('Last time a digest file was delivered to S3; null when never.')),
    }, 'Logging status (GetTrailStatus).'),
    eventSelectors: list(eventSelector, 'Classic event selectors (GetEventSelectors EventSelectors); empty when the trail uses advanced selectors.'),
    advancedEventSelectors: list(advancedEventSelector, 'Advanced event selectors (GetEventSelectors AdvancedEventSelectors); empty when the trail uses classic selectors.'),
    insightSelectors: list(obj({
      insightType: oneOf(['ApiCallRateInsight', 'ApiErrorRateInsight'], 'Kind of unusual activity Insights looks for.'),
    }, 'One Insights selector.'), 'CloudTrail Insights selectors (GetInsightSelectors); empty when none.'),
  }, 'CloudTrail trail settings.'),
  example: {
    name: 'management-events',
    homeRegion: 'us-east-1',
    isMultiRegionTrail: true,
    isOrganizationTrail: false,
    s3BucketName: 'example-cloudtrail-logs-123456789012',
    s3KeyPrefix: null,
    snsTopicArn: null,
    includeGlobalServiceEvents: true,
    logFileValidationEnabled: true,
    kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    cloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:aws-cloudtrail-logs-123456789012:*',
    cloudWatchLogsLogGroupName: 'aws-cloudtrail-logs-123456789012',
    cloudWatchLogsRoleArn: 'arn:aws:iam::123456789012:role/CloudTrailToCloudWatchLogs',
    hasCustomEventSelectors: true,
    hasInsightSelectors: false,
    status: {
      isLogging: true,
      latestDeliveryTime: '2024-06-01T12:05:00.000Z',
      latestDeliveryError: null,
      latestCloudWatchLogsDeliveryTime: '2024-06-01T12:04:30.000Z',
      latestCloudWatchLogsDeliveryError: null,
      startLoggingTime: '2024-01-15T09:30:00.000Z',
      stopLoggingTime: null,
      latestDigestDeliveryTime: '2024-06-01T12:00:00.000Z',
    },
    eventSelectors: [{
      readWriteType: 'All',
      includeManagementEvents: true,
      excludeManagementEventSources: [],
      dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }],
    }],
    advancedEventSelectors: [],
    insightSelectors: [],
  },
});
