/**
 * Compares two scans finding by finding, matched on the fingerprint (stable
 * per policy and resource): what newly fails, what was fixed, what still
 * fails, and which other status changes deserve a look (a check that can no
 * longer be decided, a waiver that lapsed). Pure: `assay diff` and
 * `assay scan --baseline` read the files and decide exit codes.
 */
import type { Finding, ScanResult } from './schema.js';
import { GLOBAL_REGION } from '../resources/define.js';
import { bySeverity, reachesThreshold, type GateThreshold } from './vocabulary.js';
import {
  COMPARISON_SCHEMA_VERSION,
  type Absence, type ComparedFinding, type Comparison, type ComparisonCategory, type FindingState, type ScanInfo,
} from './comparison.js';

/** Statuses that need no attention on either side of a change: moving between them is not reported. */
const quiet: ReadonlySet<string> = new Set(['PASS', 'NOT_APPLICABLE', 'MANUAL']);
/** What a FAIL may become and count as fixed; anything else (ERROR, WAIVED, …) is a change, not a fix. */
const resolved: ReadonlySet<string> = new Set(['PASS', 'NOT_APPLICABLE']);


function byFingerprint(findings: readonly Finding[]): Map<string, Finding> {
  return new Map(findings.map((f) => [f.fingerprint, f]));
}

/** A finding for resource "*" stands for every resource of a type that could not be listed in a region. */
const unlistedKey = (policy: string, r: Finding['resource']): string => [policy, r.account, r.region, r.type].join('\u0000');

/** Why a scan has no finding for what the other scan found: it decides whether a vanished FAIL is fixed. */
function absenceExplainer(scan: ScanResult): (other: Finding) => Absence {
  const policies = new Set(scan.policySet.policies);
  // Manual controls are findings of their pack's control, not of a policy in the set.
  for (const c of scan.controls) if (c.status === 'MANUAL') policies.add(`manual:${c.pack}:${c.id}`);
  const unlisted = new Set(scan.findings.filter((f) => f.resource.id === '*').map((f) => unlistedKey(f.policy, f.resource)));
  return (other) => {
    if (!policies.has(other.policy)) return 'policy';
    const { account, region } = other.resource;
    if (!scan.snapshot.accounts.includes(account) || (region !== GLOBAL_REGION && !scan.snapshot.regions.includes(region))) return 'scope';
    // Fail closed: a resource that could not be listed is unknown, not gone.
    return unlisted.has(unlistedKey(other.policy, other.resource)) ? 'unlisted' : 'resource';
  };
}

function classify(before: Finding | undefined, after: Finding | undefined, absent: Absence | undefined): ComparisonCategory | undefined {
  const was = before?.status;
  const now = after?.status;
  if (now === 'FAIL') return was === 'FAIL' ? 'unchanged' : 'new';
  if (was === 'FAIL') {
    const gone = after === undefined && absent === 'resource';
    return gone || (now !== undefined && resolved.has(now)) ? 'fixed' : 'changed';
  }
  if (was === now) return undefined;
  const calm = (status: string | undefined): boolean => status === undefined || quiet.has(status);
  return calm(was) && calm(now) ? undefined : 'changed';
}

function state(finding: Finding | undefined): FindingState | null {
  if (finding === undefined) return null;
  const { status, message, messageKey, evidence, reasons, waiver } = finding;
  return { status, message, messageKey, evidence, ...(reasons === undefined ? {} : { reasons }), ...(waiver === undefined ? {} : { waiver }) };
}

function scanInfo(scan: ScanResult): ScanInfo {
  return {
    digest: scan.snapshot.digest,
    collectedAt: scan.snapshot.collectedAt,
    generator: `${scan.generator.name} ${scan.generator.version}`,
    accounts: scan.snapshot.accounts,
    regions: scan.snapshot.regions,
    policySet: scan.policySet.digest,
    packs: scan.packs.map((p) => `${p.id}@${p.version}`),
  };
}

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Most severe first, then by policy and where, so equal inputs give equal bytes. */
export function compareEntries(a: ComparedFinding, b: ComparedFinding): number {
  return bySeverity(a.severity, b.severity)
    || text(a.policy, b.policy)
    || text(a.resource.account, b.resource.account)
    || text(a.resource.region, b.resource.region)
    || text(a.resource.type, b.resource.type)
    || text(a.resource.id, b.resource.id)
    || text(a.fingerprint, b.fingerprint);
}

const sameEvidence = (a: Finding, b: Finding): boolean => JSON.stringify(a.evidence) === JSON.stringify(b.evidence);

export function compareResults(before: ScanResult, after: ScanResult): Comparison {
  const earlier = byFingerprint(before.findings);
  const later = byFingerprint(after.findings);
  const lists: Record<ComparisonCategory, ComparedFinding[]> = { new: [], fixed: [], unchanged: [], changed: [] };
  const absentBefore = absenceExplainer(before);
  const absentAfter = absenceExplainer(after);
  for (const fingerprint of new Set([...earlier.keys(), ...later.keys()])) {
    const was = earlier.get(fingerprint);
    const now = later.get(fingerprint);
    // Policy metadata and the resource's name may change between runs: describe it as it is now.
    const latest = now ?? was;
    if (latest === undefined) continue;
    const absent = was === undefined ? absentBefore(latest) : now === undefined ? absentAfter(latest) : undefined;
    const category = classify(was, now, absent);
    if (category === undefined) continue;
    lists[category].push({
      fingerprint,
      policy: latest.policy,
      title: latest.title,
      severity: latest.severity,
      resource: latest.resource,
      controls: latest.controls,
      before: state(was),
      after: state(now),
      ...(absent === undefined ? {} : { absent }),
      ...(category === 'unchanged' && was !== undefined && now !== undefined ? { evidenceChanged: !sameEvidence(was, now) } : {}),
    });
  }
  for (const entries of Object.values(lists)) entries.sort(compareEntries);
  const beforePolicies = new Set(before.policySet.policies);
  const afterPolicies = new Set(after.policySet.policies);
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    before: scanInfo(before),
    after: scanInfo(after),
    summary: { new: lists.new.length, fixed: lists.fixed.length, unchanged: lists.unchanged.length, changed: lists.changed.length },
    policies: {
      added: [...afterPolicies].filter((p) => !beforePolicies.has(p)).sort(text),
      removed: [...beforePolicies].filter((p) => !afterPolicies.has(p)).sort(text),
    },
    ...lists,
  };
}

/** Fingerprints of FAIL findings that were not FAIL in the baseline: what `scan --baseline` gates on. */
export function newFailFingerprints(comparison: Comparison): ReadonlySet<string> {
  return new Set(comparison.new.map((e) => e.fingerprint));
}

/** Fingerprints of ERROR findings that were not ERROR in the baseline (for --fail-on-error with a baseline). */
export function newErrorFingerprints(comparison: Comparison): ReadonlySet<string> {
  return new Set(comparison.changed.filter((e) => e.after?.status === 'ERROR' && e.before?.status !== 'ERROR').map((e) => e.fingerprint));
}

/** New FAILs of the threshold severity or higher ('none' never blocks), in report order. */
export function newFailuresAtOrAbove(comparison: Comparison, threshold: GateThreshold): ComparedFinding[] {
  return comparison.new.filter((e) => reachesThreshold(e.severity, threshold));
}
