/**
 * Pure mapping from DescribeDBSnapshots / DescribeDBClusterSnapshots and
 * their attribute calls to aws.rds.db-snapshot and
 * aws.rds.db-cluster-snapshot, one reader per field (answers.ts).
 *
 * What absence is read as, and why:
 * - KmsKeyId absent is null, but only for a snapshot that says it is not
 *   encrypted: RDS names the key of every encrypted snapshot.
 * - SnapshotCreateTime absent is null: RDS has none while it is still
 *   creating the snapshot.
 * - The restore attribute's AttributeValues absent is "shared with no one":
 *   the query protocol sends no element for an empty list. The restore
 *   attribute itself missing from the answer is unknown, never "private":
 *   RDS answers it for every manual snapshot, and publicness is never guessed.
 */
import { iso, required, tagMap, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';
import type { DBClusterSnapshot, DBClusterSnapshotAttributesResult, DBSnapshot, DBSnapshotAttributesResult } from '@aws-sdk/client-rds';

type DbSnapshot = CatalogData['aws.rds.db-snapshot'];
type DbClusterSnapshot = CatalogData['aws.rds.db-cluster-snapshot'];

function keyOf(encrypted: boolean | undefined, kmsKeyId: string | undefined, what: string): string | null {
  return required(encrypted, what) ? text(kmsKeyId, 'KmsKeyId') : null;
}

export function dbSnapshotFields(snapshot: DBSnapshot): ReadersOf<DbSnapshot> {
  return {
    dbSnapshotIdentifier: () => text(snapshot.DBSnapshotIdentifier, 'DBSnapshotIdentifier'),
    dbInstanceIdentifier: () => text(snapshot.DBInstanceIdentifier, 'DBInstanceIdentifier'),
    snapshotType: () => text(snapshot.SnapshotType, 'SnapshotType'),
    status: () => text(snapshot.Status, 'Status'),
    engine: () => text(snapshot.Engine, 'Engine'),
    engineVersion: () => text(snapshot.EngineVersion, 'EngineVersion'),
    snapshotCreateTime: () => (snapshot.SnapshotCreateTime === undefined ? null : iso(snapshot.SnapshotCreateTime, 'SnapshotCreateTime')),
    encrypted: () => required(snapshot.Encrypted, 'Encrypted'),
    kmsKeyId: () => keyOf(snapshot.Encrypted, snapshot.KmsKeyId, 'Encrypted'),
  };
}

export function dbClusterSnapshotFields(snapshot: DBClusterSnapshot): ReadersOf<DbClusterSnapshot> {
  return {
    dbClusterSnapshotIdentifier: () => text(snapshot.DBClusterSnapshotIdentifier, 'DBClusterSnapshotIdentifier'),
    dbClusterIdentifier: () => text(snapshot.DBClusterIdentifier, 'DBClusterIdentifier'),
    snapshotType: () => text(snapshot.SnapshotType, 'SnapshotType'),
    status: () => text(snapshot.Status, 'Status'),
    engine: () => text(snapshot.Engine, 'Engine'),
    engineVersion: () => text(snapshot.EngineVersion, 'EngineVersion'),
    snapshotCreateTime: () => (snapshot.SnapshotCreateTime === undefined ? null : iso(snapshot.SnapshotCreateTime, 'SnapshotCreateTime')),
    storageEncrypted: () => required(snapshot.StorageEncrypted, 'StorageEncrypted'),
    kmsKeyId: () => keyOf(snapshot.StorageEncrypted, snapshot.KmsKeyId, 'StorageEncrypted'),
  };
}

/** Both listings answer each snapshot's tags (TagList), so no per-snapshot call is needed. */
export function snapshotTags(snapshot: DBSnapshot | DBClusterSnapshot): Record<string, string> {
  return tagMap(snapshot.TagList);
}

interface AttributeAnswer {
  readonly identifier: string | undefined;
  readonly attributes: readonly { AttributeName?: string | undefined; AttributeValues?: string[] | undefined }[] | undefined;
}

/** The values of the restore attribute; an answer about another snapshot, or without the attribute, is unreadable. */
function restoreValues(answer: AttributeAnswer, snapshotId: string, operation: string): string[] {
  if (answer.identifier !== undefined && answer.identifier !== snapshotId) throw new UnreadableAnswer('UnexpectedResponse', `${operation} answered for ${answer.identifier}, not ${snapshotId}`);
  const restore = required(answer.attributes, 'attributes').filter((attribute) => attribute.AttributeName === 'restore');
  if (restore.length !== 1) throw new UnreadableAnswer('IncompleteResponse', `the answer has ${restore.length} restore attributes, not one`);
  return (restore[0]?.AttributeValues ?? []).map((value) => text(value, 'restore AttributeValues entry'));
}

export function dbSnapshotRestore(result: DBSnapshotAttributesResult | undefined, snapshotId: string): string[] {
  const answer = required(result, 'DBSnapshotAttributesResult');
  return restoreValues({ identifier: answer.DBSnapshotIdentifier, attributes: answer.DBSnapshotAttributes }, snapshotId, 'DescribeDBSnapshotAttributes');
}

export function dbClusterSnapshotRestore(result: DBClusterSnapshotAttributesResult | undefined, snapshotId: string): string[] {
  const answer = required(result, 'DBClusterSnapshotAttributesResult');
  return restoreValues({ identifier: answer.DBClusterSnapshotIdentifier, attributes: answer.DBClusterSnapshotAttributes }, snapshotId, 'DescribeDBClusterSnapshotAttributes');
}
