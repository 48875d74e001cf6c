/**
 * Pure mapping from DynamoDB and Application Auto Scaling answers to the
 * aws.dynamodb.table catalog shape, one reader per field (answers.ts), so
 * one value AWS left out fails alone.
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - BillingModeSummary absent is provisioned only when ProvisionedThroughput
 *   answers read capacity above 0: DynamoDB sends the summary once a
 *   table's mode was chosen or changed, and an on-demand table answers 0.
 * - GlobalSecondaryIndexes absent is "no indexes" (empty): DynamoDB sends
 *   the member only for a table that has some.
 * - A capacity dimension without a scalable target in the region's one
 *   DescribeScalableTargets listing is not auto scaled; that listing
 *   failing leaves every auto scaling field unknown.
 */
import type { ContinuousBackupsDescription, TableDescription } from '@aws-sdk/client-dynamodb';
import type { ScalableTarget } from '@aws-sdk/client-application-auto-scaling';
import { iso, knownValue, required, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type Table = CatalogData['aws.dynamodb.table'];

const STATUSES = ['ACTIVE', 'ARCHIVED', 'ARCHIVING', 'CREATING', 'DELETING', 'INACCESSIBLE_ENCRYPTION_CREDENTIALS', 'REPLICATION_NOT_AUTHORIZED', 'UPDATING'] as const;
const BILLING_MODES = ['PAY_PER_REQUEST', 'PROVISIONED'] as const;

/** The fields DescribeTable fills; `name` comes from the listing, the auto scaling flags from the scaling listing. */
export const DESCRIBE_TABLE_FIELDS = ['arn', 'status', 'createdAt', 'billingMode', 'deletionProtectionEnabled'] as const;
/** Read from DescribeTable's indexes and the region's scalable targets together. */
export const AUTO_SCALING_FIELDS = ['readAutoScaling', 'writeAutoScaling', 'globalSecondaryIndexes'] as const;

export function billingMode(table: TableDescription): Table['billingMode'] {
  const mode = table.BillingModeSummary?.BillingMode;
  if (mode !== undefined) return knownValue(mode, BILLING_MODES, 'BillingModeSummary.BillingMode');
  const read = required(table.ProvisionedThroughput?.ReadCapacityUnits, 'BillingModeSummary or ProvisionedThroughput.ReadCapacityUnits');
  if (read > 0) return 'PROVISIONED';
  throw new UnreadableAnswer('IncompleteResponse', 'the answer has no BillingModeSummary and no provisioned read capacity');
}

/** The scalable dimensions of the region's DynamoDB targets, as `resourceId dimension` keys. */
export function scaledDimensions(targets: readonly ScalableTarget[]): Set<string> {
  return new Set(targets.map((t) => `${t.ResourceId ?? ''} ${t.ScalableDimension ?? ''}`));
}

export function tableFields(table: TableDescription, scaled: Set<string> | undefined): ReadersOf<Table> {
  const name = table.TableName ?? '';
  const isScaled = (resource: string, dimension: string): boolean => required(scaled, 'scalable targets').has(`${resource} ${dimension}`);
  return {
    arn: () => text(table.TableArn, 'TableArn'),
    status: () => knownValue(table.TableStatus, STATUSES, 'TableStatus'),
    createdAt: () => iso(table.CreationDateTime, 'CreationDateTime'),
    billingMode: () => billingMode(table),
    deletionProtectionEnabled: () => required(table.DeletionProtectionEnabled, 'DeletionProtectionEnabled'),
    // Without the region's scalable targets these three are failed by the collector, with the listing's failure.
    ...(scaled === undefined ? {} : {
      readAutoScaling: () => isScaled(`table/${name}`, 'dynamodb:table:ReadCapacityUnits'),
      writeAutoScaling: () => isScaled(`table/${name}`, 'dynamodb:table:WriteCapacityUnits'),
      globalSecondaryIndexes: () => (table.GlobalSecondaryIndexes ?? []).map((index) => {
        const indexName = text(index.IndexName, 'GlobalSecondaryIndexes[].IndexName');
        const resource = `table/${name}/index/${indexName}`;
        return { name: indexName, readAutoScaling: isScaled(resource, 'dynamodb:index:ReadCapacityUnits'), writeAutoScaling: isScaled(resource, 'dynamodb:index:WriteCapacityUnits') };
      }),
    }),
  };
}

export function pointInTimeRecovery(description: ContinuousBackupsDescription | undefined): boolean {
  const status = knownValue(description?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus, ['ENABLED', 'DISABLED'], 'PointInTimeRecoveryDescription.PointInTimeRecoveryStatus');
  return status === 'ENABLED';
}
