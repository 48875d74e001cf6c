/**
 * One SARIF result per FAIL or ERROR finding. PASS, NOT_APPLICABLE and
 * MANUAL are not problems and are left out (the JSON document has them).
 *
 * FAIL takes its level from the policy's severity. ERROR — the policy could
 * not be decided because data was missing or unreadable — is reported too,
 * never dropped (fail closed): as a `warning` under the same rule, with
 * `properties.assayStatus` "ERROR" and a message naming what could not be
 * read. It keeps the rule (and so the rule's security severity) because an
 * unevaluated control is an open gap of that severity, and because a
 * resource going from ERROR to FAIL, or back, stays one GitHub alert: the
 * fingerprint is the same policy-and-resource fingerprint.
 */
import type { Finding } from '../../findings/schema.js';
import { resourceLabel, resourceLocation } from './location.js';
import { severityMapping } from './severity.js';
import { sarifText } from '../../text/sarif.js';
import { truncate } from './text.js';
import type { SarifResult } from './types.js';

/** Evidence lines in a message; the JSON document keeps them all. */
const MAX_EVIDENCE = 3;
const MAX_VALUE = 160;

export function isReported(finding: Finding): boolean {
  return finding.status === 'FAIL' || finding.status === 'ERROR';
}

/** Truncation order: more severe first, and at equal severity a FAIL before an ERROR. */
export function resultRank(finding: Finding): number {
  return severityMapping(finding.severity).rank * 2 + (finding.status === 'FAIL' ? 0 : 1);
}

function value(v: unknown): string {
  return truncate(v === undefined ? 'undefined' : JSON.stringify(v), MAX_VALUE);
}

function evidenceLines(finding: Finding): string[] {
  const relevant = finding.evidence.filter((e) => e.result !== 'pass');
  const lines = relevant.slice(0, MAX_EVIDENCE).map((e) =>
    `Evidence: ${e.resource === undefined ? '' : `${e.resource}: `}${e.path} is ${value(e.actual)}, expected ${e.op} ${value(e.expected)}`);
  if (relevant.length > MAX_EVIDENCE) lines.push(`(${relevant.length - MAX_EVIDENCE} more evidence entries in the JSON report)`);
  return lines;
}

function reasonLines(finding: Finding): string[] {
  const reasons = finding.reasons ?? [];
  if (reasons.length === 0) return ['Not read: no reason was recorded.'];
  return reasons.map((r) => `Not read: ${r.resource === undefined ? '' : `${r.resource}: `}${r.path} (${r.code})`);
}

export function messageOf(finding: Finding): string {
  const r = finding.resource;
  const lines = [
    finding.message,
    `Resource: ${resourceLabel(r)} (account ${r.account}, region ${r.region})`,
    ...(finding.status === 'ERROR' ? reasonLines(finding) : evidenceLines(finding)),
  ];
  // Each line escaped on its own: a value's line break cannot fake a line of ours.
  return lines.map(sarifText).join('\n');
}

export function resultOf(finding: Finding, ruleIndex: number): SarifResult {
  const r = finding.resource;
  return {
    ruleId: finding.policy,
    ruleIndex,
    level: finding.status === 'ERROR' ? 'warning' : severityMapping(finding.severity).level,
    message: { text: messageOf(finding) },
    locations: [resourceLocation(r)],
    // GitHub matches alerts across uploads by this key. Its own values are
    // "<hash>:<occurrence>"; Assay's fingerprint already identifies policy
    // plus resource, so the occurrence is always 1.
    partialFingerprints: { primaryLocationLineHash: `${finding.fingerprint}:1` },
    properties: {
      assayStatus: finding.status,
      severity: finding.severity,
      resourceType: r.type,
      resourceId: r.id,
      ...(r.arn === undefined ? {} : { resourceArn: r.arn }),
      ...(finding.controls.length === 0 ? {} : { controls: finding.controls }),
      ...(finding.status === 'ERROR' && finding.reasons !== undefined ? { reasons: finding.reasons } : {}),
    },
  };
}
