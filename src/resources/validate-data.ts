/**
 * Compiled validators for each type's `data`, built once per process on
 * first use. ajv compiles a schema into a function, so validating 100k
 * resources costs one call each.
 */
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, Options, ValidateFunction } from 'ajv';
import type { ResourceTypeDefinition } from './define.js';

// Ajv's compiler is loaded when a schema is first compiled, not with this module: the build's
// precompiled validators serve most runs (a policy listing, a scan of a valid snapshot), which then
// never load it. Both packages are CommonJS, so `require` loads them synchronously where needed.
const require = createRequire(import.meta.url);

/** Assay's Ajv; `extra` adds options, e.g. the code generation of the build's standalone validators. */
export function createAjv(extra: Options = {}): Ajv {
  const { Ajv: AjvClass } = require('ajv') as { Ajv: typeof Ajv };
  const addFormats = require('ajv-formats') as (ajv: Ajv) => Ajv;
  const ajv = new AjvClass({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, ...extra });
  addFormats(ajv);
  return ajv;
}

let shared: Ajv | undefined;
const validators = new WeakMap<ResourceTypeDefinition, ValidateFunction>();

export function dataValidator(definition: ResourceTypeDefinition): ValidateFunction {
  let validate = validators.get(definition);
  if (validate === undefined) {
    shared ??= createAjv();
    validate = shared.compile(definition.data);
    validators.set(definition, validate);
  }
  return validate;
}

const bySchema = new WeakMap<object, ValidateFunction>();

/**
 * A validator for any schema (a field's, a function's options), compiled once
 * per schema object with the shared Ajv, which is built on first use: loading
 * the policy compiler costs nothing until a policy needs one.
 */
export function schemaValidator(schema: object): ValidateFunction {
  let validate = bySchema.get(schema);
  if (validate === undefined) {
    shared ??= createAjv();
    validate = shared.compile(schema);
    bySchema.set(schema, validate);
  }
  return validate;
}

/** Validates one `data` value; returns ajv's errors (empty when valid). */
export function validateData(definition: ResourceTypeDefinition, data: unknown): ErrorObject[] {
  const validate = dataValidator(definition);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
