/**
 * Pure mapping from GuardDuty answers to aws.guardduty.detector fields, one
 * reader per field (answers.ts), shared by the API collector and the AWS
 * Config mapping.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - No detector in ListDetectors: GuardDuty is off in the region, a fact
 *   (`noDetector`), never a missing resource.
 * - A feature's AdditionalConfiguration absent is empty: GuardDuty sends it
 *   only for features that have one (Runtime Monitoring's agent management).
 * - GetDetector's UpdatedAt absent is null; DescribeOrganizationConfiguration's
 *   AutoEnable and AutoEnableOrganizationMembers absent are null (the first is
 *   deprecated, the second newer than some answers).
 * A feature without its name or status fails at its own index, so the others
 * still decide.
 */
import type { DescribeOrganizationConfigurationResponse, GetDetectorResponse } from '@aws-sdk/client-guardduty';
import { eachOf, iso, knownValue, required, text, UnreadableAnswer, type ReadersOf, type WithGaps } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { CallFailure } from '../../failure.js';

type DetectorData = CatalogData['aws.guardduty.detector'];

const STATUSES = ['ENABLED', 'DISABLED'] as const;
const AUTO_ENABLE = ['NEW', 'ALL', 'NONE'] as const;
const FREQUENCIES = ['FIFTEEN_MINUTES', 'ONE_HOUR', 'SIX_HOURS'] as const;

/** GetDetector answers CreatedAt and UpdatedAt as ISO 8601 strings, not timestamps: one that is not a time is unreadable. */
function time(value: string | undefined, what: string): string {
  const parsed = Date.parse(text(value, what));
  if (Number.isNaN(parsed)) throw new UnreadableAnswer('IncompleteResponse', `${what} "${String(value)}" is not a time`);
  return iso(new Date(parsed), what);
}

/** The region has no detector: every field is known. */
export const noDetector: DetectorData = {
  detectorId: null, status: null, findingPublishingFrequency: null, serviceRole: null, createdAt: null, updatedAt: null, features: [], organization: null,
};

export function detectorArn(partition: string, region: string, account: string, detectorId: string): string {
  return `arn:${partition}:guardduty:${region}:${account}:detector/${detectorId}`;
}

/** The feature list of GetDetector (and of a Config item, read back into its shape). */
export function detectorFeatures(features: GetDetectorResponse['Features']): WithGaps<DetectorData['features']> {
  return eachOf(features, 'Features', (f) => ({
    name: text(f.Name, 'Features[].Name'),
    status: knownValue(f.Status, STATUSES, 'Features[].Status'),
    additionalConfiguration: (f.AdditionalConfiguration ?? []).map((c) => ({
      name: text(c.Name, 'AdditionalConfiguration[].Name'),
      status: knownValue(c.Status, STATUSES, 'AdditionalConfiguration[].Status'),
    })),
  }));
}

/** Every field GetDetector fills. */
export function detectorFields(answer: GetDetectorResponse): ReadersOf<DetectorData> {
  return {
    status: () => knownValue(answer.Status, STATUSES, 'Status'),
    findingPublishingFrequency: () => knownValue(answer.FindingPublishingFrequency, FREQUENCIES, 'FindingPublishingFrequency'),
    serviceRole: () => text(answer.ServiceRole, 'ServiceRole'),
    createdAt: () => time(answer.CreatedAt, 'CreatedAt'),
    updatedAt: () => (answer.UpdatedAt === undefined || answer.UpdatedAt === '' ? null : time(answer.UpdatedAt, 'UpdatedAt')),
    features: () => detectorFeatures(answer.Features),
  };
}

/** The fields GetDetector fills, for failing them together when it fails. */
export const GET_DETECTOR_FIELDS = ['status', 'findingPublishingFrequency', 'serviceRole', 'createdAt', 'updatedAt', 'features'] as const;

/**
 * The organization configuration from every page DescribeOrganizationConfiguration
 * answered (only Features is paged; the rest is read from the first page).
 */
export function organizationOf(pages: readonly DescribeOrganizationConfigurationResponse[]): DetectorData['organization'] {
  const first = required(pages[0], 'DescribeOrganizationConfiguration page');
  const features = pages.flatMap((page) => required(page.Features, 'Features'));
  return {
    autoEnableOrganizationMembers: first.AutoEnableOrganizationMembers === undefined ? null : knownValue(first.AutoEnableOrganizationMembers, AUTO_ENABLE, 'AutoEnableOrganizationMembers'),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- organizations configured before AutoEnableOrganizationMembers still answer only this
    autoEnable: first.AutoEnable ?? null,
    memberAccountLimitReached: required(first.MemberAccountLimitReached, 'MemberAccountLimitReached'),
    features: features.map((f) => ({
      name: text(f.Name, 'Features[].Name'),
      autoEnable: knownValue(f.AutoEnable, AUTO_ENABLE, 'Features[].AutoEnable'),
      additionalConfiguration: (f.AdditionalConfiguration ?? []).map((c) => ({
        name: text(c.Name, 'AdditionalConfiguration[].Name'),
        autoEnable: knownValue(c.AutoEnable, AUTO_ENABLE, 'AdditionalConfiguration[].AutoEnable'),
      })),
    })),
  };
}

/**
 * GuardDuty answers an account that is not the organization's GuardDuty
 * administrator with BadRequestException — the same code it uses for bad
 * input — so only an answer whose message names the administrator (or the
 * older "master") role means "not applicable"; any other failure stays a
 * failure of the field.
 */
export function notAdministrator(failure: CallFailure): boolean {
  return failure.code === 'BadRequestException' && /\b(administrator|master)\b/i.test(failure.message);
}
