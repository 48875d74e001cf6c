/**
 * Whether a value fits a scalar field's schema (string, enum, boolean,
 * integer, number, null, and a union of them; a list of those; the empty
 * schema), decided without Ajv. The policy compiler checks every literal
 * operand against its field's schema and its operator's; compiling an Ajv
 * validator for each of those small schemas was most of the time a scan
 * spends loading policies. Anything beyond these keywords (formats, objects,
 * unique items, non-finite numbers) answers `undefined`, and the caller asks
 * Ajv, so the two can never disagree on what this declines.
 */

const ANNOTATIONS = new Set(['description', 'title']);
const SCALAR_KEYWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  string: new Set(['type', 'enum', 'pattern', 'minLength', 'maxLength']),
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

/** Characters as Ajv counts them for minLength/maxLength: a surrogate pair is one. */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
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
      if (schema.minLength !== undefined || schema.maxLength !== undefined) {
        const length = codePoints(value);
        if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
        if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
      }
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

const LIST_KEYWORDS = new Set(['type', 'items', 'minItems', 'maxItems']);

/** A list whose items are each decided here; undefined for any other list keyword (uniqueItems, tuples). */
function fitsList(schema: Record<string, unknown>, value: unknown): boolean | undefined {
  if (Object.keys(schema).some((k) => !LIST_KEYWORDS.has(k) && !ANNOTATIONS.has(k))) return undefined;
  const items = schema.items;
  if (typeof items !== 'object' || items === null || Array.isArray(items)) return undefined;
  if (!Array.isArray(value)) return false;
  if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return false;
  // Every item is asked, so an item this declines declines the list, even after one that does not fit.
  let fits = true;
  for (const item of value) {
    const answer = scalarFit(items, item);
    if (answer === undefined) return undefined;
    fits &&= answer;
  }
  return fits;
}

/** true or false when the schema is one this decides (see above); undefined to ask Ajv. */
export function scalarFit(schema: object, value: unknown): boolean | undefined {
  const record = schema as Record<string, unknown>;
  // The empty schema, annotations aside, admits every JSON value.
  if (Object.keys(record).every((k) => ANNOTATIONS.has(k))) return typeof value === 'number' && !Number.isFinite(value) ? undefined : true;
  if (record.type === 'array') return fitsList(record, value);
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
