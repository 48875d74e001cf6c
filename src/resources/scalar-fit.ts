/**
 * Whether a value fits a scalar field's schema (string, enum, boolean,
 * integer, number, null, and a union of them), decided without Ajv. The
 * policy compiler checks every literal operand against its field's schema;
 * compiling an Ajv validator for each of those small schemas was most of the
 * time a scan spends loading policies. Anything beyond these keywords
 * (formats, lengths, objects, arrays, non-finite numbers) answers `undefined`, and
 * the caller asks Ajv, so the two can never disagree on what this declines.
 */

const ANNOTATIONS = new Set(['description', 'title']);
const SCALAR_KEYWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  string: new Set(['type', 'enum', 'pattern']),
  boolean: new Set(['type']),
  integer: new Set(['type', 'minimum', 'maximum']),
  number: new Set(['type', 'minimum', 'maximum']),
  null: new Set(['type']),
};

const patterns = new Map<string, RegExp>();

/** Ajv compiles `pattern` with the `u` flag; so does this. */
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (pattern === undefined) {
    pattern = new RegExp(source, 'u');
    patterns.set(source, pattern);
  }
  return pattern;
}

function fitsScalar(schema: Record<string, unknown>, value: unknown): boolean | undefined {
  const type = schema.type;
  if (typeof type !== 'string') return undefined;
  const allowed = SCALAR_KEYWORDS[type];
  if (allowed === undefined || Object.keys(schema).some((k) => !allowed.has(k) && !ANNOTATIONS.has(k))) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  switch (type) {
    case 'string': {
      if (typeof value !== 'string') return false;
      if (Array.isArray(schema.enum)) {
        if (!schema.enum.every((v) => typeof v === 'string')) return undefined;
        if (!schema.enum.includes(value)) return false;
      } else if (schema.enum !== undefined) {
        return undefined;
      }
      if (typeof schema.pattern === 'string' && !patternOf(schema.pattern).test(value)) return false;
      return true;
    }
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default: {
      if (typeof value !== 'number' || (type === 'integer' && !Number.isInteger(value))) return false;
      if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
      if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
      return true;
    }
  }
}

/** true or false when the schema is a scalar (or a union of scalars) this decides; undefined to ask Ajv. */
export function scalarFit(schema: object, value: unknown): boolean | undefined {
  const record = schema as Record<string, unknown>;
  if (Array.isArray(record.anyOf) && Object.keys(record).every((k) => k === 'anyOf' || ANNOTATIONS.has(k))) {
    let fits = false;
    for (const branch of record.anyOf) {
      if (typeof branch !== 'object' || branch === null) return undefined;
      const answer = fitsScalar(branch as Record<string, unknown>, value);
      if (answer === undefined) return undefined;
      fits ||= answer;
    }
    return fits;
  }
  return fitsScalar(record, value);
}
