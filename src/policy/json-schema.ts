/**
 * The published JSON Schema of a policy file (schemas/policy.schema.json),
 * for editors: the document shape from schema.ts, with conditions spelled
 * out from the operator and function indexes so completion lists every
 * operator. The compiler stays the authority (it also checks paths and
 * operands against the resource type).
 */
import { comparisonOperators } from './conditions/comparisons/index.js';
import { builtinFunctions } from './functions/index.js';
import { conditionLibrarySchema } from './library.js';
import { policySchema } from './schema.js';

type JsonObject = Record<string, unknown>;
const plain = (value: unknown): JsonObject => JSON.parse(JSON.stringify(value)) as JsonObject;
const ref = { $ref: '#/definitions/condition' };
/** An operand may name a policy parameter, or (in a named condition) one of its arguments. */
const paramRef = {
  anyOf: [
    { type: 'object', properties: { param: { type: 'string' } }, required: ['param'], additionalProperties: false },
    { type: 'object', properties: { arg: { type: 'string' } }, required: ['arg'], additionalProperties: false },
  ],
};

/** Function options as written in a policy: each option may be a { param: name } (or { arg: name }) reference instead. */
function optionsAllowingParams(options: unknown): JsonObject {
  const schema = plain(options);
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  return { ...schema, properties: Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, { anyOf: [value, paramRef] }])) };
}

/** A member of an all/any list: a condition, or one switched on or off by a parameter or argument. */
const member = {
  anyOf: [
    ref,
    {
      type: 'object',
      description: 'A member a pack or caller switches: left out of the list when `when` is false.',
      properties: { when: { anyOf: [{ type: 'boolean' }, paramRef] }, then: ref },
      required: ['when', 'then'],
      additionalProperties: false,
    },
  ],
};

function conditionSchema(): JsonObject {
  const quantified = (extra: JsonObject): JsonObject => ({
    type: 'object',
    oneOf: ['every', 'some', 'none', 'count'].map((q) => ({ properties: { [q]: {} }, required: [q] })),
    properties: {
      ...extra,
      every: ref, some: ref, none: ref,
      count: {
        type: 'object',
        properties: { where: ref, ...Object.fromEntries(['equals', 'gt', 'gte', 'lt', 'lte'].map((op) => [op, { anyOf: [{ type: 'integer', minimum: 0 }, paramRef] }])) },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  });
  return {
    description: 'A condition: all/any/not, a comparison on a path, a quantifier over a list or related resources, a built-in function, a named condition (use) or the account\'s or region\'s settings.',
    anyOf: [
      { type: 'object', properties: { use: { type: 'string', description: 'A named condition from a condition library.' }, with: { type: 'object', description: 'Its arguments: values, { param: name } or { arg: name }.' } }, required: ['use'], additionalProperties: false },
      { type: 'object', properties: { account: ref }, required: ['account'], additionalProperties: false, description: 'The account\'s settings (aws.account of this account) satisfy the condition; none found is ERROR.' },
      { type: 'object', properties: { region: ref }, required: ['region'], additionalProperties: false, description: 'The region\'s settings (aws.region of this account and region) satisfy the condition; none found is ERROR.' },
      { type: 'object', properties: { all: { type: 'array', items: member, minItems: 1 } }, required: ['all'], additionalProperties: false },
      { type: 'object', properties: { any: { type: 'array', items: member, minItems: 1 } }, required: ['any'], additionalProperties: false },
      { type: 'object', properties: { not: ref }, required: ['not'], additionalProperties: false },
      ...comparisonOperators.map((op) => ({
        description: op.description,
        type: 'object',
        properties: { path: { type: 'string' }, [op.name]: { anyOf: [plain(op.operand), paramRef] } },
        required: ['path', op.name],
        additionalProperties: false,
      })),
      { ...quantified({ path: { type: 'string' } }), required: ['path'] },
      {
        ...quantified({
          related: {
            type: 'object',
            properties: {
              type: { type: 'string' },
              on: { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1, description: 'Join: related field → path of this resource ($value: the list element in scope); every pair must be equal.' },
              within: { enum: ['account', 'region'] },
              ifNone: { enum: ['error', 'fail', 'pass', 'evaluate'] },
            },
            required: ['type'],
            additionalProperties: false,
          },
        }),
        required: ['related'],
      },
      ...builtinFunctions.map((fn) => ({
        description: fn.description,
        type: 'object',
        properties: { fn: { const: fn.name }, path: { type: 'string' }, with: optionsAllowingParams(fn.options) },
        required: ['fn'],
        additionalProperties: false,
      })),
    ],
  };
}

export function policyJsonSchema(): JsonObject {
  const root = plain(policySchema);
  const properties = root.properties as JsonObject;
  properties.where = { ...(properties.where as JsonObject), ...ref };
  properties.check = { ...(properties.check as JsonObject), ...ref };
  return publishedWithConditions('policy.schema.json', 'Assay policy', root);
}

/** A document schema published with the condition language its condition fields refer to. */
function publishedWithConditions(id: string, title: string, root: JsonObject): JsonObject {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://assay.dev/schemas/${id}`,
    title,
    ...root,
    definitions: { condition: conditionSchema() },
  };
}

/** The published JSON Schema of a condition library file (schemas/conditions.schema.json). */
export function conditionLibraryJsonSchema(): JsonObject {
  const root = plain(conditionLibrarySchema);
  const conditions = root.properties as { conditions: { patternProperties: Record<string, { properties: JsonObject }> } };
  for (const named of Object.values(conditions.conditions.patternProperties)) named.properties.condition = { ...(named.properties.condition as JsonObject), ...ref };
  return publishedWithConditions('conditions.schema.json', 'Assay condition library', root);
}
