/**
 * Which policies a scan runs and with which parameters: the union of the
 * selected packs' controls (up to the chosen profile level), or every policy
 * when no pack is selected. Two packs that set one parameter differently are
 * a conflict, reported rather than resolved by order.
 */
import { AssayError } from '../diagnostics/error.js';
import type { ParameterOverride } from '../policy/compile.js';
import type { LoadedPack } from './load.js';
import type { PackControl } from './schema.js';

export interface SelectedControl extends PackControl {
  readonly pack: string;
}

export interface Selection {
  /** Policy ids to run; undefined means all. */
  readonly policyIds: ReadonlySet<string> | undefined;
  readonly controls: readonly SelectedControl[];
  readonly overrides: ReadonlyMap<string, ReadonlyMap<string, ParameterOverride>>;
  readonly packs: readonly { id: string; title: string; version: string; level: number | undefined }[];
}

export function selectPacks(packs: readonly LoadedPack[], level: number | undefined): Selection | AssayError[] {
  if (packs.length === 0) return { policyIds: undefined, controls: [], overrides: new Map(), packs: [] };
  const policyIds = new Set<string>();
  const controls: SelectedControl[] = [];
  const overrides = new Map<string, Map<string, ParameterOverride>>();
  const errors: AssayError[] = [];
  for (const pack of packs) {
    for (const control of pack.document.controls) {
      if (level !== undefined && control.level !== undefined && control.level > level) continue;
      controls.push({ ...control, pack: pack.document.id });
      for (const policy of control.policies ?? []) policyIds.add(policy);
    }
    for (const [policy, params] of Object.entries(pack.document.parameters ?? {})) {
      const forPolicy = overrides.get(policy) ?? new Map<string, ParameterOverride>();
      for (const [name, value] of Object.entries(params)) {
        const location = pack.locate(`/parameters/${policy}/${name}`);
        const previous = forPolicy.get(name);
        if (previous !== undefined && JSON.stringify(previous.value) !== JSON.stringify(value)) {
          errors.push(new AssayError('POLICY_PARAMETER', `packs disagree on ${policy}.${name}: ${JSON.stringify(previous.value)} and ${JSON.stringify(value)}; scan them separately`, { location }));
        }
        forPolicy.set(name, { value, location });
      }
      overrides.set(policy, forPolicy);
    }
  }
  if (errors.length > 0) return errors;
  return {
    policyIds,
    controls,
    overrides,
    packs: packs.map((p) => ({ id: p.document.id, title: p.document.title, version: p.document.version, level })),
  };
}
