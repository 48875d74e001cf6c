/**
 * aws.guardduty.detector: one resource per account and region, also where
 * the region has no detector, so "GuardDuty is off here" is a recorded fact
 * a policy can fail, not an absence it never sees. ListDetectors is the
 * listing (its failure fails the type's coverage in the region, so policies
 * report ERROR); GetDetector fills the detector's settings and
 * DescribeOrganizationConfiguration its organization configuration, each
 * failing only the fields it fills.
 */
import { GetDetectorCommand, GuardDutyClient, paginateDescribeOrganizationConfiguration, paginateListDetectors } from '@aws-sdk/client-guardduty';
import { callTable } from '../../calls.js';
import type { CollectContext } from '../../context.js';
import { defineCollector } from '../../define.js';
import { INCOMPLETE, setFields } from '../../answers.js';
import { readPages } from '../../listing.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { detectorArn, detectorFields, GET_DETECTOR_FIELDS, noDetector, notAdministrator, organizationOf } from './map.js';

export const detectorCalls = callTable('GuardDuty', 'guardduty', {
  ListDetectors: { iam: 'guardduty:ListDetectors', fills: ['detectorId'] },
  GetDetector: { iam: 'guardduty:GetDetector', fills: ['status', 'findingPublishingFrequency', 'serviceRole', 'createdAt', 'updatedAt', 'features'] },
  // Answers only in the organization's GuardDuty administrator account; elsewhere "not the administrator" is read as null (map.ts notAdministrator).
  DescribeOrganizationConfiguration: { iam: 'guardduty:DescribeOrganizationConfiguration', fills: ['organization'] },
});

/** Reads one detector's settings and organization configuration onto a draft and emits it. */
async function emitDetector(ctx: CollectContext, client: GuardDutyClient, detectorId: string): Promise<void> {
  const [detector, organization] = await Promise.all([
    ctx.call(detectorCalls.GetDetector, () => client.send(new GetDetectorCommand({ DetectorId: detectorId }))),
    // Features are paged: the configuration is usable only with every page.
    readPages(detectorCalls.DescribeOrganizationConfiguration,
      paginateDescribeOrganizationConfiguration({ client, pageSize: 50 }, { DetectorId: detectorId }), (page) => [page]),
  ]);
  const draft = ctx.draft({
    type: 'aws.guardduty.detector', id: ctx.region, arn: detectorArn(ctx.partition, ctx.region, ctx.account, detectorId),
    ...(detector.kind === 'ok' ? { tags: { ...detector.value.Tags } } : {}),
  }).set('detectorId', detectorId);
  if (detector.kind === 'ok') setFields(draft, detectorFields(detector.value), detectorCalls.GetDetector.label);
  else {
    // No row of GetDetector answers "not configured": ListDetectors just named this detector.
    const failure = detector.kind === 'failed' ? detector.failure : { code: INCOMPLETE, message: 'GetDetector answered nothing for a detector ListDetectors named', operation: detectorCalls.GetDetector.label };
    for (const path of GET_DETECTOR_FIELDS) draft.fail(path, failure);
    draft.fail(TAGS_ERROR_PATH, failure);
  }
  if (organization.failure === undefined) {
    setFields(draft, { organization: () => organizationOf(organization.items) }, detectorCalls.DescribeOrganizationConfiguration.label);
  } else if (notAdministrator(organization.failure)) {
    draft.set('organization', null);
  } else {
    draft.fail('organization', organization.failure);
  }
  ctx.emit(draft.build());
}

export const guarddutyDetectors = defineCollector({
  type: 'aws.guardduty.detector',
  scope: 'regional',
  calls: [detectorCalls],
  async collect(ctx) {
    const client = ctx.clients.get(GuardDutyClient, ctx.region);
    const listing = await readPages(detectorCalls.ListDetectors, paginateListDetectors({ client, pageSize: 50 }, {}), (page) => page.DetectorIds);
    if (listing.failure !== undefined) {
      // Without the whole listing "no detector" cannot be told from "not read": no resource, failed coverage, ERROR in every policy.
      ctx.listingFailed(listing.failure, false);
      return;
    }
    const ids = listing.items.filter((id) => id !== '');
    if (ids.length !== listing.items.length) {
      ctx.listingFailed({ code: INCOMPLETE, message: 'ListDetectors answered an empty detector id', operation: detectorCalls.ListDetectors.label }, false);
      return;
    }
    const [detectorId, ...others] = ids;
    if (detectorId === undefined) {
      ctx.emit(ctx.draft({ type: 'aws.guardduty.detector', id: ctx.region }).setAll(noDetector).build());
      return;
    }
    if (others.length > 0) {
      // GuardDuty allows one detector per account and region; which one is in force cannot be told.
      ctx.listingFailed({ code: 'UnexpectedResponse', message: `ListDetectors answered ${ids.length} detectors where GuardDuty allows one per region`, operation: detectorCalls.ListDetectors.label }, false);
      return;
    }
    await emitDetector(ctx, client, detectorId);
  },
});
