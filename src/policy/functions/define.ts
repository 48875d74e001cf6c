/**
 * Named built-in functions: semantics YAML expresses badly ("does this rule
 * expose port 22 to the internet?"), written once in code, called from
 * policies as data: `{ fn: <name>, path: <field>, with: { …options } }`.
 * Each declares the JSON Schema of its options, checked at load.
 */
import type { TSchema } from '@sinclair/typebox';

export interface FunctionOutcome {
  readonly result: boolean;
  /** What the function saw, for evidence; defaults to the input value. */
  readonly actual?: unknown;
}

export interface BuiltinFunction {
  readonly name: string;
  readonly description: string;
  /** What the function reads: describes the value at `path`. */
  readonly input: string;
  readonly options: TSchema;
  /**
   * What evidence shows as `expected`; the options themselves by default.
   * Functions whose options are large (whole sample events) summarize them.
   */
  readonly expected?: (options: Record<string, unknown>) => unknown;
  /** Schema-checked options in, a pure test out. */
  compile(options: Record<string, unknown>): (value: unknown) => FunctionOutcome;
}

export function defineFunction(definition: BuiltinFunction): BuiltinFunction {
  return definition;
}
