/**
 * The published JSON Schema of a snapshot (schemas/snapshot.schema.json):
 * the envelope from schema.ts plus, per catalog type, what `data` holds —
 * so editors and other tools can validate a snapshot without Assay.
 */
import { resourceTypes } from '../resources/catalog.js';
import { SNAPSHOT_SCHEMA_VERSION, snapshotSchema } from './schema.js';

type JsonObject = Record<string, unknown>;

/** Drops TypeBox's symbol keys by round-tripping through JSON. */
function plain(schema: unknown): JsonObject {
  return JSON.parse(JSON.stringify(schema)) as JsonObject;
}

/**
 * A copy with no `required` lists: fields a resource's `errors` name may be
 * absent. Plain JSON Schema cannot tie absence to the named paths; Assay's
 * own validator does (validate.ts).
 */
function withoutRequired(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRequired);
  if (typeof value !== 'object' || value === null) return value;
  const copy: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'required') copy[key] = withoutRequired(child);
  }
  return copy;
}

export function snapshotJsonSchema(): JsonObject {
  const root = plain(snapshotSchema);
  const definitions: JsonObject = {};
  for (const definition of resourceTypes) {
    definitions[definition.type] = plain(definition.data);
    definitions[`partial.${definition.type}`] = withoutRequired(plain(definition.data));
  }
  const properties = root.properties as JsonObject;
  const resources = properties.resources as JsonObject;
  const resource = resources.items as JsonObject;
  const resourceProperties = resource.properties as JsonObject;
  resourceProperties.type = {
    ...(resourceProperties.type as JsonObject),
    enum: resourceTypes.map((d) => d.type),
  };
  resource.allOf = resourceTypes.map((definition) => ({
    if: { properties: { type: { const: definition.type } }, required: ['type'] },
    then: {
      if: { properties: { errors: { type: 'array' } }, required: ['errors'] },
      then: { properties: { data: { $ref: `#/definitions/partial.${definition.type}` } } },
      else: { properties: { data: { $ref: `#/definitions/${definition.type}` } } },
    },
  }));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://assay.dev/schemas/snapshot-v${SNAPSHOT_SCHEMA_VERSION}.schema.json`,
    title: 'Assay snapshot',
    ...root,
    definitions,
  };
}
