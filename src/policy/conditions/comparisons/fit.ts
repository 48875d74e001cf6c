/**
 * Checks an operand against the schema of the field it is compared with, so
 * `equals: enabled` on a field whose values are Enabled|Suspended fails at
 * load instead of never matching.
 */
import type { TSchema } from '@sinclair/typebox';
import { explainSchemaErrors } from '../../../diagnostics/schema-errors.js';
import { didYouMean } from '../../../diagnostics/suggest.js';
import { unwrapNullable } from '../../../resources/paths.js';
import { scalarFit } from '../../../resources/scalar-fit.js';
import { schemaValidator } from '../../../resources/validate-data.js';

/** undefined when `value` could be a value of the field; otherwise why not. */
export function misfit(value: unknown, field: TSchema | undefined): string | undefined {
  if (field === undefined) return undefined;
  // Most fields are scalars: deciding those directly spares an Ajv compilation per field a policy names.
  const fits = scalarFit(field, value) ?? schemaValidator(field)(value);
  if (fits) return undefined;
  const inner = unwrapNullable(field) as { enum?: string[]; type?: string; format?: string };
  if (inner.enum !== undefined) {
    const hint = typeof value === 'string' ? didYouMean(value, inner.enum) : '';
    return `${JSON.stringify(value)} is not a possible value of this field (${inner.enum.map((v) => JSON.stringify(v)).join(', ')}${inner === field ? '' : ' or null'})${hint}`;
  }
  return `${JSON.stringify(value)} can never match: the field holds ${inner.type ?? 'another type'}${inner === field ? '' : ' or null'}`;
}

export function fieldType(field: TSchema | undefined): string | undefined {
  if (field === undefined) return undefined;
  return (unwrapNullable(field) as { type?: string }).type;
}

/**
 * undefined when `operand` fits the operator's own operand schema; otherwise
 * why not. Without this, `exists: "yes"` silently meant `exists: false` and
 * `in: 5` crashed the compiler.
 */
export function operandProblem(operand: unknown, schema: TSchema): string | undefined {
  if (scalarFit(schema, operand) === true) return undefined;
  const validate = schemaValidator(schema);
  if (validate(operand)) return undefined;
  const [first] = explainSchemaErrors(validate.errors ?? []);
  return `the operand ${first?.problem ?? 'is not valid'}`;
}
