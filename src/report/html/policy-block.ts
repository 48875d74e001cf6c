/**
 * One policy's findings where a control (or, without packs, the policy
 * itself) shows them: the policy's name and severity, remediation when any
 * resource fails, then each failing or undecided resource with its evidence
 * and the passing ones as compact rows.
 */
import type { Finding, PolicyInfo } from '../../findings/schema.js';
import { htmlText } from '../../text/html.js';
import { needsBlock, renderFindingBlock, renderFindingRows } from './finding.js';
import { byStatus, type ReportModel } from './model.js';
import { countLine, countStatuses } from './status.js';
import { severities } from '../../findings/vocabulary.js';

const known: ReadonlySet<string> = new Set(severities);

export function severityBadge(severity: string): string {
  const cls = known.has(severity) ? severity : 'info';
  return `<span class="sev sev-${cls}">${htmlText(severity)}</span>`;
}

/**
 * Policy-level advice, shown once above the failing resources' own commands.
 * Findings carry the text with parameters filled in, so theirs wins over the
 * policy's template; when it differs by resource, each resource shows its own.
 */
function remediation(info: PolicyInfo | undefined, texts: readonly string[]): string {
  const text = texts.length === 0 ? info?.remediation.text : texts.length === 1 ? texts[0] : undefined;
  const disruption = info?.remediation.disruption;
  if (text === undefined && disruption === undefined) return '';
  return [
    '<div class="remediation"><div class="label">Remediation</div>',
    text === undefined ? '<p class="prose">Differs by resource: see each one below.</p>' : `<p class="prose">${htmlText(text)}</p>`,
    disruption === undefined ? '' : `<p class="prose disruption"><span class="label">Disruption</span> ${htmlText(disruption)}</p>`,
    '</div>',
  ].join('');
}

export function renderPolicyFindings(model: ReportModel, policyId: string, findings: readonly Finding[]): string {
  const info = model.policies.get(policyId);
  const anchor = model.policyAnchors.get(policyId);
  const title = htmlText(info?.title ?? findings[0]?.title ?? policyId);
  const sorted = byStatus(findings);
  const failing = sorted.filter((f) => f.status === 'FAIL');
  const texts = [...new Set(failing.flatMap((f) => (f.remediation === undefined ? [] : [f.remediation.text])))];
  const head = [
    `<div class="policy-head">${severityBadge(info?.severity ?? findings[0]?.severity ?? 'info')}`,
    anchor === undefined ? ` <span class="ptitle">${title}</span>` : ` <a class="ptitle" href="#${anchor}">${title}</a>`,
    ` <code class="pid">${htmlText(policyId)}</code> ${countLine(countStatuses(findings.map((f) => f.status)))}</div>`,
  ].join('');
  const empty = findings.length === 0
    ? `<p class="none">No ${info === undefined ? '' : `<code>${htmlText(info.resourceType)}</code> `}resources in the snapshot for this policy.</p>`
    : '';
  return [
    '<div class="policy">',
    head,
    empty,
    failing.length === 0 ? '' : remediation(info, texts),
    ...sorted.filter(needsBlock).map((f) => renderFindingBlock(f, texts.length > 1)),
    renderFindingRows(sorted.filter((f) => !needsBlock(f))),
    '</div>',
  ].filter((part) => part !== '').join('\n');
}
