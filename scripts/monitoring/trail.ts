/**
 * "This trail records every read and write management event", decided from
 * GetEventSelectors alone — never from DescribeTrails' HasCustomEventSelectors
 * summary flag, which can disagree with the selectors (the moto emulator
 * reports it false after PutEventSelectors). CIS 4.1 and the fifteen 5.x
 * monitoring chains must agree on it, so it is written once here: the
 * generator puts it in the monitoring policies, and a test
 * (scripts/monitoring/trail.test.ts) fails when
 * policies/aws/cloudtrail/aws-cloudtrail-multi-region-logging.yaml says
 * anything else.
 *
 * Strict on exclusions, as AWS Config's multi-region-cloudtrail-enabled and
 * Security Hub CloudTrail.1 are: a selector that leaves out an event source
 * (ExcludeManagementEventSources, or an advanced eventSource notEquals) does
 * not count, unless the policy's allowedExcludedEventSources parameter names
 * every source it leaves out. Any other field condition on an advanced
 * Management selector narrows what it records, so it does not count either.
 */

export const ALLOWED_EXCLUSIONS = 'allowedExcludedEventSources';

export const allowedExclusionsParameter = {
  type: 'array',
  default: [],
  description: 'Event sources (e.g. kms.amazonaws.com, rdsdata.amazonaws.com) a trail may exclude from its management events and still count as recording all of them. Default none, as AWS Config multi-region-cloudtrail-enabled and Security Hub CloudTrail.1 judge; the CIS audit accepts the KMS and RDS Data API exclusions.',
} as const;

const allowed = { param: ALLOWED_EXCLUSIONS };

/** A classic selector recording all management events, reads and writes, excluding only allowed sources. */
const classicAll = {
  path: 'eventSelectors',
  some: {
    all: [
      { path: 'includeManagementEvents', equals: true },
      { path: 'readWriteType', equals: 'All' },
      { path: 'excludeManagementEventSources', every: { path: '$value', in: allowed } },
    ],
  },
};

/**
 * An advanced selector for management events whose every field condition is
 * eventCategory = Management or an allowed eventSource exclusion (a readOnly
 * condition limits it to reads or to writes).
 */
const advancedManagement = {
  path: 'advancedEventSelectors',
  some: {
    all: [
      { path: 'fieldSelectors', some: { all: [{ path: 'field', equals: 'eventCategory' }, { path: 'equals', equals: ['Management'] }] } },
      {
        path: 'fieldSelectors',
        every: {
          any: [
            { all: [{ path: 'field', equals: 'eventCategory' }, { path: 'equals', equals: ['Management'] }] },
            {
              all: [
                { path: 'field', equals: 'eventSource' },
                { path: 'equals', empty: true },
                { path: 'startsWith', empty: true },
                { path: 'endsWith', empty: true },
                { path: 'notStartsWith', empty: true },
                { path: 'notEndsWith', empty: true },
                { path: 'notEquals', every: { path: '$value', in: allowed } },
              ],
            },
          ],
        },
      },
    ],
  },
};

/**
 * The condition, on an aws.cloudtrail.trail: one selector that records both
 * reads and writes. A reads selector and a writes selector on one trail record
 * the same events, but CIS's audit asks for one selector with ReadWriteType
 * All, and an auditor running its commands must reach the verdict Assay
 * reports.
 */
export const recordsAllManagementEvents = {
  any: [classicAll, advancedManagement],
};
