/**
 * Policy files to validated documents, in stages: YAML syntax, the policy
 * schema, then the id/file-name rule and duplicate ids across all files.
 * Every problem in every file is collected; nothing stops at the first.
 */
import type { ValidateFunction } from 'ajv';
import { AssayError, compareErrors } from '../diagnostics/error.js';
import { explainSchemaErrors } from '../diagnostics/schema-errors.js';
import { createAjv } from '../resources/validate-data.js';
import { buildLibrary, emptyLibrary, isConditionLibrary, parseConditionLibrary, type ConditionLibrary, type NamedCondition } from './library.js';
import { policySchema, type PolicyDocument } from './schema.js';
import { treeLocator, type LocationTree } from './location-tree.js';
import { parseYaml, type Locator, type ParsedYaml } from './yaml.js';

export interface PolicySource {
  /** Path as the user should see it in messages. */
  readonly file: string;
  readonly text: string;
  /** Where the policy comes from: bundled with Assay, or a user's directory. */
  readonly origin: 'bundled' | 'user';
  /** The text already parsed and schema-checked by the build (the bundle, when it matches the files). */
  readonly prepared?: PreparedDocument;
}

/** A document the build parsed and checked against its schema, with where its nodes are in the file. */
export interface PreparedDocument {
  readonly value: unknown;
  readonly tree: LocationTree;
}

/** The source parsed: from its text, or from what the build prepared (no YAML parsed, no schema run again). */
export function parseSource(source: { readonly file: string; readonly text: string; readonly prepared?: PreparedDocument | undefined }): (ParsedYaml & { readonly prepared: boolean }) | { readonly errors: AssayError[] } {
  if (source.prepared !== undefined) {
    return { value: source.prepared.value, tree: source.prepared.tree, locate: treeLocator(source.prepared.tree, source.file), prepared: true };
  }
  const parsed = parseYaml(source.text, source.file);
  return 'errors' in parsed ? parsed : { ...parsed, prepared: false };
}

export interface LoadedPolicy {
  readonly file: string;
  readonly origin: PolicySource['origin'];
  readonly document: PolicyDocument;
  readonly locate: Locator;
  /** The named conditions loaded with the policy, for its `use:` conditions. */
  readonly library: ConditionLibrary;
}

let validator: ValidateFunction | undefined;

function policyValidator(): ValidateFunction {
  validator ??= createAjv().compile(policySchema);
  return validator;
}

/** The file name without folders and extension: a policy's id must equal it. */
export function idFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.ya?ml$/, '');
}

/** A policy on its own, with the named conditions it may use (none unless given). */
export function parsePolicy(source: PolicySource, library: ConditionLibrary = emptyLibrary): LoadedPolicy | AssayError[] {
  const parsed = parseSource(source);
  if ('errors' in parsed) return parsed.errors;
  return policyFromYaml(source, parsed.value, parsed.locate, library, parsed.prepared);
}

function policyFromYaml(source: PolicySource, value: unknown, locate: Locator, library: ConditionLibrary, schemaChecked: boolean): LoadedPolicy | AssayError[] {
  const validate = schemaChecked ? undefined : policyValidator();
  if (validate !== undefined && !validate(value)) {
    return explainSchemaErrors(validate.errors ?? []).map((problem) =>
      new AssayError('POLICY_SCHEMA', `${problem.field === '' ? 'policy' : `"${problem.field}"`} ${problem.problem}`, { location: locate(problem.pointer, problem.atKey) }))
      .sort(compareErrors); // in file order, not ajv's
  }
  const document = value as PolicyDocument;
  const expected = idFromFile(source.file);
  if (document.id !== expected) {
    return [new AssayError('POLICY_ID_MISMATCH', `policy id "${document.id}" does not match its file name "${expected}"`, {
      location: locate('/id'), hint: `rename the file to ${document.id}.yaml or the id to ${expected}`,
    })];
  }
  return { file: source.file, origin: source.origin, document, locate, library };
}

export interface PolicyLoad {
  readonly policies: readonly LoadedPolicy[];
  /** Every named condition of the libraries loaded, policies or not. */
  readonly library: ConditionLibrary;
  readonly errors: readonly AssayError[];
}

/**
 * Parses every source: condition libraries (a top-level `conditions:` map)
 * first, so every policy can use any named condition; user policies may not
 * reuse a bundled id.
 */
export function loadPolicies(sources: readonly PolicySource[]): PolicyLoad {
  const policies: LoadedPolicy[] = [];
  const errors: AssayError[] = [];
  const definitions: NamedCondition[] = [];
  const policyYaml: { source: PolicySource; value: unknown; locate: Locator; prepared: boolean }[] = [];
  for (const source of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const parsed = parseSource(source);
    if ('errors' in parsed) {
      for (const error of parsed.errors) errors.push(error);
    } else if (isConditionLibrary(parsed.value)) {
      const named = parseConditionLibrary(parsed.value, source.file, source.origin, parsed.locate, parsed.prepared);
      if ('problems' in named) for (const error of named.problems) errors.push(error);
      else for (const definition of named.conditions) definitions.push(definition);
    } else {
      policyYaml.push({ source, value: parsed.value, locate: parsed.locate, prepared: parsed.prepared });
    }
  }
  const { library, errors: libraryErrors } = buildLibrary(definitions);
  for (const error of libraryErrors) errors.push(error);
  const seen = new Map<string, LoadedPolicy>();
  for (const { source, value, locate, prepared } of policyYaml) {
    const loaded = policyFromYaml(source, value, locate, library, prepared);
    if (Array.isArray(loaded)) {
      for (const error of loaded) errors.push(error);
      continue;
    }
    const previous = seen.get(loaded.document.id);
    if (previous !== undefined) {
      errors.push(new AssayError('POLICY_DUPLICATE_ID', `policy id "${loaded.document.id}" is already used by ${previous.file}`, { location: loaded.locate('/id') }));
      continue;
    }
    seen.set(loaded.document.id, loaded);
    policies.push(loaded);
  }
  return { policies, library, errors: errors.sort(compareErrors) };
}
