/**
 * A comparison operator: `{ path: <field>, <name>: <operand> }`. Each one
 * declares its operand's schema (checked at load, and published in
 * schemas/policy.schema.json) and compiles its operand once into a test.
 */
import type { TSchema } from '@sinclair/typebox';

export interface ComparisonTest {
  (value: unknown, now: number): boolean;
}

export type ComparisonCompilation = { readonly ok: true; readonly test: ComparisonTest } | { readonly ok: false; readonly message: string };

export interface ComparisonOperator {
  readonly name: string;
  /** One line for docs and `assay policies` help. */
  readonly description: string;
  /** JSON Schema of the operand (after parameters are substituted). */
  readonly operand: TSchema;
  /**
   * Builds the test. `field` is the schema of the value the path reads, when
   * known, so an operand that can never match (a typo in an enum value, a
   * string compared to a boolean) is a load-time error.
   */
  compile(operand: unknown, field: TSchema | undefined): ComparisonCompilation;
}

export function defineComparison(operator: ComparisonOperator): ComparisonOperator {
  return operator;
}
