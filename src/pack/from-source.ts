/**
 * A framework pack built from data rather than written by hand: the
 * framework's control list as recorded from its publisher (one row per
 * control, in the framework's order) and the policies' own `frameworks`
 * citations. A control the policies cite is automated by exactly those
 * policies; every other control is MANUAL, with the guidance the caller
 * writes for it. One place (the policy) says which policy evidences which
 * control, so the pack and the policies cannot disagree, and every recorded
 * control becomes a pack control, so none can go missing.
 */
import type { Severity } from '../findings/vocabulary.js';
import type { PackControl, PackDocument } from './schema.js';

export interface SourceControl {
  readonly id: string;
  readonly title: string;
  readonly section?: string;
  readonly severity?: Severity;
  readonly resourceTypes?: readonly string[];
}

/** The parts of a pack that are not its controls. */
export interface PackHeader {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly source: string;
  readonly parameters?: PackDocument['parameters'];
}

/** A policy and the control ids of one framework it cites (its `frameworks.<pack id>`). */
export interface Citation {
  readonly policy: string;
  readonly controls: readonly string[];
}

export interface PackFromSource<C extends SourceControl> {
  readonly header: PackHeader;
  readonly controls: readonly C[];
  readonly citations: readonly Citation[];
  /** Audit guidance for a control no policy cites. */
  readonly manual: (control: C) => string;
  /** The pack's description, given how many of its controls are automated. */
  readonly describe: (automated: number, total: number) => string;
}

/** Throws when a policy cites a control the recorded list does not have: a typo there would otherwise vanish silently. */
export function packFromSource<C extends SourceControl>(input: PackFromSource<C>): PackDocument {
  const known = new Set(input.controls.map((c) => c.id));
  const unknown = input.citations.flatMap((c) => c.controls.filter((id) => !known.has(id)).map((id) => `${c.policy} cites ${input.header.id} control "${id}", which the recorded control list does not have`));
  if (unknown.length > 0) throw new Error(unknown.join('\n'));
  const policiesOf = new Map<string, string[]>();
  for (const citation of [...input.citations].sort((a, b) => (a.policy < b.policy ? -1 : a.policy > b.policy ? 1 : 0))) {
    for (const id of citation.controls) policiesOf.set(id, [...(policiesOf.get(id) ?? []), citation.policy]);
  }
  const controls = input.controls.map((source): PackControl => {
    const policies = policiesOf.get(source.id);
    return {
      id: source.id,
      title: source.title,
      ...(source.section === undefined ? {} : { section: source.section }),
      ...(source.severity === undefined ? {} : { severity: source.severity }),
      ...(source.resourceTypes === undefined ? {} : { resourceTypes: [...source.resourceTypes] }),
      ...(policies === undefined ? { manual: input.manual(source) } : { policies }),
    };
  });
  const automated = controls.filter((c) => c.policies !== undefined).length;
  return {
    id: input.header.id,
    title: input.header.title,
    version: input.header.version,
    source: input.header.source,
    description: input.describe(automated, controls.length),
    controls,
    ...(input.header.parameters === undefined ? {} : { parameters: input.header.parameters }),
  };
}
