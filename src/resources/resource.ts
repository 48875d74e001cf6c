/**
 * The envelope every collected AWS thing shares (DESIGN.md, "Resource").
 * Type-specific settings sit in `data`, whose schema comes from the catalog.
 */
import { Type, type Static } from '@sinclair/typebox';
import { awsAccountIdPattern } from './fields.js';

/** The error path that says the resource's tags could not be read (its `tags` then hold nothing trustworthy). */
export const TAGS_ERROR_PATH = '$tags';

/**
 * `path` uses the policy path syntax: `policy`, `accessKeys[0].lastUsedDate`;
 * '' is the whole of `data`; `$tags` is the envelope's tags.
 */
export const resourceErrorSchema = Type.Object({
  path: Type.String({ description: 'Field of `data` that could not be read; the empty string means all of it; "$tags" means the tags.' }),
  code: Type.String({ description: 'AWS error code or Assay code, e.g. AccessDenied.', minLength: 1 }),
  message: Type.String({ description: 'What went wrong, as reported.' }),
  operation: Type.Optional(Type.String({ description: 'The API operation that failed, e.g. s3:GetBucketPolicy.' })),
}, { additionalProperties: false, description: 'A field of this resource that could not be collected.' });

export const resourceSchema = Type.Object({
  type: Type.String({ description: 'Catalog type name, e.g. aws.s3.bucket (`assay types` lists them).', minLength: 1 }),
  id: Type.String({ description: 'Identifier, unique per type, account and region (what it holds depends on the type).', minLength: 1 }),
  arn: Type.Optional(Type.String({ description: 'Amazon Resource Name, when the resource has one.', pattern: '^arn:' })),
  account: Type.String({ description: '12-digit id of the account that owns the resource.', pattern: awsAccountIdPattern }),
  region: Type.String({ description: 'Region name, or "global" for account-wide types such as IAM.', pattern: '^(global|[a-z]{2}(-[a-z]+)+-[0-9]+)$' }),
  name: Type.Optional(Type.String({ description: 'Human name (Name tag or the resource name) when it differs from the id.' })),
  tags: Type.Record(Type.String(), Type.String(), { description: 'Resource tags, key to value.' }),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'Type-specific settings; the schema is per type.' }),
  errors: Type.Optional(Type.Array(resourceErrorSchema, { description: 'Fields that could not be collected: policies reading them yield ERROR, never PASS.' })),
}, { additionalProperties: false, description: 'One AWS resource, normalized.' });

export type ResourceError = Static<typeof resourceErrorSchema>;
export type Resource = Static<typeof resourceSchema>;
