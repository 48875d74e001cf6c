/** Pure mapping from CloudTrail API answers to the aws.cloudtrail.trail catalog shape. */
import { emptyToNull, isoOrNull, required, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type {
  AdvancedEventSelector, EventSelector, GetEventSelectorsCommandOutput, GetInsightSelectorsCommandOutput, GetTrailStatusCommandOutput, Trail,
} from '@aws-sdk/client-cloudtrail';

type TrailData = CatalogData['aws.cloudtrail.trail'];

/** AWS leaves optional strings out, or (in a few answers) sends them empty: both mean "none". */

/** Region the trail was created in: HomeRegion, else the region named in its ARN. */
export function trailHomeRegion(trail: Trail): string | undefined {
  return trail.HomeRegion ?? trail.TrailARN?.split(':')[3];
}

/**
 * A multi-region trail is listed in every region (a "shadow"); it belongs to
 * the run of its home region only, so it is emitted once.
 */
export function isInHomeRegion(trail: Trail, region: string): boolean {
  return (trailHomeRegion(trail) ?? region) === region;
}

/** `arn:aws:logs:us-east-1:123456789012:log-group:NAME:*` → `NAME`. Log group names contain no colon. */
export function logGroupNameFromArn(arn: string | undefined): string | null {
  const marker = ':log-group:';
  const at = arn?.indexOf(marker) ?? -1;
  if (arn === undefined || at < 0) return null;
  const name = arn.slice(at + marker.length).replace(/:\*$/, '');
  return name === '' ? null : name;
}

/**
 * One reader per field DescribeTrails answers for every trail, so one left
 * out fails alone (unknown, ERROR) instead of reading as a setting: Name,
 * S3BucketName and the five flags are always sent. Optional strings absent or
 * empty mean "none" (the API reference: sent only when configured).
 * HasCustomEventSelectors is a summary the selectors themselves can
 * contradict: absent is null, and no bundled policy decides from it.
 */
export function trailFieldReaders(trail: Trail, region: string): ReadersOf<TrailData> {
  return {
    name: () => required(trail.Name, 'Name'),
    homeRegion: () => trailHomeRegion(trail) ?? region,
    isMultiRegionTrail: () => required(trail.IsMultiRegionTrail, 'IsMultiRegionTrail'),
    isOrganizationTrail: () => required(trail.IsOrganizationTrail, 'IsOrganizationTrail'),
    s3BucketName: () => required(emptyToNull(trail.S3BucketName), 'S3BucketName'),
    s3KeyPrefix: () => emptyToNull(trail.S3KeyPrefix),
    snsTopicArn: () => emptyToNull(trail.SnsTopicARN),
    includeGlobalServiceEvents: () => required(trail.IncludeGlobalServiceEvents, 'IncludeGlobalServiceEvents'),
    logFileValidationEnabled: () => required(trail.LogFileValidationEnabled, 'LogFileValidationEnabled'),
    kmsKeyId: () => emptyToNull(trail.KmsKeyId),
    cloudWatchLogsLogGroupArn: () => emptyToNull(trail.CloudWatchLogsLogGroupArn),
    cloudWatchLogsLogGroupName: () => logGroupNameFromArn(trail.CloudWatchLogsLogGroupArn),
    cloudWatchLogsRoleArn: () => emptyToNull(trail.CloudWatchLogsRoleArn),
    hasCustomEventSelectors: () => trail.HasCustomEventSelectors ?? null,
    hasInsightSelectors: () => required(trail.HasInsightSelectors, 'HasInsightSelectors'),
  };
}

/** IsLogging is always sent: absent is unreadable (the whole status). Times absent mean "never". */
export function trailStatus(answer: GetTrailStatusCommandOutput): NonNullable<TrailData['status']> {
  return {
    isLogging: required(answer.IsLogging, 'IsLogging'),
    latestDeliveryTime: isoOrNull(answer.LatestDeliveryTime),
    latestDeliveryError: emptyToNull(answer.LatestDeliveryError),
    latestCloudWatchLogsDeliveryTime: isoOrNull(answer.LatestCloudWatchLogsDeliveryTime),
    latestCloudWatchLogsDeliveryError: emptyToNull(answer.LatestCloudWatchLogsDeliveryError),
    startLoggingTime: isoOrNull(answer.StartLoggingTime),
    stopLoggingTime: isoOrNull(answer.StopLoggingTime),
    latestDigestDeliveryTime: isoOrNull(answer.LatestDigestDeliveryTime),
  };
}

function classicSelector(selector: EventSelector): NonNullable<TrailData['eventSelectors']>[number] {
  return {
    // The EventSelector API reference documents these: ReadWriteType "By default, the value is All",
    // IncludeManagementEvents "By default, the value is true"; absent lists are empty.
    readWriteType: selector.ReadWriteType ?? 'All',
    includeManagementEvents: selector.IncludeManagementEvents ?? true,
    excludeManagementEventSources: selector.ExcludeManagementEventSources ?? [],
    dataResources: (selector.DataResources ?? []).map((resource) => ({ type: resource.Type ?? '', values: resource.Values ?? [] })),
  };
}

/** Every operator becomes a list, empty when unused, so policies never meet a missing operator. */
function advancedSelector(selector: AdvancedEventSelector): NonNullable<TrailData['advancedEventSelectors']>[number] {
  return {
    name: emptyToNull(selector.Name),
    fieldSelectors: (selector.FieldSelectors ?? []).map((field) => ({
      field: field.Field ?? '',
      equals: field.Equals ?? [],
      startsWith: field.StartsWith ?? [],
      endsWith: field.EndsWith ?? [],
      notEquals: field.NotEquals ?? [],
      notStartsWith: field.NotStartsWith ?? [],
      notEndsWith: field.NotEndsWith ?? [],
    })),
  };
}

export const selectorPaths = ['eventSelectors', 'advancedEventSelectors'] as const;

/**
 * What the EventSelector API reference says a trail without event selectors
 * records: "trails created without specific event selectors will be
 * configured to log all read and write management events, and no data
 * events". AWS answers that as this selector; the moto emulator answers no
 * selectors at all, which means the same.
 */
const DEFAULT_SELECTOR: EventSelector = { ReadWriteType: 'All', IncludeManagementEvents: true, ExcludeManagementEventSources: [], DataResources: [] };

/** A trail uses classic or advanced selectors, never both: the other list is empty. */
export function eventSelectors(answer: GetEventSelectorsCommandOutput): Pick<TrailData, 'eventSelectors' | 'advancedEventSelectors'> {
  const classic = answer.EventSelectors ?? [];
  const advanced = answer.AdvancedEventSelectors ?? [];
  return {
    eventSelectors: (classic.length === 0 && advanced.length === 0 ? [DEFAULT_SELECTOR] : classic).map(classicSelector),
    advancedEventSelectors: advanced.map(advancedSelector),
  };
}

export function insightSelectors(answer: GetInsightSelectorsCommandOutput): TrailData['insightSelectors'] {
  return (answer.InsightSelectors ?? []).flatMap((selector) => (selector.InsightType === undefined ? [] : [{ insightType: selector.InsightType }]));
}
