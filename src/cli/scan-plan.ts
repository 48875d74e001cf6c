/**
 * From the loaded library to the compiled policies a scan runs: packs and
 * level resolved, parameters applied, every policy compiled. Apart from
 * loading (library.ts), so commands that only list or show policies and
 * packs do not load the compiler.
 */
import { AssayError, AssayErrors } from '../diagnostics/error.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { LoadedPack } from '../pack/load.js';
import { selectPacks, type Selection } from '../pack/select.js';
import { compilePolicy, type CompiledPolicy, type ParameterOverride } from '../policy/compile.js';
import { checkLevel, type LevelChoice, type Library } from './library.js';

export interface ScanPlan {
  readonly policies: readonly CompiledPolicy[];
  readonly selection: Selection;
}

/**
 * Resolves pack ids and level to the compiled policies a scan runs. `parameters`
 * (from the configuration file) override the packs' values: they are the
 * team's own decision, written where the team keeps its settings.
 */
export function planScan(library: Library, packIds: readonly string[], level: LevelChoice | undefined, parameters: ReadonlyMap<string, ReadonlyMap<string, ParameterOverride>> = new Map()): ScanPlan {
  if (library.errors.length > 0 && packIds.some((id) => !library.packs.some((p) => p.document.id === id))) throw new AssayErrors(library.errors);
  const chosen: LoadedPack[] = [];
  for (const id of packIds) {
    const pack = library.packs.find((p) => p.document.id === id);
    if (pack === undefined) {
      throw new AssayError('UNKNOWN_PACK', `unknown pack "${id}"${didYouMean(id, library.packs.map((p) => p.document.id))}`, { hint: '`assay packs list` shows the packs' });
    }
    chosen.push(pack);
  }
  if (level !== undefined) checkLevel(chosen, level);
  const selection = selectPacks(chosen, level?.value);
  if (Array.isArray(selection)) throw new AssayErrors([...library.errors, ...selection]);
  const policies: CompiledPolicy[] = [];
  const errors: AssayError[] = [...library.errors];
  for (const loaded of library.policies) {
    if (selection.policyIds !== undefined && !selection.policyIds.has(loaded.document.id)) continue;
    if (loaded.document.deprecated !== undefined && selection.policyIds === undefined) continue;
    const fromConfig = parameters.get(loaded.document.id);
    const overrides = fromConfig === undefined ? selection.overrides.get(loaded.document.id) : new Map([...(selection.overrides.get(loaded.document.id) ?? new Map<string, ParameterOverride>()), ...fromConfig]);
    const compiled = compilePolicy(loaded, overrides);
    if (Array.isArray(compiled)) {
      for (const error of compiled) errors.push(error);
    } else {
      policies.push(compiled);
    }
  }
  if (errors.length > 0) throw new AssayErrors(errors);
  return { policies, selection };
}
