/**
 * aws.rds.db-instance: the DB instances of the region (DescribeDBInstances
 * also answers Aurora members, Neptune and DocumentDB instances). One
 * paginated call answers every field and the tags.
 */
import { callTable } from '../../calls.js';
import { RDSClient, paginateDescribeDBInstances } from '@aws-sdk/client-rds';
import { setFields } from '../../answers.js';
import { defineCollector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { dbInstanceFields, dbInstanceTags } from './map.js';

export const dbInstanceCalls = callTable('RDS', 'rds', {
  DescribeDBInstances: { iam: 'rds:DescribeDBInstances', fills: ['dbInstanceIdentifier', 'dbInstanceClass', 'engine', 'engineVersion', 'status', 'storageEncrypted', 'kmsKeyId', 'publiclyAccessible', 'autoMinorVersionUpgrade', 'multiAz', 'backupRetentionPeriod', 'deletionProtection', 'iamDatabaseAuthenticationEnabled', 'vpcId', 'dbSubnetGroupName', 'vpcSecurityGroupIds', 'caCertificateIdentifier', 'instanceCreateTime', 'copyTagsToSnapshot', 'masterUsername', 'port', 'monitoringInterval', 'enabledCloudwatchLogsExports'] },
});

export const rdsDbInstances = defineCollector({
  type: 'aws.rds.db-instance',
  scope: 'regional',
  calls: [dbInstanceCalls],
  async collect(ctx) {
    const rds = ctx.clients.get(RDSClient, ctx.region);
    const instances = await listResources(ctx, dbInstanceCalls.DescribeDBInstances, () => paginateDescribeDBInstances({ client: rds }, {}), (page) => page.DBInstances);
    for (const db of instances) {
      const id = listedId(ctx, db.DBInstanceIdentifier, dbInstanceCalls.DescribeDBInstances, 'an instance', 'DBInstanceIdentifier');
      if (id === undefined) continue;
      const draft = ctx.draft({ type: 'aws.rds.db-instance', id, ...(db.DBInstanceArn === undefined ? {} : { arn: db.DBInstanceArn }), tags: dbInstanceTags(db) });
      setFields(draft, dbInstanceFields(db), dbInstanceCalls.DescribeDBInstances.label);
      ctx.emit(draft.build());
    }
  },
});
