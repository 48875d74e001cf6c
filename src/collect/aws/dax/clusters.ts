/**
 * aws.dax.cluster: the DAX clusters of the region. One DescribeClusters
 * listing, paged by NextToken (the DAX client has no paginator), answers
 * every field. Tags would take a ListTags call per cluster and no policy
 * reads them, so none are read.
 */
import { DAXClient, DescribeClustersCommand } from '@aws-sdk/client-dax';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId, tokenPages } from '../../listing.js';
import { daxClusterFields } from './map.js';

export const daxClusterCalls = callTable('DAX', 'dax', {
  DescribeClusters: { iam: 'dax:DescribeClusters', fills: ['clusterName', 'status', 'nodeType', 'totalNodes', 'sseStatus', 'endpointEncryptionType', 'subnetGroup', 'securityGroupIds'] },
});

export const daxClusters = defineCollector({
  type: 'aws.dax.cluster',
  scope: 'regional',
  calls: [daxClusterCalls],
  async collect(ctx) {
    const dax = ctx.clients.get(DAXClient, ctx.region);
    const clusters = await listResources(ctx, daxClusterCalls.DescribeClusters, () => tokenPages((NextToken) => dax.send(new DescribeClustersCommand({ NextToken, MaxResults: 100 }))), (page) => page.Clusters);
    for (const cluster of clusters) {
      const name = listedId(ctx, cluster.ClusterName, daxClusterCalls.DescribeClusters, 'a cluster', 'ClusterName');
      if (name === undefined) continue;
      const draft = ctx.draft({ type: 'aws.dax.cluster', id: name, ...(cluster.ClusterArn === undefined ? {} : { arn: cluster.ClusterArn }) });
      setFields(draft, daxClusterFields(cluster), daxClusterCalls.DescribeClusters.label);
      ctx.emit(draft.build());
    }
  },
});
