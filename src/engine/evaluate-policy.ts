/**
 * One policy against one resource: applicability, then the check, three-
 * valued. The fast path evaluates without evidence; a FAIL or ERROR (and a
 * PASS when asked) is evaluated once more with a trace to explain itself.
 */
import type { CompiledPolicy } from '../policy/compile.js';
import { FALSE, TRUE, type CompiledCondition, type Evidence, type Scope, type Trace, type UnknownReason } from '../policy/evaluation.js';
import { distinctEvidence } from '../policy/conditions/trace.js';
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
  condition.evaluate({ ...base, trace });
  return { evidence: distinctEvidence(trace.evidence), unknowns: trace.unknowns };
}

/** The evidence of a verdict that needs none; frozen, as it is shared. */
const NO_EVIDENCE: readonly Evidence[] = Object.freeze([]);
const NO_REASONS: readonly UnknownReason[] = Object.freeze([]);

export function judge(policy: CompiledPolicy, resource: Resource, index: SnapshotIndex, evidenceForPass: boolean): Verdict {
  const scope: Scope = { resource, value: resource.data, basePath: '', ctx: index, trace: undefined };
  if (policy.where !== undefined) {
    const applies = policy.where.evaluate(scope);
    if (applies === FALSE) return { status: 'NOT_APPLICABLE', evidence: NO_EVIDENCE, reasons: NO_REASONS };
    if (applies !== TRUE) {
      const trace = explain(policy.where, scope);
      return { status: 'ERROR', evidence: trace.evidence, reasons: trace.unknowns };
    }
  }
  const result = policy.check.evaluate(scope);
  if (result === TRUE && !evidenceForPass) return { status: 'PASS', evidence: NO_EVIDENCE, reasons: NO_REASONS };
  const trace = explain(policy.check, scope);
  return {
    status: result === TRUE ? 'PASS' : result === FALSE ? 'FAIL' : 'ERROR',
    evidence: trace.evidence,
    reasons: result === TRUE || result === FALSE ? NO_REASONS : trace.unknowns,
  };
}

function dedupeReasons(reasons: readonly UnknownReason[]): UnknownReason[] {
  if (reasons.length === 0) return [];
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
  return { type: resource.type, id: resource.id, ...(resource.arn === undefined ? {} : { arn: resource.arn }), ...(resource.name === undefined ? {} : { name: resource.name }), account: resource.account, region: resource.region };
}

/**
 * `controls` and the verdict's evidence are taken as they are, not copied:
 * a scan of a million resources makes millions of findings, and copies of
 * lists nobody changes were most of the garbage it made.
 */
export function findingFor(policy: CompiledPolicy, resource: Resource, verdict: Verdict, controls: readonly string[], subject: Finding['resource'] = subjectOf(resource)): Finding {
  const reasons = dedupeReasons(verdict.reasons);
  let message: string;
  let messageKey: string;
  switch (verdict.status) {
    case 'FAIL':
      message = policy.messages.fail.render(resource, policy.params);
      messageKey = 'fail';
      break;
    case 'PASS':
      message = policy.messages.pass?.render(resource, policy.params) ?? `${resource.type} ${resource.id}: ${policy.document.title}.`;
      messageKey = 'pass';
      break;
    case 'ERROR':
      message = `Could not evaluate ${policy.id} on ${resource.type} ${resource.id}: ${reasons.map((r) => `${r.path}: ${r.message}`).join('; ') || 'a value could not be read'}`;
      messageKey = 'error';
      break;
    default:
      message = policy.messages.notApplicable?.render(resource, policy.params) ?? `${policy.id} does not apply to ${resource.type} ${resource.id}.`;
      messageKey = 'not-applicable';
  }
  return {
    policy: policy.id,
    title: policy.document.title,
    severity: policy.severity,
    status: verdict.status,
    resource: subject,
    message,
    messageKey,
    evidence: verdict.evidence as Evidence[],
    ...(reasons.length > 0 ? { reasons } : {}),
    controls: controls as string[],
    fingerprint: fingerprint(policy.id, resource.account, resource.region, resource.type, resource.id),
    ...(verdict.status === 'FAIL' ? {
      remediation: {
        text: policy.remediation.text.render(resource, policy.params),
        cli: policy.remediation.cli.map((command) => command.render(resource, policy.params, 'shell')),
        ...(policy.remediation.verify.length === 0 ? {} : { verify: policy.remediation.verify.map((command) => command.render(resource, policy.params, 'shell')) }),
        ...(policy.remediation.rollback === undefined ? {} : {
          rollback: {
            text: policy.remediation.rollback.text.render(resource, policy.params),
            cli: policy.remediation.rollback.cli.map((command) => command.render(resource, policy.params, 'shell')),
          },
        }),
      },
    } : {}),
  };
}
