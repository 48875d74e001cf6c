/**
 * AWS::SecretsManager::Secret → aws.secretsmanager.secret. AWS's Config
 * resource schema for the type (awslabs/aws-config-resource-schema) records
 * the secret's metadata, PascalCase: Name, ARN, Description, KMSKeyId,
 * RotationEnabled, RotationLambdaARN, RotationRules (AutomaticallyAfterDays,
 * AutomaticallyAfterHours, RotationDuration, RotationScheduleExpression),
 * RotationOccurringAsScheduled and Deleted, with the secret's tags on the
 * item. It holds no secret value (no SecretString or SecretBinary is in the
 * schema), and nothing here reads one: the only call is ListSecrets, as on
 * the API path. What the item holds is read back into the SDK's
 * SecretListEntry and mapped by the API collector's own functions: one
 * mapping, two sources. Config spells "none" as null, so a null key,
 * rotation function or schedule is none, as the API's absent member is; a
 * key the item lacks is unknown, and a schedule in hours (which ListSecrets
 * answers as an expression) is not read. The schema lists no creation,
 * last rotation, next rotation or last access date and no owning service:
 * those — and any field the item lacks or holds in a form Secrets Manager
 * does not answer — are read in the same run from one ListSecrets listing
 * per region with the API collector's row, the secret found by its ARN
 * (not with an aggregator, where they are errors on the secret). A secret
 * deleted since Config recorded it is not listed: an error on those
 * fields, never "none". A secret scheduled for deletion (Deleted) is left
 * out, as ListSecrets leaves it out.
 */
import { paginateListSecrets, SecretsManagerClient, type RotationRulesType, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { readFields } from '../../answers.js';
import { secretCalls } from '../../aws/secretsmanager/secrets.js';
import { secretFields } from '../../aws/secretsmanager/map.js';
import type { CollectContext, Fetch } from '../../context.js';
import { listFetch } from '../../listing.js';
import { fieldFromListing, goneFrom, oncePerRun } from '../fill.js';
import type { ConfigurationItem } from '../item.js';
import { booleanOf, defineConfigMapper, numberOf, stringOf } from '../mapper.js';
import { fromItem, isRecord, unanswered, type Unreadable } from '../read.js';

const nameOf = (item: ConfigurationItem): string => stringOf(item.configuration?.Name) ?? item.resourceName ?? item.resourceId;
const arnOf = (item: ConfigurationItem): string | undefined => stringOf(item.configuration?.ARN) ?? item.arn;

const nullOrText = (c: Readonly<Record<string, unknown>>, key: string): boolean => Object.hasOwn(c, key) && (c[key] === null || typeof c[key] === 'string');

/** RotationRules as ListSecrets answers them, or undefined when the item does not hold them so. */
function rulesOf(value: unknown): { rules: RotationRulesType | undefined } | undefined {
  if (value === null) return { rules: undefined };
  if (!isRecord(value) || !nullOrText(value, 'RotationDuration') || !nullOrText(value, 'RotationScheduleExpression')) return undefined;
  const days = value.AutomaticallyAfterDays;
  // A schedule in hours is answered by ListSecrets as an expression the item does not spell.
  if (!Object.hasOwn(value, 'AutomaticallyAfterDays') || (days !== null && numberOf(days) === undefined) || (value.AutomaticallyAfterHours !== undefined && value.AutomaticallyAfterHours !== null)) return undefined;
  return { rules: { AutomaticallyAfterDays: numberOf(days), Duration: stringOf(value.RotationDuration), ScheduleExpression: stringOf(value.RotationScheduleExpression) } };
}

/** The region's secrets, listed once per collector run however many items lack fields. */
const secretsOf = oncePerRun((ctx): Promise<Fetch<SecretListEntry[]>> => {
  const sm = ctx.clients.get(SecretsManagerClient, ctx.region);
  return listFetch(secretCalls.ListSecrets, () => paginateListSecrets({ client: sm, pageSize: 100 }, {}), (page) => page.SecretList);
});

const gone = (operation: string): Fetch<never> => goneFrom('ResourceNotFoundException', 'Secrets Manager no longer lists the secret AWS Config recorded', operation);

async function listedField(ctx: CollectContext, item: ConfigurationItem, path: string): Promise<Fetch<unknown>> {
  const arn = arnOf(item);
  const name = nameOf(item);
  // By ARN where the item names one: a secret deleted and created again under its name is another secret.
  const entryOf = (entries: readonly SecretListEntry[]): SecretListEntry | undefined => entries.find((e) => (arn === undefined ? e.Name === name : e.ARN === arn));
  return fieldFromListing(await secretsOf(ctx), entryOf, secretFields, path, secretCalls.ListSecrets.label, gone);
}

const NOT_IN_ITEM = ['createdDate', 'owningService', 'lastRotatedDate', 'nextRotationDate', 'lastAccessedDate'];

export const secretsmanagerSecretFromConfig = defineConfigMapper({
  configType: 'AWS::SecretsManager::Secret',
  catalogType: 'aws.secretsmanager.secret',
  omits: (item) => item.configuration?.Deleted === true,
  fill: {
    calls: [secretCalls],
    read(ctx, item, path) {
      return (secretCalls.ListSecrets.fills as readonly string[]).includes(path) ? () => listedField(ctx, item, path) : undefined;
    },
  },
  map(item) {
    const c = item.configuration ?? {};
    const rules = rulesOf(c.RotationRules);
    const rotationKnown = Object.hasOwn(c, 'RotationEnabled') && (c.RotationEnabled === null || typeof c.RotationEnabled === 'boolean')
      && nullOrText(c, 'RotationLambdaARN') && rules !== undefined;
    const entry: SecretListEntry = {
      Name: nameOf(item), ARN: arnOf(item), KmsKeyId: stringOf(c.KMSKeyId), RotationEnabled: booleanOf(c.RotationEnabled),
      RotationLambdaARN: stringOf(c.RotationLambdaARN), RotationRules: rules?.rules,
    };
    const own: Unreadable[] = [
      ...NOT_IN_ITEM.map((path) => ({ path, reason: `AWS Config's resource schema for AWS::SecretsManager::Secret lists no ${path}` })),
      ...unanswered(c, [{ key: 'KMSKeyId', path: 'kmsKeyId', kind: 'string' }, { key: 'RotationLambdaARN', path: 'rotationLambdaArn', kind: 'string' }]),
      ...(rules === undefined ? [{ path: 'rotationRules', reason: 'configuration.RotationRules in the Configuration Item is missing or not a schedule ListSecrets answers in days or as an expression' }] : []),
      ...(rotationKnown ? [] : [{ path: 'rotationEnabled', reason: 'the Configuration Item does not hold configuration.RotationEnabled with the rotation function and schedule beside it' }]),
    ];
    const read = fromItem(readFields(secretFields(entry)), own);
    const name = nameOf(item);
    // Config's id for a secret is its ARN, which ends in a suffix no name can rebuild.
    const arn = entry.ARN ?? item.resourceId;
    return {
      envelope: { type: 'aws.secretsmanager.secret', id: name, arn, tags: { ...item.tags } },
      fields: read.fields,
      ...(read.unreadable.length > 0 ? { unreadable: read.unreadable } : {}),
    };
  },
});
