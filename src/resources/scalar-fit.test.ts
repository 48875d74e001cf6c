/**
 * The scalar shortcut must answer exactly as Ajv would, for every field
 * schema of the catalog and for values of every JSON kind, or decline.
 */
import type { TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { resourceTypes } from './catalog.js';
import { scalarFit } from './scalar-fit.js';
import { schemaValidator } from './validate-data.js';

function fieldSchemas(schema: TSchema, found: TSchema[] = []): TSchema[] {
  found.push(schema);
  const s = schema as { properties?: Record<string, TSchema>; items?: TSchema; anyOf?: TSchema[]; additionalProperties?: unknown };
  for (const child of Object.values(s.properties ?? {})) fieldSchemas(child, found);
  if (s.items !== undefined) fieldSchemas(s.items, found);
  for (const branch of s.anyOf ?? []) fieldSchemas(branch, found);
  return found;
}

const probes: unknown[] = [
  null, true, false, 0, 1, -1, 1.5, 64, 65, 2 ** 40, '', 'Enabled', 'enabled', 'Suspended', '123456789012', '12345678901', 'x'.repeat(300),
  '2024-01-01T00:00:00.000Z', 'not a date', 'arn:aws:s3:::bucket', 'ALL', 'All', 'CUSTOMER', 'running', [], ['a'], {}, { a: 1 },
];

describe('scalarFit', () => {
  const schemas = resourceTypes.flatMap((t) => fieldSchemas(t.data));
  const values = (schema: TSchema): unknown[] => [...probes, ...((schema as { enum?: unknown[] }).enum ?? []), ...((schema as { anyOf?: { enum?: unknown[] }[] }).anyOf ?? []).flatMap((b) => b.enum ?? [])];

  it('agrees with Ajv on every catalog field schema it decides, for values of every kind', () => {
    let decided = 0;
    for (const schema of schemas) {
      for (const value of values(schema)) {
        const fast = scalarFit(schema, value);
        if (fast === undefined) continue;
        decided += 1;
        expect(fast, `${JSON.stringify(schema)} ← ${JSON.stringify(value)}`).toBe(schemaValidator(schema)(value));
      }
    }
    // Most fields are scalars: if it decided few, it is not the shortcut it claims to be.
    expect(decided).toBeGreaterThan(schemas.length * probes.length / 3);
  });

  it('declines what it does not know: formats, objects, unique or object items, non-finite numbers', () => {
    expect(scalarFit({ type: 'string', format: 'date-time' }, 'x')).toBeUndefined();
    expect(scalarFit({ type: 'object' }, {})).toBeUndefined();
    expect(scalarFit({ type: 'array', items: { type: 'string' }, uniqueItems: true }, [])).toBeUndefined();
    expect(scalarFit({ type: 'array', items: { type: 'object' } }, [{}])).toBeUndefined();
    expect(scalarFit({ type: 'number' }, Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(scalarFit({}, Number.NaN)).toBeUndefined();
    expect(scalarFit({ anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] }, null)).toBeUndefined();
  });

  // The operand schemas of the operators and the list fields: lengths, lists of scalars, the empty schema.
  const operandSchemas: object[] = [
    {}, { description: 'anything' }, { type: 'string', minLength: 1 }, { type: 'string', maxLength: 2 },
    { type: 'array', items: {} }, { type: 'array', items: { type: 'string' } }, { type: 'array', minItems: 1, maxItems: 2, items: { type: 'integer', minimum: 0 } },
    { type: 'array', items: { anyOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'null' }] } }, { type: 'array', items: { type: 'array', items: { type: 'string' } } },
  ];
  const operandProbes: unknown[] = [...probes, '😀', '😀😀', '\ud83d', 'a\ude00', 'ab', 'abc', [1, 2], [1, 2, 3], [-1], ['a', null], ['c'], [['a'], ['b']], [[1]], [{}], [null], [1.5]];

  it('agrees with Ajv on lengths (code points), lists of scalars and the empty schema', () => {
    let decided = 0;
    for (const schema of operandSchemas) {
      for (const value of operandProbes) {
        const fast = scalarFit(schema, value);
        if (fast === undefined) continue;
        decided += 1;
        expect(fast, `${JSON.stringify(schema)} ← ${JSON.stringify(value)}`).toBe(schemaValidator(schema)(value));
      }
    }
    expect(decided).toBe(operandSchemas.length * operandProbes.length);
  });

  it('decides lengths by code points and lists item by item', () => {
    expect(scalarFit({ type: 'string', maxLength: 1 }, '😀')).toBe(true);
    expect(scalarFit({ type: 'string', minLength: 1 }, '')).toBe(false);
    expect(scalarFit({ type: 'array', items: { type: 'string' } }, ['a', 1])).toBe(false);
    expect(scalarFit({ type: 'array', minItems: 1, items: {} }, [])).toBe(false);
    expect(scalarFit({}, { any: ['thing'] })).toBe(true);
  });

  it('decides enums, patterns, bounds and nullable unions', () => {
    expect(scalarFit({ anyOf: [{ type: 'string', enum: ['Enabled', 'Suspended'] }, { type: 'null' }] }, 'enabled')).toBe(false);
    expect(scalarFit({ anyOf: [{ type: 'string', enum: ['Enabled', 'Suspended'] }, { type: 'null' }] }, null)).toBe(true);
    expect(scalarFit({ type: 'string', pattern: '^[0-9]{12}$' }, '12345678901')).toBe(false);
    expect(scalarFit({ type: 'integer', minimum: 1, maximum: 64 }, 65)).toBe(false);
    expect(scalarFit({ type: 'integer' }, 1.5)).toBe(false);
  });
});
