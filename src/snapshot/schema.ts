/**
 * The snapshot document (DESIGN.md, "Snapshot"): what collectors produce and
 * the engine reads. Resource `data` is typed per catalog type; see
 * json-schema.ts for the published schema that spells those out.
 */
import { Type, type Static } from '@sinclair/typebox';
import { awsAccountIdPattern } from '../resources/fields.js';
import { resourceSchema } from '../resources/resource.js';

export const SNAPSHOT_SCHEMA_VERSION = 1;

const regionName = Type.String({ description: 'Region name, or "global" for account-wide types.', pattern: '^(global|[a-z]{2}(-[a-z]+)+-[0-9]+)$' });
const accountIdString = Type.String({ description: '12-digit AWS account id.', pattern: awsAccountIdPattern });

export const coverageEntrySchema = Type.Object({
  type: Type.String({ description: 'Catalog type name.', minLength: 1 }),
  account: accountIdString,
  region: regionName,
  status: Type.Unsafe<'complete' | 'partial' | 'failed' | 'skipped'>({
    type: 'string',
    enum: ['complete', 'partial', 'failed', 'skipped'],
    description: 'complete: every resource of the type was listed; partial: listing stopped part-way; failed: nothing could be listed; skipped: not attempted (e.g. a region not opted in).',
  }),
  reason: Type.Optional(Type.String({ description: 'Why coverage is not complete.' })),
}, { additionalProperties: false, description: 'How completely one type was collected in one account and region.' });

export const collectionErrorSchema = Type.Object({
  service: Type.String({ description: 'AWS service, e.g. s3.', minLength: 1 }),
  operation: Type.String({ description: 'API operation, e.g. GetBucketPolicy.', minLength: 1 }),
  account: accountIdString,
  region: regionName,
  type: Type.Optional(Type.String({ description: 'Catalog type the call was collecting.' })),
  resource: Type.Optional(Type.String({ description: 'Id of the resource the call was about, when there was one.' })),
  code: Type.String({ description: 'Error code, e.g. AccessDenied or ThrottlingException.', minLength: 1 }),
  message: Type.String({ description: 'Error message as reported (never contains credentials).' }),
}, { additionalProperties: false, description: 'A failed API call during collection.' });

export const snapshotSchema = Type.Object({
  schemaVersion: Type.Literal(SNAPSHOT_SCHEMA_VERSION, { description: 'Snapshot format version.' }),
  generator: Type.Object({
    name: Type.String({ description: 'Program that wrote the snapshot.', minLength: 1 }),
    version: Type.String({ description: 'Its version.', minLength: 1 }),
  }, { additionalProperties: false, description: 'What produced the snapshot.' }),
  collectedAt: Type.String({ format: 'date-time', description: 'When collection finished; all age checks measure from here, never from the clock.' }),
  scope: Type.Object({
    partition: Type.Unsafe<'aws' | 'aws-us-gov' | 'aws-cn'>({ type: 'string', enum: ['aws', 'aws-us-gov', 'aws-cn'], description: 'AWS partition.' }),
    accounts: Type.Array(accountIdString, { minItems: 1, description: 'Accounts collected.' }),
    regions: Type.Array(Type.String({ pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]+$' }), { description: 'Regions collected (global types use "global").' }),
  }, { additionalProperties: false, description: 'What the snapshot covers.' }),
  resources: Type.Array(resourceSchema, { description: 'The collected resources.' }),
  coverage: Type.Array(coverageEntrySchema, { description: 'Per type, account and region: whether collection was complete.' }),
  errors: Type.Array(collectionErrorSchema, { description: 'API calls that failed during collection.' }),
}, { additionalProperties: false, description: 'An Assay snapshot of AWS resources.' });

export type Snapshot = Static<typeof snapshotSchema>;
export type CoverageEntry = Static<typeof coverageEntrySchema>;
export type CollectionError = Static<typeof collectionErrorSchema>;
