/**
 * aws.rds.db-instance: the DB instances of the region (DescribeDBInstances
 * also answers Aurora members, Neptune and DocumentDB instances). One
 * paginated call answers every field and the tags.
 */
import { RDSClient, paginateDescribeDBInstances } from '@aws-sdk/client-rds';
import { INCOMPLETE, setFields } from '../../answers.js';
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
      if (db.DBInstanceIdentifier === undefined || db.DBInstanceIdentifier === '') {
        ctx.listingFailed({ code: INCOMPLETE, message: 'DescribeDBInstances answered an instance without DBInstanceIdentifier', operation: 'rds:DescribeDBInstances' }, true);
        continue;
      }
      const draft = ctx.draft({ type: 'aws.rds.db-instance', id: db.DBInstanceIdentifier, ...(db.DBInstanceArn === undefined ? {} : { arn: db.DBInstanceArn }), tags: dbInstanceTags(db) });
      setFields(draft, dbInstanceFields(db), 'rds:DescribeDBInstances');
      ctx.emit(draft.build());
    }
  },
});
