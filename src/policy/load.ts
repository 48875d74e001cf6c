/**
 * Policy files to validated documents, in stages: YAML syntax, the policy
 * schema, then the id/file-name rule and duplicate ids across all files.
 * Every problem in every file is collected; nothing stops at the first.
 */
import type { ValidateFunction } from 'ajv';
import { AssayError, compareErrors } from '../diagnostics/error.js';
import { explainSchemaErrors } from '../diagnostics/schema-errors.js';
import { createAjv } from '../resources/validate-data.js';
import { policySchema, type PolicyDocument } from './schema.js';
import { parseYaml, type Locator } from './yaml.js';

export interface PolicySource {
  /** Path as the user should see it in messages. */
  readonly file: string;
  readonly text: string;
  /** Where the policy comes from: bundled with Assay, or a user's directory. */
  readonly origin: 'bundled' | 'user';
}

export interface LoadedPolicy {
  readonly file: string;
  readonly origin: PolicySource['origin'];
  readonly document: PolicyDocument;
  readonly locate: Locator;
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

export function parsePolicy(source: PolicySource): LoadedPolicy | AssayError[] {
  const parsed = parseYaml(source.text, source.file);
  if ('errors' in parsed) return parsed.errors;
  const { value, locate } = parsed;
  const validate = policyValidator();
  if (!validate(value)) {
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
  return { file: source.file, origin: source.origin, document, locate };
}

export interface PolicyLoad {
  readonly policies: readonly LoadedPolicy[];
  readonly errors: readonly AssayError[];
}

/** Parses every source; user policies may not reuse a bundled id. */
export function loadPolicies(sources: readonly PolicySource[]): PolicyLoad {
  const policies: LoadedPolicy[] = [];
  const errors: AssayError[] = [];
  const seen = new Map<string, LoadedPolicy>();
  for (const source of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const loaded = parsePolicy(source);
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
  return { policies, errors };
}

