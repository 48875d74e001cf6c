/**
 * aws.dms.replication-task: the DMS replication tasks of the region with
 * the logging of their task settings, each mapped from its
 * DescribeReplicationTasks entry alone (the settings come with it).
 */
import { DatabaseMigrationServiceClient, paginateDescribeReplicationTasks } from '@aws-sdk/client-database-migration-service';
import { setFields } from '../../answers.js';
import { callTable } from '../../calls.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { taskFields } from './map.js';
import { noneFoundIsEmpty } from './none-found.js';

export const replicationTaskCalls = callTable('DatabaseMigrationService', 'dms', {
  DescribeReplicationTasks: {
    iam: 'dms:DescribeReplicationTasks', absentOn: ['ResourceNotFoundFault'],
    fills: ['replicationTaskIdentifier', 'status', 'migrationType', 'sourceEndpointArn', 'targetEndpointArn', 'replicationInstanceArn', 'loggingEnabled', 'logComponents'],
  },
});

export const dmsReplicationTasks = defineCollector({
  type: 'aws.dms.replication-task',
  scope: 'regional',
  calls: [replicationTaskCalls],
  async collect(ctx) {
    const dms = ctx.clients.get(DatabaseMigrationServiceClient, ctx.region);
    const call = replicationTaskCalls.DescribeReplicationTasks;
    // The task settings are what the policies read; the table mappings and statistics are not.
    const tasks = await listResources(ctx, call, () => noneFoundIsEmpty(paginateDescribeReplicationTasks({ client: dms, pageSize: 100 }, { WithoutSettings: false }), { $metadata: {}, ReplicationTasks: [] }), (page) => page.ReplicationTasks);
    for (const task of tasks) {
      const id = listedId(ctx, task.ReplicationTaskIdentifier, call, 'a replication task', 'ReplicationTaskIdentifier');
      if (id === undefined) continue;
      const arn = task.ReplicationTaskArn;
      const draft = ctx.draft({ type: 'aws.dms.replication-task', id, ...(arn === undefined || arn === '' ? {} : { arn }) });
      setFields(draft, taskFields(task), call.label);
      ctx.emit(draft.build());
    }
  },
});
