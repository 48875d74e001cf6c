/**
 * aws.elasticache.replication-group: the Redis OSS and Valkey replication
 * groups of the region. One paginated DescribeReplicationGroups answers
 * every field but the engine version, which a group does not answer: one
 * DescribeCacheClusters listing per region (asked only when there are
 * groups) gives each member's, and its failure fails engineVersion alone.
 */
import { ElastiCacheClient, paginateDescribeCacheClusters, paginateDescribeReplicationGroups } from '@aws-sdk/client-elasticache';
import { mapped, setField, setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listFetch, listResources, listedId } from '../../listing.js';
import { lowestMemberVersion, REPLICATION_GROUP_FIELDS, replicationGroupFields, versionsById } from './map.js';

export const replicationGroupCalls = callTable('ElastiCache', 'elasticache', {
  DescribeReplicationGroups: { iam: 'elasticache:DescribeReplicationGroups', fills: [...REPLICATION_GROUP_FIELDS] },
  DescribeCacheClusters: { iam: 'elasticache:DescribeCacheClusters', fills: ['engineVersion'] },
});

export const elasticacheReplicationGroups = defineCollector({
  type: 'aws.elasticache.replication-group',
  scope: 'regional',
  calls: [replicationGroupCalls],
  async collect(ctx) {
    const elasticache = ctx.clients.get(ElastiCacheClient, ctx.region);
    const groups = await listResources(ctx, replicationGroupCalls.DescribeReplicationGroups, () => paginateDescribeReplicationGroups({ client: elasticache, pageSize: 100 }, {}), (page) => page.ReplicationGroups);
    if (groups.length === 0) return;
    const versions = mapped(
      await listFetch(replicationGroupCalls.DescribeCacheClusters, () => paginateDescribeCacheClusters({ client: elasticache, pageSize: 100 }, {}), (page) => page.CacheClusters),
      versionsById, replicationGroupCalls.DescribeCacheClusters.label,
    );
    for (const group of groups) {
      const id = listedId(ctx, group.ReplicationGroupId, replicationGroupCalls.DescribeReplicationGroups, 'a replication group', 'ReplicationGroupId');
      if (id === undefined) continue;
      const draft = ctx.draft({ type: 'aws.elasticache.replication-group', id, ...(group.ARN === undefined || group.ARN === '' ? {} : { arn: group.ARN }) });
      setFields(draft, replicationGroupFields(group), replicationGroupCalls.DescribeReplicationGroups.label);
      setField(draft, 'engineVersion', versions, (byId) => lowestMemberVersion(group, byId), replicationGroupCalls.DescribeCacheClusters.label);
      ctx.emit(draft.build());
    }
  },
});
