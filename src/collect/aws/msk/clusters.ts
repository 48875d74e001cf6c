/**
 * aws.msk.cluster: the MSK clusters of the region, provisioned and
 * serverless. ListClustersV2 names them; DescribeClusterV2 answers each
 * cluster's settings and tags, recorded on every field it fills (and the
 * tags) when it fails. A cluster deleted between listing and describing
 * (NotFoundException) is not emitted.
 */
import { DescribeClusterV2Command, KafkaClient, paginateListClustersV2 } from '@aws-sdk/client-kafka';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';
import { TAGS_ERROR_PATH } from '../../../resources/resource.js';
import { clusterFields, DESCRIBE_CLUSTER_FIELDS } from './map.js';

export const mskClusterCalls = callTable('Kafka', 'kafka', {
  ListClustersV2: { iam: 'kafka:ListClustersV2', fills: ['name'] },
  DescribeClusterV2: { iam: 'kafka:DescribeClusterV2', absentOn: ['NotFoundException'], fills: [...DESCRIBE_CLUSTER_FIELDS] },
});

export const mskClusters = defineCollector({
  type: 'aws.msk.cluster',
  scope: 'regional',
  calls: [mskClusterCalls],
  async collect(ctx) {
    const kafka = ctx.clients.get(KafkaClient, ctx.region);
    const listed = await listResources(ctx, mskClusterCalls.ListClustersV2, () => paginateListClustersV2({ client: kafka, pageSize: 100 }, {}), (page) => page.ClusterInfoList);
    await inWindow(listed, async (item) => {
      const name = listedId(ctx, item.ClusterName, mskClusterCalls.ListClustersV2, 'a cluster', 'ClusterName');
      const arn = listedId(ctx, item.ClusterArn, mskClusterCalls.ListClustersV2, 'a cluster', 'ClusterArn');
      if (name === undefined || arn === undefined) return;
      const described = await ctx.call(mskClusterCalls.DescribeClusterV2, () => kafka.send(new DescribeClusterV2Command({ ClusterArn: arn })));
      if (described.kind === 'absent') return;
      const cluster = described.kind === 'ok' ? described.value.ClusterInfo : undefined;
      const draft = ctx.draft({ type: 'aws.msk.cluster', id: name, arn, ...(cluster === undefined ? {} : { tags: { ...cluster.Tags } }) }).set('name', name);
      if (cluster !== undefined) {
        setFields(draft, clusterFields(cluster), mskClusterCalls.DescribeClusterV2.label);
      } else {
        const failure = described.kind === 'failed' ? described.failure : { code: 'IncompleteResponse', message: 'DescribeClusterV2 answered no ClusterInfo', operation: mskClusterCalls.DescribeClusterV2.label };
        for (const path of DESCRIBE_CLUSTER_FIELDS) draft.fail(path, failure);
        draft.fail(TAGS_ERROR_PATH, failure);
      }
      ctx.emit(draft.build());
    });
  },
});
