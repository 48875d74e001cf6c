/**
 * One policy against one resource: applicability, then the check, three-
 * valued. The fast path evaluates without evidence; a FAIL or ERROR (and a
 * PASS when asked) is evaluated once more with a trace to explain itself.
 */
import type { CompiledPolicy } from '../policy/compile.js';
import type { CompiledTemplate } from '../policy/template.js';
import { FALSE, TRUE, scopeOf, type CompiledCondition, type Evidence, type Scope, type Trace, type UnknownReason } from '../policy/evaluation.js';
import { distinctEvidence, withTrace } from '../policy/conditions/trace.js';
import type { Resource } from '../resources/resource.js';
import type { Finding } from '../findings/schema.js';
import type { Status } from '../findings/vocabulary.js';
import type { SnapshotIndex } from './snapshot-index.js';
import { fingerprint } from '../findings/fingerprint.js';

export interface Verdict {
  readonly status: Exclude<Status, 'MANUAL'>;
  readonly evidence: readonly Evidence[];
  readonly reasons: readonly UnknownReason[];
}

function explain(condition: CompiledCondition, base: Scope): Trace {
  const trace: Trace = { evidence: [], unknowns: [] };
  condition.evaluate(withTrace(base, trace));
  return { evidence: distinctEvidence(trace.evidence), unknowns: trace.unknowns };
}

/** The evidence of a verdict that needs none; frozen, as it is shared. */
const NO_EVIDENCE: readonly Evidence[] = Object.freeze([]);
const NO_REASONS: readonly UnknownReason[] = Object.freeze([]);
// Most pairs end in one of these two: shared, so deciding them allocates nothing.
const PASSED: Verdict = Object.freeze({ status: 'PASS', evidence: NO_EVIDENCE, reasons: NO_REASONS });
const NOT_APPLICABLE: Verdict = Object.freeze({ status: 'NOT_APPLICABLE', evidence: NO_EVIDENCE, reasons: NO_REASONS });

export function judge(policy: CompiledPolicy, resource: Resource, index: SnapshotIndex, evidenceForPass: boolean): Verdict {
  const scope = scopeOf(resource, resource.data, '', index, undefined, false);
  if (policy.where !== undefined) {
    const applies = policy.where.evaluate(scope);
    if (applies === FALSE) return NOT_APPLICABLE;
    if (applies !== TRUE) {
      const trace = explain(policy.where, scope);
      return { status: 'ERROR', evidence: trace.evidence, reasons: trace.unknowns };
    }
  }
  const result = policy.check.evaluate(scope);
  if (result === TRUE && !evidenceForPass) return PASSED;
  const trace = explain(policy.check, scope);
  return {
    status: result === TRUE ? 'PASS' : result === FALSE ? 'FAIL' : 'ERROR',
    evidence: trace.evidence,
    reasons: result === TRUE || result === FALSE ? NO_REASONS : trace.unknowns,
  };
}

function dedupeReasons(reasons: readonly UnknownReason[]): readonly UnknownReason[] {
  if (reasons.length === 0) return NO_REASONS;
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const k = `${r.path}\u0000${r.code}\u0000${r.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** What a finding says it is about. One object per resource, shared by that resource's findings: findings are never mutated. */
export function subjectOf(resource: Resource): Finding['resource'] {
  // Literals rather than conditional spreads: one object per resource, in the findings document's key order.
  const { type, id, arn, name, account, region } = resource;
  if (arn === undefined) return name === undefined ? { type, id, account, region } : { type, id, name, account, region };
  return name === undefined ? { type, id, arn, account, region } : { type, id, arn, name, account, region };
}

function messageOf(policy: CompiledPolicy, resource: Resource, status: Verdict['status'], reasons: readonly UnknownReason[]): string {
  switch (status) {
    case 'FAIL':
      return policy.messages.fail.render(resource, policy.params);
    case 'PASS':
      return policy.messages.pass?.render(resource, policy.params) ?? `${resource.type} ${resource.id}: ${policy.document.title}.`;
    case 'ERROR':
      return `Could not evaluate ${policy.id} on ${resource.type} ${resource.id}: ${reasons.map((r) => `${r.path}: ${r.message}`).join('; ') || 'a value could not be read'}`;
    default:
      return policy.messages.notApplicable?.render(resource, policy.params) ?? `${policy.id} does not apply to ${resource.type} ${resource.id}.`;
  }
}

const MESSAGE_KEYS: Readonly<Record<Verdict['status'], string>> = { PASS: 'pass', FAIL: 'fail', ERROR: 'error', NOT_APPLICABLE: 'not-applicable', WAIVED: 'not-applicable' };

function remediationOf(policy: CompiledPolicy, resource: Resource): NonNullable<Finding['remediation']> {
  const { text, cli, verify, rollback } = policy.remediation;
  const params = policy.params;
  const shell = (command: CompiledTemplate): string => command.render(resource, params, 'shell');
  const rendered = text.render(resource, params);
  const commands = cli.map(shell);
  // One literal per shape, in the document's key order: spreading a finished object into a larger one
  // was a tenth of a 100k-resource scan, paid by every FAIL.
  if (rollback === undefined) return verify.length === 0 ? { text: rendered, cli: commands } : { text: rendered, cli: commands, verify: verify.map(shell) };
  const undo = { text: rollback.text.render(resource, params), cli: rollback.cli.map(shell) };
  return verify.length === 0 ? { text: rendered, cli: commands, rollback: undo } : { text: rendered, cli: commands, verify: verify.map(shell), rollback: undo };
}

/**
 * `controls` and the verdict's evidence are taken as they are, not copied:
 * a scan of a million resources makes millions of findings, and copies of
 * lists nobody changes were most of the garbage it made.
 */
export function findingFor(policy: CompiledPolicy, resource: Resource, verdict: Verdict, controls: readonly string[], subject: Finding['resource'] = subjectOf(resource)): Finding {
  const status = verdict.status;
  const reasons = dedupeReasons(verdict.reasons);
  const message = messageOf(policy, resource, status, reasons);
  const fingerprinted = fingerprint(policy.id, resource.account, resource.region, resource.type, resource.id);
  const evidence = verdict.evidence as Evidence[];
  // The common findings (no reasons, no remediation) as one literal in the document's key order: the
  // conditional spreads the general case needs cost a temporary object and a generic copy per finding.
  if (reasons.length === 0 && status !== 'FAIL') {
    return { policy: policy.id, title: policy.document.title, severity: policy.severity, status, resource: subject, message, messageKey: MESSAGE_KEYS[status], evidence, controls: controls as string[], fingerprint: fingerprinted };
  }
  if (reasons.length === 0) {
    return { policy: policy.id, title: policy.document.title, severity: policy.severity, status, resource: subject, message, messageKey: MESSAGE_KEYS[status], evidence, controls: controls as string[], fingerprint: fingerprinted, remediation: remediationOf(policy, resource) };
  }
  // With reasons: an ERROR's verdict (findingFor takes any verdict, so a FAIL keeps its remediation here too).
  return {
    policy: policy.id,
    title: policy.document.title,
    severity: policy.severity,
    status,
    resource: subject,
    message,
    messageKey: MESSAGE_KEYS[status],
    evidence,
    reasons: reasons as UnknownReason[],
    controls: controls as string[],
    fingerprint: fingerprinted,
    ...(status === 'FAIL' ? { remediation: remediationOf(policy, resource) } : {}),
  };
}
