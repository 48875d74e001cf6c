import { defineResourceType } from '../define.js';
import { bool, list, obj, oneOf, str, timestamp } from '../fields.js';

export const dynamodbTable = defineResourceType({
  type: 'aws.dynamodb.table',
  service: 'dynamodb',
  scope: 'regional',
  awsTypes: ['AWS::DynamoDB::Table'],
  description: 'A DynamoDB table with its capacity mode and auto scaling, point-in-time recovery and deletion protection.',
  idDescription: 'the table name (the ARN is on the resource)',
  data: obj({
    name: str('Table name (ListTables TableNames[]).'),
    arn: str('Table ARN (DescribeTable TableArn).'),
    status: oneOf(['ACTIVE', 'ARCHIVED', 'ARCHIVING', 'CREATING', 'DELETING', 'INACCESSIBLE_ENCRYPTION_CREDENTIALS', 'REPLICATION_NOT_AUTHORIZED', 'UPDATING'], 'Table status (TableStatus).'),
    createdAt: timestamp('When the table was created (CreationDateTime).'),
    billingMode: oneOf(['PAY_PER_REQUEST', 'PROVISIONED'], 'Capacity mode: on-demand (PAY_PER_REQUEST) or provisioned (BillingModeSummary.BillingMode; a table that never changed mode has no summary and is provisioned, with read capacity above 0 in ProvisionedThroughput).'),
    deletionProtectionEnabled: bool('Whether the table cannot be deleted until deletion protection is turned off (DeletionProtectionEnabled).'),
    pointInTimeRecoveryEnabled: bool('Whether point-in-time recovery is on (DescribeContinuousBackups PointInTimeRecoveryDescription.PointInTimeRecoveryStatus ENABLED).'),
    readAutoScaling: bool('Whether Application Auto Scaling has a scalable target for the table\'s read capacity (DescribeScalableTargets, dimension dynamodb:table:ReadCapacityUnits, resource table/<name>).'),
    writeAutoScaling: bool('Whether Application Auto Scaling has a scalable target for the table\'s write capacity (dynamodb:table:WriteCapacityUnits).'),
    globalSecondaryIndexes: list(obj({
      name: str('Index name (GlobalSecondaryIndexes[].IndexName).'),
      readAutoScaling: bool('Whether the index\'s read capacity has a scalable target (dynamodb:index:ReadCapacityUnits, resource table/<table>/index/<index>).'),
      writeAutoScaling: bool('Whether the index\'s write capacity has a scalable target (dynamodb:index:WriteCapacityUnits).'),
    }, 'One global secondary index.'), 'Global secondary indexes (DescribeTable GlobalSecondaryIndexes), each with its auto scaling; empty when the table has none.'),
  }, 'DynamoDB table settings.'),
  example: {
    name: 'orders',
    arn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
    status: 'ACTIVE',
    createdAt: '2025-06-01T09:00:00.000Z',
    billingMode: 'PAY_PER_REQUEST',
    deletionProtectionEnabled: true,
    pointInTimeRecoveryEnabled: true,
    readAutoScaling: false,
    writeAutoScaling: false,
    globalSecondaryIndexes: [{ name: 'by-customer', readAutoScaling: false, writeAutoScaling: false }],
  },
});
