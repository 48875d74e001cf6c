/**
 * aws.codebuild.project: the build projects of the region. ListProjects
 * names them; BatchGetProjects answers a hundred a call with their sources,
 * environment and logs. A project the answer lists among projectsNotFound
 * was deleted after the listing and is not emitted; one the answer leaves
 * out otherwise, or a failed call, is emitted with every field the call
 * fills failed. Secrets never reach the snapshot: URL user-info is masked
 * and environment variable values are not read (map.ts).
 */
import { BatchGetProjectsCommand, CodeBuildClient, paginateListProjects, type Project } from '@aws-sdk/client-codebuild';
import { INCOMPLETE, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { batchesOf, inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { lowerCaseTagMap as lowerCaseTags } from '../../answers.js';
import { PROJECT_FIELDS, projectFields } from './map.js';

export const projectCalls = callTable('CodeBuild', 'codebuild', {
  ListProjects: { iam: 'codebuild:ListProjects', fills: ['name'] },
  BatchGetProjects: { iam: 'codebuild:BatchGetProjects', fills: [...PROJECT_FIELDS] },
});

/** BatchGetProjects takes at most a hundred names a call. */
const BATCH = 100;

export const codebuildProjects = defineCollector({
  type: 'aws.codebuild.project',
  scope: 'regional',
  calls: [projectCalls],
  async collect(ctx) {
    const codebuild = ctx.clients.get(CodeBuildClient, ctx.region);
    const listed = await listResources(ctx, projectCalls.ListProjects, () => paginateListProjects({ client: codebuild }, {}), (page) => page.projects);
    const names = listed.flatMap((name) => {
      const id = listedId(ctx, name, projectCalls.ListProjects, 'a project', 'its name');
      return id === undefined ? [] : [id];
    });
    const call = projectCalls.BatchGetProjects;
    await inWindow(batchesOf(names, BATCH), async (batch) => {
      const answer = await ctx.call(call, () => codebuild.send(new BatchGetProjectsCommand({ names: batch })));
      for (const name of batch) {
        let project: Fetch<Project>;
        if (answer.kind !== 'ok') project = answer;
        else {
          const found = answer.value.projects?.find((p) => p.name === name);
          if (found === undefined && (answer.value.projectsNotFound ?? []).includes(name)) continue;
          project = found === undefined ? { kind: 'failed', failure: { code: INCOMPLETE, message: `the answer has no project ${name}`, operation: call.label } } : { kind: 'ok', value: found };
        }
        const arn = project.kind === 'ok' ? project.value.arn : undefined;
        const draft = ctx.draft({
          type: 'aws.codebuild.project', id: name,
          ...(arn === undefined || arn === '' ? {} : { arn }),
          ...(project.kind === 'ok' ? { tags: lowerCaseTags(project.value.tags) } : {}),
        }).set('name', name);
        if (project.kind === 'ok') setFields(draft, projectFields(project.value), call.label);
        else {
          draft.fields(PROJECT_FIELDS, project, () => ({}));
          if (project.kind === 'failed') draft.fail(TAGS_ERROR_PATH, project.failure);
        }
        ctx.emit(draft.build());
      }
    });
  },
});
