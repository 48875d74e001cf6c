/**
 * Finds and reads the configuration file: `--config <file>`, else
 * `assay.config.yaml` in the working directory when there is one. Paths in it
 * are relative to the file, so a repository's config works from any
 * directory.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { configReferenceProblems, parseConfig, type LoadedConfig } from '../config/load.js';
import type { ParameterOverride } from '../policy/compile.js';
import { decodeUtf8 } from '../diagnostics/utf8.js';
import { reportFormatsById } from '../report/formats.js';
import type { Library } from './library.js';
import { splitFormatTarget, type OutputTarget } from './outputs.js';
import { DEFAULT_CONFIG_FILE } from './config-file.js';


export interface ResolvedConfig extends LoadedConfig {
  /** Absolute directory of the file: the base of its relative paths. */
  readonly dir: string;
}

export async function readConfig(explicit: string | undefined, cwd: string): Promise<ResolvedConfig | undefined> {
  const path = resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    // Only a file the user named must exist; the default is optional.
    if (explicit === undefined && (cause as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (cause as Error).message;
    throw new AssayError(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', `cannot read configuration: ${why}`, { location: { file: explicit ?? DEFAULT_CONFIG_FILE } });
  }
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  const loaded = parseConfig(decodeUtf8(bytes, file, 'YAML_SYNTAX'), file);
  if (Array.isArray(loaded)) throw new AssayErrors(loaded);
  return { ...loaded, dir: dirname(path) };
}

/**
 * The configuration's references against the loaded library. When some of the
 * library did not load, its errors come first: they are why a name is unknown.
 */
export function checkConfigReferences(config: ResolvedConfig, library: Library): void {
  const problems = configReferenceProblems(config, new Set(library.policies.map((p) => p.document.id)), new Set(library.packs.map((p) => p.document.id)));
  if (problems.length > 0) throw new AssayErrors([...library.errors, ...problems]);
}

export function configPaths(config: ResolvedConfig, paths: readonly string[] | undefined): string[] {
  return (paths ?? []).map((p) => resolve(config.dir, p));
}

export function configOutputs(config: ResolvedConfig): OutputTarget[] {
  const problems: AssayError[] = [];
  const targets: OutputTarget[] = [];
  (config.config.outputs ?? []).forEach((entry, i) => {
    const target = splitFormatTarget(entry, [...reportFormatsById.keys()], 'report format');
    if ('problem' in target) problems.push(new AssayError('CONFIG_SCHEMA', target.problem, { location: config.locate(`/outputs/${i}`) }));
    else targets.push({ format: target.format, path: resolve(config.dir, target.path) });
  });
  if (problems.length > 0) throw new AssayErrors(problems);
  return targets;
}

export function configParameters(config: ResolvedConfig): Map<string, Map<string, ParameterOverride>> {
  const result = new Map<string, Map<string, ParameterOverride>>();
  for (const [policy, params] of Object.entries(config.config.parameters ?? {})) {
    result.set(policy, new Map(Object.entries(params).map(([name, value]) => [name, { value, location: config.locate(`/parameters/${policy}/${name}`) }])));
  }
  return result;
}
