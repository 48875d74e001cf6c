/**
 * aws.codebuild.report-group: the report groups of the region.
 * ListReportGroups names them by ARN; BatchGetReportGroups answers a
 * hundred a call with their S3 export. A group the answer lists among
 * reportGroupsNotFound was deleted after the listing and is not emitted;
 * one the answer leaves out otherwise, or a failed call, is emitted with
 * every field the call fills failed.
 */
import { BatchGetReportGroupsCommand, CodeBuildClient, paginateListReportGroups, type ReportGroup } from '@aws-sdk/client-codebuild';
import { INCOMPLETE, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { batchesOf, inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { lowerCaseTagMap as lowerCaseTags } from '../../answers.js';
import { REPORT_GROUP_FIELDS, reportGroupFields, reportGroupName } from './map.js';

export const reportGroupCalls = callTable('CodeBuild', 'codebuild', {
  ListReportGroups: { iam: 'codebuild:ListReportGroups', fills: ['arn'] },
  BatchGetReportGroups: { iam: 'codebuild:BatchGetReportGroups', fills: [...REPORT_GROUP_FIELDS] },
});

/** BatchGetReportGroups takes at most a hundred ARNs a call. */
const BATCH = 100;

export const codebuildReportGroups = defineCollector({
  type: 'aws.codebuild.report-group',
  scope: 'regional',
  calls: [reportGroupCalls],
  async collect(ctx) {
    const codebuild = ctx.clients.get(CodeBuildClient, ctx.region);
    const listed = await listResources(ctx, reportGroupCalls.ListReportGroups, () => paginateListReportGroups({ client: codebuild, pageSize: 100 }, {}), (page) => page.reportGroups);
    const arns = listed.flatMap((arn) => {
      const id = listedId(ctx, arn, reportGroupCalls.ListReportGroups, 'a report group', 'its ARN');
      return id === undefined ? [] : [id];
    });
    const call = reportGroupCalls.BatchGetReportGroups;
    await inWindow(batchesOf(arns, BATCH), async (batch) => {
      const answer = await ctx.call(call, () => codebuild.send(new BatchGetReportGroupsCommand({ reportGroupArns: batch })));
      for (const arn of batch) {
        let group: Fetch<ReportGroup>;
        if (answer.kind !== 'ok') group = answer;
        else {
          const found = answer.value.reportGroups?.find((g) => g.arn === arn);
          if (found === undefined && (answer.value.reportGroupsNotFound ?? []).includes(arn)) continue;
          group = found === undefined ? { kind: 'failed', failure: { code: INCOMPLETE, message: `the answer has no report group ${arn}`, operation: call.label } } : { kind: 'ok', value: found };
        }
        const draft = ctx.draft({
          type: 'aws.codebuild.report-group', id: reportGroupName(arn), arn,
          ...(group.kind === 'ok' ? { tags: lowerCaseTags(group.value.tags) } : {}),
        }).set('arn', arn);
        if (group.kind === 'ok') setFields(draft, reportGroupFields(group.value), call.label);
        else {
          draft.fields(REPORT_GROUP_FIELDS, group, () => ({}));
          if (group.kind === 'failed') draft.fail(TAGS_ERROR_PATH, group.failure);
        }
        ctx.emit(draft.build());
      }
    });
  },
});
