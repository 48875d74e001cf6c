/**
 * The validators the build generated (ajv standalone code, `npm run gen`),
 * so reading a snapshot compiles no schema: compiling every resource type's
 * schema took most of a small scan. Each is used only while the schema it
 * was generated from is the one in the code now (compared by digest);
 * otherwise the schema is compiled as before, so an edited schema is never
 * checked by stale code.
 */
import { createHash } from 'node:crypto';
import type { ErrorObject } from 'ajv';
import type { ResourceTypeDefinition } from './define.js';
import { dataValidator } from './validate-data.js';
import { digests, validators } from './generated/validators.js';

/** What a validator is to its callers: a test of one value, with ajv's errors after a failure. */
export interface Validate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null | undefined;
}

/** The digest of a schema as JSON (TypeBox's symbol keys are not part of it, as they are not of the generated code). */
export function schemaDigest(schema: object): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(schema)).digest('hex')}`;
}

/** The name a type's data validator is exported by: `aws.ec2.network-acl` → `data_aws_ec2_network_acl`. */
export function dataValidatorName(type: string): string {
  return `data_${type.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

/** The name a built-in function's options validator is exported by: `grantsPublicAccess` → `options_grantsPublicAccess`. */
export function optionsValidatorName(fn: string): string {
  return `options_${fn.replace(/[^a-zA-Z0-9]/g, '_')}`;
}

/** Each schema object is compared once: schemas are built when their modules load and never change after. */
const checked = new WeakMap<object, { readonly name: string; readonly validate: Validate | undefined }>();

/** The generated validator of `name`, if it was generated from exactly this schema. */
export function precompiledValidator(name: string, schema: object): Validate | undefined {
  let entry = checked.get(schema);
  if (entry === undefined || entry.name !== name) {
    const fresh = Object.hasOwn(digests, name) && digests[name] === schemaDigest(schema);
    entry = { name, validate: fresh ? (validators[name] as Validate | undefined) : undefined };
    checked.set(schema, entry);
  }
  return entry.validate;
}

/** A type's data validator: generated when fresh, else compiled on first use. */
export function precompiledDataValidator(definition: ResourceTypeDefinition): Validate {
  return precompiledValidator(dataValidatorName(definition.type), definition.data) ?? dataValidator(definition);
}
