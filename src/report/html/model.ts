/**
 * Lookups built once per render: findings by control and by policy, policy
 * metadata by id, and in-page anchors. Anchors are numbered, never made from
 * ids in the document, so they are always valid and never collide.
 */
import type { ControlResult, Finding, PolicyInfo, ScanResult } from '../../findings/schema.js';
import { statusRank } from '../../findings/vocabulary.js';

export interface ReportModel {
  readonly result: ScanResult;
  /** Keyed by `pack:control`, as findings name them. */
  readonly findingsByControl: ReadonlyMap<string, readonly Finding[]>;
  readonly findingsByPolicy: ReadonlyMap<string, readonly Finding[]>;
  readonly policies: ReadonlyMap<string, PolicyInfo>;
  /** Appendix anchor of each policy with metadata. */
  readonly policyAnchors: ReadonlyMap<string, string>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Worst status first; the engine's order (policy, account, region, resource) within a status. */
export function byStatus(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => statusRank(a.finding.status) - statusRank(b.finding.status) || a.index - b.index)
    .map(({ finding }) => finding);
}

export function buildModel(result: ScanResult): ReportModel {
  const findingsByControl = new Map<string, Finding[]>();
  const findingsByPolicy = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    push(findingsByPolicy, finding.policy, finding);
    for (const control of new Set(finding.controls)) push(findingsByControl, control, finding);
  }
  return {
    result,
    findingsByControl,
    findingsByPolicy,
    policies: new Map(result.policies.map((p) => [p.id, p])),
    policyAnchors: new Map(result.policies.map((p, i) => [p.id, `policy-${i + 1}`])),
  };
}

export const controlKey = (control: ControlResult): string => `${control.pack}:${control.id}`;

/** Sections in order of first appearance, so a pack's order is kept within and across them. */
export function groupBySection<T>(items: readonly T[], section: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) push(groups, section(item), item);
  return [...groups.entries()];
}
