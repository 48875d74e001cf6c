/**
 * Configuration Items as AWS Config's advanced query returns them: one JSON
 * document per result, with the resource's `configuration` in the service's
 * own shape (camelCase), `supplementaryConfiguration` for what the service
 * answers from separate calls (an S3 bucket's policy, its Block Public
 * Access), `tags` and `relationships`. Read defensively: a result is
 * untrusted input like any AWS answer.
 */

export interface ConfigRelationship {
  readonly resourceType?: string;
  readonly resourceId?: string;
  readonly relationshipName?: string;
}

export interface ConfigurationItem {
  readonly resourceId: string;
  readonly resourceType: string;
  readonly resourceName: string | undefined;
  readonly arn: string | undefined;
  readonly accountId: string;
  readonly awsRegion: string;
  readonly status: string | undefined;
  readonly captureTime: string | undefined;
  /** The service's description of the resource; undefined when the result carried none. */
  readonly configuration: Readonly<Record<string, unknown>> | undefined;
  readonly supplementaryConfiguration: Readonly<Record<string, unknown>>;
  readonly tags: Readonly<Record<string, string>>;
  /** Undefined when the query did not return relationships at all (not the same as none). */
  readonly relationships: readonly ConfigRelationship[] | undefined;
}

import { isRecord } from './read.js';

/** The fields every mapper's query selects. */
export const SELECTED_FIELDS = [
  'resourceId', 'resourceType', 'resourceName', 'arn', 'accountId', 'awsRegion', 'configurationItemStatus', 'configurationItemCaptureTime',
  'configuration', 'supplementaryConfiguration', 'tags', 'relationships',
] as const;

/** The advanced query for one type: every field a mapping reads. Config types are fixed strings of ours, never user input. */
export const selectExpression = (configType: string): string => `SELECT ${SELECTED_FIELDS.join(', ')} WHERE resourceType = '${configType}'`;

/** BatchGetResourceConfig and BatchGetAggregateResourceConfig take at most this many keys. */
export const BATCH_KEYS = 100;

/** Statuses of a resource that no longer exists: Config keeps its last item, Assay must not report it. */
const DELETED = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded']);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Config spells nested documents either as objects or as JSON strings (supplementary configuration, older items). */
export function documentOf(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** A configuration as an object, whether Config sent it as one or as a JSON string; undefined otherwise. */
export function configurationOf(value: unknown): Record<string, unknown> | undefined {
  const document = documentOf(value);
  return isRecord(document) ? document : undefined;
}

/** Tags come as a list of {key, value} from advanced query and as a map from configuration history. */
function tagsOf(value: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  if (Array.isArray(value)) {
    for (const tag of value) if (isRecord(tag) && typeof tag.key === 'string') tags[tag.key] = typeof tag.value === 'string' ? tag.value : '';
  } else if (isRecord(value)) {
    for (const [key, tagValue] of Object.entries(value)) tags[key] = typeof tagValue === 'string' ? tagValue : '';
  }
  return tags;
}

export type ParsedItem = { readonly kind: 'item'; readonly item: ConfigurationItem } | { readonly kind: 'deleted' } | { readonly kind: 'invalid'; readonly reason: string };

export function parseItem(result: string): ParsedItem {
  let value: unknown;
  try {
    value = JSON.parse(result);
  } catch (error) {
    return { kind: 'invalid', reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!isRecord(value)) return { kind: 'invalid', reason: 'not a JSON object' };
  const resourceId = text(value.resourceId);
  const resourceType = text(value.resourceType);
  const accountId = text(value.accountId) ?? text(value.awsAccountId);
  const awsRegion = text(value.awsRegion);
  if (resourceId === undefined || resourceType === undefined || accountId === undefined || awsRegion === undefined) {
    return { kind: 'invalid', reason: 'missing resourceId, resourceType, accountId or awsRegion' };
  }
  const status = text(value.configurationItemStatus);
  if (status !== undefined && DELETED.has(status)) return { kind: 'deleted' };
  const supplementary = documentOf(value.supplementaryConfiguration);
  return {
    kind: 'item',
    item: {
      resourceId, resourceType, accountId, awsRegion, status,
      resourceName: text(value.resourceName),
      arn: text(value.arn) ?? text(value.ARN),
      captureTime: text(value.configurationItemCaptureTime),
      configuration: configurationOf(value.configuration),
      supplementaryConfiguration: isRecord(supplementary) ? Object.fromEntries(Object.entries(supplementary).map(([k, v]) => [k, documentOf(v)])) : {},
      tags: tagsOf(value.tags),
      relationships: Array.isArray(value.relationships) ? value.relationships.filter(isRecord).map((r) => ({
        ...(typeof r.resourceType === 'string' ? { resourceType: r.resourceType } : {}),
        ...(typeof r.resourceId === 'string' ? { resourceId: r.resourceId } : {}),
        ...(typeof r.relationshipName === 'string' ? { relationshipName: r.relationshipName } : {}),
      })) : undefined,
    },
  };
}
