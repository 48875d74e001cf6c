/**
 * Waivers: an accepted risk, written down. A waiver names a policy, the
 * resources it covers (ARN globs), why, who owns the decision and when it
 * ends. It turns matching FAIL findings into WAIVED, keeping their evidence;
 * after its expiry date it stops applying, and the result says so. Pure:
 * the caller supplies today's date.
 */
import { globMatcher, type GlobMatcher } from '../policy/glob.js';
import type { Finding, WaiverOutcome } from '../findings/schema.js';

export interface Waiver {
  readonly policy: string;
  readonly resources: readonly string[];
  readonly reason: string;
  readonly owner: string;
  /** Last day the waiver applies, YYYY-MM-DD (UTC). */
  readonly expires: string;
}

/**
 * `*` matches any run of characters (ARNs have no path semantics, so `/` and
 * `:` are not special) and `?` one character; everything else is literal.
 * A glob matcher, not a RegExp: a glob with many stars would make a
 * backtracking engine take seconds per ARN (see policy/glob.ts).
 */
export function waiverGlob(glob: string): GlobMatcher {
  return globMatcher(glob);
}

/** What a waiver's globs are matched against: the ARN, or account/region/type/id for resources without one. */
export function waiverSubject(resource: Finding['resource']): string {
  return resource.arn ?? `${resource.account}/${resource.region}/${resource.type}/${resource.id}`;
}

export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], today: string): { findings: Finding[]; outcomes: WaiverOutcome[] } {
  const compiled = waivers.map((waiver, index) => ({ waiver, index, patterns: waiver.resources.map(waiverGlob), expired: today > waiver.expires, matched: 0 }));
  const out = findings.map((finding) => {
    if (finding.status !== 'FAIL') return finding;
    const subject = waiverSubject(finding.resource);
    const matching = compiled.filter((c) => c.waiver.policy === finding.policy && c.patterns.some((matches) => matches(subject)));
    for (const c of matching) c.matched += 1;
    // The first active waiver in configuration order is the one recorded.
    const active = matching.find((c) => !c.expired);
    if (active === undefined) return finding;
    return { ...finding, status: 'WAIVED' as const, waiver: { reason: active.waiver.reason, owner: active.waiver.owner, expires: active.waiver.expires, index: active.index } };
  });
  const outcomes = compiled.map((c) => ({
    policy: c.waiver.policy, resources: [...c.waiver.resources], reason: c.waiver.reason, owner: c.waiver.owner, expires: c.waiver.expires,
    state: c.expired ? 'expired' as const : 'active' as const, matched: c.matched,
  }));
  return { findings: out, outcomes };
}
