/**
 * Which pack controls use which policy: the cross-reference both kinds of
 * page print ("used by CIS 7.0.0 2.4" on a policy, policy links on a pack).
 */
import type { PackDocument } from '../pack/schema.js';

export interface ControlRef {
  readonly pack: string;
  readonly packTitle: string;
  readonly control: string;
}

export function controlsByPolicy(packs: readonly PackDocument[]): ReadonlyMap<string, readonly ControlRef[]> {
  const refs = new Map<string, ControlRef[]>();
  for (const pack of packs) {
    for (const control of pack.controls) {
      for (const policy of control.policies ?? []) {
        let list = refs.get(policy);
        if (list === undefined) refs.set(policy, (list = []));
        list.push({ pack: pack.id, packTitle: `${pack.title} ${pack.version}`, control: control.id });
      }
    }
  }
  return refs;
}
