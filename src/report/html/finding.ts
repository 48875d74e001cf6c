/**
 * One finding as evidence: which resource, what the policy read there, what
 * it expected and what it saw (FAIL), why it could not decide (ERROR), the
 * waiver that accepted it (WAIVED), and the commands that fix this resource.
 */
import type { Finding } from '../../findings/schema.js';
import { htmlText } from '../../text/html.js';
import { formatValue } from './values.js';
import { badge, statusStyle } from './status.js';

/** Evidence results are a closed set; anything else is styled as unknown. */
const resultClass: Readonly<Record<string, string>> = { pass: 'r-pass', fail: 'r-fail', unknown: 'r-unknown' };

/** Waivers arrive with a later findings document; read them without depending on that type. */
interface WaiverLike { readonly reason: string; readonly owner: string; readonly expires: string }

function waiverOf(finding: Finding): WaiverLike | undefined {
  const value: unknown = (finding as { readonly waiver?: unknown }).waiver;
  if (typeof value !== 'object' || value === null) return undefined;
  const { reason, owner, expires } = value as Record<string, unknown>;
  return typeof reason === 'string' && typeof owner === 'string' && typeof expires === 'string' ? { reason, owner, expires } : undefined;
}

export function resourceLabel(finding: Finding): string {
  const r = finding.resource;
  const id = r.id === '*' ? '<em>every resource of this type</em>' : `<code class="rid">${htmlText(r.id)}</code>`;
  const name = r.name !== undefined && r.name !== r.id ? ` <span class="rname">“${htmlText(r.name)}”</span>` : '';
  return `<span class="rtype">${htmlText(r.type)}</span> ${id}${name} <span class="where">${htmlText(r.account)} · ${htmlText(r.region)}</span>`;
}

function evidenceTable(finding: Finding): string {
  if (finding.evidence.length === 0) return '';
  const rows = finding.evidence.map((e) => {
    const cls = resultClass[e.result] ?? 'r-unknown';
    const related = e.resource === undefined ? '' : `<div class="related">on ${htmlText(e.resource)}</div>`;
    return `<tr class="${cls}"><td><code>${htmlText(e.path)}</code>${related}</td>`
      + `<td><code class="value">${htmlText(formatValue(e.actual))}</code></td>`
      + `<td><span class="op">${htmlText(e.op)}</span> <code class="value">${htmlText(formatValue(e.expected))}</code></td>`
      + `<td><span class="result ${cls}">${htmlText(e.result)}</span></td></tr>`;
  });
  return `<table class="evidence"><thead><tr><th>Path</th><th>Actual</th><th>Expected</th><th>Result</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function reasonList(finding: Finding): string {
  const reasons = finding.reasons ?? [];
  if (reasons.length === 0) return '';
  const items = reasons.map((r) => `<li><span class="code">${htmlText(r.code)}</span> at <code>${htmlText(r.path)}</code>`
    + `${r.resource === undefined ? '' : ` on ${htmlText(r.resource)}`}: ${htmlText(r.message)}</li>`);
  return `<div class="reasons"><div class="label">Could not evaluate because</div><ul>${items.join('')}</ul></div>`;
}

function waiverNote(finding: Finding): string {
  const waiver = waiverOf(finding);
  if (waiver === undefined) return '';
  return `<div class="waiver"><span class="label">Waived</span> by ${htmlText(waiver.owner)} until ${htmlText(waiver.expires)}: ${htmlText(waiver.reason)}</div>`;
}

/** `withText`: the remediation text differs between resources, so each shows its own. */
function fix(finding: Finding, withText: boolean): string {
  if (finding.status !== 'FAIL' || finding.remediation === undefined) return '';
  const { text, cli } = finding.remediation;
  if (cli.length === 0 && !withText) return '';
  return [
    '<div class="commands"><div class="label">Fix this resource</div>',
    withText ? `<p class="prose">${htmlText(text)}</p>` : '',
    cli.length === 0 ? '' : `<pre><code>${cli.map(htmlText).join('\n')}</code></pre>`,
    '</div>',
  ].join('');
}

/** Findings that carry something to read beyond their message get a block; the rest a table row. */
export function needsBlock(finding: Finding): boolean {
  return (finding.status !== 'PASS' && finding.status !== 'NOT_APPLICABLE') || finding.evidence.length > 0 || (finding.reasons ?? []).length > 0;
}

export function renderFindingBlock(finding: Finding, withText = false): string {
  const arn = finding.resource.arn === undefined ? '' : `<div class="arn">${htmlText(finding.resource.arn)}</div>`;
  return [
    `<div class="finding s-${statusStyle(finding.status).key}">`,
    `<div class="finding-head">${badge(finding.status)} ${resourceLabel(finding)}</div>`,
    arn,
    `<p class="message">${htmlText(finding.message)}</p>`,
    evidenceTable(finding),
    reasonList(finding),
    waiverNote(finding),
    fix(finding, withText),
    '</div>',
  ].filter((part) => part !== '').join('\n');
}

export function renderFindingRows(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const rows = findings.map((f) => `<tr><td>${badge(f.status)}</td><td>${resourceLabel(f)}</td><td>${htmlText(f.message)}</td></tr>`);
  return `<table class="resources"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
