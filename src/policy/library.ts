/**
 * Condition libraries: YAML files whose top-level `conditions:` map defines
 * named conditions once, for any policy to `use:` (the way a Rego library's
 * rule or a Spectral alias is written once). A named condition reads the data
 * of one resource type, takes typed arguments, and is compiled per distinct
 * set of arguments, once per scan, wherever it is used.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { ValidateFunction } from 'ajv';
import { AssayError } from '../diagnostics/error.js';
import { explainSchemaErrors } from '../diagnostics/schema-errors.js';
import { createAjv } from '../resources/validate-data.js';
import type { CompiledCondition } from './evaluation.js';
import { parameterTypes, type ParameterType } from './parameter-types.js';
import { differenceSchema } from '../findings/benchmark.js';
import { fixtureSchema, testCaseSchema, type PolicyDocument } from './schema.js';
import type { Locator } from './yaml.js';

const NAME_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const argumentSchema = Type.Object({
  type: Type.Unsafe<ParameterType>({ type: 'string', enum: [...parameterTypes], description: 'JSON type of the value.' }),
  default: Type.Optional(Type.Unknown({ description: 'Value used when a use does not pass the argument; without one the argument is required.' })),
  description: Type.String({ minLength: 1, description: 'What the argument controls.' }),
}, { additionalProperties: false, description: 'A value the condition reads as { arg: name }; a use passes it under with:.' });

const withSchema = Type.Record(Type.String(), Type.Unknown(), { description: 'Argument values, as a use passes them under with:.' });
const { params: _params, ...caseProperties } = testCaseSchema.properties;

/** A library test fixture: resources as for a policy, plus the arguments the cases extending it pass. */
export const conditionFixtureSchema = Type.Object({ ...fixtureSchema.properties, with: Type.Optional(withSchema) }, { additionalProperties: false, description: 'A starting point for the condition\'s test cases (`extends: name`), with the arguments they pass.' });

/**
 * A library test case: as a policy's, with `with:` (the arguments, over its
 * fixture's) in place of `params:`. PASS means the condition holds for the
 * resource, FAIL that it does not, ERROR that the data cannot tell.
 */
export const conditionTestCaseSchema = Type.Object({ ...caseProperties, with: Type.Optional(withSchema) }, { additionalProperties: false, description: 'One test case of a named condition, run through the real compiler and engine.' });

export const namedConditionSchema = Type.Object({
  resource: Type.String({ minLength: 1, description: 'Resource type whose data the condition reads, e.g. aws.cloudtrail.trail; a use must sit where such a resource is in scope.' }),
  alsoOn: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1, uniqueItems: true, description: 'Other resource types whose data has the fields the condition reads with the same meaning (e.g. a Neptune cluster\'s beside an RDS cluster\'s), where it may be used too; each use compiles against the type in scope, and the condition\'s own tests run on `resource`.' })),
  description: Type.String({ minLength: 1, description: 'What is true of a resource for which the condition holds.' }),
  arguments: Type.Optional(Type.Record(Type.String({ pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }), argumentSchema, { description: 'Arguments a use passes under with:.' })),
  differences: Type.Optional(Type.Array(differenceSchema, { description: 'Departures from an authority that come with this condition; the pages of policies using it list them.' })),
  condition: Type.Unknown({ description: 'The condition, in the policy condition language; { arg: name } reads an argument.' }),
  fixtures: Type.Optional(Type.Record(Type.String({ pattern: NAME_PATTERN }), conditionFixtureSchema, { description: 'Starting points the test cases extend, by name.' })),
  tests: Type.Optional(Type.Array(conditionTestCaseSchema, { minItems: 1, description: 'Test cases of the condition itself, once for every policy that uses it: at least a PASS, a FAIL and an ERROR case.' })),
}, { additionalProperties: false, description: 'One named condition.' });

export const conditionLibrarySchema = Type.Object({
  conditions: Type.Record(Type.String({ pattern: NAME_PATTERN }), namedConditionSchema, { minProperties: 1, description: 'Named conditions by name; names are global across all libraries.' }),
}, { additionalProperties: false, description: 'An Assay condition library: named conditions policies use with { use: name, with: { … } }.' });

export type NamedConditionDocument = Static<typeof namedConditionSchema>;

export interface NamedCondition {
  readonly name: string;
  readonly file: string;
  readonly origin: 'bundled' | 'user';
  readonly document: NamedConditionDocument;
  readonly locate: Locator;
  /** Compiled bodies by argument values: each distinct use compiles once per scan. */
  readonly compiled: Map<string, CompiledCondition | readonly AssayError[]>;
}

export interface ConditionLibrary {
  readonly conditions: ReadonlyMap<string, NamedCondition>;
}

export const emptyLibrary: ConditionLibrary = { conditions: new Map() };

/** A library file is told from a policy by its top-level `conditions:` map. */
export function isConditionLibrary(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'conditions' in value;
}

let validator: ValidateFunction | undefined;

/** Checks one library document's shape; its conditions are checked where they are used, against that resource type. */
export function parseConditionLibrary(value: unknown, file: string, origin: NamedCondition['origin'], locate: Locator, schemaChecked = false): { conditions: NamedCondition[] } | { problems: AssayError[] } {
  // A library the build checked (the bundle) is not checked again: compiling the schema costs more than the rest of a small run.
  const validate = schemaChecked ? undefined : (validator ??= createAjv().compile(conditionLibrarySchema));
  if (validate !== undefined && !validate(value)) {
    return { problems: explainSchemaErrors(validate.errors ?? []).map((problem) =>
      new AssayError('POLICY_SCHEMA', `${problem.field === '' ? 'condition library' : `"${problem.field}"`} ${problem.problem}`, { location: locate(problem.pointer, problem.atKey) })) };
  }
  const document = value as Static<typeof conditionLibrarySchema>;
  return { conditions: Object.entries(document.conditions).map(([name, definition]) => ({ name, file, origin, document: definition, locate, compiled: new Map() })) };
}

/** Joins the libraries' conditions; a name defined twice is an error at the second definition. */
export function buildLibrary(definitions: readonly NamedCondition[]): { library: ConditionLibrary; errors: AssayError[] } {
  const conditions = new Map<string, NamedCondition>();
  const errors: AssayError[] = [];
  for (const definition of definitions) {
    const previous = conditions.get(definition.name);
    if (previous !== undefined) {
      errors.push(new AssayError('POLICY_DUPLICATE_ID', `named condition "${definition.name}" is already defined in ${previous.file}`, { location: definition.locate(`/conditions/${definition.name}`, true) }));
      continue;
    }
    conditions.set(definition.name, definition);
  }
  return { library: { conditions }, errors };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The named conditions some conditions use, directly or through each other, in order of first use. */
export function namedConditionsUsed(conditions: readonly unknown[], library: ConditionLibrary): NamedCondition[] {
  const found: NamedCondition[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (!isRecord(node)) return;
    const named = typeof node.use === 'string' ? library.conditions.get(node.use) : undefined;
    if (named !== undefined && !found.includes(named)) {
      found.push(named);
      walk(named.document.condition);
    }
    // `with` holds argument values (sample events, lists), not conditions.
    for (const [key, value] of Object.entries(node)) if (key !== 'with') walk(value);
  };
  for (const condition of conditions) walk(condition);
  return found;
}

type Benchmark = NonNullable<PolicyDocument['benchmark']>;

/** A policy's comparison with the authorities, with the differences of the named conditions it uses after its own. */
export function benchmarkWithConditions(document: PolicyDocument, library: ConditionLibrary): Benchmark | undefined {
  const own = document.benchmark;
  if (own === undefined) return undefined;
  const inherited = namedConditionsUsed([document.where, document.check], library).flatMap((c) => c.document.differences ?? []);
  const topics = new Set(own.differences.map((d) => d.topic));
  const added = inherited.filter((d) => !topics.has(d.topic) && (topics.add(d.topic), true));
  return added.length === 0 ? own : { ...own, differences: [...own.differences, ...added] };
}

export type ConditionTestCase = Static<typeof conditionTestCaseSchema>;
