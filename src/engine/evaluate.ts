/**
 * evaluate(snapshot, policies, options) → ScanResult. Pure and deterministic:
 * no clock (time is the snapshot's), no I/O, sorted output. Policies are
 * grouped by resource type so each type's resources are walked once.
 *
 * Fail closed: where a policy's resource type could not be listed completely
 * in an account and region, the policy gets an ERROR finding for that scope
 * (resource id "*"), since resources it never saw cannot pass.
 */
import type { CompiledPolicy } from '../policy/compile.js';
import type { Selection, SelectedControl } from '../pack/select.js';
import type { Resource } from '../resources/resource.js';
import type { Snapshot } from '../snapshot/schema.js';
import { findingFor, judge, policyRun, subjectOf, type PolicyRun } from './evaluate-policy.js';
import { policySetDigest } from './policy-set-digest.js';
import { SnapshotIndex } from './snapshot-index.js';
import { applyWaivers, type Waiver } from './waivers.js';
import { AssayError } from '../diagnostics/error.js';
import { fingerprint } from '../findings/fingerprint.js';
import { rollUpControls, summarize } from '../findings/roll-up.js';
import { SCAN_RESULT_SCHEMA_VERSION, type Finding, type PolicyInfo, type ScanResult } from '../findings/schema.js';

export interface EvaluateOptions {
  readonly snapshotDigest: string;
  readonly generator: { readonly name: string; readonly version: string };
  readonly selection: Selection;
  /** Explain PASS findings too (slower); FAIL and ERROR always carry evidence. */
  readonly evidenceForPass?: boolean;
  /** Accepted risks: matching FAIL findings become WAIVED until the waiver expires. */
  readonly waivers?: readonly Waiver[];
  /** Today's date (YYYY-MM-DD, UTC), for waiver expiry; required with waivers. */
  readonly today?: string;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The findings document's order among findings of one policy (one type): account, region, id. */
const byPlace = (a: Finding['resource'], b: Finding['resource']): number => compare(a.account, b.account) || compare(a.region, b.region) || compare(a.id, b.id);

const byResourcePlace = (a: Resource, b: Resource): number => compare(a.account, b.account) || compare(a.region, b.region) || compare(a.id, b.id);
const byId = (a: Resource, b: Resource): number => compare(a.id, b.id);

function inDocumentOrder(resources: readonly Resource[]): readonly Resource[] {
  // Snapshots are usually written in this order already: one linear check spares the n log n sort.
  let sorted = true;
  for (let i = 1; i < resources.length && sorted; i++) sorted = byResourcePlace(resources[i - 1] as Resource, resources[i] as Resource) <= 0;
  if (sorted) return resources;
  // Otherwise by place first (a few accounts and regions), then by id within each: the sort compares ids alone.
  const places = new Map<string, Map<string, Resource[]>>();
  for (const resource of resources) {
    let regions = places.get(resource.account);
    if (regions === undefined) places.set(resource.account, (regions = new Map<string, Resource[]>()));
    let list = regions.get(resource.region);
    if (list === undefined) regions.set(resource.region, (list = []));
    list.push(resource);
  }
  const ordered: Resource[] = [];
  for (const account of [...places.keys()].sort(compare)) {
    const regions = places.get(account) ?? new Map<string, Resource[]>();
    for (const region of [...regions.keys()].sort(compare)) {
      for (const resource of (regions.get(region) ?? []).sort(byId)) ordered.push(resource);
    }
  }
  return ordered;
}

/** Two lists already in byPlace order, as one. */
function mergeSorted(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && byPlace(x.resource, y.resource) <= 0)) {
      out.push(x as Finding);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

function controlsByPolicy(controls: readonly SelectedControl[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const control of controls) {
    for (const policy of control.policies ?? []) {
      const list = map.get(policy) ?? [];
      list.push(`${control.pack}:${control.id}`);
      map.set(policy, list);
    }
  }
  return map;
}

/** ERROR findings for each account and region where the policy's type was not fully listed. */
function coverageFindings(policy: CompiledPolicy, index: SnapshotIndex, controls: readonly string[], findings: Finding[]): void {
  const type = policy.resourceType.type;
  for (const account of index.snapshot.scope.accounts) {
    for (const region of index.regionsOf(type)) {
      const reason = index.incompleteness(type, account, [region]);
      if (reason === undefined) continue;
      const entry = index.coverageOf(type, account, region);
      findings.push({
        policy: policy.id,
        title: policy.document.title,
        severity: policy.severity,
        status: 'ERROR',
        resource: { type, id: '*', account, region },
        message: `Could not evaluate ${policy.id} for every ${type} in ${account}/${region}: ${reason}`,
        messageKey: 'error',
        evidence: [],
        reasons: [{ path: type, code: entry === undefined ? 'NotCollected' : 'IncompleteCoverage', message: reason }],
        controls: [...controls],
        fingerprint: fingerprint(policy.id, account, region, type, '*'),
      });
    }
  }
}

function manualFindings(controls: readonly SelectedControl[], accounts: readonly string[], findings: Finding[]): void {
  for (const control of controls) {
    if (control.manual === undefined) continue;
    for (const account of accounts) {
      const policy = `manual:${control.pack}:${control.id}`;
      findings.push({
        policy,
        title: control.title,
        severity: 'info',
        status: 'MANUAL',
        resource: { type: 'aws.account', id: account, account, region: 'global' },
        message: `${control.title}: check by hand. ${control.manual.trim()}`,
        messageKey: 'manual',
        evidence: [],
        controls: [`${control.pack}:${control.id}`],
        fingerprint: fingerprint(policy, account, 'global', 'aws.account', account),
      });
    }
  }
}

/** Policies that pass a control on a complete inventory holding nothing in scope, with the type they inventory. */
function passOnAbsence(policies: readonly CompiledPolicy[]): Map<string, string> {
  return new Map(policies.filter((p) => p.document.ifNoneInScope === 'PASS').map((p) => [p.id, p.resourceType.type]));
}

/** A policy's reader-facing metadata, copied into the findings document. */
function policyInfo(policy: CompiledPolicy): PolicyInfo {
  const d = policy.document;
  return {
    id: policy.id,
    title: d.title,
    severity: policy.severity,
    resourceType: d.resource,
    description: d.description.trim(),
    rationale: d.rationale.trim(),
    frameworks: { ...(d.frameworks ?? {}) },
    remediation: {
      text: d.remediation.text.trim(),
      cli: [...(d.remediation.cli ?? [])],
      ...(d.remediation.terraform === undefined ? {} : { terraform: d.remediation.terraform }),
      ...(d.remediation.disruption === undefined ? {} : { disruption: d.remediation.disruption.trim() }),
      ...(d.remediation.risk === undefined ? {} : { risk: d.remediation.risk }),
      ...(d.remediation.after === undefined ? {} : { after: [...d.remediation.after] }),
    },
    references: [...(d.references ?? [])],
    ...(policy.benchmark === undefined ? {} : { benchmark: policy.benchmark }),
    origin: policy.origin,
  };
}

export function evaluate(snapshot: Snapshot, policies: readonly CompiledPolicy[], options: EvaluateOptions): ScanResult {
  const index = new SnapshotIndex(snapshot);
  const controlsOf = controlsByPolicy(options.selection.controls);
  const evidenceForPass = options.evidenceForPass ?? false;
  const byType = new Map<string, CompiledPolicy[]>();
  for (const policy of policies) {
    const list = byType.get(policy.resourceType.type) ?? [];
    list.push(policy);
    byType.set(policy.resourceType.type, list);
  }
  // Findings come out in the document's order — policy, account, region, type, id — by construction
  // rather than by sorting millions of them: each policy collects its own list while the resources
  // of its type are walked once, in (account, region, id) order.
  const groups = new Map<string, Finding[]>();
  for (const [type, group] of byType) {
    const lists = group.map((policy) => {
      const list: Finding[] = [];
      groups.set(policy.id, list);
      return list;
    });
    // Shared by every finding of the policy: nothing changes a finding's controls once made.
    const controls = group.map((policy) => Object.freeze(controlsOf.get(policy.id) ?? []));
    const runs = group.map((policy, i) => policyRun(policy, controls[i] ?? []));
    for (const resource of inDocumentOrder(index.byType.get(type) ?? [])) {
      const subject = subjectOf(resource, index);
      for (let i = 0; i < runs.length; i++) {
        const run = runs[i] as PolicyRun;
        (lists[i] as Finding[]).push(findingFor(run, subject, judge(run.policy, subject, evidenceForPass)));
      }
    }
    group.forEach((policy, i) => {
      const scopeErrors: Finding[] = [];
      coverageFindings(policy, index, controls[i] ?? [], scopeErrors);
      if (scopeErrors.length > 0) groups.set(policy.id, mergeSorted(lists[i] ?? [], scopeErrors));
    });
  }
  const manual: Finding[] = [];
  manualFindings(options.selection.controls, snapshot.scope.accounts, manual);
  for (const finding of manual) {
    const list = groups.get(finding.policy) ?? [];
    list.push(finding);
    groups.set(finding.policy, list);
  }
  let findings: Finding[] = [];
  for (const id of [...groups.keys()].sort(compare)) {
    for (const finding of groups.get(id) ?? []) findings.push(finding);
  }
  const waivers = options.waivers ?? [];
  if (waivers.length > 0 && options.today === undefined) throw new AssayError('INTERNAL', 'evaluate: waivers need today\'s date (EvaluateOptions.today)');
  // Never spread findings into a call: a million arguments overflow the stack (DESIGN.md rule 8).
  const waived = waivers.length === 0 ? { findings, outcomes: [] } : applyWaivers(findings, waivers, options.today ?? '');
  findings = waived.findings;
  return {
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    generator: { ...options.generator },
    snapshot: {
      digest: options.snapshotDigest,
      collectedAt: snapshot.collectedAt,
      partition: snapshot.scope.partition,
      accounts: [...snapshot.scope.accounts],
      regions: [...snapshot.scope.regions],
    },
    policySet: {
      digest: policySetDigest(policies.map((p) => ({ id: p.id, document: p.document, params: p.params }))),
      policies: policies.map((p) => p.id).sort(compare),
    },
    packs: options.selection.packs.map((p) => ({ id: p.id, title: p.title, version: p.version, ...(p.level === undefined ? {} : { level: p.level }) })),
    policies: [...policies].sort((a, b) => compare(a.id, b.id)).map(policyInfo),
    summary: summarize(findings, snapshot.resources.length),
    findings,
    controls: rollUpControls(options.selection.controls, findings, passOnAbsence(policies)),
    waivers: waived.outcomes,
  };
}
