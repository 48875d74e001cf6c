/**
 * Verification results as the findings document every report format
 * writes: one finding per trail and check (policies.ts), FAIL with the
 * broken objects as evidence, ERROR when something could not be read (fail
 * closed: what was not checked does not pass), PASS otherwise. The
 * document's "snapshot" is the verification itself: its digest is over the
 * digest files verified and their signatures, its time the end of the range.
 */
import { createHash } from 'node:crypto';
import { fingerprint } from '../findings/fingerprint.js';
import { summarize } from '../findings/roll-up.js';
import { SCAN_RESULT_SCHEMA_VERSION, type Finding, type ScanResult } from '../findings/schema.js';
import { checkKinds, type CheckKind, type Issue } from './issues.js';
import { trailPolicies } from './policies.js';
import type { TrailVerification } from './verify.js';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function message(kind: CheckKind, v: TrailVerification, failures: number, unknown: number): string {
  const period = `from ${v.range.start} to ${v.range.end}`;
  const unread = unknown > 0 ? `; ${plural(unknown, 'object')} could not be read` : '';
  switch (kind) {
    case 'digests':
      return failures > 0 ? `${plural(failures, 'digest file')} of ${v.digests.toLocaleString('en-US')} ${failures === 1 ? 'is' : 'are'} not valid (signature, content or location)${unread}.`
        : unknown > 0 ? `${plural(unknown, 'digest file')} could not be read; ${v.validDigests.toLocaleString('en-US')} verify.`
          : `${plural(v.digests, 'digest file')} ${period} verify with CloudTrail's public keys.`;
    case 'chain':
      return failures > 0 ? `The digest chain breaks ${plural(failures, 'time')}: a digest file missing, out of order, re-signed or starting a new chain${unread}.`
        : unknown > 0 ? `The digest chain could not be followed${unread}.` : `The ${plural(v.digests, 'digest file')} ${period} link up without a break.`;
    case 'log-files-unmodified':
      return failures > 0 ? `${plural(failures, 'log file')} ${failures === 1 ? 'does' : 'do'} not match the hash ${failures === 1 ? 'its digest records' : 'their digests record'}${unread}.`
        : unknown > 0 ? `${plural(unknown, 'log file')} could not be read; ${v.validLogFiles.toLocaleString('en-US')} match their digests.` : `All ${plural(v.logFiles, 'log file')} named by valid digests match their hashes.`;
    case 'log-files-present':
      return failures > 0 ? `${plural(failures, 'log file')} named by valid digests ${failures === 1 ? 'is' : 'are'} missing from the bucket${unread}.`
        : unknown > 0 ? `${plural(unknown, 'log file')} named by valid digests could not be read.` : `All ${plural(v.logFiles, 'log file')} named by valid digests exist.`;
    case 'coverage':
      return failures > 0 ? `${plural(failures, 'period')} of the range ${failures === 1 ? 'has' : 'have'} no valid digest file${unread}.`
        : unknown > 0 ? `Coverage could not be measured${unread}.` : `Valid digest files cover ${period} in ${plural(v.chains.length, 'account and region', 'accounts and regions')}.`;
  }
}

function findingsOf(v: TrailVerification): Finding[] {
  const { trail } = v;
  const byKind = new Map<CheckKind, Issue[]>(checkKinds.map((k) => [k, []]));
  for (const issue of v.issues) byKind.get(issue.kind)?.push(issue);
  return checkKinds.map((kind) => {
    const policy = trailPolicies[kind];
    // Issues arrive in the order reads finish; sorted, the same bucket gives the same bytes.
    const issues = [...(byKind.get(kind) ?? [])].sort((a, b) => byText(a.evidence.path, b.evidence.path) || byText(JSON.stringify(a.evidence.actual), JSON.stringify(b.evidence.actual)));
    const failures = issues.filter((i) => i.evidence.result === 'fail').length;
    const unknown = issues.length - failures;
    const status = failures > 0 ? 'FAIL' : unknown > 0 ? 'ERROR' : 'PASS';
    const reasons = issues.flatMap((i) => (i.reason === undefined ? [] : [i.reason]));
    return {
      policy: policy.id,
      title: policy.title,
      severity: policy.severity,
      status,
      resource: { type: 'aws.cloudtrail.trail', id: trail.name, arn: trail.arn, name: trail.name, account: trail.account, region: trail.homeRegion },
      message: message(kind, v, failures, unknown),
      messageKey: status === 'FAIL' ? 'fail' : status === 'ERROR' ? 'error' : 'pass',
      evidence: issues.map((i) => i.evidence),
      ...(reasons.length > 0 ? { reasons } : {}),
      controls: [],
      fingerprint: fingerprint(policy.id, trail.account, trail.homeRegion, 'aws.cloudtrail.trail', trail.name),
      remediation: { text: policy.remediation.text, cli: [] },
    };
  });
}

export interface VerificationDocumentOptions {
  readonly generator: { readonly name: string; readonly version: string };
  readonly range: { readonly start: string; readonly end: string };
}

/** The findings document of a verification run over `verifications` (one per trail). */
export function verificationDocument(verifications: readonly TrailVerification[], options: VerificationDocumentOptions): ScanResult {
  const sorted = [...verifications].sort((a, b) => byText(a.trail.arn, b.trail.arn));
  const findings = sorted.flatMap(findingsOf);
  const evidence = createHash('sha256');
  for (const v of sorted) evidence.update(`${v.trail.arn}\t${v.evidenceDigest}\n`);
  const policies = checkKinds.map((k) => trailPolicies[k]).sort((a, b) => byText(a.id, b.id));
  const policySet = createHash('sha256').update(JSON.stringify({ policies: policies.map((p) => p.id), range: options.range })).digest('hex');
  return {
    schemaVersion: SCAN_RESULT_SCHEMA_VERSION,
    generator: { name: options.generator.name, version: options.generator.version },
    snapshot: {
      digest: evidence.digest('hex'),
      collectedAt: options.range.end,
      partition: sorted[0]?.trail.partition ?? 'aws',
      accounts: [...new Set(sorted.map((v) => v.trail.account))].sort(byText),
      regions: [...new Set(sorted.flatMap((v) => [v.trail.homeRegion, ...v.chains.map((c) => c.region)]))].sort(byText),
    },
    policySet: { digest: policySet, policies: policies.map((p) => p.id) },
    packs: [],
    policies,
    summary: summarize(findings, sorted.length),
    findings,
    controls: [],
    waivers: [],
    verification: { command: 'trail verify', start: options.range.start, end: options.range.end },
  };
}
