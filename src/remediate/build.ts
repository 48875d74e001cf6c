/**
 * Turns a scan's FAIL findings into plan steps: one step per resource and
 * fix, findings whose commands are identical merged into one step (two
 * policies that one command satisfies), ordered most severe first.
 */
import type { Finding, PolicyInfo, ScanResult } from '../findings/schema.js';
import { stepRisks, type Plan, type PlanStep, type StepRisk } from './plan.js';
import { bySeverity } from '../findings/vocabulary.js';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `$NAME` and `${NAME}` references: values the operator supplies. */
export function shellVariables(commands: readonly string[]): string[] {
  const names = new Set<string>();
  for (const command of commands) {
    // Only unquoted or double-quoted references expand; the engine single-quotes every filled-in value.
    for (const match of command.matchAll(/'[^']*'|\$\{?([A-Z_][A-Z0-9_]*)\}?/g)) if (match[1] !== undefined) names.add(match[1]);
  }
  return [...names].sort(compare);
}


/** A policy's own risk, or for policies that state none, a guess from the disruption text only as far as "None" goes. */
function riskOf(policy: PolicyInfo | undefined): StepRisk {
  return policy?.remediation.risk ?? 'unstated';
}

function disruptive(risk: StepRisk, disruptions: readonly (string | undefined)[]): boolean {
  if (risk === 'medium' || risk === 'high') return true;
  if (risk !== 'unstated') return false;
  // Unstated: only a disruption text that begins "None" is taken as harmless.
  return disruptions.some((d) => d === undefined || !/^none\b/i.test(d.trim()));
}

const label = (f: Finding): string => `${f.resource.type} ${f.resource.id} (${f.resource.account}/${f.resource.region})`;

type UnnumberedStep = Omit<PlanStep, 'id' | 'after'>;

/**
 * Severity order, except that a step comes after the steps (same account) of
 * the policies its own policies name in `after`: the trail's fix before the
 * metric filters on the log group it creates. A depth-first walk keeps every
 * other step where severity put it; a cycle in the declarations cannot loop.
 */
function withPrerequisitesFirst(steps: readonly UnnumberedStep[], policies: ReadonlyMap<string, PolicyInfo>): { step: UnnumberedStep; after: UnnumberedStep[] }[] {
  const prerequisites = (step: UnnumberedStep): UnnumberedStep[] => {
    const needed = new Set(step.policies.flatMap((id) => policies.get(id)?.remediation.after ?? []));
    return steps.filter((other) => other !== step && other.account === step.account && other.policies.some((id) => needed.has(id)));
  };
  const placed = new Set<UnnumberedStep>();
  const visiting = new Set<UnnumberedStep>();
  const out: { step: UnnumberedStep; after: UnnumberedStep[] }[] = [];
  const place = (step: UnnumberedStep): void => {
    if (placed.has(step) || visiting.has(step)) return;
    visiting.add(step);
    const before = prerequisites(step);
    for (const other of before) place(other);
    visiting.delete(step);
    placed.add(step);
    out.push({ step, after: before });
  };
  for (const step of steps) place(step);
  return out;
}

function numbered(ordered: readonly { step: UnnumberedStep; after: UnnumberedStep[] }[]): PlanStep[] {
  const ids = new Map(ordered.map(({ step }, i) => [step, `step-${String(i + 1).padStart(3, '0')}`]));
  return ordered.map(({ step, after }) => ({ id: ids.get(step) ?? '', ...step, after: after.map((s) => ids.get(s) ?? '').filter((id) => id !== '').sort(compare) }));
}

export function buildPlan(result: ScanResult): Plan {
  const policies = new Map<string, PolicyInfo>(result.policies.map((p) => [p.id, p]));
  const failing = result.findings.filter((f) => f.status === 'FAIL');
  const withCommands = failing.filter((f) => (f.remediation?.cli.length ?? 0) > 0);
  // One step per resource and command list: policies fixed by the same commands share it.
  const groups = new Map<string, Finding[]>();
  for (const finding of withCommands) {
    const key = JSON.stringify([finding.resource.account, finding.resource.region, finding.resource.type, finding.resource.id, finding.remediation?.cli ?? []]);
    const list = groups.get(key) ?? [];
    list.push(finding);
    groups.set(key, list);
  }
  const unordered: UnnumberedStep[] = [...groups.values()].map((findings) => {
    const first = findings[0];
    if (first === undefined) throw new Error('empty step group');
    const ids = [...new Set(findings.map((f) => f.policy))].sort(compare);
    const infos = ids.map((id) => policies.get(id));
    const commands = [...(first.remediation?.cli ?? [])];
    // The step is as risky as its riskiest fix; one policy without a stated risk makes it unstated.
    const risk = infos.map(riskOf).sort((x, y) => stepRisks.indexOf(y) - stepRisks.indexOf(x))[0] ?? 'unstated';
    return {
      account: first.resource.account,
      region: first.resource.region,
      resource: { type: first.resource.type, id: first.resource.id, ...(first.resource.arn === undefined ? {} : { arn: first.resource.arn }), ...(first.resource.name === undefined ? {} : { name: first.resource.name }) },
      severity: findings.map((f) => f.severity).sort(bySeverity)[0] ?? first.severity,
      policies: ids,
      findings: findings.map((f) => f.fingerprint).sort(compare),
      controls: [...new Set(findings.flatMap((f) => f.controls))].sort(compare),
      title: [...new Set(findings.map((f) => f.title))].join('; '),
      changes: [...new Set(findings.map((f) => f.remediation?.text ?? ''))].filter((t) => t !== ''),
      commands,
      variables: shellVariables(commands),
      disruption: infos.map((i) => i?.remediation.disruption).filter((d): d is string => d !== undefined),
      risk,
      disruptive: disruptive(risk, infos.filter((i) => riskOf(i) === 'unstated').map((i) => i?.remediation.disruption)),
      verify: [...new Set(findings.flatMap((f) => f.remediation?.verify ?? []))],
      rollback: findings.flatMap((f) => (f.remediation?.rollback === undefined ? [] : [{ text: f.remediation.rollback.text, commands: [...f.remediation.rollback.cli] }]))
        .filter((r, i, all) => all.findIndex((o) => JSON.stringify(o) === JSON.stringify(r)) === i),
      terraform: infos.map((i) => i?.remediation.terraform).filter((t): t is string => t !== undefined),
    };
  });
  unordered.sort((a, b) => bySeverity(a.severity, b.severity) || compare(a.account, b.account) || compare(a.region, b.region)
    || compare(a.resource.type, b.resource.type) || compare(a.resource.id, b.resource.id) || compare(a.policies.join(), b.policies.join()));
  const ordered = withPrerequisitesFirst(unordered, policies);
  return {
    schemaVersion: 1,
    scan: { snapshotDigest: result.snapshot.digest, collectedAt: result.snapshot.collectedAt, policySetDigest: result.policySet.digest, generator: { ...result.generator } },
    steps: numbered(ordered),
    waived: result.findings.filter((f) => f.status === 'WAIVED' && f.waiver !== undefined).map((f) => ({
      policy: f.policy, fingerprint: f.fingerprint, resource: label(f), reason: f.waiver?.reason ?? '', owner: f.waiver?.owner ?? '', expires: f.waiver?.expires ?? '',
    })),
    withoutCommands: failing.filter((f) => (f.remediation?.cli.length ?? 0) === 0).map((f) => ({
      policy: f.policy, fingerprint: f.fingerprint, resource: label(f), guidance: f.remediation?.text ?? policies.get(f.policy)?.remediation.text ?? '',
    })),
  };
}
