/**
 * Pack files to validated packs: YAML, schema, id = file name, every control
 * automated or manual, unique control ids, and every policy reference known
 * (with "did you mean").
 */
import type { ValidateFunction } from 'ajv';
import { AssayError } from '../diagnostics/error.js';
import { explainSchemaErrors } from '../diagnostics/schema-errors.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { createAjv } from '../resources/validate-data.js';
import { idFromFile, parseSource, type PreparedDocument } from '../policy/load.js';
import type { Locator } from '../policy/yaml.js';
import { packSchema, type PackDocument } from './schema.js';

export interface PackSource {
  readonly file: string;
  readonly text: string;
  /** The text already parsed and schema-checked by the build (the bundle, when it matches the files). */
  readonly prepared?: PreparedDocument;
}

export interface LoadedPack {
  readonly file: string;
  readonly document: PackDocument;
  readonly locate: Locator;
}

let validator: ValidateFunction | undefined;

export function parsePack(source: PackSource, policyIds: ReadonlySet<string>): LoadedPack | AssayError[] {
  const parsed = parseSource(source);
  if ('errors' in parsed) return parsed.errors;
  const { value, locate } = parsed;
  // A pack the build checked (the bundle) is not checked again: compiling the schema costs more than the rest of a small run.
  const validate = parsed.prepared ? undefined : (validator ??= createAjv().compile(packSchema));
  if (validate !== undefined && !validate(value)) {
    return explainSchemaErrors(validate.errors ?? []).map((problem) =>
      new AssayError('PACK_SCHEMA', `${problem.field === '' ? 'pack' : `"${problem.field}"`} ${problem.problem}`, { location: locate(problem.pointer, problem.atKey) }));
  }
  const document = value as PackDocument;
  const problems: AssayError[] = [];
  if (document.id !== idFromFile(source.file)) {
    problems.push(new AssayError('PACK_SCHEMA', `pack id "${document.id}" does not match its file name "${idFromFile(source.file)}"`, { location: locate('/id') }));
  }
  const seen = new Set<string>();
  document.controls.forEach((control, i) => {
    const at = `/controls/${i}`;
    if (seen.has(control.id)) problems.push(new AssayError('PACK_SCHEMA', `control id "${control.id}" appears twice`, { location: locate(`${at}/id`) }));
    seen.add(control.id);
    if (control.policies === undefined && control.manual === undefined) {
      problems.push(new AssayError('PACK_REFERENCE', `control ${control.id} is neither automated nor manual: give it policies or manual audit guidance`, { location: locate(at) }));
    }
    if (control.policies !== undefined && control.manual !== undefined) {
      problems.push(new AssayError('PACK_REFERENCE', `control ${control.id} has both policies and manual guidance; choose one`, { location: locate(`${at}/manual`, true) }));
    }
    (control.policies ?? []).forEach((policy, j) => {
      if (!policyIds.has(policy)) {
        problems.push(new AssayError('PACK_REFERENCE', `control ${control.id} names unknown policy "${policy}"${didYouMean(policy, policyIds)}`, { location: locate(`${at}/policies/${j}`) }));
      }
    });
  });
  for (const policy of Object.keys(document.parameters ?? {})) {
    if (!policyIds.has(policy)) problems.push(new AssayError('PACK_REFERENCE', `parameters name unknown policy "${policy}"${didYouMean(policy, policyIds)}`, { location: locate(`/parameters/${policy}`, true) }));
  }
  return problems.length > 0 ? problems : { file: source.file, document, locate };
}

export function loadPacks(sources: readonly PackSource[], policyIds: ReadonlySet<string>): { packs: LoadedPack[]; errors: AssayError[] } {
  const packs: LoadedPack[] = [];
  const errors: AssayError[] = [];
  const ids = new Map<string, string>();
  for (const source of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const result = parsePack(source, policyIds);
    if (Array.isArray(result)) {
      for (const error of result) errors.push(error);
      continue;
    }
    const previous = ids.get(result.document.id);
    if (previous !== undefined) {
      errors.push(new AssayError('PACK_SCHEMA', `pack id "${result.document.id}" is already used by ${previous}`, { location: result.locate('/id') }));
      continue;
    }
    ids.set(result.document.id, result.file);
    packs.push(result);
  }
  return { packs, errors };
}
