/**
 * aws.cloudtrail.trail: the trails of the region, each with its logging
 * status, event selectors and Insights selectors. DescribeTrails lists a
 * multi-region trail in every region; it is emitted only by the run of its
 * home region, so the snapshot holds it once. Status and selectors are
 * separate calls, each recorded on the trail when it fails.
 */
import { callTable } from '../../calls.js';
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetInsightSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { INCOMPLETE, setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { eventSelectors, insightSelectors, isInHomeRegion, selectorPaths, trailFieldReaders, trailStatus } from './map.js';
import { inWindow } from '../../window.js';

export const trailCalls = callTable('CloudTrail', 'cloudtrail', {
  DescribeTrails: { iam: 'cloudtrail:DescribeTrails', fills: ['name', 'homeRegion', 'isMultiRegionTrail', 'isOrganizationTrail', 's3BucketName', 's3KeyPrefix', 'snsTopicArn', 'includeGlobalServiceEvents', 'logFileValidationEnabled', 'kmsKeyId', 'cloudWatchLogsLogGroupArn', 'cloudWatchLogsLogGroupName', 'cloudWatchLogsRoleArn', 'hasCustomEventSelectors', 'hasInsightSelectors'] },
  GetTrailStatus: { iam: 'cloudtrail:GetTrailStatus', fills: ['status'] },
  GetEventSelectors: { iam: 'cloudtrail:GetEventSelectors', fills: ['eventSelectors', 'advancedEventSelectors'] },
  GetInsightSelectors: { iam: 'cloudtrail:GetInsightSelectors', absentOn: ['InsightNotEnabledException'], fills: ['insightSelectors'] },
});

export const cloudtrailTrails = defineCollector({
  type: 'aws.cloudtrail.trail',
  scope: 'regional',
  calls: [trailCalls],
  async collect(ctx) {
    const cloudtrail = ctx.clients.get(CloudTrailClient, ctx.region);
    // DescribeTrails is not paginated: one answer lists every trail visible in the region.
    const listed = await ctx.call(trailCalls.DescribeTrails, () => cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: true })));
    if (listed.kind === 'failed') ctx.listingFailed(listed.failure, false);
    if (listed.kind !== 'ok') return;
    if (listed.value.trailList === undefined) {
      ctx.listingFailed({ code: INCOMPLETE, message: 'DescribeTrails answered without trailList', operation: trailCalls.DescribeTrails.label }, false);
      return;
    }
    const trails = listed.value.trailList.filter((trail) => isInHomeRegion(trail, ctx.region));
    await inWindow(trails, async (trail) => {
      // By ARN: a name alone does not find an organization trail owned by another account.
      const trailArn = trail.TrailARN ?? trail.Name;
      if (trailArn === undefined) {
        ctx.listingFailed({ code: INCOMPLETE, message: 'DescribeTrails listed a trail without a name or ARN', operation: trailCalls.DescribeTrails.label }, true);
        return;
      }
      const draft = ctx.draft({ type: 'aws.cloudtrail.trail', id: trail.Name ?? trailArn, ...(trail.TrailARN === undefined ? {} : { arn: trail.TrailARN }) });
      setFields(draft, trailFieldReaders(trail, ctx.region), trailCalls.DescribeTrails.label);
      draft.field('status', await ctx.call(trailCalls.GetTrailStatus, () => cloudtrail.send(new GetTrailStatusCommand({ Name: trailArn }))), trailStatus);
      draft.fields(selectorPaths, await ctx.call(trailCalls.GetEventSelectors, () => cloudtrail.send(new GetEventSelectorsCommand({ TrailName: trailArn }))), eventSelectors);
      const insights = await ctx.call(trailCalls.GetInsightSelectors, () => cloudtrail.send(new GetInsightSelectorsCommand({ TrailName: trailArn })));
      draft.field('insightSelectors', insights, insightSelectors, []);
      ctx.emit(draft.build());
    });
  },
});
