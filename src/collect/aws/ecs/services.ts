/**
 * aws.ecs.service: the services of every cluster of the region.
 * ListClusters names the clusters, ListServices each cluster's services (a
 * failed page of either marks coverage failed, or partial after some
 * pages), and DescribeServices answers ten services a call with their tags.
 * A service the answer names as a failure with reason MISSING was deleted
 * after the listing and is not emitted; one the answer leaves out
 * otherwise, or a failed call, is emitted with every field the call fills
 * failed, never left out.
 */
import { DescribeServicesCommand, ECSClient, paginateListClusters, paginateListServices, type Service } from '@aws-sdk/client-ecs';
import { INCOMPLETE, lowerCaseTagMap, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import type { CollectContext, Fetch } from '../../context.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId, readPages } from '../../listing.js';
import { batchesOf, inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { arnName, DESCRIBE_SERVICES_FIELDS, serviceFields } from './map.js';

export const serviceCalls = callTable('ECS', 'ecs', {
  ListClusters: { iam: 'ecs:ListClusters', fills: ['clusterArn'] },
  ListServices: { iam: 'ecs:ListServices', fills: ['serviceArn'] },
  DescribeServices: { iam: 'ecs:DescribeServices', fills: [...DESCRIBE_SERVICES_FIELDS] },
});

/** DescribeServices takes at most ten services a call. */
const DESCRIBE_BATCH = 10;

/** A service DescribeServices answered, or why not; 'gone' when it names the service MISSING. */
export type DescribedService = Fetch<Service> | 'gone';

/** DescribeServices (with tags) for the given services of one cluster, ten a call; the Config mapping reads the same answers. */
export async function describeServices(ctx: CollectContext, ecs: ECSClient, cluster: string, arns: readonly string[]): Promise<Map<string, DescribedService>> {
  const out = new Map<string, DescribedService>();
  const call = serviceCalls.DescribeServices;
  await inWindow(batchesOf(arns, DESCRIBE_BATCH), async (batch) => {
    const answer = await ctx.call(call, () => ecs.send(new DescribeServicesCommand({ cluster, services: batch, include: ['TAGS'] })));
    for (const arn of batch) {
      if (answer.kind !== 'ok') {
        out.set(arn, answer);
        continue;
      }
      const service = answer.value.services?.find((s) => s.serviceArn === arn);
      const failure = answer.value.failures?.find((f) => f.arn === arn);
      if (service !== undefined) out.set(arn, { kind: 'ok', value: service });
      else if (failure?.reason === 'MISSING') out.set(arn, 'gone');
      else out.set(arn, { kind: 'failed', failure: { code: INCOMPLETE, message: failure === undefined ? `the answer has no service ${arn}` : `the answer names ${arn} a failure: ${String(failure.reason)} ${failure.detail ?? ''}`.trimEnd(), operation: call.label } });
    }
  });
  return out;
}

export const ecsServices = defineCollector({
  type: 'aws.ecs.service',
  scope: 'regional',
  calls: [serviceCalls],
  async collect(ctx) {
    const ecs = ctx.clients.get(ECSClient, ctx.region);
    const clusters = await listResources(ctx, serviceCalls.ListClusters, () => paginateListClusters({ client: ecs, pageSize: 100 }, {}), (page) => page.clusterArns);
    await inWindow(clusters, async (listedCluster) => {
      const clusterArn = listedId(ctx, listedCluster, serviceCalls.ListClusters, 'a cluster', 'its ARN');
      if (clusterArn === undefined) return;
      // One cluster's listing failing leaves the others' services collected: coverage partial, not failed.
      const listing = await readPages(serviceCalls.ListServices, paginateListServices({ client: ecs, pageSize: 100 }, { cluster: clusterArn }), (page) => page.serviceArns);
      if (listing.failure !== undefined) ctx.listingFailed(listing.failure, true);
      const listed = listing.items;
      const arns = listed.flatMap((arn) => {
        const id = listedId(ctx, arn, serviceCalls.ListServices, 'a service', 'its ARN');
        return id === undefined ? [] : [id];
      });
      const described = await describeServices(ctx, ecs, clusterArn, arns);
      for (const serviceArn of arns) {
        const answer = described.get(serviceArn);
        if (answer === 'gone' || answer === undefined) continue;
        const draft = ctx.draft({
          type: 'aws.ecs.service', id: `${arnName(clusterArn)}/${arnName(serviceArn)}`, arn: serviceArn,
          ...(answer.kind === 'ok' ? { tags: lowerCaseTagMap(answer.value.tags) } : {}),
        }).set('clusterArn', clusterArn).set('serviceArn', serviceArn);
        if (answer.kind === 'ok') {
          setFields(draft, serviceFields(answer.value), serviceCalls.DescribeServices.label);
        } else {
          const failure = answer.kind === 'failed' ? answer.failure : { code: INCOMPLETE, message: 'DescribeServices answered no service', operation: serviceCalls.DescribeServices.label };
          for (const path of DESCRIBE_SERVICES_FIELDS) draft.fail(path, failure);
          draft.fail(TAGS_ERROR_PATH, failure);
        }
        ctx.emit(draft.build());
      }
    });
  },
});
