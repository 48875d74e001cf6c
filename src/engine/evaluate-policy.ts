/**
 * One policy against one resource: applicability, then the check, three-
 * valued. The fast path evaluates without evidence; a FAIL or ERROR (and a
 * PASS when asked) is evaluated once more with a trace to explain itself.
 */
import type { CompiledPolicy } from '../policy/compile.js';
import { FALSE, TRUE, scopeOf, type CompiledCondition, type Evidence, type Scope, type Trace, type UnknownReason } from '../policy/evaluation.js';
import { distinctEvidence, withTrace } from '../policy/conditions/trace.js';
import type { Resource } from '../resources/resource.js';
import type { Finding } from '../findings/schema.js';
import type { Status } from '../findings/vocabulary.js';
import type { SnapshotIndex } from './snapshot-index.js';
import { fingerprintKey, fingerprintOf } from '../findings/fingerprint.js';
import { remediationOf } from './remediation.js';

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

/**
 * What every finding about one resource shares, made once per resource
 * rather than once per policy: its evaluation scope, the finding's resource
 * object, the words messages name it by, and its part of the fingerprint key.
 */
export interface Subject {
  readonly resource: Resource;
  readonly scope: Scope;
  readonly about: Finding['resource'];
  /** `type id`. */
  readonly words: string;
  readonly key: string;
}

export function subjectOf(resource: Resource, index: SnapshotIndex): Subject {
  return {
    resource,
    scope: scopeOf(resource, resource.data, '', index, undefined, false),
    about: aboutOf(resource),
    words: `${resource.type} ${resource.id}`,
    key: fingerprintKey(resource.account, resource.region, resource.type, resource.id),
  };
}

/**
 * One policy in one scan: what its findings share. The default messages'
 * fixed parts are joined once here, so a finding's message is one join of
 * two strings.
 */
export interface PolicyRun {
  readonly policy: CompiledPolicy;
  /** Taken as it is by every finding: nothing changes a finding's controls once made. */
  readonly controls: readonly string[];
  readonly passSuffix: string;
  readonly notApplicablePrefix: string;
}

export function policyRun(policy: CompiledPolicy, controls: readonly string[]): PolicyRun {
  return { policy, controls, passSuffix: `: ${policy.document.title}.`, notApplicablePrefix: `${policy.id} does not apply to ` };
}

export function judge(policy: CompiledPolicy, subject: Subject, evidenceForPass: boolean): Verdict {
  const scope = subject.scope;
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
function aboutOf(resource: Resource): Finding['resource'] {
  // Literals rather than conditional spreads: one object per resource, in the findings document's key order.
  const { type, id, arn, name, account, region } = resource;
  if (arn === undefined) return name === undefined ? { type, id, account, region } : { type, id, name, account, region };
  return name === undefined ? { type, id, arn, account, region } : { type, id, arn, name, account, region };
}

function messageOf(run: PolicyRun, subject: Subject, status: Verdict['status'], reasons: readonly UnknownReason[]): string {
  const { policy } = run;
  const resource = subject.resource;
  switch (status) {
    case 'FAIL':
      return policy.messages.fail.render(resource, policy.params);
    case 'PASS':
      return policy.messages.pass?.render(resource, policy.params) ?? subject.words + run.passSuffix;
    case 'ERROR':
      return `Could not evaluate ${policy.id} on ${subject.words}: ${reasons.map((r) => `${r.path}: ${r.message}`).join('; ') || 'a value could not be read'}`;
    default:
      return policy.messages.notApplicable?.render(resource, policy.params) ?? `${run.notApplicablePrefix}${subject.words}.`;
  }
}

const MESSAGE_KEYS: Readonly<Record<Verdict['status'], string>> = { PASS: 'pass', FAIL: 'fail', ERROR: 'error', NOT_APPLICABLE: 'not-applicable', WAIVED: 'not-applicable' };

/**
 * `controls` and the verdict's evidence are taken as they are, not copied:
 * a scan of a million resources makes millions of findings, and copies of
 * lists nobody changes were most of the garbage it made.
 */
export function findingFor(run: PolicyRun, subject: Subject, verdict: Verdict): Finding {
  const { policy } = run;
  const status = verdict.status;
  const reasons = dedupeReasons(verdict.reasons);
  const message = messageOf(run, subject, status, reasons);
  const fingerprint = fingerprintOf(policy.id, subject.key);
  const evidence = verdict.evidence as Evidence[];
  const controls = run.controls as string[];
  // The common findings (no reasons, no remediation) as one literal in the document's key order: the
  // conditional spreads the general case needs cost a temporary object and a generic copy per finding.
  if (reasons.length === 0 && status !== 'FAIL') {
    return { policy: policy.id, title: policy.document.title, severity: policy.severity, status, resource: subject.about, message, messageKey: MESSAGE_KEYS[status], evidence, controls, fingerprint };
  }
  if (reasons.length === 0) {
    return { policy: policy.id, title: policy.document.title, severity: policy.severity, status, resource: subject.about, message, messageKey: MESSAGE_KEYS[status], evidence, controls, fingerprint, remediation: remediationOf(policy, subject.resource) };
  }
  // With reasons: an ERROR's verdict (findingFor takes any verdict, so a FAIL keeps its remediation here too).
  return {
    policy: policy.id,
    title: policy.document.title,
    severity: policy.severity,
    status,
    resource: subject.about,
    message,
    messageKey: MESSAGE_KEYS[status],
    evidence,
    reasons: reasons as UnknownReason[],
    controls,
    fingerprint,
    ...(status === 'FAIL' ? { remediation: remediationOf(policy, subject.resource) } : {}),
  };
}
