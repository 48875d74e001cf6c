/**
 * Pure mapping from a ListSecrets entry to the aws.secretsmanager.secret
 * catalog shape, one reader per field (answers.ts).
 *
 * What absence is read as, and why (every other missing value is unknown):
 * - KmsKeyId, OwningService, RotationLambdaARN, LastRotatedDate,
 *   NextRotationDate and LastAccessedDate are documented as left out when
 *   not set (the AWS managed key, a secret of the account's own, no
 *   function, never rotated, rotation off, never retrieved): null.
 * - RotationEnabled: Secrets Manager leaves it out of the entry of a secret
 *   that was never given a rotation, as its own examples show. Read as false
 *   only when nothing else about rotation is in the entry either; beside a
 *   rotation function or rules it is unknown, never guessed.
 * - RotationRules absent is "no schedule" (null); inside it each member is
 *   optional (a schedule in days or as an expression, a window or none).
 */
import type { RotationRulesType, SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { emptyToNull, iso, isoOrNull, text, UnreadableAnswer, type ReadersOf } from '../../answers.js';
import type { CatalogData } from '../../../resources/catalog.js';

type SecretData = CatalogData['aws.secretsmanager.secret'];

/** Whether scheduled rotation is on; left out only for a secret never given a rotation. */
export function rotationEnabled(entry: SecretListEntry): boolean {
  if (entry.RotationEnabled !== undefined) return entry.RotationEnabled;
  if (entry.RotationLambdaARN === undefined && entry.RotationRules === undefined && entry.NextRotationDate === undefined) return false;
  throw new UnreadableAnswer('IncompleteResponse', 'the answer has rotation settings but no RotationEnabled');
}

export function rotationRules(rules: RotationRulesType | undefined): SecretData['rotationRules'] {
  if (rules === undefined) return null;
  const days = rules.AutomaticallyAfterDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1)) throw new UnreadableAnswer('UnexpectedResponse', `the answer has RotationRules.AutomaticallyAfterDays ${String(days)}, which is not a number of days`);
  return { automaticallyAfterDays: days ?? null, scheduleExpression: emptyToNull(rules.ScheduleExpression), duration: emptyToNull(rules.Duration) };
}

/** Every field the entry fills. */
export function secretFields(entry: SecretListEntry): ReadersOf<SecretData> {
  return {
    name: () => text(entry.Name, 'Name'),
    arn: () => text(entry.ARN, 'ARN'),
    createdDate: () => iso(entry.CreatedDate, 'CreatedDate'),
    kmsKeyId: () => emptyToNull(entry.KmsKeyId),
    owningService: () => emptyToNull(entry.OwningService),
    rotationEnabled: () => rotationEnabled(entry),
    rotationLambdaArn: () => emptyToNull(entry.RotationLambdaARN),
    rotationRules: () => rotationRules(entry.RotationRules),
    lastRotatedDate: () => isoOrNull(entry.LastRotatedDate),
    nextRotationDate: () => isoOrNull(entry.NextRotationDate),
    lastAccessedDate: () => isoOrNull(entry.LastAccessedDate),
  };
}
