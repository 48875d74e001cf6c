/**
 * One SARIF rule (reportingDescriptor) per policy. Every run carries the
 * rules of every policy the scan ran, not only those with results: GitHub
 * expects rules to change with the tool, not with what a scan found, and a
 * rule must exist for each result's ruleId.
 *
 * Precision is `high` for every policy: a policy reads the collected
 * configuration and decides PASS, FAIL or ERROR without heuristics (unknown
 * is ERROR, never a guess), and each bundled policy is tested on passing,
 * failing and unreadable cases. It is not `very-high` because a compliant
 * state can still be a deliberate exception the policy cannot see. The
 * findings document has no per-policy precision to read; if policies grow
 * one, `precisionOf` is the single place to use it.
 */
import type { Finding, PolicyInfo } from '../../findings/schema.js';
import { severityMapping } from './severity.js';
import { markdownCodeBlock, markdownLink, markdownParagraph, markdownText } from '../../text/markdown.js';
import { sarifLines, sarifText } from '../../text/sarif.js';
import { safeHttpUrl } from '../../text/url.js';
import { nonEmpty, truncate } from './text.js';
import type { SarifPrecision, SarifRule } from './types.js';

/** GitHub's limits on rule texts (characters). */
const MAX_DESCRIPTION = 1024;
const MAX_NAME = 255;
/** GitHub stores up to 20 tags per rule but shows only 10; keep every one visible. */
export const MAX_TAGS = 10;

export function precisionOf(_policy: PolicyInfo): SarifPrecision {
  return 'high';
}

/** "security" first (GitHub's security filter), then the resource type, then the frameworks in id order. */
export function tagsOf(policy: PolicyInfo): string[] {
  const tags = ['security', policy.resourceType, ...Object.keys(policy.frameworks).sort()];
  return [...new Set(tags.filter((t) => t.trim() !== ''))].slice(0, MAX_TAGS);
}

function frameworkLines(policy: PolicyInfo): string[] {
  return Object.keys(policy.frameworks).sort().map((id) => `${id}: ${(policy.frameworks[id] ?? []).join(', ')}`);
}

function helpText(policy: PolicyInfo): string {
  const r = policy.remediation;
  const sections = [
    policy.title,
    policy.description,
    `Why it matters: ${policy.rationale}`,
    `Remediation: ${r.text}`,
    r.cli.length > 0 ? `AWS CLI:\n${r.cli.join('\n')}` : '',
    r.terraform === undefined ? '' : `Terraform:\n${r.terraform.trimEnd()}`,
    r.disruption === undefined ? '' : `Disruption: ${r.disruption}`,
    Object.keys(policy.frameworks).length > 0 ? `Frameworks:\n${frameworkLines(policy).join('\n')}` : '',
    policy.references.length > 0 ? `References:\n${policy.references.join('\n')}` : '',
    `Policy: ${policy.id} (${policy.origin}), severity ${policy.severity}, resource type ${policy.resourceType}`,
  ];
  return sections.filter((s) => s.trim() !== '').join('\n\n');
}

function helpMarkdown(policy: PolicyInfo): string {
  const r = policy.remediation;
  const para = (heading: string, body: string): string => `**${heading}**\n\n${markdownParagraph(body)}`;
  const sections = [
    markdownParagraph(policy.description),
    para('Why it matters', policy.rationale),
    para('Remediation', r.text),
    r.cli.length > 0 ? `**AWS CLI**\n\n${markdownCodeBlock('sh', r.cli.join('\n'))}` : '',
    r.terraform === undefined ? '' : `**Terraform**\n\n${markdownCodeBlock('hcl', r.terraform)}`,
    r.disruption === undefined ? '' : para('Disruption', r.disruption),
    Object.keys(policy.frameworks).length > 0 ? `**Frameworks**\n\n${frameworkLines(policy).map((l) => `- ${markdownText(l)}`).join('\n')}` : '',
    policy.references.length > 0
      ? `**References**\n\n${policy.references.map((ref) => `- ${markdownLink(ref)}`).join('\n')}`
      : '',
    markdownParagraph(`Policy ${policy.id} (${policy.origin}), severity ${policy.severity}, resource type ${policy.resourceType}.`),
  ];
  return sections.filter((s) => s.trim() !== '').join('\n\n');
}

export function ruleOf(policy: PolicyInfo): SarifRule {
  const mapping = severityMapping(policy.severity);
  const helpUri = policy.references.map(safeHttpUrl).find((u) => u !== undefined);
  return {
    id: policy.id,
    name: truncate(policy.id, MAX_NAME),
    shortDescription: { text: truncate(sarifText(nonEmpty(policy.title, policy.id)), MAX_DESCRIPTION) },
    fullDescription: { text: truncate(sarifLines(nonEmpty(policy.description, policy.title, policy.id)), MAX_DESCRIPTION) },
    help: { text: nonEmpty(sarifLines(helpText(policy))), markdown: nonEmpty(helpMarkdown(policy)) },
    ...(helpUri === undefined ? {} : { helpUri }),
    defaultConfiguration: { level: mapping.level },
    properties: {
      tags: tagsOf(policy),
      precision: precisionOf(policy),
      'security-severity': mapping.securitySeverity,
      severity: policy.severity,
      resourceType: policy.resourceType,
      frameworks: policy.frameworks,
    },
  };
}

/**
 * A finding whose policy is missing from `policies` (a findings document
 * edited by hand, or written before policies were recorded) still needs a
 * rule, or GitHub rejects the result: describe it from the finding.
 */
export function fallbackPolicy(finding: Finding): PolicyInfo {
  return {
    id: finding.policy,
    title: finding.title,
    severity: finding.severity,
    resourceType: finding.resource.type,
    description: finding.title,
    rationale: 'Not recorded in the findings document.',
    frameworks: {},
    remediation: { text: finding.remediation?.text ?? 'Not recorded in the findings document.', cli: [] },
    references: [],
    origin: 'user',
  };
}

/** The rules of a scan, sorted by id: every policy run, plus any policy only the findings name. */
export function rulesOf(policies: readonly PolicyInfo[], findings: readonly Finding[]): SarifRule[] {
  const byId = new Map(policies.map((p) => [p.id, p]));
  for (const finding of findings) {
    if (!byId.has(finding.policy)) byId.set(finding.policy, fallbackPolicy(finding));
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(ruleOf);
}
