/**
 * aws.eks.cluster: the EKS clusters of the region. ListClusters names them
 * (EKS clusters only: connected clusters, `include=all`, are not asked
 * for); DescribeCluster answers each cluster's settings and tags, recorded
 * on every field it fills (and the tags) when it fails. A cluster deleted
 * between listing and describing (ResourceNotFoundException) is not
 * emitted.
 */
import { DescribeClusterCommand, EKSClient, paginateListClusters } from '@aws-sdk/client-eks';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { clusterFields, DESCRIBE_CLUSTER_FIELDS } from './map.js';

export const clusterCalls = callTable('EKS', 'eks', {
  ListClusters: { iam: 'eks:ListClusters', fills: ['name'] },
  DescribeCluster: { iam: 'eks:DescribeCluster', absentOn: ['ResourceNotFoundException'], fills: [...DESCRIBE_CLUSTER_FIELDS] },
});

export const eksClusters = defineCollector({
  type: 'aws.eks.cluster',
  scope: 'regional',
  calls: [clusterCalls],
  async collect(ctx) {
    const eks = ctx.clients.get(EKSClient, ctx.region);
    const names = await listResources(ctx, clusterCalls.ListClusters, () => paginateListClusters({ client: eks, pageSize: 100 }, {}), (page) => page.clusters);
    await inWindow(names, async (listed) => {
      const name = listedId(ctx, listed, clusterCalls.ListClusters, 'a cluster', 'its name');
      if (name === undefined) return;
      const described = await ctx.call(clusterCalls.DescribeCluster, () => eks.send(new DescribeClusterCommand({ name })));
      if (described.kind === 'absent') return;
      const cluster = described.kind === 'ok' ? described.value.cluster : undefined;
      const draft = ctx.draft({
        type: 'aws.eks.cluster', id: name,
        ...(cluster?.arn === undefined || cluster.arn === '' ? {} : { arn: cluster.arn }),
        ...(cluster === undefined ? {} : { tags: { ...cluster.tags } }),
      }).set('name', name);
      if (cluster !== undefined) {
        setFields(draft, clusterFields(cluster), clusterCalls.DescribeCluster.label);
      } else {
        const failure = described.kind === 'failed' ? described.failure : { code: 'IncompleteResponse', message: 'DescribeCluster answered no cluster', operation: clusterCalls.DescribeCluster.label };
        for (const path of DESCRIBE_CLUSTER_FIELDS) draft.fail(path, failure);
        draft.fail(TAGS_ERROR_PATH, failure);
      }
      ctx.emit(draft.build());
    });
  },
});
