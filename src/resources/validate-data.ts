/**
 * Compiled validators for each type's `data`, built once per process on
 * first use. ajv compiles a schema into a function, so validating 100k
 * resources costs one call each.
 */
import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ResourceTypeDefinition } from './define.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Assay's Ajv; `extra` adds options, e.g. the code generation of the build's standalone validators. */
export function createAjv(extra: Options = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, ...extra });
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
