/** dynamodbTables through the real DynamoDB and Application Auto Scaling clients, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { dynamodbTables } from './tables.js';
import { byTarget, json, jsonError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';
import type { Resource } from '../../../resources/resource.js';

const arn = (name: string): string => `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${name}`;
const LIST = 'DynamoDB_20120810.ListTables';
const DESCRIBE = 'DynamoDB_20120810.DescribeTable';
const BACKUPS = 'DynamoDB_20120810.DescribeContinuousBackups';
const TARGETS = 'AnyScaleFrontendService.DescribeScalableTargets';
const TAGS = 'DynamoDB_20120810.ListTagsOfResource';

/** A table as DescribeTable answers it (epoch seconds for the timestamp). */
const table = (name: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  TableName: name, TableArn: arn(name), TableId: '0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d', TableStatus: 'ACTIVE', CreationDateTime: 1748768400, ItemCount: 0, TableSizeBytes: 0,
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
  BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: 1748768400 },
  ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 }, DeletionProtectionEnabled: true, ...extra,
});
const gsi = (name: string): Record<string, unknown> => ({ IndexName: name, IndexStatus: 'ACTIVE', KeySchema: [{ AttributeName: 'sk', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } });

const TABLES: Record<string, Record<string, unknown>> = {
  // On-demand, protected.
  orders: table('orders'),
  // Provisioned since before on-demand existed (no BillingModeSummary), read and write auto scaled, one index scaled for reads only.
  sessions: table('sessions', { BillingModeSummary: undefined, ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 10, WriteCapacityUnits: 5 }, DeletionProtectionEnabled: false, GlobalSecondaryIndexes: [gsi('by-user')] }),
  // Provisioned, not scaled.
  legacy: table('legacy', { BillingModeSummary: { BillingMode: 'PROVISIONED' }, ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 5, WriteCapacityUnits: 5 }, DeletionProtectionEnabled: false }),
};
const PITR: Record<string, string> = { orders: 'ENABLED', sessions: 'DISABLED', legacy: 'DISABLED' };

const target = (resource: string, dimension: string): Record<string, unknown> => ({
  ServiceNamespace: 'dynamodb', ResourceId: resource, ScalableDimension: dimension, MinCapacity: 5, MaxCapacity: 100, RoleARN: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`, CreationTime: 1748768400,
});

function routes(overrides: Route[] = [], tables = TABLES): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'ListTables', match: byTarget(LIST),
      respond: (r) => (r.params.ExclusiveStartTableName === undefined ? json({ TableNames: ['legacy', 'orders'], LastEvaluatedTableName: 'orders' }) : json({ TableNames: ['sessions'] })),
    },
    {
      name: 'DescribeTable', match: byTarget(DESCRIBE),
      respond: (r): RecordedResponse => {
        const found = tables[String(r.params.TableName)];
        return found === undefined ? jsonError('ResourceNotFoundException', `Requested resource not found: Table: ${String(r.params.TableName)} not found`) : json({ Table: found });
      },
    },
    {
      name: 'DescribeContinuousBackups', match: byTarget(BACKUPS),
      respond: (r) => json({ ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: PITR[String(r.params.TableName)] ?? 'DISABLED' } } }),
    },
    {
      // orders' tags come in two pages; the other tables have none, which DynamoDB answers as an empty list.
      name: 'ListTagsOfResource', match: byTarget(TAGS),
      respond: (r) => {
        if (r.params.ResourceArn !== arn('orders')) return json({ Tags: [] });
        return r.params.NextToken === undefined ? json({ Tags: [{ Key: 'team', Value: 'orders' }], NextToken: 'tags-2' }) : json({ Tags: [{ Key: 'env', Value: 'prod' }] });
      },
    },
    {
      name: 'DescribeScalableTargets', match: byTarget(TARGETS),
      respond: (r) => (r.params.NextToken === undefined
        ? json({ ScalableTargets: [target('table/sessions', 'dynamodb:table:ReadCapacityUnits'), target('table/sessions', 'dynamodb:table:WriteCapacityUnits')], NextToken: 'page-2' })
        : json({ ScalableTargets: [target('table/sessions/index/by-user', 'dynamodb:index:ReadCapacityUnits')] })),
    },
  ];
}

const tablesOf = (resources: readonly Resource[]): Resource[] => resources.filter((r) => r.type === 'aws.dynamodb.table');

describe('dynamodbTables', () => {
  it('pages ListTables and DescribeScalableTargets and maps each table with its backups and auto scaling', async () => {
    const run = await collectRecorded([dynamodbTables], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(LIST)).map((r) => r.params.ExclusiveStartTableName)).toEqual([undefined, 'orders']);
    expect(run.aws.requests.filter(byTarget(TARGETS)).map((r) => [r.params.ServiceNamespace, r.params.NextToken])).toEqual([['dynamodb', undefined], ['dynamodb', 'page-2']]);
    const tables = tablesOf(run.snapshot.resources);
    expect(tables.map((t) => t.id).sort()).toEqual(['legacy', 'orders', 'sessions']);
    expect(tables.every((t) => t.errors === undefined)).toBe(true);
    expect(run.aws.requests.filter(byTarget(TAGS)).map((r) => [r.params.ResourceArn, r.params.NextToken])).toEqual(expect.arrayContaining([[arn('orders'), undefined], [arn('orders'), 'tags-2']]));
    expect(run.aws.count('ListTagsOfResource')).toBe(4);
    expect(Object.fromEntries(tables.map((t) => [t.id, t.tags]))).toEqual({ orders: { team: 'orders', env: 'prod' }, sessions: {}, legacy: {} });
    expect(tables.find((t) => t.id === 'orders')).toMatchObject({ arn: arn('orders') });
    expect(tables.find((t) => t.id === 'orders')?.data).toEqual({
      name: 'orders', arn: arn('orders'), status: 'ACTIVE', createdAt: '2025-06-01T09:00:00.000Z', billingMode: 'PAY_PER_REQUEST', deletionProtectionEnabled: true,
      pointInTimeRecoveryEnabled: true, readAutoScaling: false, writeAutoScaling: false, globalSecondaryIndexes: [],
    });
    expect(tables.find((t) => t.id === 'sessions')?.data).toMatchObject({
      billingMode: 'PROVISIONED', deletionProtectionEnabled: false, pointInTimeRecoveryEnabled: false, readAutoScaling: true, writeAutoScaling: true,
      globalSecondaryIndexes: [{ name: 'by-user', readAutoScaling: true, writeAutoScaling: false }],
    });
    expect(tables.find((t) => t.id === 'legacy')?.data).toMatchObject({ billingMode: 'PROVISIONED', readAutoScaling: false, writeAutoScaling: false });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.dynamodb.table', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('fails only the tags, never "untagged", when ListTagsOfResource is denied or a page answers no Tags', async () => {
    const denied: Route = { name: 'tags-denied', match: (r) => r.target === TAGS && r.params.ResourceArn === arn('legacy'), respond: jsonError('AccessDeniedException', 'not authorized to perform: dynamodb:ListTagsOfResource') };
    const partial: Route = { name: 'tags-partial', match: (r) => r.target === TAGS && r.params.NextToken === 'tags-2', respond: json({}) };
    const run = await collectRecorded([dynamodbTables], routes([denied, partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const tables = tablesOf(run.snapshot.resources);
    expect(tables.find((t) => t.id === 'legacy')?.errors).toEqual([{ path: '$tags', code: 'AccessDeniedException', message: 'not authorized to perform: dynamodb:ListTagsOfResource', operation: 'dynamodb:ListTagsOfResource' }]);
    expect(tables.find((t) => t.id === 'legacy')?.data).toMatchObject({ billingMode: 'PROVISIONED', pointInTimeRecoveryEnabled: false });
    // A second page without its list leaves the first page's tags unusable: not "team only".
    const orders = tables.find((t) => t.id === 'orders');
    expect(orders?.tags).toEqual({});
    expect(orders?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['$tags', 'IncompleteResponse', 'dynamodb:ListTagsOfResource']]);
    expect(tables.find((t) => t.id === 'sessions')?.errors).toBeUndefined();
  });

  it('asks Application Auto Scaling nothing in a region without tables', async () => {
    const empty: Route = { name: 'empty', match: byTarget(LIST), respond: json({ TableNames: [] }) };
    const run = await collectRecorded([dynamodbTables], routes([empty]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeScalableTargets')).toBe(0);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.dynamodb.table', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('leaves out a table deleted between listing and describing', async () => {
    const { legacy: _gone, ...rest } = TABLES;
    const run = await collectRecorded([dynamodbTables], routes([], rest), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(tablesOf(run.snapshot.resources).map((t) => t.id).sort()).toEqual(['orders', 'sessions']);
  });

  it('records AccessDenied on DescribeTable on the fields it fills, the indexes and auto scaling flags with them', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === DESCRIBE && r.params.TableName === 'legacy', respond: jsonError('AccessDeniedException', 'not authorized to perform: dynamodb:DescribeTable') };
    const run = await collectRecorded([dynamodbTables], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacy = run.snapshot.resources.find((r) => r.id === 'legacy');
    expect(legacy?.data).toEqual({ name: 'legacy', pointInTimeRecoveryEnabled: false });
    expect(legacy?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual(['arn', 'status', 'createdAt', 'billingMode', 'deletionProtectionEnabled', 'readAutoScaling', 'writeAutoScaling', 'globalSecondaryIndexes']
      .map((path) => [path, 'AccessDeniedException', 'dynamodb:DescribeTable']));
  });

  it('records AccessDenied on DescribeContinuousBackups on point-in-time recovery only', async () => {
    const denied: Route = { name: 'denied', match: (r) => r.target === BACKUPS && r.params.TableName === 'orders', respond: jsonError('AccessDeniedException', 'not authorized to perform: dynamodb:DescribeContinuousBackups') };
    const run = await collectRecorded([dynamodbTables], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const orders = run.snapshot.resources.find((r) => r.id === 'orders');
    expect(orders?.errors).toEqual([{ path: 'pointInTimeRecoveryEnabled', code: 'AccessDeniedException', message: 'not authorized to perform: dynamodb:DescribeContinuousBackups', operation: 'dynamodb:DescribeContinuousBackups' }]);
    expect(orders?.data).toMatchObject({ billingMode: 'PAY_PER_REQUEST', deletionProtectionEnabled: true });
  });

  it('records a denied DescribeScalableTargets on every table\'s auto scaling fields, never "not scaled"', async () => {
    const denied: Route = { name: 'denied', match: byTarget(TARGETS), respond: jsonError('AccessDeniedException', 'not authorized to perform: application-autoscaling:DescribeScalableTargets') };
    const run = await collectRecorded([dynamodbTables], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const t of tablesOf(run.snapshot.resources)) {
      expect(t.errors?.map((e) => [e.path, e.operation])).toEqual([['readAutoScaling', 'application-autoscaling:DescribeScalableTargets'], ['writeAutoScaling', 'application-autoscaling:DescribeScalableTargets'], ['globalSecondaryIndexes', 'application-autoscaling:DescribeScalableTargets']]);
      expect(t.data).not.toHaveProperty('readAutoScaling');
    }
  });

  it('marks coverage failed when ListTables is denied', async () => {
    const denied: Route = { name: 'list-denied', match: byTarget(LIST), respond: jsonError('AccessDeniedException', 'not authorized to perform: dynamodb:ListTables') };
    const run = await collectRecorded([dynamodbTables], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.dynamodb.table', status: 'failed', reason: 'AccessDeniedException on dynamodb:ListTables: not authorized to perform: dynamodb:ListTables' })]);
  });

  it('fails only what an incomplete answer leaves out: no mode and no capacity, no deletion protection flag, no recovery status', async () => {
    const partial = { ...TABLES, orders: table('orders', { BillingModeSummary: undefined, DeletionProtectionEnabled: undefined }) };
    const noStatus: Route = { name: 'no-status', match: (r) => r.target === BACKUPS && r.params.TableName === 'orders', respond: json({ ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED' } }) };
    const run = await collectRecorded([dynamodbTables], routes([noStatus], partial), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const orders = run.snapshot.resources.find((r) => r.id === 'orders');
    expect(orders?.errors?.map((e) => [e.path, e.code])).toEqual([['billingMode', 'IncompleteResponse'], ['deletionProtectionEnabled', 'IncompleteResponse'], ['pointInTimeRecoveryEnabled', 'IncompleteResponse']]);
  });
});

describe('dynamodbTables call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(dynamodbTables)).toEqual([]);
  });
});
