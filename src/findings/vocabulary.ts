/**
 * The findings vocabulary, defined once: severities, statuses and fix
 * risks, and the orders every report, gate and plan sorts by. The base of
 * src/findings/ (the findings document's home): policies, configs, the
 * engine and every reader use it, and it imports nothing else of Assay.
 */

/** Most severe first: the order reports list them in. */
export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof severities)[number];

/** 0 for critical … 4 for info; an unknown severity (a hand-edited document) sorts last. */
export function severityRank(severity: string): number {
  const rank = (severities as readonly string[]).indexOf(severity);
  return rank === -1 ? severities.length : rank;
}

/** For sort(): the more severe first. */
export function bySeverity(a: string, b: string): number {
  return severityRank(a) - severityRank(b);
}

/** A gate's threshold, most severe first: a severity, or none (nothing blocks). */
export const gateThresholds = ['critical', 'high', 'medium', 'low', 'none'] as const;
export type GateThreshold = (typeof gateThresholds)[number];

/** Whether a failure of `severity` reaches `threshold` (high reaches medium; nothing reaches none). */
export function reachesThreshold(severity: string, threshold: GateThreshold): boolean {
  return threshold !== 'none' && severityRank(severity) <= severityRank(threshold);
}

/**
 * How risky a fix is to run, least first: none changes nothing running, high
 * can lock people or workloads out. Policies state it; plans take a step's
 * riskiest fix by this order and ask before medium and high.
 */
export const fixRisks = ['none', 'low', 'medium', 'high'] as const;
export type FixRisk = (typeof fixRisks)[number];

/** Every status a finding or control can have. */
export const statuses = ['PASS', 'FAIL', 'ERROR', 'NOT_APPLICABLE', 'MANUAL', 'WAIVED'] as const;
export type Status = (typeof statuses)[number];

/**
 * Worst first: the status needing attention most leads. A group of findings
 * (a control's, a policy's) rolls up to the first of these it holds: a
 * waived failure is not a pass, and an unknown outranks it.
 */
export const statusPrecedence = ['FAIL', 'ERROR', 'WAIVED', 'MANUAL', 'PASS', 'NOT_APPLICABLE'] as const satisfies readonly Status[];

/** 0 for FAIL … 5 for NOT_APPLICABLE; an unknown status sorts last. */
export function statusRank(status: string): number {
  const rank = (statusPrecedence as readonly string[]).indexOf(status);
  return rank === -1 ? statusPrecedence.length : rank;
}

/** The status a group rolls up to; `none` when the group is empty (nothing was in scope). */
export function worstStatus(found: Iterable<string>, none: Status = 'NOT_APPLICABLE'): Status {
  let worst: Status = none;
  for (const status of found) if (statusRank(status) < statusRank(worst)) worst = status as Status;
  return worst;
}
