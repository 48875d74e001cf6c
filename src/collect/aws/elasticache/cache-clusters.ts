/**
 * aws.elasticache.cache-cluster: the cache clusters of the region, every
 * engine, members of replication groups included. One paginated
 * DescribeCacheClusters answers every field; it answers no tags, and no
 * policy reads them, so none are read.
 */
import { ElastiCacheClient, paginateDescribeCacheClusters } from '@aws-sdk/client-elasticache';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { cacheClusterFields } from './map.js';

export const cacheClusterCalls = callTable('ElastiCache', 'elasticache', {
  DescribeCacheClusters: {
    iam: 'elasticache:DescribeCacheClusters',
    fills: ['cacheClusterId', 'engine', 'engineVersion', 'status', 'cacheNodeType', 'numCacheNodes', 'createdAt', 'replicationGroupId', 'autoMinorVersionUpgrade', 'snapshotRetentionLimit', 'cacheSubnetGroupName'],
  },
});

export const elasticacheCacheClusters = defineCollector({
  type: 'aws.elasticache.cache-cluster',
  scope: 'regional',
  calls: [cacheClusterCalls],
  async collect(ctx) {
    const elasticache = ctx.clients.get(ElastiCacheClient, ctx.region);
    const clusters = await listResources(ctx, cacheClusterCalls.DescribeCacheClusters, () => paginateDescribeCacheClusters({ client: elasticache, pageSize: 100 }, {}), (page) => page.CacheClusters);
    for (const cluster of clusters) {
      const id = listedId(ctx, cluster.CacheClusterId, cacheClusterCalls.DescribeCacheClusters, 'a cache cluster', 'CacheClusterId');
      if (id === undefined) continue;
      const draft = ctx.draft({ type: 'aws.elasticache.cache-cluster', id, ...(cluster.ARN === undefined || cluster.ARN === '' ? {} : { arn: cluster.ARN }) });
      setFields(draft, cacheClusterFields(cluster), cacheClusterCalls.DescribeCacheClusters.label);
      ctx.emit(draft.build());
    }
  },
});
