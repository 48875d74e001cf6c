/**
 * Parses a configuration file's text: YAML with positions, the schema, and
 * the checks a schema cannot make (real dates, known policies), every
 * problem located at its line.
 */
import type { ValidateFunction } from 'ajv';
import { AssayError } from '../diagnostics/error.js';
import { explainSchemaErrors } from '../diagnostics/schema-errors.js';
import { didYouMean } from '../diagnostics/suggest.js';
import { parseYaml, type Locator } from '../policy/yaml.js';
import { createAjv } from '../resources/validate-data.js';
import { configSchema, type AssayConfig } from './schema.js';

export interface LoadedConfig {
  readonly file: string;
  readonly config: AssayConfig;
  readonly locate: Locator;
}

let validator: ValidateFunction | undefined;

/** True for a real calendar date: 2026-02-30 matches the pattern but is not one. */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The file's shape and dates; references to packs and policies are checked once the library is loaded (see configReferenceProblems). */
export function parseConfig(text: string, file: string): LoadedConfig | AssayError[] {
  const parsed = parseYaml(text, file);
  if ('errors' in parsed) return parsed.errors;
  const { locate } = parsed;
  // An empty file is an empty configuration.
  const value = parsed.value ?? {};
  validator ??= createAjv().compile(configSchema);
  if (!validator(value)) {
    return explainSchemaErrors(validator.errors ?? []).map((problem) =>
      new AssayError('CONFIG_SCHEMA', `${problem.field === '' ? 'configuration' : `"${problem.field}"`} ${problem.problem}`, { location: locate(problem.pointer, problem.atKey) }));
  }
  const config = value as AssayConfig;
  const problems: AssayError[] = [];
  (config.waivers ?? []).forEach((waiver, i) => {
    if (!isCalendarDate(waiver.expires)) problems.push(new AssayError('CONFIG_SCHEMA', `expires "${waiver.expires}" is not a calendar date`, { location: locate(`/waivers/${i}/expires`) }));
  });
  return problems.length > 0 ? problems : { file, config, locate };
}

/**
 * Packs, waivers and parameters must name packs and policies that exist: a
 * typo would silently waive nothing, or scan with no pack at all.
 */
export function configReferenceProblems(loaded: LoadedConfig, policyIds: ReadonlySet<string>, packIds: ReadonlySet<string>): AssayError[] {
  const { config, locate } = loaded;
  const problems: AssayError[] = [];
  (config.packs ?? []).forEach((pack, i) => {
    if (!packIds.has(pack)) {
      problems.push(new AssayError('CONFIG_SCHEMA', `unknown pack "${pack}"${didYouMean(pack, packIds)}`, { location: locate(`/packs/${i}`), hint: '`assay packs list` shows the packs' }));
    }
  });
  (config.waivers ?? []).forEach((waiver, i) => {
    if (!policyIds.has(waiver.policy)) {
      problems.push(new AssayError('CONFIG_SCHEMA', `waiver names unknown policy "${waiver.policy}"${didYouMean(waiver.policy, policyIds)}`, { location: locate(`/waivers/${i}/policy`) }));
    }
  });
  for (const policy of Object.keys(config.parameters ?? {})) {
    if (!policyIds.has(policy)) problems.push(new AssayError('CONFIG_SCHEMA', `parameters name unknown policy "${policy}"${didYouMean(policy, policyIds)}`, { location: locate(`/parameters/${policy}`, true) }));
  }
  return problems;
}
