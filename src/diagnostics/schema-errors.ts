/**
 * Turns JSON Schema validation errors (ajv, run with `verbose: true`) into
 * sentences a person can act on — never a raw ajv dump (STYLE.md habit 3).
 * Nullable unions are the main source of noise: ajv reports every failed
 * branch, so we keep only the branch the value was evidently meant for.
 */
import type { ErrorObject } from 'ajv';
import { didYouMean } from './suggest.js';
import { pointerSegments } from './pointer.js';

export interface SchemaProblem {
  /** JSON pointer of the offending value (or key, for unknown fields), relative to the validated root. */
  readonly pointer: string;
  /** The field as a path, `acl.grants[0].permission`; '' for the root. */
  readonly field: string;
  /** Sentence without the subject, e.g. `must be a boolean; found "yes"`. */
  readonly problem: string;
  /** True when `pointer` names a key (unknown field) rather than a value. */
  readonly atKey: boolean;
  /** True when a required field is absent. */
  readonly missing?: boolean;
}

interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  description?: string;
  properties?: Record<string, unknown>;
  anyOf?: SchemaNode[];
}

export function pointerToField(pointer: string): string {
  let field = '';
  for (const part of pointerSegments(pointer)) {
    if (/^\d+$/.test(part)) field += `[${part}]`;
    else field += field === '' ? part : `.${part}`;
  }
  return field;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A short rendering of a found value for messages; long values are cut. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const type = jsonType(value);
  if (type === 'object') return 'an object';
  if (type === 'array') return 'a list';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const typeNames: Record<string, string> = {
  string: 'a string', boolean: 'true or false', integer: 'a whole number', number: 'a number',
  object: 'an object', array: 'a list', null: 'null',
};

function expectation(node: SchemaNode | undefined): string {
  if (node === undefined) return 'a valid value';
  if (node.enum !== undefined) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.format === 'date-time') return 'an ISO 8601 date-time such as "2026-01-31T12:00:00Z"';
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  return types.map((t) => typeNames[t] ?? t).join(' or ') || 'a valid value';
}

function branchMatches(branch: SchemaNode, value: unknown): boolean {
  const found = jsonType(value);
  const types = Array.isArray(branch.type) ? branch.type : branch.type === undefined ? [] : [branch.type];
  return types.includes(found) || (found === 'integer' && types.includes('number'));
}

interface KeptError { readonly error: ErrorObject; readonly orNull: boolean }

/**
 * Removes the noise of unions: keep the errors of the branch the value fits
 * (noting when null would also do), or one summary when no branch fits.
 */
function collapseUnions(errors: readonly ErrorObject[]): KeptError[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf');
  let kept = errors.map((error) => ({ error, orNull: false }));
  for (const union of unions) {
    const branches = (union.schema ?? []) as SchemaNode[];
    const fitting = branches.findIndex((b) => branchMatches(b, union.data));
    const nullAllowed = branches.some((b) => b.type === 'null');
    const prefix = `${union.schemaPath}/`;
    kept = kept.filter(({ error: e }) => {
      if (!e.schemaPath.startsWith(prefix)) return e !== union || fitting < 0;
      return fitting >= 0 && e.schemaPath.startsWith(`${prefix}${fitting}/`) && !(e.instancePath === union.instancePath && e.keyword === 'type');
    }).map((k) => ({ ...k, orNull: k.orNull || (nullAllowed && k.error.instancePath === union.instancePath && k.error.schemaPath.startsWith(prefix)) }));
  }
  return kept;
}

function explainOne({ error, orNull }: KeptError): SchemaProblem {
  const parent = error.parentSchema as SchemaNode | undefined;
  const alsoNull = orNull ? ' or null' : '';
  const base = { pointer: error.instancePath, field: pointerToField(error.instancePath), atKey: false };
  const found = showValue(error.data);
  switch (error.keyword) {
    case 'required': {
      const name = (error.params as { missingProperty: string }).missingProperty;
      const pointer = `${error.instancePath}/${escapePointer(name)}`;
      // The pointer names where the field belongs; locating it falls back to the enclosing object.
      return { pointer, field: pointerToField(pointer), problem: 'is missing (required)', atKey: false, missing: true };
    }
    case 'additionalProperties': {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      const pointer = `${error.instancePath}/${escapePointer(name)}`;
      const known = Object.keys(parent?.properties ?? {});
      return { pointer, field: pointerToField(pointer), problem: `is not a known field${didYouMean(name, known)}`, atKey: true };
    }
    case 'enum': {
      const values = (parent?.enum ?? []).map(String);
      const hint = typeof error.data === 'string' ? didYouMean(error.data, values) : '';
      return { ...base, problem: `must be ${expectation(parent)}${alsoNull}; found ${found}${hint}` };
    }
    case 'type':
    case 'anyOf':
      return { ...base, problem: `must be ${error.keyword === 'anyOf' ? ((error.schema ?? []) as SchemaNode[]).map(expectation).join(' or ') : expectation(parent)}${alsoNull}; found ${found}` };
    case 'format':
      return { ...base, problem: `must be ${expectation(parent)}${alsoNull}; found ${found}` };
    case 'pattern':
      return { ...base, problem: `must match ${(error.params as { pattern: string }).pattern}${parent?.description === undefined ? '' : ` (${parent.description})`}; found ${found}` };
    case 'minLength':
      return { ...base, problem: 'must not be empty' };
    case 'minimum':
    case 'maximum':
      return { ...base, problem: `must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String((error.params as { limit: number }).limit)}; found ${found}` };
    case 'const':
      return { ...base, problem: `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}; found ${found}` };
    default:
      return { ...base, problem: `${error.message ?? 'is not valid'}; found ${found}` };
  }
}

export function explainSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const problems = collapseUnions(errors).map(explainOne);
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.field}\u0000${p.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
