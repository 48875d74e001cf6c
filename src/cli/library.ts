/**
 * The CLI's side of loading policies and packs: reads the bundled library
 * (policies/ and packs/ shipped beside dist/) and users' directories from
 * disk, then hands the texts to the pure loaders. Every problem in every
 * file is collected and thrown together.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssayError, type SourceLocation } from '../diagnostics/error.js';
import { decodeUtf8 } from '../diagnostics/utf8.js';
import { loadPacks, type LoadedPack } from '../pack/load.js';
import { loadPolicies, type LoadedPolicy, type PolicySource } from '../policy/load.js';
import type { ConditionLibrary } from '../policy/library.js';
import { freshDocuments } from '../policy/bundle.js';

/** The package root: two levels above this file in both src/cli and dist/cli. */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

async function yamlFiles(dir: string): Promise<string[]> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new AssayError('FILE_NOT_FOUND', 'no such file or directory', { location: { file: dir } });
  }
  if (info.isFile()) return [dir];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** Paths shown to users: relative to the working directory when inside it. */
function display(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}

type Source = PolicySource & { absolute: string };

/** The build's bundle of the library (`npm run gen`), beside policies/ and packs/. */
export const libraryBundleFile = join(packageRoot, 'bundle', 'library.json');

/** The bundle's text, or undefined when there is none to read (a run then parses the YAML). */
async function readBundleText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The bundled sources with what the build prepared for them, when the bundle
 * was made from exactly these texts; otherwise as they are, to be parsed.
 */
function withBundle(sources: readonly Source[], bundleText: string | undefined): Source[] {
  const key = (s: Source): string => relative(packageRoot, s.absolute).split(sep).join('/');
  const documents = freshDocuments(bundleText, sources.map((s) => ({ file: key(s), text: s.text })));
  if (documents === undefined) return [...sources];
  return sources.map((s) => {
    const prepared = documents.get(key(s));
    return prepared === undefined ? s : { ...s, prepared: { value: prepared.value, tree: prepared.tree } };
  });
}

/** The files' texts; a file that is not UTF-8 is a problem to report with the others, not a reason to stop. */
async function readSources(dirs: readonly string[], origin: PolicySource['origin'], cwd: string, skip: ReadonlySet<string> = new Set()): Promise<{ sources: Source[]; errors: AssayError[] }> {
  const sources: Source[] = [];
  const errors: AssayError[] = [];
  for (const dir of dirs) {
    for (const file of await yamlFiles(dir)) {
      if (skip.has(file)) continue;
      try {
        // Read synchronously: a few hundred small files, where each asynchronous read's round trip
        // through the thread pool cost more than the read (a tenth of `policies list`).
        sources.push({ file: display(file, cwd), text: decodeUtf8(readFileSync(file), display(file, cwd), 'YAML_SYNTAX'), origin, absolute: file });
      } catch (error) {
        if (!(error instanceof AssayError)) throw error;
        errors.push(error);
      }
    }
  }
  return { sources, errors };
}

export interface Library {
  readonly policies: readonly LoadedPolicy[];
  /** The named conditions of the condition libraries among them. */
  readonly conditions: ConditionLibrary;
  readonly packs: readonly LoadedPack[];
  /** Problems in files that did not load; callers add the compile problems of the rest and report all together. */
  readonly errors: readonly AssayError[];
}

/** Loads bundled and user policies, and the bundled packs unless `withPacks` is false. */
export async function loadLibrary(userPolicyDirs: readonly string[], cwd: string, withPacks = true, bundleFile = libraryBundleFile): Promise<Library> {
  // A user may name bundled files (`assay policies test policies/aws/kms`): they then count as the user's, once.
  const user = await readSources(userPolicyDirs.map((d) => resolve(cwd, d)), 'user', cwd);
  const bundled = await readSources([join(packageRoot, 'policies')], 'bundled', cwd, new Set(user.sources.map((s) => s.absolute)));
  // The packs are read even when not loaded: the bundle's digest is that of every bundled file.
  const packFiles = await readSources([join(packageRoot, 'packs')], 'bundled', cwd);
  const prepared = withBundle([...bundled.sources, ...packFiles.sources], await readBundleText(bundleFile));
  const { policies, library: conditions, errors } = loadPolicies([...prepared.slice(0, bundled.sources.length), ...user.sources]);
  const packs = withPacks ? loadPacks(prepared.slice(bundled.sources.length), new Set(policies.map((p) => p.document.id))) : { packs: [], errors: [] };
  return { policies, conditions, packs: packs.packs, errors: [...bundled.errors, ...user.errors, ...errors, ...(withPacks ? packFiles.errors : []), ...packs.errors] };
}

/** A profile level: from --level, or from the configuration file's `level:` (located there). */
export interface LevelChoice {
  readonly value: number;
  readonly location?: SourceLocation;
}

/**
 * A level selects among the chosen packs' controls, so a level without a
 * pack, or one no chosen pack defines, would change nothing while the user
 * believes it did: refuse it, naming the levels there are.
 */
export function checkLevel(packs: readonly LoadedPack[], level: LevelChoice): void {
  const levels = new Set<number>();
  for (const pack of packs) for (const control of pack.document.controls) if (control.level !== undefined) levels.add(control.level);
  const named = level.location === undefined ? `--level ${level.value}` : `level ${level.value}`;
  const ids = packs.map((p) => p.document.id).join(', ');
  let problem: string | undefined;
  let hint: string | undefined;
  if (packs.length === 0) {
    problem = `${named} selects controls of a pack, but no pack is chosen`;
    hint = 'add --pack <id> (or packs: in the configuration); `assay packs list` shows the packs';
  } else if (levels.size === 0) {
    problem = `${named}: ${ids} ${packs.length === 1 ? 'defines' : 'define'} no profile levels`;
    hint = 'drop the level: every control is scanned';
  } else if (!levels.has(level.value)) {
    problem = `${named} is not a profile level of ${ids}; levels: ${[...levels].sort((a, b) => a - b).join(', ')}`;
  }
  if (problem === undefined) return;
  throw new AssayError(level.location === undefined ? 'CLI_USAGE' : 'CONFIG_SCHEMA', problem, { location: level.location, hint });
}
