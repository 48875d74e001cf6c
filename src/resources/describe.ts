/**
 * Flattens a data schema into the field list `assay types <type>` prints and
 * the docs use: one row per field, nested objects and array elements spelled
 * as policy paths (`acl.grants[].permission`).
 */
import type { TSchema } from '@sinclair/typebox';
import { unwrapNullable } from './paths.js';

export interface FieldDescription {
  readonly path: string;
  /** Short type text: string, boolean, integer, timestamp, object, list, map, or an enum's values. */
  readonly type: string;
  readonly nullable: boolean;
  readonly description: string;
}

interface SchemaShape {
  type?: string;
  format?: string;
  enum?: string[];
  anyOf?: TSchema[];
  properties?: Record<string, TSchema>;
  items?: TSchema;
  patternProperties?: Record<string, TSchema>;
  description?: string;
}

function typeText(schema: SchemaShape): string {
  if (schema.enum !== undefined) return schema.enum.join(' | ');
  if (schema.format === 'date-time') return 'timestamp';
  if (schema.patternProperties !== undefined) return 'map';
  if (schema.type === 'array') return 'list';
  return schema.type ?? 'any';
}

export function describeFields(root: TSchema): FieldDescription[] {
  const rows: FieldDescription[] = [];
  const walk = (schema: TSchema, prefix: string): void => {
    const shape = unwrapNullable(schema) as SchemaShape;
    if (shape.properties === undefined) return;
    for (const [name, child] of Object.entries(shape.properties)) {
      const path = prefix === '' ? name : `${prefix}.${name}`;
      const inner = unwrapNullable(child) as SchemaShape;
      const nullable = inner !== child;
      rows.push({ path, type: typeText(inner), nullable, description: (child as SchemaShape).description ?? '' });
      if (inner.type === 'array' && inner.items !== undefined) walk(inner.items, `${path}[]`);
      else walk(unwrapNullable(child), path);
    }
  };
  walk(root, '');
  return rows;
}
