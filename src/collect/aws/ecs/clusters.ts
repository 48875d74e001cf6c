/**
 * aws.ecs.cluster: the clusters of the region. ListClusters names them;
 * DescribeClusters answers up to 100 a call with their settings and tags.
 * A cluster the answer names as a failure with reason MISSING was deleted
 * after the listing and is not emitted; one the answer leaves out
 * otherwise, or a failed call, is emitted with every field the call fills
 * failed.
 */
import { DescribeClustersCommand, ECSClient, paginateListClusters, type Cluster } from '@aws-sdk/client-ecs';
import { INCOMPLETE, lowerCaseTagMap, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { CollectContext, Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { batchesOf, inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { arnName, clusterFields, DESCRIBE_CLUSTERS_FIELDS } from './map.js';

export const clusterCalls = callTable('ECS', 'ecs', {
  ListClusters: { iam: 'ecs:ListClusters', fills: ['clusterArn'] },
  DescribeClusters: { iam: 'ecs:DescribeClusters', fills: [...DESCRIBE_CLUSTERS_FIELDS] },
});

/** DescribeClusters takes at most 100 clusters a call. */
const DESCRIBE_BATCH = 100;

/** A cluster DescribeClusters answered, or why not; 'gone' when it names the cluster MISSING (deleted since it was listed or recorded). */
export type DescribedCluster = Fetch<Cluster> | 'gone';

/** DescribeClusters (with settings and tags) for the given ARNs, 100 a call; the Config mapping reads the same answers. */
export async function describeClusters(ctx: CollectContext, ecs: ECSClient, arns: readonly string[]): Promise<Map<string, DescribedCluster>> {
  const out = new Map<string, DescribedCluster>();
  const call = clusterCalls.DescribeClusters;
  await inWindow(batchesOf(arns, DESCRIBE_BATCH), async (batch) => {
    const answer = await ctx.call(call, () => ecs.send(new DescribeClustersCommand({ clusters: batch, include: ['SETTINGS', 'TAGS'] })));
    for (const clusterArn of batch) {
      if (answer.kind !== 'ok') {
        out.set(clusterArn, answer.kind === 'failed' ? answer : { kind: 'failed', failure: { code: INCOMPLETE, message: 'DescribeClusters answered no cluster', operation: call.label } });
        continue;
      }
      const cluster = answer.value.clusters?.find((c) => c.clusterArn === clusterArn);
      const failure = answer.value.failures?.find((f) => f.arn === clusterArn);
      if (cluster !== undefined) out.set(clusterArn, { kind: 'ok', value: cluster });
      else if (failure?.reason === 'MISSING') out.set(clusterArn, 'gone');
      else out.set(clusterArn, { kind: 'failed', failure: { code: INCOMPLETE, message: failure === undefined ? `the answer has no cluster ${clusterArn}` : `the answer names ${clusterArn} a failure: ${String(failure.reason)}`, operation: call.label } });
    }
  });
  return out;
}

export const ecsClusters = defineCollector({
  type: 'aws.ecs.cluster',
  scope: 'regional',
  calls: [clusterCalls],
  async collect(ctx) {
    const ecs = ctx.clients.get(ECSClient, ctx.region);
    const listed = await listResources(ctx, clusterCalls.ListClusters, () => paginateListClusters({ client: ecs, pageSize: 100 }, {}), (page) => page.clusterArns);
    const arns = listed.flatMap((arn) => {
      const id = listedId(ctx, arn, clusterCalls.ListClusters, 'a cluster', 'its ARN');
      return id === undefined ? [] : [id];
    });
    const described = await describeClusters(ctx, ecs, arns);
    for (const clusterArn of arns) {
      const answer = described.get(clusterArn);
      if (answer === 'gone' || answer === undefined) continue;
      const draft = ctx.draft({
        type: 'aws.ecs.cluster', id: arnName(clusterArn), arn: clusterArn,
        ...(answer.kind === 'ok' ? { tags: lowerCaseTagMap(answer.value.tags) } : {}),
      }).set('clusterArn', clusterArn);
      if (answer.kind === 'ok') setFields(draft, clusterFields(answer.value), clusterCalls.DescribeClusters.label);
      else {
        const failure = answer.kind === 'failed' ? answer.failure : { code: INCOMPLETE, message: 'DescribeClusters answered no cluster', operation: clusterCalls.DescribeClusters.label };
        for (const path of DESCRIBE_CLUSTERS_FIELDS) draft.fail(path, failure);
        draft.fail(TAGS_ERROR_PATH, failure);
      }
      ctx.emit(draft.build());
    }
  },
});
