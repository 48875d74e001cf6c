/**
 * aws.rds.db-instance: the DB instances of the region (DescribeDBInstances
 * also answers Aurora members, Neptune and DocumentDB instances). One
 * paginated call answers every field and the tags.
 */
import { RDSClient, paginateDescribeDBInstances } from '@aws-sdk/client-rds';
import { defineCollector } from '../../define.js';
import { listResources } from '../../listing.js';
import { dbInstanceFields, dbInstanceTags } from './map.js';

export const rdsDbInstances = defineCollector({
  type: 'aws.rds.db-instance',
  scope: 'regional',
  permissions: ['rds:DescribeDBInstances'],
  async collect(ctx) {
    const rds = ctx.clients.get(RDSClient, ctx.region);
    const instances = await listResources(ctx, 'rds:DescribeDBInstances', () => paginateDescribeDBInstances({ client: rds }, {}), (page) => page.DBInstances);
    for (const db of instances) {
      const draft = ctx.draft({ type: 'aws.rds.db-instance', id: db.DBInstanceIdentifier ?? '', ...(db.DBInstanceArn === undefined ? {} : { arn: db.DBInstanceArn }), tags: dbInstanceTags(db) });
      for (const [path, value] of Object.entries(dbInstanceFields(db))) draft.set(path, value);
      ctx.emit(draft.build());
    }
  },
});
