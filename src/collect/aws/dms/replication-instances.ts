/**
 * aws.dms.replication-instance: the DMS replication instances of the
 * region, each mapped from its DescribeReplicationInstances entry alone.
 */
import { DatabaseMigrationServiceClient, paginateDescribeReplicationInstances } from '@aws-sdk/client-database-migration-service';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { instanceFields } from './map.js';
import { noneFoundIsEmpty } from './none-found.js';

export const replicationInstanceCalls = callTable('DatabaseMigrationService', 'dms', {
  DescribeReplicationInstances: {
    iam: 'dms:DescribeReplicationInstances', absentOn: ['ResourceNotFoundFault'],
    fills: ['replicationInstanceIdentifier', 'replicationInstanceClass', 'status', 'engineVersion', 'instanceCreateTime', 'publiclyAccessible', 'autoMinorVersionUpgrade', 'multiAz', 'kmsKeyId', 'vpcId'],
  },
});

export const dmsReplicationInstances = defineCollector({
  type: 'aws.dms.replication-instance',
  scope: 'regional',
  calls: [replicationInstanceCalls],
  async collect(ctx) {
    const dms = ctx.clients.get(DatabaseMigrationServiceClient, ctx.region);
    const call = replicationInstanceCalls.DescribeReplicationInstances;
    const instances = await listResources(ctx, call, () => noneFoundIsEmpty(paginateDescribeReplicationInstances({ client: dms, pageSize: 100 }, {}), { $metadata: {}, ReplicationInstances: [] }), (page) => page.ReplicationInstances);
    for (const instance of instances) {
      const id = listedId(ctx, instance.ReplicationInstanceIdentifier, call, 'a replication instance', 'ReplicationInstanceIdentifier');
      if (id === undefined) continue;
      const arn = instance.ReplicationInstanceArn;
      const draft = ctx.draft({ type: 'aws.dms.replication-instance', id, ...(arn === undefined || arn === '' ? {} : { arn }) });
      setFields(draft, instanceFields(instance), call.label);
      ctx.emit(draft.build());
    }
  },
});
