/**
 * aws.ecs.task-definition: the latest ACTIVE revision of each task
 * definition family of the region, the revision ECS runs when a service or
 * task names the family alone, and the one Security Hub judges.
 * ListTaskDefinitionFamilies (status ACTIVE: families with at least one
 * ACTIVE revision) names the families; DescribeTaskDefinition with the
 * family alone answers its latest ACTIVE revision, with its tags. When
 * DescribeTaskDefinition fails the revision is unknown: the family is
 * emitted under its name with every field it fills failed, never left out.
 * Older revisions are not read.
 */
import { DescribeTaskDefinitionCommand, ECSClient, paginateListTaskDefinitionFamilies } from '@aws-sdk/client-ecs';
import { lowerCaseTagMap, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { DESCRIBE_TASK_DEFINITION_FIELDS, taskDefinitionFields } from './map.js';

export const taskDefinitionCalls = callTable('ECS', 'ecs', {
  ListTaskDefinitionFamilies: { iam: 'ecs:ListTaskDefinitionFamilies', fills: ['family'] },
  DescribeTaskDefinition: { iam: 'ecs:DescribeTaskDefinition', fills: [...DESCRIBE_TASK_DEFINITION_FIELDS] },
});

export const ecsTaskDefinitions = defineCollector({
  type: 'aws.ecs.task-definition',
  scope: 'regional',
  calls: [taskDefinitionCalls],
  async collect(ctx) {
    const ecs = ctx.clients.get(ECSClient, ctx.region);
    const families = await listResources(ctx, taskDefinitionCalls.ListTaskDefinitionFamilies, () => paginateListTaskDefinitionFamilies({ client: ecs, pageSize: 100 }, { status: 'ACTIVE' }), (page) => page.families);
    await inWindow(families, async (listed) => {
      const family = listedId(ctx, listed, taskDefinitionCalls.ListTaskDefinitionFamilies, 'a family', 'its name');
      if (family === undefined) return;
      const described = await ctx.call(taskDefinitionCalls.DescribeTaskDefinition, () => ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family, include: ['TAGS'] })));
      const definition = described.kind === 'ok' ? described.value.taskDefinition : undefined;
      const revision = definition?.revision;
      const arn = definition?.taskDefinitionArn;
      const draft = ctx.draft({
        type: 'aws.ecs.task-definition', id: revision === undefined ? family : `${family}:${String(revision)}`,
        ...(arn === undefined || arn === '' ? {} : { arn }),
        ...(described.kind === 'ok' && definition !== undefined ? { tags: lowerCaseTagMap(described.value.tags) } : {}),
      }).set('family', family);
      if (definition !== undefined) {
        setFields(draft, taskDefinitionFields(definition), taskDefinitionCalls.DescribeTaskDefinition.label);
      } else {
        const failure = described.kind === 'failed' ? described.failure : { code: 'IncompleteResponse', message: 'DescribeTaskDefinition answered no task definition', operation: taskDefinitionCalls.DescribeTaskDefinition.label };
        for (const path of DESCRIBE_TASK_DEFINITION_FIELDS) draft.fail(path, failure);
        draft.fail(TAGS_ERROR_PATH, failure);
      }
      ctx.emit(draft.build());
    });
  },
});
