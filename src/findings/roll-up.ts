/**
 * Roll-ups of a scan's findings into the findings document: each control's
 * status from its policies' findings, and the summary counts. Pure data in,
 * data out: the engine says which controls were selected and which policies
 * pass on an empty, complete inventory.
 */
import type { ControlResult, Finding, ScanResult } from './schema.js';
import { severities, statuses, worstStatus, type Status } from './vocabulary.js';

/** A control as a pack selects it: what the roll-up needs, whatever loaded it. */
export interface ControlToRollUp {
  readonly pack: string;
  readonly id: string;
  readonly title: string;
  readonly section?: string;
  readonly level?: number;
  readonly policies?: readonly string[];
  /** Audit guidance: the control is checked by hand, so it is MANUAL whatever the findings. */
  readonly manual?: string;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Statuses that say a policy looked at a resource in scope; anything else (none, or NOT_APPLICABLE only) means none was. */
const IN_SCOPE: ReadonlySet<string> = new Set(['PASS', 'FAIL', 'ERROR', 'WAIVED']);

/**
 * Each control's status: the worst of its policies' findings. `passOnAbsence`
 * maps the policies that say "ensure no X is …" (ifNoneInScope: PASS) to X's
 * resource type: a complete inventory with no X in scope is a checked pass.
 * An incomplete one always has an ERROR finding for the gap, so it never
 * passes this way.
 */
export function rollUpControls(controls: readonly ControlToRollUp[], findings: readonly Finding[], passOnAbsence: ReadonlyMap<string, string>): ControlResult[] {
  if (controls.length === 0) return [];
  const byPolicy = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byPolicy.get(finding.policy) ?? [];
    list.push(finding);
    byPolicy.set(finding.policy, list);
  }
  return controls.map((control) => {
    const counts: Record<string, number> = {};
    const passedByAbsence: string[] = [];
    for (const policy of control.policies ?? []) {
      const own = byPolicy.get(policy) ?? [];
      for (const finding of own) counts[finding.status] = (counts[finding.status] ?? 0) + 1;
      const absentType = passOnAbsence.get(policy);
      if (absentType !== undefined && !own.some((f) => IN_SCOPE.has(f.status))) passedByAbsence.push(absentType);
    }
    // A waived failure is not a pass: the control shows WAIVED unless something still fails or is unknown.
    const present = Object.keys(counts).filter((s) => (counts[s] ?? 0) > 0);
    const status: Status = control.manual !== undefined ? 'MANUAL' : worstStatus(passedByAbsence.length > 0 ? [...present, 'PASS'] : present);
    const note = status === 'PASS' && (counts.PASS ?? 0) === 0
      ? `Passed by absence: the inventory of ${[...new Set(passedByAbsence)].sort(compare).join(', ')} is complete and holds none in scope.`
      : undefined;
    return {
      pack: control.pack,
      id: control.id,
      title: control.title,
      ...(control.section === undefined ? {} : { section: control.section }),
      ...(control.level === undefined ? {} : { level: control.level }),
      status,
      policies: [...(control.policies ?? [])],
      counts,
      ...(note === undefined ? {} : { note }),
      ...(control.manual === undefined ? {} : { guidance: control.manual }),
    };
  });
}

/** The document's summary: findings by status and failures by severity, every one listed even at zero. */
export function summarize(findings: readonly Finding[], resources: number): ScanResult['summary'] {
  const byStatus: Record<string, number> = Object.fromEntries(statuses.map((s) => [s, 0]));
  const failuresBySeverity: Record<string, number> = Object.fromEntries(severities.map((s) => [s, 0]));
  for (const finding of findings) {
    byStatus[finding.status] = (byStatus[finding.status] ?? 0) + 1;
    if (finding.status === 'FAIL') failuresBySeverity[finding.severity] = (failuresBySeverity[finding.severity] ?? 0) + 1;
  }
  return { byStatus, failuresBySeverity, resources };
}
